package mine

import (
	"strings"
	"testing"

	"bitext/lexicon"
)

// Session 21 (helper M37): M36's compass rule again, keeping a word that
// names the point itself (서방 ~ West, "the West", lost on held-out-200
// when the rule was first frozen); a place's evidence from the English
// around a one-word name (the 1M TM's 푸주 ~ Fuzhou and 볼더 ~ Boulder,
// typed person by "said X," in its shuffled words); and no weaker match of
// a Korean word the English writes exactly inside a longer name (아메리칸 ~
// AMR Corp., held-out-8's line 1437, seen since M35). Each test fails
// without its rule.

// pairOf returns the English of the pair of ko's form name in the unit,
// or "".
func pairOf(t *testing.T, ko, en, name string, lex *lexicon.Lexicon) ([2]string, uint8) {
	t.Helper()
	out, ev := unitPairs(ko, en, lex, newMemo())
	for p := range out {
		if p[0] == name {
			return p, ev[p]
		}
	}
	return [2]string{}, 0
}

// TestCompassKeepsWest: with a lexicon as the TM's learned it (서방 =
// west, western; 남한 = south, korea), "the South" gives 남한 no pair, and
// "the West" gives 서방 its pair.
func TestCompassKeepsWest(t *testing.T) {
	lex, err := lexicon.Read(strings.NewReader("# bitext lexicon v1 units=100\n서방\twest\t0.5\n서방\twestern\t0.3\n남한\tsouth\t0.5\n남한\tkorea\t0.4\n"), "test.lexicon")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		ko, en, name, want string
	}{
		{"남한은 북한이 무고한 민간인을 피살했다고 비난했다.", "Investigators from the South want to probe the case.", "남한", ""},
		{"남한은 식량 지원을 재개할 것이라고 밝혔다.", "South Korea has said it will resume food aid.", "남한", "South Korea"},
		{"서방은 제재를 강화했다.", "Sanctions were tightened by the West.", "서방", "West"},
	} {
		if got, _ := pairOf(t, tc.ko, tc.en, tc.name, lex); got[1] != tc.want {
			t.Errorf("unitPairs(%q, %q): %s ~ %q, want %q", tc.ko, tc.en, tc.name, got[1], tc.want)
		}
	}
	for w, want := range map[string]bool{"west": true, "western": true, "southern": true, "northward": true, "korea": false, "southampton": false} {
		if compassForm(w) != want {
			t.Errorf("compassForm(%q) = %v, want %v", w, !want, want)
		}
	}
}

// TestPlaceByEnglishContext: "the city of Fuzhou" and "Boulder, Colorado"
// show a place; a person's appositive after the comma, or a Korean name of
// two words, does not.
func TestPlaceByEnglishContext(t *testing.T) {
	for _, tc := range []struct {
		ko, en, name string
		want         bool
	}{
		{"태풍은 푸젠성 해안, 푸주에 상륙할 예정이다.", "It is expected to come ashore in China's Fujian Province, south of the city of Fuzhou, on Tuesday.", "푸주", true},
		{"최근 콜로라도 볼더의 한 소프트웨어 기사가 암호 프로그램을 만들었다.", "Recently, a software engineer from Boulder, Colorado, wrote a cryptography program.", "볼더", true},
		{"딕슨은 여러 과제를 훌륭히 수행했다.", "They praised Dixon, saying he had led Qantas through numerous challenges.", "딕슨", false},
		{"린지 그레이엄 상원의원은 입장을 밝혔다.", "Senators Lindsey Graham, Texas and Utah members gave their views.", "린지 그레이엄", false},
	} {
		k, ev := pairOf(t, tc.ko, tc.en, tc.name, nil)
		if k[0] == "" {
			t.Errorf("unitPairs(%q, %q): no pair of %s", tc.ko, tc.en, tc.name)
			continue
		}
		if got := ev&evPlace != 0; got != tc.want {
			t.Errorf("unitPairs(%q, %q): %v place evidence %v, want %v", tc.ko, tc.en, k, got, tc.want)
		}
	}
}

// TestNoWeakMatchBesideExact: 아메리칸, which American of American Airlines
// spells exactly, is no name of AMR Corp. (its letters read as sounds),
// and 아메리칸 이글 ~ American Eagle is found; a demonym beginning with the
// word (Colombian beside the dateline's "Colombia (CNN)") keeps its pair.
func TestNoWeakMatchBesideExact(t *testing.T) {
	ko := "아메리칸 에어라인과 아메리칸 이글의 지주회사인 AMR의 대변인은 감원 규모를 밝혔다."
	en := "AMR Corp., owner of carriers American Airlines and American Eagle, announced the cuts, a spokesman said."
	out, _ := unitPairs(ko, en, nil, newMemo())
	if _, bad := out[[2]string{"아메리칸", "AMR Corp"}]; bad {
		t.Errorf("unitPairs(%q, %q): 아메리칸 ~ AMR Corp (%v)", ko, en, out)
	}
	if _, ok := out[[2]string{"아메리칸 이글", "American Eagle"}]; !ok {
		t.Errorf("unitPairs(%q, %q): no 아메리칸 이글 ~ American Eagle (%v)", ko, en, out)
	}
	ko = "콜롬비아 대통령은 적십자 표식이 인질 구출 작전에 사용되었다고 인정했다."
	en = "BOGOTA, Colombia (CNN) Colombian President Alvaro Uribe admitted that the symbol of the Red Cross was used."
	// Since M38's bracket rule the dateline's Colombia is a run of its
	// own and paired too; the demonym's pair is still there.
	if out, _ := unitPairs(ko, en, nil, newMemo()); out[[2]string{"콜롬비아", "Colombian"}] == "" || out[[2]string{"콜롬비아", "Colombia"}] == "" {
		t.Errorf("unitPairs(%q, %q): %v, want 콜롬비아 ~ Colombian and ~ Colombia", ko, en, out)
	}
}
