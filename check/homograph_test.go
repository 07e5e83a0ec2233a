package check

import (
	"testing"

	"golang.org/x/text/language"

	"bitext/glossary"
)

// Tests of homograph.go.

// TestSurnameAfterName: a two-syllable Korean form of a person, with no
// title, is the person when the English keeps the listed surname after
// another given name (check11z's "Mike Romney" for 롬니); surnameAfterName. With a title
// after the Korean form (반스 후보) it was reported before.
func TestSurnameAfterName(t *testing.T) {
	for _, tc := range []struct{ src, tgt, want string }{
		{"반스는 유세를 벌였다.", "Mike Vance campaigned.", "ede-vance error"},
		{"반스 후보는 유세를 벌였다.", "Mike Vance campaigned.", "ede-vance error"},
		{"반스는 유세를 벌였다.", "Ede Vance campaigned.", ""},
		// An article, a title or an attributive noun: no given name.
		{"반스 행정부는 회의적이었다.", "The Vance administration was sceptical.", ""},
		{"반스는 회의적이었다.", "The Vance team was sceptical.", ""},
		{"반스는 유세를 벌였다.", "Mr Vance campaigned.", ""},
	} {
		if got := pairMissing(t, "session19t25.csv", session19T25Glossary, tc.src, tc.tgt); got != tc.want {
			t.Errorf("%q for %q: target-term-missing %q, want %q", tc.tgt, tc.src, got, tc.want)
		}
	}
}

// TestAfterClosingQuote: a Korean place form glued to a closing quote is
// the quoted word's particle (house39: '영혼 소유권'이란 증서, 이란 read as
// Iran), no mention reported missing; the place after a space, or inside
// quotes, still is.
func TestAfterClosingQuote(t *testing.T) {
	c := caseChecker(t, "session21t39q.csv", `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
iran-x,place,ko,이란,preferred,,,,,,,,,,,
iran-x,place,en,Iran,preferred,,,,,,,,,,,
`)
	c.Missing = glossary.Types
	const tgt = "Scott said he would give the highest bidder a deed of soul ownership."
	for _, tc := range []struct{ src, want string }{
		{"스콧은 “가장 높은 가격을 제시한 사람에게 ‘영혼 소유권’이란 증서를 제공할 예정”이라고 말했다.", ""},
		{"스콧은 “가장 높은 가격을 제시한 사람에게 '영혼 소유권'이란 증서를 제공할 예정”이라고 말했다.", ""},
		{"스콧은 “가장 높은 가격을 제시한 사람에게 이란 증서를 제공할 예정”이라고 말했다.", "iran-x "},
		{"스콧은 “가장 높은 가격을 제시한 사람에게 ‘이란’ 증서를 제공할 예정”이라고 말했다.", "iran-x "},
	} {
		got := t18Rules(c.Pair("p.tsv", Pair{Source: tc.src, Target: tgt, SourceLang: language.Korean, TargetLang: language.English}), RuleTargetMissing)
		if got != tc.want {
			t.Errorf("%q: target-term-missing %q, want %q", tc.src, got, tc.want)
		}
	}
}
