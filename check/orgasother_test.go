package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Tests of orgasother.go.

// Session 23 (helper T59): an entry of our own, listed with and without
// its hyphen.
const session23T59Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
kessel-brau,organization,ko,케셀-브라우,preferred,,,,,,,,,,,
kessel-brau,organization,ko,케셀브라우,admitted,,,,,,,,,,,
kessel-brau,organization,en,Kessel-Brau,preferred,,,,,,,,,,,
vctu,organization,ko,발리노총,preferred,,,,,,,,,,,
vctu,organization,en,Valian Confederation of Trade Unions,preferred,,,,,,,,,,,
fvtu,organization,ko,발리노련,preferred,,,,,,,,,,,
fvtu,organization,en,Federation of Valian Trade Unions,preferred,,,,,,,,,,,
blue-party,organization,ko,청색당,preferred,,,,,,,,,,,
blue-party,organization,en,Blue Party,preferred,,,,,,,,,,,
red-party,organization,ko,적색당,preferred,,,,,,,,,,,
red-party,organization,en,Red Party,preferred,,,,,,,,,,,
valia-defense-ministry,organization,ko,발리아 국방부,preferred,,,,,,,,,,,
valia-defense-ministry,organization,en,Valia's Defense Ministry,preferred,,,,,,,,,,,
valia-defense-forces,organization,ko,발리아 방위군,preferred,,,,,,,,,,,
valia-defense-forces,organization,en,Valia Defense Forces,preferred,,,,,,,,,,,
orvan-kessel,person,en,Orvan Kessel,preferred,,,,,,,,,,,
orvan-kessel,person,ko,오르반 케셀,preferred,,,,,,,,,,,
dara-mott,person,en,Dara Mott,preferred,,Mott,,,,,,,,,
dara-mott,person,ko,다라 모트,preferred,,,,,,,,,,,
`

// A speed in kph is a speed in kilometres an hour: 시속 180km against
// "130 kph" is a number mismatch (check13q-missed), 시속 130km against it
// none.
func TestKphSpeed(t *testing.T) {
	c := caseChecker(t, "session23t59.csv", session23T59Glossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"태풍이 시속 180km로 북상했다.", "The typhoon moved north at 130 kph.", "number-mismatch 130 kph; number-mismatch 180km"},
		{"태풍이 시속 130km로 북상했다.", "The typhoon moved north at 130 kph.", ""},
	} {
		var got []string
		for _, f := range c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English}) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s / %s: got %q, want %q", tc.src, tc.tgt, g, tc.want)
		}
	}
}

// An organization the English gives as another listed organization of
// its kind (the Federation of Korean Trade Unions for 민주노총,
// check13r-missed) is reported by default, an error, as a person given
// as another person is; not when the English has the right one too, nor
// for a body of another kind (the Red Party for 청색당) or one sharing
// only the place that opens both names (Valia Defense Forces for 발리아
// 국방부).
func TestOrgGivenAsOther(t *testing.T) {
	c := caseChecker(t, "session23t59.csv", session23T59Glossary)
	c.Missing = DefaultMissing
	for _, tc := range []struct{ src, tgt, want string }{
		{"발리노총이 총파업을 선언했다.", "The Federation of Valian Trade Unions declared a general strike.", "target-term-missing error vctu"},
		{"발리노총이 총파업을 선언했다.", "The Valian Confederation of Trade Unions and the Federation of Valian Trade Unions declared a general strike.", ""},
		{"발리노총이 총파업을 선언했다.", "The Valian Confederation of Trade Unions declared a general strike.", ""},
		{"청색당이 승리했다.", "The Red Party won.", ""},
		{"발리아 국방부가 발표했다.", "The Valia Defense Forces said.", ""},
	} {
		var got []string
		for _, f := range c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English}) {
			got = append(got, string(f.Rule)+" "+f.Severity.String()+" "+f.Term)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s / %s: got %q, want %q", tc.src, tc.tgt, g, tc.want)
		}
	}
}
