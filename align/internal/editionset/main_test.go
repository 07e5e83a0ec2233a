package main

import (
	"fmt"
	"math/rand"
	"testing"
)

func TestSplitSentence(t *testing.T) {
	for _, c := range []struct{ in, a, b string }{
		{"The central bank cut its key rate on Thursday, but analysts expect another cut next year.",
			"The central bank cut its key rate on Thursday.", "But analysts expect another cut next year."},
		{"Exports rose for a third straight month in October; imports fell more than expected.",
			"Exports rose for a third straight month in October.", "Imports fell more than expected."},
		{"Short one, and short two.", "", ""},
		{`"We will cut the rate again, and we will do it soon," the governor said at the meeting.`, "", ""},
	} {
		a, b, ok := splitSentence(c.in)
		if ok != (c.a != "") || a != c.a || b != c.b {
			t.Errorf("splitSentence(%q) = %q, %q, %v", c.in, a, b, ok)
		}
	}
}

func TestMergeSentences(t *testing.T) {
	for _, c := range []struct{ a, b, want string }{
		{"Exports rose.", "They beat forecasts.", "Exports rose, and they beat forecasts."},
		{"Exports rose.", "But imports fell.", "Exports rose, but imports fell."},
		{"Exports rose.", "Samsung led the gains.", "Exports rose; Samsung led the gains."},
		{"Why now?", "Nobody said.", "Why now? Nobody said."},
	} {
		if got := mergeSentences(c.a, c.b); got != c.want {
			t.Errorf("mergeSentences(%q, %q) = %q, want %q", c.a, c.b, got, c.want)
		}
	}
}

// TestEditDocGold: every sentence of both sides is in exactly one gold
// link, in order, and the links are of the kinds the edits make.
func TestEditDocGold(t *testing.T) {
	var d doc
	d.id, d.corpus = "x", "test"
	for i := 0; i < 20; i++ {
		d.pairs = append(d.pairs, pair{fmt.Sprintf("문장 %d입니다.", i),
			fmt.Sprintf("Sentence %d says that the economy grew, and the central bank held its rate steady.", i)})
	}
	for seed := int64(1); seed <= 50; seed++ {
		o := editDoc(d, rand.New(rand.NewSource(seed)))
		i, j := 0, 0
		kinds := map[string]int{}
		for _, g := range o.Gold {
			for _, x := range g[0] {
				if x != i {
					t.Fatalf("seed %d: source %d out of order", seed, x)
				}
				i++
			}
			for _, x := range g[1] {
				if x != j {
					t.Fatalf("seed %d: target %d out of order", seed, x)
				}
				j++
			}
			kinds[fmt.Sprintf("%d-%d", len(g[0]), len(g[1]))]++
		}
		if i != len(o.Ko) || j != len(o.En) {
			t.Fatalf("seed %d: covered %d/%d and %d/%d", seed, i, len(o.Ko), j, len(o.En))
		}
		if kinds["1-0"] != o.Edits.Drops || kinds["1-2"] != o.Edits.Splits || kinds["2-1"] != o.Edits.Merges || kinds["0-1"] != o.Edits.Additions {
			t.Fatalf("seed %d: links %v, edits %+v", seed, kinds, o.Edits)
		}
		if o.Edits.Drops != 3 || o.Edits.Merges < 1 || o.Edits.Splits < 1 {
			t.Errorf("seed %d: edits %+v, want 3 drops (15%% of 20) and at least one merge and split", seed, o.Edits)
		}
	}
}
