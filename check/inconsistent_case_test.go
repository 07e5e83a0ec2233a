package check

import (
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Tests of inconsistent_case.go.

const session27T95Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
juche,term,ko,주체사상,preferred,,,,,,,,,,,
juche,term,en,juche ideology,preferred,,,,,,,,,,,
juche,term,en,Juche,admitted,yes,,,,,,,,,,
juche,term,en,juche,admitted,yes,,,,,,,,,,
internet,term,en,internet,preferred,,,,,,,,,,,
internet,term,en,Internet,admitted,yes,,,,,,,,,,
internet,term,en,web,admitted,,,,,,,,,,,
central-bank,organization,en,central bank,preferred,yes,,,,,,,,,,
central-bank,organization,en,Central Bank,admitted,yes,,,,,,,,,,
`

// TestCaseFormsTwice: two case-sensitive forms of one term differing only
// in case, both in one article, are inconsistent (check13z-missed: juche,
// then Juche); a capital at a sentence's start, a heading line in title
// case, a lower-case form matched in any case, the preferred form and a
// body's common noun stay none.
func TestCaseFormsTwice(t *testing.T) {
	c := caseChecker(t, "session27t95.csv", session27T95Glossary)
	for _, tc := range []struct {
		text string
		want string
	}{
		// Found by the rule (none without it).
		{"Korea desk, spellings\n\nThe copy named juche on Monday, and later Juche on Tuesday.", "juche Juche"},
		{"Korea desk\n\nThe copy named Juche on Monday, and later juche on Tuesday.", "juche juche"},
		{"Korea desk\n\nThe copy named juche on Monday. Juche was named again, and then Juche once more.", "juche Juche"},
		{"Korea desk\n\nJuche was named on Monday. The copy named juche, then Juche on Tuesday.", "juche Juche"},
		// None: a sentence's capital is the lower-case form.
		{"Korea desk\n\nThe copy named juche on Monday. Juche was named again on Tuesday.", ""},
		{"Korea desk\n\nJuche was named on Monday. The copy named juche again on Tuesday.", ""},
		{"Korea desk\n\nThe copy named juche on Monday. \"Juche is our way,\" he said.", ""},
		// None: headings in title case, the first line or one inside.
		{"Pyongyang Marks Seventy Years of Juche Thought Today\n\nThe copy named juche on Monday.", ""},
		{"Korea desk\n\nThe copy named juche on Monday.\n\nPyongyang Still Celebrates Seventy Years of Juche\n\nMore copy.", ""},
		// None: the form matched in any case is one form (internet,
		// Internet: the listed case-sensitive Internet is not read apart
		// from it), and the preferred form after an admitted one.
		{"Desk\n\nThe web grew on Monday. The Internet grew on Tuesday.", ""},
		{"Korea desk\n\nThe copy named Juche on Monday, and later juche ideology on Tuesday.", ""},
		// None: a body's name beside its common noun (not a term).
		{"Desk\n\nThe central bank met on Monday, and the Central Bank spoke on Tuesday.", ""},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.English, time.Time{}), RuleInconsistent); got != tc.want {
			t.Errorf("%q: inconsistent %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestCaseFormPlaces: the predicates of inconsistent_case.go.
func TestCaseFormPlaces(t *testing.T) {
	text := "The copy named juche.\nJuche was named.\nPYONGYANG HAILS JUCHE\nPyongyang Marks Seventy Years of Juche Thought Today"
	for _, tc := range []struct {
		name string
		got  bool
		want bool
	}{
		{"sentence capital", sentenceCapitalOf(text, 22, "Juche", "juche"), true},
		{"mid-sentence", sentenceCapitalOf(text, 15, "juche", "Juche"), false},
		{"capital, not at a start", sentenceCapitalOf("named Juche", 6, "Juche", "juche"), false},
		{"other capitalized", sentenceCapitalOf(text, 22, "Juche", "JUche"), false},
		{"sentence line", ownCaseLine(text, 15), true},
		{"capitals line", ownCaseLine(text, 40), false},
		{"title-case line", ownCaseLine(text, 70), false},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, tc.got, tc.want)
		}
	}
}
