package align

import (
	"fmt"
	"testing"

	"bitext/lexicon"
	"golang.org/x/text/language"
)

// TestOpeningIDs: the opening of a Korean sentence is its first two known
// stems, that of an English line its first quarter (three words at
// least); a link gains wOpening when the two meet, nothing otherwise.
func TestOpeningIDs(t *testing.T) {
	lx := lexicon.WithCore(nil)
	feat := func(s string, lang language.Tag) feature {
		return features([]string{s}, lang, Options{Lexicon: lx})[0]
	}
	ko := feat("방문객들은 최근 터키 중남부 마을에서 발견한 황제의 거대한 석상 조각을 최초로 보게 될 것이다.", language.Korean)
	other := feat("이번 전시회에는 진귀한 물건들을 보기위해 많은 사람들이 참석할 것이다.", language.Korean)
	en := feat("Visitors will, for example, be the first members of the public anywhere to see a huge head of the emperor.", language.English)
	late := feat("For example, the first members of the public anywhere will see a huge head of the emperor, and visitors will too.", language.English)
	if len(ko.openIDs) == 0 || len(en.openIDs) == 0 {
		t.Fatalf("no opening ids: ko %v, en %v", ko.openIDs, en.openIDs)
	}
	for _, c := range []struct {
		name string
		s, t feature
		want float64
	}{
		{"both open with the visitors", ko, en, wOpening},
		{"the English says them late", ko, late, 0},
		{"another matter", other, en, 0},
	} {
		if got := openingGain([]feature{c.s}, []feature{c.t}); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
	if got := openingGain(nil, []feature{en}); got != 0 {
		t.Errorf("an empty side: %v, want 0", got)
	}
}

// TestOpeningDrop: the edition drops a sentence (K2, the exhibition's
// visitors in general) that shares the English line's words about the
// visitors, and keeps the next (K3), whose topic, the visitors, opens the
// line. Without wOpening the core lexicon's count of shared words gave
// the line to the dropped sentence and left K3 unlinked (KPC dev 016,
// core lexicon alone).
func TestOpeningDrop(t *testing.T) {
	ko := []string{
		"하드리아누스는 스페인 귀족 출신으로 로마에서 출생 했다.",
		"로마의 최고 황제인 하드리아누스는, 제국을 중앙집권화하여 제국을 건설하고 영토를 확장했다.",
		"이번 전시회에는 전시 규모와 진귀한 물건들을 보기위해 많은 사람들이 참석해 큰 성과를 이룰 것이라고 보여진다.",
		"방문객들은 최근 터키 중남부 사갈라소스 마을에서 발견한 전체 5미터 높이의 하드리아누스 황제의 거대한 석상 조각을 최초로 보게 될 것이다.",
	}
	en := []string{
		"Hadrian was born in Rome to a noble family whose origins lay in Spain.",
		"One of the greatest of Rome's emperors, he consolidated imperial power, was a patron of architecture and travelled extensively across his lands.",
		"Visitors will, for example, be the first members of the public anywhere to see a huge head of the emperor that was dug up recently at Sagalassos in central Turkey and would have once crowned a statue that was over five metres high.",
	}
	links, err := Align(ko, en, Options{CoreLexicon: true})
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprint(links)
	for _, l := range links {
		if len(l.Target) == 1 && l.Target[0] == 2 {
			if len(l.Source) != 1 || l.Source[0] != 3 {
				t.Errorf("English line 2 linked with %v, want [3]: %s", l.Source, got)
			}
			return
		}
	}
	t.Errorf("English line 2 not linked: %s", got)
}
