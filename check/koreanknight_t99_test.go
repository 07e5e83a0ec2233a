package check

import (
	"slices"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Tests of session 27, helper T99: the knight's 경 after a full Korean name
// (fullNameHonorific, koreantitles.go) and Ant for Anthony with the other
// standard English hypocorisms (givenNameFamilies, person_givenforms.go).

const session27T99Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
hamo-thornycroft,person,ko,윌리엄 하모 소니크로프트,preferred,,,,,,,,,,,
hamo-thornycroft,person,ko,윌리엄 하모 소니크로프트 경,admitted,,,,,,,,,,,
hamo-thornycroft,person,ko,윌리엄 하모 소니크로프트경,admitted,,,,,,,,,,,
hamo-thornycroft,person,ko,소니크로프트 경,admitted,,,,,,,,,,,
hamo-thornycroft,person,en,Hamo Thornycroft,preferred,,Thornycroft,,,,,,,,,
hamo-thornycroft,person,en,Sir William Hamo Thornycroft,admitted,,,,,,,,,,,
anthony-mcpartlin,person,ko,앤서니 맥파틀린,preferred,,,,,,,,,,,
anthony-mcpartlin,person,en,Anthony McPartlin,preferred,,McPartlin,,,,,,,,,
anthony-mcpartlin,person,en,Anthony McPartland,deprecated,,,,,,,,,,,
`

// TestKoreanKnightFull: the full name with 경 (Sir), with a space or glued,
// is a full first mention (g130-ntrex-odd#article 173, judged false); the
// surname with it, or 경 beginning a word or ending a bound noun (경기,
// 10시경), is none.
func TestKoreanKnightFull(t *testing.T) {
	for _, tc := range []struct {
		form, name string
		want       bool
	}{
		{"윌리엄 하모 소니크로프트 경", "윌리엄 하모 소니크로프트", true},
		{"윌리엄 하모 소니크로프트경", "윌리엄 하모 소니크로프트", true},
		{"소니크로프트 경", "윌리엄 하모 소니크로프트", false},
		{"윌리엄 하모 소니크로프트 경기", "윌리엄 하모 소니크로프트", false},
		{"윌리엄 하모 소니크로프트경기", "윌리엄 하모 소니크로프트", false},
		{"윌리엄 하모 소니크로프트 10시경", "윌리엄 하모 소니크로프트", false},
		{"윌리엄 하모 소니크로프트 경 부인", "윌리엄 하모 소니크로프트", false},
		{"박동선 씨", "박동선", true},
	} {
		if got := koreanTitledFull(tc.form, tc.name); got != tc.want {
			t.Errorf("koreanTitledFull(%q, %q) = %v, want %v", tc.form, tc.name, got, tc.want)
		}
	}
	c := caseChecker(t, "session27t99.csv", session27T99Glossary)
	day := time.Date(2018, 11, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"문화부\n\n윌리엄 하모 소니크로프트 경의 놀라운 크롬웰 재현은 19세기 여론의 증거다.", ""},
		{"문화부\n\n윌리엄 하모 소니크로프트경의 크롬웰 상이 서 있다.", ""},
		{"문화부\n\n소니크로프트 경의 크롬웰 상이 서 있다.", "hamo-thornycroft 소니크로프트 경"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, day), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestGivenNameHypocorisms: Ant McPartlin names the listed Anthony
// McPartlin (g130-ntrex-odd 95, judged false); another given name, or the
// forbidden form, stays a finding.
func TestGivenNameHypocorisms(t *testing.T) {
	c := caseChecker(t, "session27t99.csv", session27T99Glossary)
	for _, tc := range []struct {
		name, tgt string
		missing   bool
	}{
		{"Ant for Anthony", "Willoughby will replace Ant McPartlin as host of ITV's I'm A Celebrity.", false},
		{"Tony for Anthony", "Willoughby will replace Tony McPartlin as host.", false},
		{"Andy is Andrew", "Willoughby will replace Andy McPartlin as host.", true},
		{"Anton is another name", "Willoughby will replace Anton McPartlin as host.", true},
		{"the surname forbidden", "Willoughby will replace Ant McPartland as host.", true},
	} {
		got, fs := koPair(c, "윌로비는 앤서니 맥파틀린을 대체할 예정이다.", tc.tgt)
		if (got != "") != tc.missing {
			t.Errorf("%s: %q: target-term-missing %q, want found %v\n%s", tc.name, tc.tgt, got, tc.missing, brief(fs))
		}
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"ant", "anthony", true}, {"ant", "antony", true}, {"ant", "tony", false}, {"anthony", "antony", false},
		{"kate", "katherine", true}, {"kate", "catherine", true}, {"katherine", "catherine", false},
		{"meg", "margaret", true}, {"meg", "maggie", false},
		{"jack", "john", true}, {"jack", "johnny", false}, {"harry", "henry", true},
		{"ted", "theodore", true}, {"ted", "edward", true}, {"edward", "theodore", false},
		{"drew", "andrew", true}, {"drew", "andy", false}, {"jamie", "james", true}, {"jamie", "jim", false},
		{"al", "albert", false}, {"sandy", "alexander", false},
	} {
		if got := slices.Contains(givenNameForms(tc.a), tc.b); got != tc.want {
			t.Errorf("givenNameForms(%q) has %q: %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
