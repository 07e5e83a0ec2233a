package glossary

import (
	"os"
	"path/filepath"
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

// TestLintSharedForm: an English form two entries of one list allow is a
// warning (the gate reads it for either entry); a Korean one, one that an
// entry forbids, or one in two files is an error.
func TestLintSharedForm(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("id,type,lang,term,status\n"+text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	house := write("house.csv", `authorities,term,ko,당국,preferred
authorities,term,en,authorities,preferred
authorities,term,en,officials,admitted
officials,term,ko,관계자,preferred
officials,term,en,officials,preferred
officials,term,ko,당국,admitted
accused,term,ko,피고인,preferred
accused,term,en,defendant,preferred
accused,term,en,the accused,forbidden
charges,term,ko,혐의,preferred
charges,term,en,charges,preferred
charges,term,en,the accused,admitted
`)
	desk := write("desk.csv", `spokes,term,ko,대변인,preferred
spokes,term,en,officials,admitted
`)
	for _, tc := range []struct {
		name  string
		files []string
		want  []string
	}{
		{"one list", []string{house}, []string{
			`house.csv:6:19: warning: "officials" is claimed by entry officials and entry authorities`,
			`house.csv:7:19: error: "당국" is claimed by entry officials and entry authorities`,
			`house.csv:13:17: error: "the accused" is claimed by entry charges and entry accused`,
		}},
		{"two lists", []string{house, desk}, []string{
			`desk.csv:3:16: error: "officials" is claimed by entry spokes and entry authorities`,
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, p := range LintWith(Options{}, tc.files...) {
				if p.Code == CodeSharedTerm {
					got = append(got, strings.TrimPrefix(p.String(), dir+string(filepath.Separator)))
				}
			}
			for _, w := range tc.want {
				found := false
				for _, g := range got {
					found = found || strings.HasPrefix(g, w)
				}
				if !found {
					t.Errorf("no %q in\n%s", w, strings.Join(got, "\n"))
				}
			}
		})
	}
}
