package check

import (
	"math/rand"
	"sort"
	"testing"
)

// TestSortStable compares Sort with a stable sort of the findings
// themselves on random findings with many ties.
func TestSortStable(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	pick := func(s ...string) string { return s[r.Intn(len(s))] }
	for n := 0; n < 300; n++ {
		fs := make([]Finding, r.Intn(80))
		for i := range fs {
			fs[i] = Finding{File: pick("a.txt", "b.txt"), Line: r.Intn(3), Column: r.Intn(3),
				Rule: pick(RuleDeprecated, RuleNearMiss), Found: pick("x", "y"), Message: string(rune('A' + i))}
		}
		want := append([]Finding(nil), fs...)
		sort.SliceStable(want, func(i, j int) bool {
			a, b := want[i], want[j]
			if a.File != b.File {
				return a.File < b.File
			}
			if a.Line != b.Line {
				return a.Line < b.Line
			}
			if a.Column != b.Column {
				return a.Column < b.Column
			}
			if a.Rule != b.Rule {
				return a.Rule < b.Rule
			}
			return a.Found < b.Found
		})
		Sort(fs)
		for i := range fs {
			if fs[i].Message != want[i].Message {
				t.Fatalf("case %d: position %d holds %q, want %q", n, i, fs[i].Message, want[i].Message)
			}
		}
	}
}
