package check

import (
	"testing"
)

// Tests of relation.go.

// TestRelation: a person the Korean adds as a relation of another one is
// a gloss (relationGloss); a person the English names by a relative is
// left out, a warning, not misnamed (relativeNamed).
func TestRelation(t *testing.T) {
	t16Run(t, []t16Case{
		{"the Korean adds a relation", "미라 홀트의 어머니인 제인 케스는 말했다.", "Jane Kess said so.", ""},
		{"the Korean adds a relation, no 인", "미라 홀트의 엄마 제인 케스는 말했다.", "Jane Kess said so.", ""},
		// Another full name where the Korean names the person as its
		// subject: another person, an error since session 23
		// (subjectFullName, respelling.go; the lead's decision).
		{"the person herself", "미라 홀트가 말했다.", "Jane Kess said so.", "target-term-missing error"},
		{"the person's own mother", "미라 홀트의 어머니가 말했다.", "Her mother said so.", "target-term-missing warning"},
		{"named by a relative", "오렌 베일이 체포됐다.", "Lisa Vale's eldest son was arrested.", "target-term-missing warning"},
		{"named by a relative, one word", "오렌 베일이 체포됐다.", "Lisa Vale's son was arrested.", "target-term-missing warning"},
		{"another given name", "오렌 베일이 체포됐다.", "Lisa Vale was arrested.", "target-term-missing error"},
	})
}
