package check

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Session 18 (helper T18): what house17-house19 (seen) still reported
// falsely, on our own sentences with a small list of our own (names made
// up for the test).
const session18T18Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
press-agent,term,ko,홍보담당자,preferred,,,,,,,,,,,
press-agent,term,en,publicist,preferred,,,,,,,,,,,
press-agent,term,en,spokeswoman,admitted,,,,,,,,,,,
press-agent,term,en,spokesman,admitted,,,,,,,,,,,
press-agent,term,en,spokesmen,admitted,,,,,,,,,,,
rosa-vantell,person,ko,반텔,preferred,,,,,,,,,,,
rosa-vantell,person,ko,로자,admitted,,,,,,,,,,,
rosa-vantell,person,en,Rosa Vantell,preferred,,Vantell,,,,,,,,,
dana-quist,person,ko,말로리,preferred,,,,,,,,,,,
dana-quist,person,ko,퀴스트,admitted,,,,,,,,,,,
dana-quist,person,en,Dana Mallory Quist,preferred,,Quist,,,,,,,,,
mara-parish,person,ko,패리시,preferred,,,,,,,,,,,
mara-parish,person,en,Mara Parish,preferred,,Parish,,,,,,,,,
mianna,person,ko,미아나,preferred,,,,,,,,,,,
mianna,person,ko,미한나,admitted,,,,,,,,,,,
mianna,person,en,Mianna,preferred,,,,,,,,,,,
`

func t18Checker(t *testing.T) *Checker {
	t.Helper()
	return caseChecker(t, "session18t18.csv", session18T18Glossary)
}

func t18Rules(fs []Finding, rule string) string {
	var s []string
	for _, f := range fs {
		if f.Rule == rule {
			s = append(s, f.Term+" "+f.Found)
		}
	}
	return strings.Join(s, "; ")
}

// TestGenderedForms: spokesman and spokeswoman in one article are two
// people, no second spelling; spokesman then spokesmen is no change either,
// and a real respelling still is one (genderedPair).
func TestGenderedForms(t *testing.T) {
	c := t18Checker(t)
	for _, tc := range []struct{ text, want string }{
		{"Headline\n\nThe spokeswoman said no.\n\nA spokesman for the minister declined to comment.", ""},
		{"Headline\n\nThe spokesman said no.\n\nAnother spokeswoman agreed.", ""},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.English, time.Time{}), RuleInconsistent); got != tc.want {
			t.Errorf("%q: inconsistent %q, want %q", tc.text, got, tc.want)
		}
	}
	for _, p := range [][3]string{{"spokesman", "spokeswoman", "true"}, {"Chairmen", "chairwomen", "true"}, {"spokesman", "spokesmen", "false"}, {"woman", "women", "false"}} {
		if got := genderedPair(p[0], p[1]); (got && p[2] != "true") || (!got && p[2] == "true") {
			t.Errorf("genderedPair(%q, %q) = %v", p[0], p[1], got)
		}
	}
}

// TestTwoFormsOneName: a list holding a given name and a surname as two
// Korean forms of one person: the two side by side are the full name, no
// first mention by the given name (formAfter); the given name alone first
// still is one.
func TestTwoFormsOneName(t *testing.T) {
	c := t18Checker(t)
	for _, tc := range []struct{ text, want string }{
		{"제목\n\n로자 반텔은 배우다.\n\n로자는 웃었다.", ""},
		{"제목\n\n로자는 배우다.\n\n로자 반텔은 웃었다.", "rosa-vantell 로자"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, time.Time{}), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestQuotedBeforePreferred: a short form inside a quotation before the
// one-word preferred form later in the same sentence is the speaker's form
// of address, no first mention (quotedBefore with the preferred form as
// the full name); outside a quotation it is one.
func TestQuotedBeforePreferred(t *testing.T) {
	c := t18Checker(t)
	for _, tc := range []struct{ text, want string }{
		{"제목\n\n“퀴스트 박사, 나는 모릅니다.” 그레이엄은 다나 말로리 퀴스트를 언급하면서 덧붙였다.", ""},
		{"제목\n\n퀴스트 박사가 말했다. 그레이엄은 다나 말로리 퀴스트를 언급했다.", "dana-quist 퀴스트"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, time.Time{}), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
}

func t18Pair(c *Checker, src, tgt string) []Finding {
	return c.Pair("p.tsv", Pair{Source: src, Target: tgt, SourceLang: language.Korean, TargetLang: language.English,
		SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1})
}

// TestGivenNameReference: the Korean names a person by a given name and
// the English does too ("his wife Rosa"): rendered; a given name before
// another surname ("Rosa Brandt") or none at all is still missing.
func TestGivenNameReference(t *testing.T) {
	c := t18Checker(t)
	for _, tc := range []struct{ src, tgt, want string }{
		{"아내 로자는 보고서를 발표했다.", "His wife Rosa released a report.", ""},
		{"로자의 캐릭터는 보고서를 발표했다.", "Rosa's character released a report.", ""},
		{"로자 박사는 보고서를 발표했다.", "Dr Rosa released a report.", ""},
		{"로자 박사는 보고서를 발표했다.", "Dr Rosa Brandt released a report.", "rosa-vantell "},
		{"로자 박사는 보고서를 발표했다.", "The doctor released a report.", "rosa-vantell "},
	} {
		if got := t18Rules(t18Pair(c, tc.src, tc.tgt), RuleTargetMissing); got != tc.want {
			t.Errorf("%q: target-term-missing %q, want %q", tc.tgt, got, tc.want)
		}
	}
}

// TestLongerNameEnd: a person's one-word Korean form after a Hangul word
// sounding the English word before the surname inside a longer name (East
// Baton Rouge Parish Coroner's Office) is no mention (longerNameEnd); the
// person named alone is still missing.
func TestLongerNameEnd(t *testing.T) {
	c := t18Checker(t)
	for _, tc := range []struct{ src, tgt, want string }{
		{"동부 베턴 루지 패리시 검시관 사무실은 보고서를 발표했다.", "The East Baton Rouge Parish Coroner's Office released a report.", ""},
		{"패리시 박사는 보고서를 발표했다.", "The doctor released a report.", "mara-parish "},
		{"마라 패리시 박사는 보고서를 발표했다.", "Dr Rouge Parish released a report.", "mara-parish "},
	} {
		if got := t18Rules(t18Pair(c, tc.src, tc.tgt), RuleTargetMissing); got != tc.want {
			t.Errorf("%q: target-term-missing %q, want %q", tc.tgt, got, tc.want)
		}
	}
}

// TestKoreanSameSound: two one-word Korean forms of a person with one
// consonant skeleton in one article are one name spelled twice (미한나
// after 미아나, as check11f's 리한나 after 리아나: sameSound); a given name
// and a surname listed as two forms are not.
func TestKoreanSameSound(t *testing.T) {
	c := t18Checker(t)
	for _, tc := range []struct{ text, want string }{
		{"제목\n\n미아나는 새 앨범을 냈다.\n\n미한나는 투어를 시작한다.", "mianna 미한나"},
		{"제목\n\n로자 반텔은 배우다.\n\n반텔은 웃었다. 로자는 말했다.", ""},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, time.Time{}), RuleInconsistent); got != tc.want {
			t.Errorf("%q: inconsistent %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestAppositionDescribed: a person after a loanword description joined
// by 인 (스타인 말로리) that the English gives as a definite description
// ("The film star") is described, no target-term-missing; the noun
// followed by "of", another noun, or the noun with no opener is still one.
func TestAppositionDescribed(t *testing.T) {
	c := t18Checker(t)
	for _, tc := range []struct{ src, tgt, want string }{
		{"영화 스타인 말로리는 사생활을 감추고 싶어한다.", "The film star likes to keep her life private.", ""},
		{"잘생긴 기타리스트인 말로리는 최근 건강해 보였다.", "The craggy guitarist had seemed in good health.", ""},
		{"영화 스타인 말로리는 사생활을 감추고 싶어한다.", "The star of the film likes to keep her life private.", "dana-quist "},
		{"잘생긴 기타리스트인 말로리는 최근 건강해 보였다.", "The craggy drummer had seemed in good health.", "dana-quist "},
		{"잘생긴 기타리스트인 말로리는 최근 건강해 보였다.", "Craggy guitarists had seemed in good health.", "dana-quist "},
	} {
		if got := t18Rules(t18Pair(c, tc.src, tc.tgt), RuleTargetMissing); got != tc.want {
			t.Errorf("%q / %q: target-term-missing %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
}

const session18T18Senses = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
robbery,term,ko,강도,preferred,,,,,,,,,,,
robbery,term,en,robbery,preferred,,,,,,,,,,,
doctor,term,ko,의사,preferred,,,,,,,,,,,
doctor,term,en,doctor,preferred,,,,,,,,,,,
fraud,term,ko,사기,preferred,,,,,,,,,사기 사건,,
fraud,term,en,fraud,preferred,,,,,,,,,,,
`

