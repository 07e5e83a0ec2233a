package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Session 23 (helper T56): entries of our own, with forms right only
// until a day.
const session23T56Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
prince-arthur,person,en,Prince Arthur,preferred,,Arthur,,,,,,,,,
prince-arthur,person,en,Duke of Kentford,admitted,,,,,,2001-01-01,2020-12-31,,,,
prince-arthur,person,ko,아서 왕자,preferred,,,,,,,,,,,
prince-arthur,person,ko,켄트퍼드 공작,admitted,,,,,,2001-01-01,2020-12-31,,,,
`

// A form past its day at a person's first mention is reported once, as
// the dated deprecated-term error; no first-mention warning on the same
// span (the lead's decision, session 23; check13i, check13l's desk*.txt).
// An admitted form within its day at a first mention is still one.
func TestDatedFirstMentionOnce(t *testing.T) {
	c := caseChecker(t, "session23t56.csv", session23T56Glossary)
	for _, tc := range []struct {
		text string
		lang language.Tag
		want string
	}{
		{"Note\n\nThe Duke of Kentford spoke. Later Prince Arthur left.", language.English, "deprecated-term Duke of Kentford"},
		{"메모\n\n켄트퍼드 공작이 말했다. 이후 아서 왕자가 떠났다.", language.Korean, "deprecated-term 켄트퍼드 공작"},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, tc.lang) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}
