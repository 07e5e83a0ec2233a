package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Session 23 (helper T60): an entry of our own with a short form that
// counts only beside its context words.
const session23T60Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
valian-airlines,organization,en,Valian Airlines,preferred,,,,,,,,,,,
valian-airlines,organization,en,Valiance,admitted,yes,,,,,,,,,airline|carrier|flights,
valian-airlines,organization,ko,발리안 항공,preferred,,,,,,,,,,,
`

// A near miss of a form whose context rules it out on the line is no
// near miss ("America" for the airline's "American", house71): where the
// context is there, the misspelling still is one.
func TestNearMissContextRulesOut(t *testing.T) {
	c := caseChecker(t, "session23t60.csv", session23T60Glossary)
	for _, tc := range []struct{ text, want string }{
		{"Talks\n\nThe delegation flew to Valiancy on Monday.", ""},
		{"Talks\n\nThe carrier Valiancy cut flights on Monday.", "near-miss Valiancy"},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.English) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}