// TestCommonWordReading: a common Korean word listed for one sense with
// no context of its own is no mention in a phrase of another sense (강도
// 높은, 의사 결정, 출마 의사: glossary.OtherSensePhrases); in its own sense
// it still is, and a form with a not_in of its own keeps only that.
func TestCommonWordReading(t *testing.T) {
	c := caseChecker(t, "senses.csv", session18T18Senses)
	for _, tc := range []struct{ src, tgt, want string }{
		{"정부는 강도 높은 조사를 예고했다.", "The government announced a tough investigation.", ""},
		{"그는 의사 결정 과정에 참여했다.", "He took part in the process.", ""},
		{"그는 출마 의사를 밝혔다.", "He said he would run.", ""},
		{"무장 강도가 은행을 털었다.", "Armed men raided the bank.", "robbery "},
		{"의사가 환자를 진찰했다.", "The nurse examined the patient.", "doctor "},
		{"병사들의 사기가 떨어졌다.", "The soldiers were demoralized.", "fraud "},
	} {
		if got := t18Rules(t18Pair(c, tc.src, tc.tgt), RuleTargetMissing); got != tc.want {
			t.Errorf("%q: target-term-missing %q, want %q", tc.src, got, tc.want)
		}
	}
}

const session18T18Class = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
tv-drama,term,ko,드라마,preferred,,,,,,,,,,,
tv-drama,term,en,drama,preferred,,,,,,,,,,,
`

// TestClassGloss: a class noun the Korean adds, with no particle, before
// a quoted title or a Latin name the English gives (드라마 '닙/터크' for
// "Nip/Tuck", 드라마 'X-파일' for "The X-Files", 드라마 CSI) is no
// target-term-missing; before a title the English does not give, or with
// a particle, it still is one.
func TestClassGloss(t *testing.T) {
	c := caseChecker(t, "class.csv", session18T18Class)
	for _, tc := range []struct{ src, tgt, want string }{
		{"그는 드라마 '닙/터크'에 출연했다.", "He appeared in FX's \"Nip/Tuck.\"", ""},
		{"그는 미국 드라마 'X-파일'에 출연했다.", "He appeared in \"The X-Files.\"", ""},
		{"그는 드라마 CSI에 출연했다.", "He appeared in CSI.", ""},
		{"그는 드라마 '닙/터크'에 출연했다.", "He appeared in a show.", "tv-drama "},
		{"그는 드라마에 출연했다.", "He appeared in a show.", "tv-drama "},
	} {
		if got := t18Rules(t18Pair(c, tc.src, tc.tgt), RuleTargetMissing); got != tc.want {
			t.Errorf("%q / %q: target-term-missing %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
}

const session18T18Head = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
const-petition,term,ko,헌법소원,preferred,,,,,,,,,,,
const-petition,term,en,constitutional petition,preferred,,,,,,,,,,,
`

// TestHeadNounReference: a term the Korean named in a sentence before,
// given by the English as the head noun of its form after "the" ("The
// petition"), is a second reference; a first mention so shortened, or
// another noun, is still a target-term-missing.
func TestHeadNounReference(t *testing.T) {
	c := caseChecker(t, "head.csv", session18T18Head)
	before := []string{"주민들은 헌법소원을 제기했다."}
	for _, tc := range []struct {
		before      []string
		src, tgt, w string
	}{
		{before, "이에 약 1000명이 헌법소원을 제기하였다.", "The petition was filed by about 1,000 people.", ""},
		{nil, "이에 약 1000명이 헌법소원을 제기하였다.", "The petition was filed by about 1,000 people.", "const-petition "},
		{before, "이에 약 1000명이 헌법소원을 제기하였다.", "The lawsuit was filed by about 1,000 people.", "const-petition "},
	} {
		got := t18Rules(c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English,
			SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1, Before: tc.before}), RuleTargetMissing)
		if got != tc.w {
			t.Errorf("%q (before %q): target-term-missing %q, want %q", tc.tgt, tc.before, got, tc.w)
		}
	}
}
