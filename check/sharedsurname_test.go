package check

import (
	"testing"

	"golang.org/x/text/language"
)

const sharedSurnameGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
joe-biden,person,en,Joe Biden,preferred,,Biden,,,,,,,,,
joe-biden,person,ko,조 바이든,preferred,,,,,,,,,,,
joe-biden,person,ko,바이든,admitted,,,,,,,,,,,
`

// One surname after two coordinated given names names both ("Joe and
// Jill Biden" for 바이든 내외, house74's kpc-dev 917); another given name
// alone with the surname, or the pair with another surname, does not.
func TestSharedSurname(t *testing.T) {
	c := caseChecker(t, "sharedsurname.csv", sharedSurnameGlossary)
	for _, tc := range []struct {
		tgt  string
		want bool
	}{
		{"Michelle Obama and Joe and Jill Biden will do volunteer work.", false},
		{"Joe & Jill Biden will do volunteer work.", false},
		{"Jill Biden will do volunteer work.", true},
		{"Joe and Jill Smith will do volunteer work.", true},
		{"Joe and Jill will do volunteer work.", true},
	} {
		var got bool
		for _, f := range c.Pair("p.tsv", Pair{Source: "미셸 오바마와 바이든 내외가 자원 봉사를 한다.", Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English}) {
			got = got || f.Rule == RuleTargetMissing && f.Term == "joe-biden"
		}
		if got != tc.want {
			t.Errorf("%q: missing reported %v, want %v", tc.tgt, got, tc.want)
		}
	}
}
