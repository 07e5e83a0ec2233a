package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Session 23 (helper T59): an entry of our own, listed with and without
// its hyphen.
const session23T59Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
kessel-brau,organization,ko,케셀-브라우,preferred,,,,,,,,,,,
kessel-brau,organization,ko,케셀브라우,admitted,,,,,,,,,,,
kessel-brau,organization,en,Kessel-Brau,preferred,,,,,,,,,,,
`

// A hyphen dropped in a second Korean spelling (안호이저부시 after
// 안호이저-부시, check13o-missed) is inconsistent, as a hyphen for a
// space already is (TestKoreanSecondName); one form alone is not.
func TestKoreanHyphenDropped(t *testing.T) {
	c := caseChecker(t, "session23t59.csv", session23T59Glossary)
	for _, tc := range []struct{ first, second, want string }{
		{"케셀-브라우", "케셀브라우", "inconsistent 케셀브라우"},
		{"케셀-브라우", "케셀-브라우", ""},
	} {
		var got []string
		for _, f := range c.Text("a.txt", "메모\n\n"+tc.first+" 관련 기사가 나왔다. 이어 "+tc.second+" 관련 기사가 다시 나왔다.", language.Korean) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s then %s: got %q, want %q", tc.first, tc.second, g, tc.want)
		}
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"안호이저부시", "안호이저-부시", true},
		{"안호이저-부시", "안호이저 부시", false},
		{"안호이저부시", "안호이저 부시", false},
		{"안호이저-부시", "안호이저-부시", false},
		{"Anheuser-Busch", "AnheuserBusch", false},
	} {
		if got := hyphenDropped(tc.a, tc.b); got != tc.want {
			t.Errorf("hyphenDropped(%s, %s) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

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
