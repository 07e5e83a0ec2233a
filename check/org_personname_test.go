package check

import (
	"testing"
	"time"

	"golang.org/x/text/language"
)

// orgPersonNameGlossary is house191's meta: 메타 from 2021-10-28.
const orgPersonNameGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
meta,organization,ko,메타,preferred,,,,,,2021-10-28,,,메타버스|메타데이터,,
meta,organization,en,Meta,preferred,yes,,,,,2021-10-28,,,,,
`

// TestOrgNamesPerson: an organization's one-word Korean form between a
// foreign given name the English sounds and a person's title names a person: no
// deprecated-term before the form's day and no target-term-missing. A
// Korean word before it, no title after it or the English giving the
// organization leave the organization.
func TestOrgNamesPerson(t *testing.T) {
	c := caseChecker(t, "meta.csv", orgPersonNameGlossary)
	old := time.Date(2008, 7, 28, 0, 0, 0, 0, time.UTC)
	now := time.Date(2024, 1, 11, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, src, tgt string
		day            time.Time
		want           string
	}{
		{"a given name the English sounds", "자린 메타 사장은 공연을 할 것이라고 밝혔다.", "Orchestra president Zarin Mehta said it would play.", old, ""},
		{"an honorific", "자린 메타 씨는 웃었다.", "Zarin Mehta laughed.", now, ""},
		{"the English gives no given name", "자린 메타 씨는 웃었다.", "He laughed.", now, "target-term-missing 1:1  => Meta (target)"},
		{"a name, then the body, then a title", "캐서린 마키스 메타 대변인은 밝혔다.", "Meta spokeswoman Catherine Mathis said.", now, ""},
		{"a name, then the body absent", "캐서린 마키스 메타 대변인은 밝혔다.", "Spokeswoman Catherine Mathis said.", now, "target-term-missing 1:1  => Meta (target)"},
		{"a coach", "자린 메타 감독이 말했다.", "Coach Zarin Mehta said.", now, ""},
		{"the English gives no name, before the form's day", "자린 메타 사장은 밝혔다.", "The president said.", old,
			"target-term-missing 1:1  => Meta (target)\ndeprecated-term 1:4 메타 (source)"},
		{"a Korean word before", "한국 메타 대표는 밝혔다.", "The head of Meta Korea said.", now, ""},
		{"a Korean word before, Meta absent", "한국 메타 대표는 밝혔다.", "The head said.", now, "target-term-missing 1:1  => Meta (target)"},
		{"no title after", "크리스 메타는 웃었다.", "He laughed.", now, "target-term-missing 1:1  => Meta (target)"},
		{"the English gives the company", "자린 메타 사장은 밝혔다.", "Zarin Meta president said.", now, ""},
	} {
		got := brief(c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English,
			SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1, Exact: true, Date: tc.day}))
		if got != tc.want {
			t.Errorf("%s: %q: got\n%s\nwant\n%s", tc.name, tc.src, got, tc.want)
		}
	}
}
