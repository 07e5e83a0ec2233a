package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

const session22T50Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
seoul-metropolitan-government,organization,en,Seoul Metropolitan Government,preferred,,,,,,,,,,,
gyeonggi,place,en,Gyeonggi Province,preferred,,,,,,,,,,,
gyeonggi,place,en,Gyeonggi,admitted,,,,,,,,,,,
gyeonggi,place,en,Gyeonggi-do,deprecated,,,,,,,,,,,
six-party-talks,term,en,six-party talks,preferred,,,,,,,,,,,
six-party-talks,term,en,6-party talks,deprecated,,,,,,,,,,,
washington-dc,place,en,"Washington, D.C.",preferred,,,,,,,,,,,
washington-dc,place,en,the District,admitted,,,,,,,,,,,
mother-teresa,person,en,Mother Teresa,preferred,,,,,,,,,,,
mother-teresa,person,en,St. Teresa of Kolkata,admitted,,,,,,,,,,,
mother-teresa,person,en,St. Teresa of Calcutta,admitted,,,,,,,,,,,
`

func t50Text(t *testing.T, body string) string {
	t.Helper()
	c := caseChecker(t, "session22t50.csv", session22T50Glossary)
	var got []string
	for _, f := range c.Text("a.txt", "Desk\n\n"+body, language.English) {
		got = append(got, string(f.Rule)+" "+f.Found)
	}
	return strings.Join(got, "; ")
}

// Two spellings of a listed name in one English article that differ only
// by case or by a space for a hyphen are two spellings (check13e-missed:
// Seoul metropolitan government after Seoul Metropolitan Government, six
// party talks after six-party talks), unreported before: the matcher
// folds case, so both were read as the one listed form.
func TestCaseHyphenSpelling(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{"The Seoul Metropolitan Government report came on Monday. A second Seoul metropolitan government report came on Tuesday.", "inconsistent Seoul metropolitan government"},
		{"The six-party talks resumed on Monday. The six party talks ended on Tuesday.", "inconsistent six party talks"},
		{"The Gyeonggi Province report came on Monday. A second Gyeonggi province report came on Tuesday.", "inconsistent Gyeonggi province"},
		// The same spelling twice, or a sentence's capital: nothing.
		{"The six-party talks resumed on Monday. The six-party talks ended on Tuesday.", ""},
		{"They resumed the six-party talks. Six-party talks ended on Tuesday.", ""},
		{"The Seoul Metropolitan Government report came on Monday. A second Seoul Metropolitan Government report came on Tuesday.", ""},
		// A listed form with a small first word: the common noun.
		{"Rents in the District rose. Elsewhere in the district they fell.", ""},
	} {
		if got := t50Text(t, tc.body); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.body, got, tc.want)
		}
	}
}

// A form is compared with every earlier form of its entry in the article,
// not with the first alone: St. Teresa of Calcutta after Mother Teresa and
// St. Teresa of Kolkata is a second spelling of the second (T48's
// placeOfVariant compared it with Mother Teresa only).
func TestEveryEarlierForm(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{"Mother Teresa was honored on Sunday; pilgrims named St. Teresa of Kolkata, and later St. Teresa of Calcutta was remembered in Rome.", "inconsistent St. Teresa of Calcutta"},
		{"Mother Teresa was honored on Sunday; pilgrims named St. Teresa of Kolkata, and later St. Teresa of Kolkata was remembered in Rome.", ""},
	} {
		if got := t50Text(t, tc.body); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.body, got, tc.want)
		}
	}
}
