package mine

import (
	"testing"

	"bitext/lexicon"
)

// Session 18 (helper M28): rules chosen on dev-10's misses (NTREX lines
// 1801-1997), each test failing without its rule.

// TestMiddleDotNames: a middle dot between Korean words joins names as
// "and" (영국·아일랜드 ~ UK and Ireland), and a particle after the closing
// bracket stays on the last of them; each is a word of its own.
func TestMiddleDotNames(t *testing.T) {
	lex := lexicon.WithCore(nil)
	for _, tc := range []struct{ ko, en string }{
		{"116 123(영국·아일랜드)에 무료로 전화를 걸면 된다.", "You can call free on 116 123 (UK and Ireland)."},
		{"영국ㆍ아일랜드 두 나라가 합의했다.", "The UK and Ireland agreed."},
	} {
		if _, ok := pairsOf(tc.ko, tc.en, lex, newMemo())[[2]string{"아일랜드", "Ireland"}]; !ok {
			t.Errorf("pairsOf(%q, %q): no 아일랜드 ~ Ireland", tc.ko, tc.en)
		}
	}
}

// TestCountryWinsVowelTie: a country's Korean form with a particle whose
// vowels match the English a little better (아일랜드와, 아일랜드에) does not
// beat the country's own form; other names keep the vowels' choice
// (두바이, whose 이 is the name's).
func TestCountryWinsVowelTie(t *testing.T) {
	lex := lexicon.WithCore(nil)
	for _, tc := range []struct{ ko, en, want, not string }{
		{"마찰 없는 국경, 아일랜드와 국경 없는 자유 무역이 가능하다고 했다.", "frictionless borders, free trade with Ireland.", "아일랜드", "아일랜드와"},
		{"그는 아일랜드에 전화를 걸었다.", "He called Ireland.", "아일랜드", "아일랜드에"},
	} {
		got := pairsOf(tc.ko, tc.en, lex, newMemo())
		if _, ok := got[[2]string{tc.want, "Ireland"}]; !ok {
			t.Errorf("pairsOf(%q): no %s ~ Ireland", tc.ko, tc.want)
		}
		if _, ok := got[[2]string{tc.not, "Ireland"}]; ok {
			t.Errorf("pairsOf(%q): %s ~ Ireland", tc.ko, tc.not)
		}
	}
}
