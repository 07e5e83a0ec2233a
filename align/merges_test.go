package align

import (
	"testing"

	"golang.org/x/text/language"
)

// TestThinCost checks thinCost on sentences the core lexicon knows: a
// Korean member of a merge with at least thinKnown known stems and less
// than thinShare of them translated in the English costs wThin; a member
// with more of its stems said (one of three), with none said
// (swallowCost's) costs nothing.
func TestThinCost(t *testing.T) {
	opts := Options{CoreLexicon: true}
	opts.Lexicon = opts.lexicon()
	for _, c := range []struct {
		name string
		ko   []string
		en   string
		want float64
	}{
		{"both members said",
			[]string{"정부는 예산을 발표했다.", "야당은 선거와 경제와 학교와 병원과 군대를 비판했다."},
			"The government announced the budget, and the opposition criticized the election, the economy, schools, hospitals and the army.", 0},
		{"the second member said by one word of many",
			[]string{"정부는 예산을 발표했다.", "정부는 선거와 경제와 학교와 병원과 군대를 비판했다."},
			"The government announced the budget.", wThin},
		{"the first member said by one word of many",
			[]string{"정부는 선거와 경제와 학교와 병원과 군대를 비판했다.", "정부는 예산을 발표했다."},
			"The government announced the budget.", wThin},
		{"the second member not said at all",
			[]string{"정부는 예산을 발표했다.", "야당은 선거와 경제와 학교와 병원과 군대를 비판했다."},
			"The government announced the budget.", 0},
		{"the second member with one word of three said",
			[]string{"정부는 예산을 발표했다.", "정부는 선거를 비판했다."},
			"The government announced the budget.", 0},
	} {
		ko := features(c.ko, language.Korean, opts)
		en := features([]string{c.en}, language.English, opts)
		newLattice(ko, en)
		if got := thinCost(ko, &en[0]); got != c.want {
			t.Errorf("%s: thinCost = %v, want %v", c.name, got, c.want)
		}
	}
}
