package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Session 24 (helper T62): a person of our own with a forbidden Korean
// spelling of the full name and an admitted surname and full form.
const forbiddenFullGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
dora-kessel,person,en,Dora Kessel,preferred,,Kessel,,,,,,,,,
dora-kessel,person,ko,도라 케셀,preferred,,,,,,,,,,,
dora-kessel,person,ko,케셀,admitted,,,,,,,,,,,
dora-kessel,person,ko,도러 케셀,admitted,,,,,,,,,,,
dora-kessel,person,ko,도라 캐셀,deprecated,,,,,,,,,,,
`

// After the full name in a forbidden spelling (reported as such), the
// admitted surname and an admitted full form are second references, no
// first mention (session 26, T90); the surname alone first still is.
func TestForbiddenFullFirst(t *testing.T) {
	c := caseChecker(t, "forbiddenfull.csv", forbiddenFullGlossary)
	for _, tc := range []struct{ text, want string }{
		{"제목\n\n도라 캐셀 의원이 월요일 말했다. 케셀 의원은 이어 떠났다.", "deprecated-term 도라 캐셀"},
		{"제목\n\n도라 캐셀 의원이 월요일 말했다. 도러 케셀 의원은 이어 떠났다.", "deprecated-term 도라 캐셀"},
		{"제목\n\n케셀 의원은 월요일 떠났다.", "first-mention 케셀"},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.Korean) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}
