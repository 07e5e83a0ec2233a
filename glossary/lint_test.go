package glossary

import (
	"strings"
	"testing"
)

// TestLint checks every problem planted in testdata/lint against the
// golden list.
func TestLint(t *testing.T) {
	probs := Lint("testdata/lint/house.csv", "testdata/lint/desk.tbx", "testdata/lint/broken.csv", "testdata/lint/missing.csv")
	var b strings.Builder
	for _, p := range probs {
		b.WriteString(p.String())
		b.WriteByte('\n')
	}
	golden(t, "testdata/lint/lint.golden", b.String())
	codes := map[string]bool{}
	for _, p := range probs {
		codes[p.Code] = true
		if p.File == "" || (p.Line == 0 && p.Code != CodeSyntax) {
			t.Errorf("problem without a position: %v", p)
		}
	}
	for _, c := range []string{CodeSyntax, CodeBadLang, CodeBadDates, CodeEmptyTerm, CodeEmptyEntry, CodePaddedTerm, CodeNotNFC, CodeDuplicateID, CodeDuplicateTerm, CodeSharedTerm, CodeStatusClash, CodeNoPreferred, CodeTwoPreferred, CodeShortForm} {
		if !codes[c] {
			t.Errorf("no %s problem found in testdata/lint", c)
		}
	}
}

func TestLintClean(t *testing.T) {
	for _, f := range []string{"testdata/cases.csv", "testdata/desk-v2.tbx", "testdata/desk-v3.tbx"} {
		if probs := Lint(f); len(probs) != 0 {
			t.Errorf("%s: %v", f, probs)
		}
	}
}
