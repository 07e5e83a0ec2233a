package align

import (
	"testing"

	"golang.org/x/text/language"
)

// TestOrderCost checks orderCost on sentences the core lexicon knows: the
// members of a merge or split said in order cost nothing, in the wrong
// order or over the same words wOrder.
func TestOrderCost(t *testing.T) {
	opts := Options{CoreLexicon: true}
	opts.Lexicon = opts.lexicon()
	for _, c := range []struct {
		name   string
		ko, en []string
		want   float64
	}{
		{"2-1 in order",
			[]string{"정부는 예산을 발표했다.", "야당은 선거를 비판했다."},
			[]string{"The government announced the budget, and the opposition criticized the election."}, 0},
		{"2-1 in the wrong order",
			[]string{"정부는 예산을 발표했다.", "야당은 선거를 비판했다."},
			[]string{"The opposition criticized the election, and the government announced the budget."}, wOrder},
		{"1-2 in order",
			[]string{"정부는 예산을 발표했고 야당은 선거를 비판했다."},
			[]string{"The government announced the budget.", "The opposition criticized the election."}, 0},
		{"1-2 in the wrong order",
			[]string{"정부는 예산을 발표했고 야당은 선거를 비판했다."},
			[]string{"The opposition criticized the election.", "The government announced the budget."}, wOrder},
		{"a member with no word of its own",
			[]string{"정부는 예산을 발표했다.", "날씨가 좋았다."},
			[]string{"The government announced the budget."}, 0},
		{"1-1",
			[]string{"정부는 예산을 발표했다."},
			[]string{"The government announced the budget."}, 0},
	} {
		ko := features(c.ko, language.Korean, opts)
		en := features(c.en, language.English, opts)
		newLattice(ko, en)
		if got := orderCost(ko, en); got != c.want {
			t.Errorf("%s: orderCost = %v, want %v", c.name, got, c.want)
		}
		// Paragraph features (no positions) are never charged.
		kp, _ := paragraphs(ko, make([]int, len(ko)))
		ep, _ := paragraphs(en, make([]int, len(en)))
		newLattice(kp, ep)
		if got := orderCost(kp, ep); got != 0 {
			t.Errorf("%s: paragraphs' orderCost = %v, want 0", c.name, got)
		}
	}
}

func TestEnglishIDPositions(t *testing.T) {
	opts := Options{CoreLexicon: true}
	lx := opts.lexicon()
	s := "The government announced the budget, and the government's opposition criticized the election."
	ids, pos := englishIDPositions(lx, s)
	want := lx.EnglishIDs(s)
	if len(ids) != len(want) || len(pos) != len(ids) {
		t.Fatalf("ids %v, positions %v, want ids %v", ids, pos, want)
	}
	for k := range ids {
		if ids[k] != want[k] {
			t.Fatalf("ids %v, want %v", ids, want)
		}
		if pos[k] < 0 || pos[k] > 1 {
			t.Errorf("position %v out of [0,1]", pos[k])
		}
	}
}
