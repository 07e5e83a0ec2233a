package tmgen

import (
	"testing"

	"golang.org/x/text/language"
)

func TestQueriesEditUnits(t *testing.T) {
	g := New(Builtin(), 2)
	units := g.Units(500)
	seen := map[string]int{}
	for _, q := range g.Queries(units, 300) {
		seen[q.Edit]++
		src := units[q.Want].En
		if q.Source == language.Korean {
			src = units[q.Want].Ko
		}
		if q.Text == src && q.Edit != "clause" {
			t.Errorf("query %q (%s) is its unit unchanged", q.Text, q.Edit)
		}
	}
	for _, e := range []string{"words", "numbers", "clause"} {
		if seen[e] == 0 {
			t.Errorf("no %s edits", e)
		}
	}
}
