package tmbench

import (
	"testing"

	"golang.org/x/text/language"

	"bitext/internal/tmgen"
	"bitext/tm"
)

// TestBruteForceExact checks that the bounds of BruteForce never skip the
// best unit: its answer equals scoring every unit.
func TestBruteForceExact(t *testing.T) {
	g := tmgen.New(tmgen.Builtin(), 5)
	units := g.Units(1500)
	en, ko := make([]string, len(units)), make([]string, len(units))
	for i, u := range units {
		en[i], ko[i] = u.En, u.Ko
	}
	bf := map[string]*BruteForce{"en": NewBruteForce(en, language.English), "ko": NewBruteForce(ko, language.Korean)}
	texts := map[string][]string{"en": en, "ko": ko}
	for _, q := range g.Queries(units, 40) {
		lk := tm.LangKey(q.Source)
		qa := tm.Analyze(q.Text, "", q.Source)
		naive := -1
		for _, s := range texts[lk] {
			naive = max(naive, tm.Score(qa, tm.Analyze(s, "", q.Source)).Score)
		}
		got, at := bf[lk].Best(qa, -1)
		if got != naive || at < 0 {
			t.Errorf("%q: brute force %d (at %d), scoring every unit %d", q.Text, got, at, naive)
		}
	}
}
