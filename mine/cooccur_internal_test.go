package mine

import (
	"slices"
	"testing"
)

// The pairs found by co-occurrence do not depend on the order they are
// counted in: of a word's names that tie, the longer is first, and so
// the one State.Result keeps (session 14, helper M15: 국립기상국 was
// rendered National Weather Service or Weather Service run by run).
func TestCooccurPairsOrder(t *testing.T) {
	mk := func(ko, en string, n int) coocCount {
		return coocCount{&pairStats{Ko: ko, En: en, Units: n}, n}
	}
	pairs := []coocCount{
		mk(coocMark+"국립기상국", coocMark, 2),
		mk(coocMark, "National Weather Service", 2),
		mk(coocMark, "Weather Service", 2),
		mk(coocMark+"국립기상국", "Weather Service", 2),
		mk(coocMark+"국립기상국", "National Weather Service", 2),
	}
	for range 2 {
		got := cooccurPairs(pairs, 2)
		if len(got) == 0 || got[0].En != "National Weather Service" {
			var ens []string
			for _, p := range got {
				ens = append(ens, p.En)
			}
			t.Fatalf("cooccurPairs: %v, want National Weather Service first", ens)
		}
		slices.Reverse(pairs)
	}
}
