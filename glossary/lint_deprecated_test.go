package glossary

import (
	"fmt"
	"strings"
	"testing"
)

// TestLintDeprecated: deprecated forms that read as something right in
// text (lint_deprecated.go), and the ones that do not.
func TestLintDeprecated(t *testing.T) {
	var got []string
	for _, p := range Lint("testdata/lint/deprecated.csv") {
		got = append(got, fmt.Sprintf("%d:%d %s %s", p.Line, p.Col, p.Code, p.Data["Term"]))
	}
	want := []string{
		"3:17 deprecated-extends Alaska State",  // Alaska with a capitalized word added
		"6:24 deprecated-inside State Troopers", // part of Alaska State Troopers
		// Luis Felipe Scolari respells Luiz: a misspelling, no warning.
		// Korean peninsula is case-sensitive: not in "Korean Peninsula affairs".
		"14:21 deprecated-inside Humphreys",       // a word run (and the short form) of Ann Humphreys
		"15:21 given-name-variants Ann Humphreys", // Ann or Anne (lint_given.go)
		"20:14 status-conflict Beijing",           // equal to another entry's preferred form: an error already
		"20:14 deprecated-other-form Beijing",     // and china's related form
		// Vatican State beside a listed Vatican City: a wrong variant of a listed name, no warning.
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestEditsWithin(t *testing.T) {
	for _, c := range []struct {
		a, b string
		max  int
		want bool
	}{
		{"luis felipe scolari", "luiz felipe scolari", 2, true},
		{"osama bin laden", "osama bin laden", 2, true},
		{"kiev", "kyiv", 2, true},
		{"kiev", "kyiv", 1, false},
		{"alaska state", "alaska", 2, false},
		{"ab", "ba", 1, true},
	} {
		if got := editsWithin(c.a, c.b, c.max); got != c.want {
			t.Errorf("editsWithin(%q, %q, %d) = %v, want %v", c.a, c.b, c.max, got, c.want)
		}
	}
}
