package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"

	"bitext/glossary"
)

// ministryGlossary: our own entries for a body and a place.
const ministryGlossary = `id,type,lang,term,status,case,short,note,from,until
mnd,organization,ko,국방부,preferred,,,,,
mnd,organization,en,Defense Ministry,preferred,,,,,
drill,term,ko,훈련,preferred,,,,,
drill,term,en,training,preferred,,,,,
seoul,place,ko,서울,preferred,,,,,
seoul,place,en,Seoul,preferred,,,,,
`

// TestNamedBefore: a body named on both sides of a segment before the
// pair, then given by a pronoun that opens the pair's English (session 24,
// helper T64). Our own sentences.
func TestNamedBefore(t *testing.T) {
	c := newTestChecker(t, ministryGlossary)
	for _, tc := range []struct {
		name                 string
		before, targetBefore []string
		src, tgt             string
		missing              bool
	}{
		{"It, the body named two segments back", []string{"국방부는 훈련을 줄인다고 밝혔다.", "병사들은 반겼다."}, []string{"The Defense Ministry said it will cut training.", "Soldiers welcomed it."},
			"국방부는 모의 훈련으로 이를 보완한다고 말했다.", "It said it will offset the cut with simulated training.", false},
		{"They, three segments back", []string{"국방부는 훈련을 줄인다고 밝혔다.", "병사들은 반겼다.", "부모들도 반겼다."}, []string{"The Defense Ministry said it will cut training.", "Soldiers welcomed it.", "So did parents."},
			"국방부는 모의 훈련으로 이를 보완한다고 말했다.", "They will offset the cut with simulated training.", false},
		{"no pronoun", []string{"국방부는 훈련을 줄인다고 밝혔다.", "병사들은 반겼다."}, []string{"The Defense Ministry said it will cut training.", "Soldiers welcomed it."},
			"국방부는 모의 훈련으로 이를 보완한다고 말했다.", "Officials will offset the cut with simulated training.", true},
		{"named in the English only", []string{"병사들은 훈련을 반겼다.", "병사들은 반겼다."}, []string{"The Defense Ministry said it will cut training.", "Soldiers welcomed it."},
			"국방부는 모의 훈련으로 이를 보완한다고 말했다.", "It said it will offset the cut with simulated training.", true},
		{"four segments back", []string{"국방부는 훈련을 줄인다고 밝혔다.", "병사들은 반겼다.", "부모들도 반겼다.", "교사들도 반겼다."}, []string{"The Defense Ministry said it will cut training.", "Soldiers welcomed it.", "So did parents.", "So did teachers."},
			"국방부는 모의 훈련으로 이를 보완한다고 말했다.", "It said it will offset the cut with simulated training.", true},
		{"a place is no body", []string{"서울에서 훈련이 열렸다.", "병사들은 반겼다."}, []string{"Training was held in Seoul.", "Soldiers welcomed it."},
			"서울의 훈련은 끝났다.", "It ended the training.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English,
				SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1, Before: tc.before, TargetBefore: tc.targetBefore})
			got := false
			for _, f := range fs {
				got = got || f.Rule == RuleTargetMissing
			}
			if got != tc.missing {
				t.Errorf("Pair(%q, %q): target-term-missing %v, want %v (%s)", tc.src, tc.tgt, got, tc.missing, brief(fs))
			}
		})
	}
}

// newTestChecker returns a checker of the CSV glossary that reports every
// entry type missing.
func newTestChecker(t *testing.T, csv string) *Checker {
	t.Helper()
	g, err := glossary.Decode(strings.NewReader(csv), glossary.FormatCSV, "d.csv")
	if err != nil {
		t.Fatal(err)
	}
	c := New(g)
	c.Missing = glossary.Types
	return c
}
