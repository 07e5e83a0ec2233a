package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"

	"bitext/glossary"
)

// aroundGlossary: our own entries (session 11, helper T3).
const aroundGlossary = `id,type,lang,term,status,case,short,note,from,until
kunming,place,ko,쿤밍,preferred,,,,,
kunming,place,en,Kunming,preferred,,,,,
yemen,place,ko,예멘,preferred,,,,,
yemen,place,en,Yemen,preferred,,,,,
saudi,place,ko,사우디아라비아,preferred,,,,,
saudi,place,en,Saudi Arabia,preferred,,,,,
`

// TestNamedAround: with --missing all, a place the pair's English lacks
// is no finding when the English beside the pair names it and the pair
// reads as aligned; it is one when the pair has none of its source's
// entries (broken), or when only the next English names it and the next
// Korean does not (the name moved: a shifted pair). Our own sentences.
func TestNamedAround(t *testing.T) {
	g, err := glossary.Decode(strings.NewReader(aroundGlossary), glossary.FormatCSV, "a.csv")
	if err != nil {
		t.Fatal(err)
	}
	c := New(g)
	c.Missing = []glossary.Type{glossary.Place}
	for _, tc := range []struct {
		name            string
		before          string // the English right before
		after, afterSrc string // the next pair's English and Korean
		src, tgt        string
		want            bool // a target-term-missing finding for Kunming
	}{
		{"alone", "", "", "", "쿤밍에서 폭발이 일어났다.", "A blast hit the city.", true},
		{"named before, the only entry", "Kunming is in Yunnan.", "", "", "쿤밍에서 폭발이 일어났다.", "A blast hit the city.", false},
		{"named after, the next Korean naming it too", "", "Kunming police said so.", "쿤밍 경찰이 밝혔다.", "쿤밍에서 폭발이 일어났다.", "A blast hit the city.", false},
		{"named after only, moved there", "", "A blast hit Kunming.", "경찰이 밝혔다.", "쿤밍에서 폭발이 일어났다.", "Police said so.", true},
		{"named before, another entry found", "Kunming is in Yunnan.", "", "", "쿤밍과 예멘에서 폭발이 일어났다.", "Blasts hit the city and Yemen.", false},
		{"named before, the target the rest of a split sentence", "Kunming is in Yunnan.", "", "", "쿤밍에서 폭발이 일어났다.", "killing two, police said.", true},
		{"named before, the target opening with a quotation", "Kunming is in Yunnan.", "", "", "쿤밍에서 폭발이 일어났다.", "\"A blast hit the city,\" police said.", false},
		{"named before, none of the entries found", "Kunming is in Yunnan.", "", "", "쿤밍과 예멘에서 폭발이 일어났다.", "Saudi Arabia said so.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var before []string
			if tc.before != "" {
				before = []string{tc.before}
			}
			fs := c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English,
				SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1, TargetBefore: before, TargetAfter: tc.after, After: tc.afterSrc})
			got := false
			for _, f := range fs {
				if f.Rule == RuleTargetMissing && f.Data["Term"] == "kunming" {
					got = true
				}
			}
			if got != tc.want {
				t.Errorf("Pair(%q, %q) beside %q / %q (%q): Kunming missing %v, want %v (%s)",
					tc.src, tc.tgt, tc.before, tc.after, tc.afterSrc, got, tc.want, brief(fs))
			}
		})
	}
}
