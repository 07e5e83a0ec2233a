package check

import (
	"slices"
	"testing"
	"time"

	"golang.org/x/text/language"
)

const titledRoleGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
lee-myung-bak,person,en,Lee Myung-bak,preferred,,Lee,,,,,,,,,
lee-myung-bak,person,ko,이명박,preferred,,,,,,,,,,,
lee-myung-bak,person,en,President Lee Myung-bak,admitted,,,,,,2008-02-25,2013-02-24,,,,
lee-myung-bak,person,ko,이명박 대통령,admitted,,,,,,2008-02-25,2013-02-24,,,,
`

// A dated titled form followed by 후보, 당선인 and the like names another
// role (the candidate, the president-elect: house74's kpc-test 1827 and
// 1854), so its dates say nothing of the story's day; the form alone
// past its day is still the dated error.
func TestRoleAfterTitle(t *testing.T) {
	c := caseChecker(t, "titledrole.csv", titledRoleGlossary)
	const dep = "deprecated-term 이명박 대통령"
	for _, tc := range []struct {
		day  string
		pair bool
		text string
		want []string
	}{
		{"2015-01-01", true, "이명박 대통령 후보가 발언했다.", nil},
		{"2015-01-01", true, "이명박 대통령 당선인의 말을 인용했다.", nil},
		{"2015-01-01", true, "이명박 대통령 예비후보가 말했다.", nil},
		{"2015-01-01", true, "이명박 대통령 선거 캠프가 말했다.", nil},
		{"2015-01-01", true, "이명박 대통령이 발언했다.", []string{dep}},
		{"2007-06-01", false, "이명박 대통령 후보가 발언했다.", nil},
		{"2007-06-01", false, "이명박 대통령이 발언했다.", []string{dep}},
	} {
		day, _ := time.Parse("2006-01-02", tc.day)
		var fs []Finding
		if tc.pair {
			fs = c.Pair("p.tsv", Pair{Source: tc.text, Target: "Lee Myung-bak spoke.", SourceLang: language.Korean, TargetLang: language.English, Date: day})
		} else {
			fs = c.TextOn("a.txt", "메모\n\n"+tc.text, language.Korean, day)
		}
		var got []string
		for _, f := range fs {
			if f.Rule == RuleDeprecated {
				got = append(got, string(f.Rule)+" "+f.Found)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s %q: got %q, want %q", tc.day, tc.text, got, tc.want)
		}
	}
}

const wrongTitleGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
ingrid-betancourt,person,ko,잉그리드 베탕쿠르,preferred,,,,,,,,,,,
ingrid-betancourt,person,ko,베탕쿠르 전 대통령,deprecated,,,wrong title: never president,,,,,,,,
ingrid-betancourt,person,ko,베탕크루 전 대통령,deprecated,,,misspelt and wrong title,,,,,,,,
ingrid-betancourt,person,en,Ingrid Betancourt,preferred,,Betancourt,,,,,,,,,
`

// A forbidden Korean titled form whose name words the list allows (its
// fault the title) is right where its title word begins a compound of
// another role: 베탕쿠르 전 대통령 후보, the former presidential candidate
// (house142's g142-kpc-test 1455, judged false). The title alone, the
// title before a word that leaves it hers (부인) and a misspelt name
// before 후보 are still the forbidden form; a compound written without a
// space is no match at all (the glossary's particle rule).
func TestWrongTitleInRole(t *testing.T) {
	c := caseChecker(t, "wrongtitle.csv", wrongTitleGlossary)
	const dep = "deprecated-term 베탕쿠르 전 대통령"
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"군이 잉그리드 베탕쿠르와 베탕쿠르 전 대통령 후보를 포함해 15명을 구출했다.", nil},
		{"잉그리드 베탕쿠르와 베탕쿠르 전 대통령 후보가 말했다.", nil},
		{"잉그리드 베탕쿠르와 베탕쿠르 전 대통령 선거 캠프가 밝혔다.", nil},
		{"잉그리드 베탕쿠르와 베탕쿠르 전 대통령후보가 말했다.", nil},
		{"잉그리드 베탕쿠르와 베탕쿠르 전 대통령이 말했다.", []string{dep}},
		{"잉그리드 베탕쿠르와 베탕쿠르 전 대통령 부인이 말했다.", []string{dep}},
		{"잉그리드 베탕쿠르와 베탕크루 전 대통령 후보가 말했다.", []string{"deprecated-term 베탕크루 전 대통령"}},
	} {
		fs := c.Pair("p.tsv", Pair{Source: tc.text, Target: "Ingrid Betancourt spoke.", SourceLang: language.Korean, TargetLang: language.English})
		var got []string
		for _, f := range fs {
			if f.Rule == RuleDeprecated {
				got = append(got, string(f.Rule)+" "+f.Found)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
