package glossary

import "fmt"

// Session 24 (helper T68, issue #11): a context that names the form
// itself. The gate reads a form's context words (Term.Context) and
// not_with words (Term.NotWith) on the line around the form, the form
// included (HasWord). A context word that is the form or a word of it is
// on every line that names the form: the context is always met and
// restricts nothing, and a not_with word so is always there and the form
// is never read. house82 gave 노동당 (the Workers' Party of Korea) the
// context 북한|북|김정은|...|노동당: every 노동당 counted, the British
// Labour Party's too (18 false target-term-missing findings with
// --missing all, held-out-glossary-82). Lint names such a word
// (self-context), so a desk drops it before the gate runs.

// CodeSelfContext is the code of a context or not_with word that every
// line naming the form has: the form itself or a word of it (warning).
const CodeSelfContext = "self-context"

// lintSelfContext finds the context and not_with words that are the form
// or a word of it (HasWord on the form's own text).
func lintSelfContext(gs []*Glossary) []Problem {
	var out []Problem
	for _, g := range gs {
		for _, e := range g.Entries {
			for _, t := range e.Terms {
				for _, list := range []struct {
					column string
					words  []string
				}{{"context", t.Context}, {"not_with", t.NotWith}} {
					for _, w := range list.words {
						if !HasWord(t.Text, w) {
							continue
						}
						line, col := e.Line, 0
						if t.Line > 0 {
							line, col = t.Line, t.Col
						}
						effect := "always met: the form counts everywhere"
						if list.column == "not_with" {
							effect = "always there: the form never counts"
						}
						out = append(out, Problem{File: e.File, Line: line, Col: col, Severity: Warning, Code: CodeSelfContext,
							Data: map[string]any{"Term": t.Text, "ID": e.ID, "Word": w, "Column": list.column},
							Message: fmt.Sprintf("%s word %q of form %q (entry %s) is in the form itself, so it is %s; leave it out",
								list.column, w, t.Text, e.ID, effect)})
					}
				}
			}
		}
	}
	return out
}
