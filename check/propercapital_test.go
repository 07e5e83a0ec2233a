package check

import (
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Tests of propercapital.go.

// TestProperCapital: a case-sensitive forbidden lower-case form (labour,
// house style labor) capitalized at a sentence's start is a proper name
// when the same text (an article) or the pair's neighbours write the
// capitalized word in mid-sentence; otherwise, or when the only other
// capital is a headline's (title case) or another sentence's start, it
// stays a finding. Our own sentences, after house81's three false errors
// (held-out-glossary-81, ntrex-odd#article 558, 942, 1678).
func TestProperCapital(t *testing.T) {
	const csv = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
labor,term,ko,노동,preferred,,,,,,,,,,,
labor,term,en,labor,preferred,,,,,,,,,,,
labor,term,en,labour,deprecated,yes,,,,,,,,,,
`
	c := caseChecker(t, "propercapital.csv", csv)
	day := time.Date(2018, 11, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		want       int // deprecated-term findings
	}{
		{"the party named in mid-sentence", "Labour is no longer a broad church.\nDiffering views are not tolerated in the Labour party.", 0},
		{"named so later in the same line", "Labour denies the plan. A senior Labour source said so.", 0},
		{"no other capital: the word", "Labour costs rose again.\nThe unions asked for more.", 1},
		{"only at other sentence starts", "Labour costs rose.\nLabour is scarce.", 2},
		{"a headline's capital says nothing", "Labour costs rose.\nUnions Demand Better Labour Laws From Government", 1},
		{"lower case stays", "Organised labour costs rose in the Labour heartland.", 1},
		{"Labourer is another word", "Labour costs rose, said a Labourer.", 1},
	} {
		n := 0
		for _, f := range c.TextOn("a.txt", tc.text, language.English, day) {
			if f.Rule == RuleDeprecated {
				n++
			}
		}
		if n != tc.want {
			t.Errorf("%s: %q: %d deprecated-term findings, want %d", tc.name, tc.text, n, tc.want)
		}
	}
	// A pair alone reads its neighbours (Pair.TargetBefore, TargetAfter).
	pr := Pair{Source: "노동당은 더 이상 넓은 교회가 아니다.", Target: "Labour is no longer a broad church.", SourceLang: language.Korean, TargetLang: language.English,
		SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1, Date: day}
	count := func(pr Pair) int {
		n := 0
		for _, f := range c.Pair("p.tsv", pr) {
			if f.Rule == RuleDeprecated {
				n++
			}
		}
		return n
	}
	if n := count(pr); n != 1 {
		t.Errorf("pair alone: %d deprecated-term findings, want 1", n)
	}
	pr.TargetBefore = []string{"I am the latest in a line of Labour MPs to be told so."}
	if n := count(pr); n != 0 {
		t.Errorf("pair after a mid-sentence Labour: %d deprecated-term findings, want 0", n)
	}
}
