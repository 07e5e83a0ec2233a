package check

import (
	"strings"
	"unicode/utf8"
)

// Session 25 (helper T78, issue #11; check14p's clean notes.ko.txt, house94):
// a Korean title is often a compound whose last part is a personal title
// (국무총리, 외무장관, 부통령 ... ; 국무총리 ends in 총리) or a North Korean
// (and Japanese) minister's title in 상 (외무상, 국방상, 수상). A listed form
// that is the preferred Korean name and such a title (김민석 국무총리, 최선희
// 외무상) names the person in full, as 이재명 대통령 does: no first mention.

// koreanCompoundTitle reports whether w, one Hangul word, is a compound
// title: two syllables or more before a personal title of two syllables or
// more (personTitles), or a word of two or three syllables ending in 상.
func koreanCompoundTitle(w string) bool {
	if !hangulOnly(w) {
		return false
	}
	n := utf8.RuneCountInString(w)
	for _, t := range personTitles {
		if k := utf8.RuneCountInString(t); k >= 2 && n >= k+2 && strings.HasSuffix(w, t) {
			return true
		}
	}
	return (n == 2 || n == 3) && strings.HasSuffix(w, "상")
}
