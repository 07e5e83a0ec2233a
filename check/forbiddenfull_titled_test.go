package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Session 25 (helper T73): a person of our own with a forbidden full
// spelling on each side, an admitted titled surname and an admitted full
// form.
const forbiddenTitledGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
nora-belk,person,en,Nora Belk,preferred,,,,,,,,,,,
nora-belk,person,en,Prime Minister Belk,admitted,,,,,,,,,,,
nora-belk,person,en,Nora J. Belk,admitted,,,,,,,,,,,
nora-belk,person,en,Norah Belk,deprecated,,,,,,,,,,,
nora-belk,person,ko,노라 벨크,preferred,,,,,,,,,,,
nora-belk,person,ko,벨크 총리,admitted,,,,,,,,,,,
nora-belk,person,ko,노러 벨크,admitted,,,,,,,,,,,
nora-belk,person,ko,노라 밸크,deprecated,,,,,,,,,,,
`

// After the full name in a forbidden spelling, the admitted titled surname
// is a second reference, no first mention, on either side; so is an
// admitted full form after it (session 26, T90); the titled surname first
// still is one.
func TestForbiddenFullTitled(t *testing.T) {
	c := caseChecker(t, "forbiddentitled.csv", forbiddenTitledGlossary)
	for _, tc := range []struct {
		text, want string
		lang       language.Tag
	}{
		{"제목\n\n노라 밸크 총리가 월요일 말했다. 벨크 총리는 이어 떠났다.", "deprecated-term 노라 밸크", language.Korean},
		{"제목\n\n노라 밸크 총리가 월요일 말했다. 노러 벨크 총리는 이어 떠났다.", "deprecated-term 노라 밸크", language.Korean},
		{"제목\n\n벨크 총리는 월요일 떠났다.", "first-mention 벨크 총리", language.Korean},
		{"Title\n\nNorah Belk spoke on Monday. Prime Minister Belk then left.", "deprecated-term Norah Belk", language.English},
		{"Title\n\nNorah Belk spoke on Monday. Nora J. Belk then left.", "deprecated-term Norah Belk", language.English},
		{"Title\n\nPrime Minister Belk left on Monday.", "first-mention Prime Minister Belk", language.English},
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

// Titles beside a surname, and names that are none.
func TestSurnameWithTitle(t *testing.T) {
	for _, tc := range []struct {
		form string
		want bool
	}{
		{"메이 총리", true}, {"메이 내무장관", true}, {"김정일 국방위원장", true}, {"Mrs. May", true},
		{"Prime Minister May", true}, {"메이", false}, {"테리사 메이", false}, {"테리사 메이 총리", false},
		{"Prime Minister Theresa May", false}, {"Theresa May", false},
	} {
		if got := surnameWithTitle(tc.form); got != tc.want {
			t.Errorf("surnameWithTitle(%q) = %v, want %v", tc.form, got, tc.want)
		}
	}
}
