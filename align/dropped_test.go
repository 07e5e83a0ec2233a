package align

import (
	"math"
	"slices"
	"testing"

	"golang.org/x/text/language"
)

// TestKeysGone checks keysGone and its cost in a merge: a Korean sentence
// whose number no English line of the document has costs wKeysGone as a
// member of a 2-1 link; one whose number the merge's English or another
// English line has, or one with no keys, costs nothing.
func TestKeysGone(t *testing.T) {
	for _, c := range []struct {
		name string
		ko   []string
		en   []string
		want []bool
	}{
		{"the second member's number said nowhere",
			[]string{"정부는 예산을 발표했다.", "사망자는 37명으로 늘었다."},
			[]string{"The government announced the budget.", "It rained in the afternoon."},
			[]bool{false, true}},
		{"the number said by another English line",
			[]string{"정부는 예산을 발표했다.", "사망자는 37명으로 늘었다."},
			[]string{"The government announced the budget.", "The dead numbered 37."},
			[]bool{false, false}},
		{"the number said in the merge's English",
			[]string{"정부는 예산을 발표했다.", "사망자는 37명으로 늘었다."},
			[]string{"The government announced the budget as 37 died.", "It rained in the afternoon."},
			[]bool{false, false}},
		{"one of two numbers said",
			[]string{"정부는 2024년 예산을 발표했다.", "사망자는 37명으로 늘었다."},
			[]string{"The government announced the 2024 budget.", "It rained in the afternoon."},
			[]bool{false, true}},
		{"no keys",
			[]string{"정부는 예산을 발표했다.", "야당은 비판했다."},
			[]string{"The government announced the budget.", "It rained in the afternoon."},
			[]bool{false, false}},
	} {
		ko := features(c.ko, language.Korean, Options{})
		en := features(c.en, language.English, Options{})
		l := newLattice(ko, en)
		if !slices.Equal(l.gone, c.want) {
			t.Errorf("%s: keysGone = %v, want %v", c.name, l.gone, c.want)
			continue
		}
		merge := bead{2, 1, 0}
		got := l.cost(2, 1, merge)
		l.gone = make([]bool, len(ko))
		want := 0.0
		for _, g := range c.want {
			if g {
				want += wKeysGone
			}
		}
		if d := got - l.cost(2, 1, merge); math.Abs(d-want) > 1e-9 {
			t.Errorf("%s: the 2-1 link costs %v more for gone keys, want %v", c.name, d, want)
		}
	}
}
