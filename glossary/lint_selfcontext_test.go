package glossary

import (
	"fmt"
	"strings"
	"testing"
)

// Tests of lint_selfcontext.go.

// TestLintSelfContext: a context or not_with word that is the form or a
// word of it (house82's 노동당 with the context 노동당) is a warning; a
// word only inside another word of the form (인민군 in 조선인민군), a
// word the form does not hold (평양, 파티 for 파) and a word of another
// form are not.
func TestLintSelfContext(t *testing.T) {
	var got []string
	for _, p := range Lint("testdata/lint/selfcontext.csv") {
		if p.Code != CodeSelfContext {
			continue
		}
		got = append(got, fmt.Sprintf("%d %s %s %s", p.Line, p.Data["Term"], p.Data["Column"], p.Data["Word"]))
	}
	want := []string{
		"2 노동당 context 노동당",
		// 조선인민군: 인민군 follows 조선 in one word, which HasWord does not read.
		"6 대통령령 context 대통령", // a context word of two syllables or more is read at a word's start
		"8 로이드 약국 context 약국",
		// 파: 파티 is not in the form.
		"12 대파 not_with 대파",
		"14 Labour Party context Labour",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
