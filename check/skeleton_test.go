package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Session 24 (helper T62): a person of our own whose Korean forms are the
// full name and, admitted, the surname alone, and whose English given
// name and surname begin with one consonant.
const longerKoreanNameGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
galan-galani,person,en,Galan Galani,preferred,,Galani,,,,,,,,,
galan-galani,person,ko,갈란 갈라니,preferred,,,,,,,,,,,
galan-galani,person,ko,갈라니,admitted,,,,,,,,,,,
`

// An admitted Korean surname at a first mention is reported when the word
// after it only begins with the consonant of the English surname (갈라니
// 관련: 관련 is k n, Galani k l; check13q-missed's 갈릴레이 관련); a word
// with the surname's first two consonants after it still makes a longer
// name the list does not hold.
func TestLongerKoreanNameSkeleton(t *testing.T) {
	c := caseChecker(t, "longerkoreanname.csv", longerKoreanNameGlossary)
	for _, tc := range []struct{ text, want string }{
		{"제목\n\n갈라니 관련 인터뷰가 화요일 나왔다.", "first-mention 갈라니"},
		{"제목\n\n갈라니 걸러니가 화요일 말했다.", ""},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.Korean) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
	for _, tc := range []struct {
		hangul, english string
		want            bool
	}{{"관련", "Galilei", false}, {"누그로호", "Nugroho", true}, {"푸어오", "Purwo", true}, {"대통령", "Trump", false}} {
		if got := skeletonBegins(tc.hangul, tc.english); got != tc.want {
			t.Errorf("skeletonBegins(%s, %s) = %v", tc.hangul, tc.english, got)
		}
	}
}
