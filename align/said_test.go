package align

import (
	"fmt"
	"strings"
	"testing"
)

// TestSaidBefore checks saidBefore on features with lexicon ids: two
// shared ids or a shared name say the line; one id, or ids of other
// sentences, do not.
func TestSaidBefore(t *testing.T) {
	named := enLex(7, 8)
	named.names = []uint64{42}
	koNamed := koLex(1, 2)
	koNamed.names = []uint64{42}
	for _, c := range []struct {
		name   string
		ko, en feature
		want   bool
	}{
		{"two ids", koLex(1, 2, 3), enLex(2, 3, 9), true},
		{"one id", koLex(1, 2, 3), enLex(3, 9), false},
		{"one id twice", koLex(1, 2, 3), enLex(3, 3, 9), false},
		{"nothing", koLex(1, 2, 3), enLex(7, 8, 9), false},
		{"a name", koNamed, named, true},
	} {
		ko, en := c.ko, c.en
		if got := saidBefore(&ko, &en); got != c.want {
			t.Errorf("%s: saidBefore = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestSaidBeforeCost: an English line left unlinked costs wSaidBefore
// more when the original's sentence before it says it.
func TestSaidBeforeCost(t *testing.T) {
	src := []feature{koLex(1, 2, 3)}
	said := enLex(2, 3)
	said.english = true
	other := enLex(8, 9)
	other.english = true
	cost := func(en feature) float64 {
		l := &lattice{src: src, tgt: []feature{en}}
		l.sfl, l.tfl = segFlags(l.src), segFlags(l.tgt)
		return l.cost(1, 1, bead{s: 0, t: 1})
	}
	if d := cost(said) - cost(other); d != wSaidBefore {
		t.Errorf("a said line costs %.2f more unlinked, want wSaidBefore %.2f", d, wSaidBefore)
	}
}

// TestSaidBeforeSplit: a KPC sentence whose English edition is two
// lines, the second naming again the South African president the
// Korean sentence names, beside a dropped sentence and an English-only
// line (kpc-dev.035 of A16's edition set, its Korean sentences 8 to 14,
// English lines 5 to 12). With the core lexicon alone, without
// wSaidBefore, the second line was left unlinked (1-1 + 0-1).
func TestSaidBeforeSplit(t *testing.T) {
	ko := []string{
		"무가베는 양측의 협상은 외부의 간섭 없이 진행될 것이라고 강조했다.",
		"무가베는 “우리는 짐바브웨인으로서 여러 문제를 풀어나갈 것”이라며 “남아프리카공화국의 도움은 받게 될 것”이라고 설명했다.",
		"무가베 행정부와 야당의 합의는 무가베가 대선 결선투표에서 승리 새로운 임기에 들어간 후 3주 만에 나왔다.",
		"무가베와 창기라이는 21일 기자회견을 열었으며 이 자리에는 타보 음베키 남아공 대통령이 참석했다.",
		"정치적인 라이벌인 이들이 결선투표 이후 한 자리에 모습을 나타내는 것은 이번이 처음이다.",
		"무가베와 창기라이는 기자회견이 끝난 후 음베키의 제안으로 악수를 했다.",
		"창기라이는 “이번 진행과정이 어떤 소득을 가져올지 판단하기는 이르다”며 “그러나 관용과 양보 그리고 협동심이 발휘될 경우 짐바브웨를 위해 좋은 결과가 나올 수 있을 것”이라고 말했다.",
	}
	en := []string{
		"Mugabe stressed that the coming negotiations would involve \"no dictation from the outside.\"",
		"He said: \"We shall be doing this as Zimbabweans ... with the help of South Africa.\"",
		"Both Mugabe and Tsvangirai appeared at a news conference Monday with South African President Thabo Mbeki.",
		"South African President Thabo Mbeki mediated the memorandum of understanding.",
		"It is the first time the bitter political rivals have appeared together publicly.",
		"At the end of the event but only after being prompted by Mbeki Mugabe and Tsvangirai shook hands.",
		"Critics say the plan lacks detail and leaves key questions open.",
		"Tsvangirai said \"it's too early yet to make a judgment as to the outcome of the process\" but noted that it is \"a collective effort and it involves tolerance, compromise, (and) putting the best interest of Zimbabwe at the forefront of these negotiations.",
	}
	links, err := Align(ko, en, Options{CoreLexicon: true})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range links {
		got = append(got, fmt.Sprintf("%v-%v", l.Source, l.Target))
	}
	if s := strings.Join(got, " "); !strings.Contains(s, "[3]-[2 3]") {
		t.Errorf("links %s, want [3]-[2 3] among them", s)
	}
}
