package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

const otherGivenGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
gerhard-schroeder,person,en,Gerhard Schroeder,preferred,,Schroeder,,,,,,,,,
gerhard-schroeder,person,ko,게르하르트 슈뢰더,preferred,,,,,,,,,,,
gerhard-schroeder,person,ko,슈뢰더,admitted,,,,,,,,,,,
`

// TestOtherGivenBefore: a listed one-word Korean surname right after a
// foreign given name that is not the person's (패트리샤 슈뢰더) names
// another person: no first mention, and the same form bare later in the
// article is that person; no person missing from the pair's English. The
// surname alone, after a vocabulary word, a connective, a word with a
// particle, a native word, or a given name beginning as the person's
// does, is still the person.
func TestOtherGivenBefore(t *testing.T) {
	c := caseChecker(t, "othergiven.csv", otherGivenGlossary)
	c.Missing = nil
	for _, tc := range []struct{ name, text, want string }{
		{"another person's given name", "제목\n\n당시 연방하원의원이었던 패트리샤 슈뢰더는 출마를 고려했다. 그때 슈뢰더 의원은 좌절했다.", ""},
		{"a given name with its ㅡ first", "제목\n\n배우 스콧 슈뢰더가 출연했다.", ""},
		{"the surname alone", "제목\n\n당시 슈뢰더는 출마를 고려했다.", "first-mention 슈뢰더"},
		{"a vocabulary word", "제목\n\n프랑스 슈뢰더 지지자들이 모였다.", "first-mention 슈뢰더"},
		{"a particle", "제목\n\n콘서트에서 슈뢰더는 노래했다.", "first-mention 슈뢰더"},
		{"a native word", "제목\n\n그날 슈뢰더는 좌절했다.", "first-mention 슈뢰더"},
		{"an adverb", "제목\n\n드디어 슈뢰더는 말했다.", "first-mention 슈뢰더"},
		{"a given name as the person's", "제목\n\n그는 게르하트 슈뢰더와 만났다.", "first-mention 슈뢰더"},
		{"the person's given name misspelt", "제목\n\n그는 거하드트 슈뢰더와 만났다.", "first-mention 슈뢰더"},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.Korean) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s: %q: got %q, want %q", tc.name, tc.text, g, tc.want)
		}
	}
	p := caseChecker(t, "othergiven.csv", otherGivenGlossary)
	session14Cases(t, p, []pairCase{
		{"another person in the pair", "당시 하원의원이었던 패트리샤 슈뢰더가 출마했다.", "Then a congresswoman, Pat Schroder ran.", ""},
		{"the person missing", "당시 슈뢰더가 출마했다.", "Then the congresswoman ran.", "target-term-missing 1:1  => Gerhard Schroeder (target)"},
	})
	for _, w := range []struct {
		w    string
		want bool
	}{{"패트리샤", true}, {"크리스", true}, {"그레이엄", false}, {"이그나시오", true}, {"그때", false}, {"마리아", false}, {"슬프게", false}, {"드디어", false}} {
		if got := epentheticWord(w.w); got != w.want {
			t.Errorf("epentheticWord(%s) = %v", w.w, got)
		}
	}
}
