package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Session 24 (helper T62): a person of our own whose list holds the name
// without and with its Arabic article part, both preferred.
const articledNameGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
hamid-tariq,person,en,Hamid Tariq al-Qassimi,preferred,,,,,,,,,,,
hamid-tariq,person,en,Hamid Tariq,preferred,,,,,,,,,,,
hamid-tariq,person,ko,하미드 타리크,preferred,,,,,,,,,,,
`

// A listed form followed by an article joined to a capitalized word
// (Hamid Tariq al-Qasimi, check13p-missed's Izzat Ibrahim al-Dourri) is
// part of a longer name: the near miss only, no first mention of the
// shorter form; alone it is still one.
func TestArticledNameAfter(t *testing.T) {
	c := caseChecker(t, "articledname.csv", articledNameGlossary)
	for _, tc := range []struct{ text, want string }{
		{"Talks\n\nThe copy quoted Hamid Tariq al-Qasimi on Monday.", "near-miss Hamid Tariq al-Qasimi"},
		{"Talks\n\nThe copy quoted Hamid Tariq on Monday.", "first-mention Hamid Tariq"},
		{"Talks\n\nThe copy quoted Hamid Tariq al-Qassimi on Monday.", ""},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.English) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
	for _, tc := range []struct {
		text string
		want bool
	}{{"al-Douri", true}, {"el-Sisi", true}, {"al-qaeda", false}, {"also", false}, {"Al-Douri", false}} {
		if got := articledNameAt(tc.text, 0); got != tc.want {
			t.Errorf("articledNameAt(%q) = %v", tc.text, got)
		}
	}
}
