package check

import (
	"testing"

	"golang.org/x/text/language"
)

// Tests of headnoun.go.

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
