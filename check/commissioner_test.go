package check

import (
	"testing"

	"golang.org/x/text/language"
)

// TestCommissionerDescribes: "the commissioner" is a description of a
// person named before, as "the chairman" is (roleNouns, session 25, helper
// T72): 안 위원장 given as "The commissioner said", the man named by his
// listed form five sentences back in the article, is no finding; the same
// pair with no earlier mention is. Our own sentences.
func TestCommissionerDescribes(t *testing.T) {
	const csv = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
hong,person,ko,홍길동 위원장,preferred,,,,,,,,,,,
hong,person,ko,홍 위원장,admitted,,,,,,,,,,,
hong,person,en,Hong Gil-dong,preferred,,Hong,,,,,,,,,
`
	c := caseChecker(t, "t72.csv", csv)
	filler := []string{"It was sunny.", "Talks began at noon.", "Lunch followed.", "The crowd cheered."}
	for _, tc := range []struct {
		name     string
		before   []string
		src, tgt string
		want     bool // reported
	}{
		{"named five sentences back", append([]string{"Hong Gil-dong, chief of the rights commission, spoke."}, filler...),
			"홍 위원장은 모두가 평등하다고 말했다.", "The commissioner said that all are equal.", false},
		{"the commission's commissioner", append([]string{"Hong Gil-dong spoke."}, filler...),
			"홍 위원장은 모두가 평등하다고 말했다.", "The commission's commissioner said that all are equal.", false},
		{"never named before", filler,
			"홍 위원장은 모두가 평등하다고 말했다.", "The commissioner said that all are equal.", true},
		{"a title before another name", append([]string{"Hong Gil-dong spoke."}, filler...),
			"홍 위원장은 모두가 평등하다고 말했다.", "The commissioner Kim Chul-soo said that all are equal.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English,
				SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1, TargetBefore: tc.before})
			got := false
			for _, f := range fs {
				if f.Rule == RuleTargetMissing && f.Term == "hong" {
					got = true
				}
			}
			if got != tc.want {
				t.Errorf("Pair(%q, %q) after %q: reported %v, want %v", tc.src, tc.tgt, tc.before, got, tc.want)
			}
		})
	}
}
