package check

import (
	"strings"
	"unicode/utf8"
)

// Session 25 (helper T73, issue #11): after a person's full name in a
// forbidden spelling (테레사 메이 for the list's 테리사 메이, reported as
// deprecated-term), a titled surname of the list (메이 총리, "Prime Minister
// May") is a second reference as the surname alone is: no first mention
// (g86-ntrex-even 1349, judged false; TestForbiddenFullTitled). A titled
// full form names the person in full again and is still one.

// surnameWithTitle reports whether form is one word with titles or
// honorifics beside it and no other word: a surname with its title (메이
// 총리, 메이 내무장관; "Mrs. May",
// "Prime Minister May").
func surnameWithTitle(form string) bool {
	ws := strings.Fields(form)
	if len(ws) < 2 {
		return false
	}
	names := 0
	for _, w := range ws {
		if hasHangul(w) && !koreanTitleWord(w) || !hasHangul(w) && !englishTitleWord(w) {
			names++
		}
	}
	return names == 1
}

// koreanTitleWord reports whether w is a Korean title after a name: a
// title of personTitles, officeTitles, koreanRoles (총리, 감독: nearby.go)
// or postNameTitles, a chief's title in 장 (회장, 사무총장), a compound title
// (외무상: koreanCompoundTitle), a clipped one (특검: clippedTitles) or a
// word ending in a title of two syllables or more (하원의원, 국무장관,
// 국방위원장: koreanTitleEnds; session 27, helper T96, koreantitles.go).
func koreanTitleWord(w string) bool {
	if isPersonTitle(w) || clippedTitles[w] || koreanCompoundTitle(w) {
		return true
	}
	if _, role := koreanRoles[w]; role {
		return true
	}
	if hangulOnly(w) && utf8.RuneCountInString(w) >= 2 && strings.HasSuffix(w, "장") {
		return true
	}
	for _, t := range koreanTitleEnds {
		if strings.HasSuffix(w, t) {
			return true
		}
	}
	return false
}

// englishTitleWord reports whether w is a word of an English title: a
// role noun, an honorific or a word of a listed title (Prime, Minister,
// Mrs.).
func englishTitleWord(w string) bool {
	lw := strings.ToLower(strings.TrimSuffix(w, "."))
	if roleNouns[lw] || honorifics[lw] || titleNouns[lw] {
		return true
	}
	for t := range titleWords {
		for _, p := range strings.Fields(t) {
			if p == lw {
				return true
			}
		}
	}
	return false
}

// clippedTitles are Korean titles clipped from a longer one that no other
// list has: 특검 (특별검사, a special counsel: 뮬러 특검 after 로버트 뮬어
// 특검, the forbidden full name; g105-ntrex-odd 1297, judged false;
// session 26, helper T84, TestTitledMention).
var clippedTitles = map[string]bool{"특검": true}
