package check

import (
	"strings"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 26 (helper T84, issue #11): a Korean (or North Korean) name is
// one word, the surname its first syllable (리용호, 최선희), and a later
// mention is that syllable with the post (리 외무상 after 리용호;
// g105-ntrex-even 750, judged false). inconsistent reported it as a
// second spelling: koreanSecondName read 리 외무상 as another transcription
// of the three-syllable reading 리용호 (koreanReading: 손 마사요시 after
// 손정의; 외무상 is no title koreanTitleRoles knows), and titledSurname,
// which finds the surname as the last word of a name of two words or more
// and reads the titles untitledRole knows, missed both the one-word name
// and the minister's title in 상 (koreanCompoundTitle). koreanSurnameTitled
// reads such a form as a titled second reference: one syllable and a
// title, after a one-word Hangul name of two or three syllables that
// begins with that syllable (the name may have its title too). The
// surname with a syllable of the given name (리용 외무상 after 리용호) is
// still a second spelling, and the surname spelt otherwise (이 외무상) is
// not read so, left to the other rules (TestTitledMention).

// koreanSurnameTitled reports whether a and b, two Korean forms of person
// e, are a one-word Korean name and its surname with a title, in either
// order (see above).
func koreanSurnameTitled(e *glossary.Entry, a, b string) bool {
	if e == nil || e.Type != glossary.Person || !hangulOnly(a) || !hangulOnly(b) {
		return false
	}
	aw, bw := withoutKoreanTitles(a), withoutKoreanTitles(b)
	if len(aw) != 1 || len(bw) != 1 {
		return false
	}
	s, name, titled := aw[0], bw[0], a
	if utf8.RuneCountInString(s) > utf8.RuneCountInString(name) {
		s, name, titled = name, s, b
	}
	if !strings.Contains(titled, " ") {
		return false // the surname alone, no title: left to the other rules
	}
	n := utf8.RuneCountInString(name)
	return utf8.RuneCountInString(s) == 1 && (n == 2 || n == 3) && strings.HasPrefix(name, s)
}

// withoutKoreanTitles returns the words of a Korean form without the
// titles at its end, as untitledRole reads them, a compound title too
// (외무상, 국무총리: koreanCompoundTitle).
func withoutKoreanTitles(s string) []string {
	w, _ := untitledRole(s)
	for len(w) > 1 && koreanCompoundTitle(w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	return w
}
