package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Session 24 (helper T62): an airline of our own with a Korean
// transcription and a translation of its last word, and a union whose
// Korean forms cut a word short or contract one.
const koreanSecondFormGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
valian-airlines,organization,en,Valian Airlines,preferred,,,,,,,,,,,
valian-airlines,organization,ko,발리안 에어라인,preferred,,,,,,,,,,,
valian-airlines,organization,ko,발리안 항공,admitted,,,,,,,,,,,
nordel-union,organization,en,Nordel Motor union,preferred,,,,,,,,,,,
nordel-union,organization,ko,노르델자동차 노동조합,preferred,,,,,,,,,,,
nordel-union,organization,ko,노르델차 노동조합,admitted,,,,,,,,,,,
nordel-union,organization,ko,노르델자동차 노조,admitted,,,,,,,,,,,
free-trade,term,en,free trade,preferred,,,,,,,,,,,
free-trade,term,ko,자유 무역협정,preferred,,,,,,,,,,,
free-trade,term,ko,자유 교역,admitted,,,,,,,,,,,
`

// Two Korean forms of one organization that differ in their last word
// only, neither a contraction of the other (발리안 항공 after 발리안
// 에어라인, check13k-missed's 아메리칸 항공), are a second form, though the
// second is shorter; a first word cut short or a last word contracted is
// a short second reference, and a term is left alone.
func TestKoreanOtherLastWord(t *testing.T) {
	c := caseChecker(t, "koreansecondform.csv", koreanSecondFormGlossary)
	for _, tc := range []struct{ text, want string }{
		{"제목\n\n발리안 에어라인 관련 기사가 나왔다. 이어 발리안 항공 관련 기사가 나왔다.", "inconsistent 발리안 항공"},
		{"제목\n\n노르델자동차 노동조합 관련 기사가 나왔다. 이어 노르델차 노동조합 관련 기사가 나왔다.", ""},
		{"제목\n\n노르델자동차 노동조합 관련 기사가 나왔다. 이어 노르델자동차 노조 관련 기사가 나왔다.", ""},
		{"제목\n\n자유 무역협정 관련 기사가 나왔다. 이어 자유 교역 관련 기사가 나왔다.", ""},
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
