package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Session 20 (helper T29): house21's and house28's kind still reported by
// default, with entries of our own.
const session20T29Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
karim-muallem,person,ko,알-무알렘,preferred,,,,,,,,,,,
karim-muallem,person,ko,무알렘,admitted,,,,,,,,,,,
karim-muallem,person,en,Karim al-Muallem,preferred,,Muallem,,,,,,,,,
karim-muallem,person,en,Karim Muallem,admitted,,Muallem,,,,,,,,,
dale-forster,person,ko,포스터,preferred,,,,,,,,,,,
dale-forster,person,en,Dale Forster,preferred,,Forster,,,,,,,,,
ari-levin,person,ko,아리 레빈,preferred,,,,,,,,,,,
ari-levin,person,en,Ari Levin,preferred,,Levin,,,,,,,,,
dan-kaplan,person,ko,단 카플란,preferred,,,,,,,,,,,
dan-kaplan,person,en,Dan Kaplan,preferred,,Kaplan,,,,,,,,,
yoav-cohen,person,ko,요아브 코헨,preferred,,,,,,,,,,,
yoav-cohen,person,en,Yoav Cohen,preferred,,Cohen,,,,,,,,,
`

// TestRespelledNamed: a listed person's surname in a usual respelling of a
// transliteration (ou for u, a doubled letter once) names the person for a
// one-word Korean form, with the given name as listed or alone after a
// title; a vowel more or another letter, or
// a name the list does not show to be a transliteration, do not.
func TestRespelledNamed(t *testing.T) {
	c := caseChecker(t, "session20t29.csv", session20T29Glossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"알-무알렘 장관은 말했다.", "Foreign minister Karim al-Moualem said.", ""},
		{"무알렘 장관은 말했다.", "Al-Moualem said the regime would welcome help.", ""},
		{"무알렘 장관은 말했다.", "Foreign Minister Moualem said so.", ""},
		{"무알렘 장관은 말했다.", "The minister, Al-Moualem, said so.", ""},
		// A vowel more or another letter is no respelling of the surname alone.
		{"무알렘 장관은 말했다.", "Al-Moualeem said so.", "karim-muallem"},
		{"무알렘 장관은 말했다.", "Al-Mualim said so.", "karim-muallem"},
		// A name the list gives one way, no article: the surname alone is not enough.
		{"포스터 감독은 말했다.", "Forrster said so.", "dale-forster"},
	} {
		if got := pairTerms(c, tc.src, tc.tgt, RuleTargetMissing); !strings.HasPrefix(got, tc.want) || (tc.want == "") != (got == "") {
			t.Errorf("%q / %q: got %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
}

// TestCountedPersons: persons the Korean names and the English counts
// ("two Israeli soldiers", house28's kpc-test 500) are described, not
// missing; another count, a count of no persons, or one of them named
// leaves the others missing.
func TestCountedPersons(t *testing.T) {
	c := caseChecker(t, "session20t29.csv", session20T29Glossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"헤즈볼라는 아리 레빈과 단 카플란의 시신을 이스라엘로 보냈다.", "Hezbollah released to Israel the bodies of two Israeli soldiers.", ""},
		{"아리 레빈, 단 카플란, 요아브 코헨은 풀려났다.", "The three hostages were freed.", ""},
		{"아리 레빈과 단 카플란은 풀려났다.", "Both men were freed.", ""},
		// Another count, a count of no persons, a name given.
		{"아리 레빈, 단 카플란, 요아브 코헨은 풀려났다.", "Two hostages were freed.", "ari-levin; dan-kaplan; yoav-cohen"},
		{"아리 레빈과 단 카플란은 풀려났다.", "They were freed after two years.", "ari-levin; dan-kaplan"},
		{"아리 레빈과 단 카플란은 풀려났다.", "Ari Levin and two soldiers were freed.", "dan-kaplan"},
	} {
		if got := pairTerms(c, tc.src, tc.tgt, RuleTargetMissing); got != tc.want {
			t.Errorf("%q / %q: got %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
}

// TestKinOf: a person the Korean names only as the possessor of relatives
// (니콜라이 2세의 일가족, the czar's family: house7's kpc-test 386 and 387) is
// no missing person where the English speaks of the relatives; without a
// kin noun in the English, or with the person not their possessor, the
// finding stays.
func TestKinOf(t *testing.T) {
	c := caseChecker(t, "session20t29.csv", session20T29Glossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"볼셰비키는 아리 레빈의 일가족과 하인들을 살해했다.", "Bolsheviks executed the czar's family and a few servants.", ""},
		{"아리 레빈의 자녀 2명의 유해가 발견되지 않았다.", "But the two children's bodies were missing for decades.", ""},
		// One relative stays (TestRelation); no kin noun in the English; no 의.
		{"아리 레빈의 아들은 말했다.", "His son said so.", "ari-levin"},
		{"아리 레빈의 일가족이 살해됐다.", "The czar was executed.", "ari-levin"},
		{"아리 레빈은 가족과 함께 도착했다.", "The family arrived.", "ari-levin"},
	} {
		if got := pairTerms(c, tc.src, tc.tgt, RuleTargetMissing); got != tc.want {
			t.Errorf("%q / %q: got %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
}

// TestOtherCount: "The other four" after the person was named earlier in
// the article (two lines back: the line right before is namedBeside's)
// refers to the group beside the person (house18's kpc-test 498); without
// an earlier mention, or with no count, it stays a finding.
func TestOtherCount(t *testing.T) {
	c := caseChecker(t, "session20t29.csv", session20T29Glossary)
	for _, tc := range []struct {
		before []string
		src    string
		tgt    string
		want   string
	}{
		{[]string{"Ari Levin was freed on Wednesday.", "They were flown to Beirut."}, "아리 레빈과 함께 풀려난 4명은 반군이다.", "The other four are militants.", ""},
		{[]string{"Ari Levin was freed on Wednesday.", "They were flown to Beirut."}, "아리 레빈과 함께 풀려난 4명은 반군이다.", "The other 4 are militants.", ""},
		{nil, "아리 레빈과 함께 풀려난 4명은 반군이다.", "The other four are militants.", "ari-levin"},
		{[]string{"Ari Levin was freed on Wednesday.", "They were flown to Beirut."}, "아리 레빈과 함께 풀려난 사람들은 반군이다.", "The other men are militants.", "ari-levin"},
	} {
		var got []string
		for _, f := range c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English, TargetBefore: tc.before}) {
			if f.Rule == RuleTargetMissing {
				got = append(got, f.Term)
			}
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q after %q: got %q, want %q", tc.tgt, tc.before, g, tc.want)
		}
	}
}
