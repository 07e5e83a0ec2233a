package check

import (
	"slices"
	"testing"
	"time"

	"golang.org/x/text/language"
)

const timeContextGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
george-w-bush,person,en,George W. Bush,preferred,,Bush,,,,,,,,,
george-w-bush,person,ko,조지 W. 부시,preferred,,,,,,,,,,,
george-w-bush,person,en,President George W. Bush,admitted,,,,,,2001-01-20,2009-01-20,,,,
george-w-bush,person,ko,부시 대통령,admitted,,,,,,2001-01-20,2009-01-20,,,,
`

// A titled form past its day placed by the words around it in the time
// of the office is no dated error (house74's ntrex-odd 1881: 캐버너는 부시
// 대통령을 위해 백악관에서 일했으며, 부시 대통령을 통해 ... 만났다, a 2018
// story; the later mention in the sentence is of the same time); the form
// with a verb of its own, or in another sentence, still is.
func TestPastTimeContext(t *testing.T) {
	c := caseChecker(t, "timecontext.csv", timeContextGlossary)
	day := time.Date(2018, 10, 1, 0, 0, 0, 0, time.UTC)
	const dep = "deprecated-term 부시 대통령"
	for _, tc := range []struct {
		lang language.Tag
		text string
		want []string
	}{
		{language.Korean, "캐버너는 부시 대통령을 위해 백악관에서 일했으며, 부시 대통령을 통해 아내를 만났다.", nil},
		{language.Korean, "부시 대통령 시절 그는 백악관에서 일했다.", nil},
		{language.Korean, "그는 부시 대통령 재임 중 국무부에 있었다.", nil},
		{language.Korean, "당시 부시 대통령은 반대했다.", nil},
		{language.Korean, "부시 대통령 정부의 감세가 논란이 됐다.", nil},
		{language.Korean, "부시 대통령은 캐버너를 지지했다.", []string{dep}},
		{language.Korean, "부시 대통령 때문에 늦었다.", []string{dep}},
		{language.Korean, "그는 부시 대통령 시절에 일했다. 부시 대통령은 그를 지지했다.", []string{dep}},
		{language.English, "He worked under President George W. Bush.", nil},
		{language.English, "President George W. Bush's administration cut taxes.", nil},
		{language.English, "President George W. Bush called senators.", []string{"deprecated-term President George W. Bush"}},
	} {
		var got []string
		for _, f := range c.TextOn("a.txt", "메모\n\n"+tc.text, tc.lang, day) {
			if f.Rule == RuleDeprecated {
				got = append(got, string(f.Rule)+" "+f.Found)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
