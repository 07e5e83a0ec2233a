package align

import (
	"testing"

	"golang.org/x/text/language"
)

// TestSwallowCost checks swallowCost on sentences the core lexicon knows:
// a Korean member of a merge none of whose known stems the English says
// costs wSwallow, a member with a translated stem of its own or no known stem
// nothing; a member whose translated stems another member translates
// too (no word of its own in the English) costs wOwn.
func TestSwallowCost(t *testing.T) {
	opts := Options{CoreLexicon: true}
	opts.Lexicon = opts.lexicon()
	for _, c := range []struct {
		name string
		ko   []string
		en   string
		want float64
	}{
		{"both members said",
			[]string{"정부는 예산을 발표했다.", "야당은 선거를 비판했다."},
			"The government announced the budget, and the opposition criticized the election.", 0},
		{"the second member not said",
			[]string{"정부는 예산을 발표했다.", "야당은 선거를 비판했다."},
			"The government announced the budget.", wSwallow},
		{"the first member not said",
			[]string{"야당은 선거를 비판했다.", "정부는 예산을 발표했다."},
			"The government announced the budget.", wSwallow},
		{"two members of three not said",
			[]string{"야당은 선거를 비판했다.", "정부는 예산을 발표했다.", "날씨가 추웠다."},
			"The government announced the budget.", 2 * wSwallow},
		{"the second member's translated stems all said by the first",
			[]string{"정부는 예산을 발표했다.", "정부는 예산을 비판했다."},
			"The government announced the budget.", wOwn},
		{"each member with a word of its own",
			[]string{"정부는 예산을 발표했다.", "야당은 예산을 비판했다."},
			"The government announced the budget, and the opposition criticized it.", 0},
		{"a member with no known stem",
			[]string{"정부는 예산을 발표했다.", "ㅋㅋㅋ."},
			"The government announced the budget.", 0},
	} {
		ko := features(c.ko, language.Korean, opts)
		en := features([]string{c.en}, language.English, opts)
		newLattice(ko, en)
		if got := swallowCost(ko, &en[0]); got != c.want {
			t.Errorf("%s: swallowCost = %v, want %v", c.name, got, c.want)
		}
	}
}
