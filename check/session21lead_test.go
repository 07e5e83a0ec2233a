package check

import (
	"testing"
	"time"

	"golang.org/x/text/language"
)

// TestDeprecatedSuggestsCurrentForm: a deprecated form's finding suggests
// the form right on the article's day (an undated article is today's), not
// a preferred form the list dates as right only before it (check12m's ITAR
// TASS, told to use ITAR-TASS in a story of today; session 21, lead).
func TestDeprecatedSuggestsCurrentForm(t *testing.T) {
	c := caseChecker(t, "session21lead.csv", `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
norvik-agency,organization,ko,노르비크 통신,preferred,,,,,,,,,,,
norvik-agency,organization,en,Norvik Press Agency,preferred,,,,,,,2014-08-31,,,,
norvik-agency,organization,en,NPA,admitted,,,,,,2014-09-01,,,,,
norvik-agency,organization,en,Norvik Press Service,deprecated,,,,,,,,,,,
`)
	text := "Norvik Press Service reported the talks."
	for _, tc := range []struct{ day, want string }{
		{"2010-05-01", "deprecated-term error Norvik Press Service -> Norvik Press Agency"},
		{"2014-08-31", "deprecated-term error Norvik Press Service -> Norvik Press Agency"},
		{"2014-09-01", "deprecated-term error Norvik Press Service -> NPA"},
		{"", "deprecated-term error Norvik Press Service -> NPA"},
	} {
		var day time.Time
		if tc.day != "" {
			day, _ = time.Parse(time.DateOnly, tc.day)
		}
		if got := t17Rules(c.TextOn("a.txt", text, language.English, day)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.day, got, tc.want)
		}
	}
}
