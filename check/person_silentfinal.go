package check

import (
	"strings"
	"unicode/utf8"

	"bitext/glossary"
)

// A listed surname with a final e added or left out after the listed given
// names, where the Korean sounds no vowel after the surname's last
// consonant (session 26, helper T88, issue #11; developed on
// check14c-missed's "Emmanuel Macrone" for 에마뉘엘 마크롱; TestFinalE).
// transliterated takes a surname one vowel longer or shorter for another
// transliteration of the Korean (T2's vowelVariant), unless the Korean's
// vowels rule the rendered count out (T14's soundedOtherwise, vowelcount.go);
// a final e after a consonant may be silent (englishVowels), so no count
// rules it out. But a transliteration writes what it hears: an e the Korean
// does not sound (롱 ends in a consonant) is English spelling, and beside
// the listed given names it is the person's surname misspelt, or another
// family's (Browne, Clarke), not another romanization. A name the forms
// show to be transliterated (transliteratedName) keeps T2's reading. The
// other planted miss of issue #11 that session, check14r-missed's "Lindsey
// Grahm" for 린지 그레이엄, is koreanVowels' (vowelcount.go).

// finalE reports whether surname w is s with an e added at its end or left
// out there, after a consonant (not y or w), s and w of five letters or more
// together: Macrone for Macron, Brown for Browne.
func finalE(w, s string) bool {
	lw, ls := strings.ToLower(w), strings.ToLower(s)
	if len(lw) < len(ls) {
		lw, ls = ls, lw
	}
	if len(ls) < 4 || lw != ls+"e" {
		return false
	}
	return strings.IndexByte("aeiouyw", ls[len(ls)-1]) < 0 && isLetterByte(ls[len(ls)-1])
}

// closedKorean reports whether the last Hangul syllable of sourceForm, the
// person's Korean form, sounds no vowel after its last consonant: it has a
// final consonant (롱) or is a consonant alone (스, 크: 으 with no final).
func closedKorean(sourceForm string) bool {
	for i := len(sourceForm); i > 0; {
		r, n := utf8.DecodeLastRuneInString(sourceForm[:i])
		i -= n
		if r < 0xAC00 || r > 0xD7A3 {
			continue
		}
		s := int(r - 0xAC00)
		initial, medial, final := s/588, s%588/28, s%28
		return final != 0 || medial == 18 && initial != 11
	}
	return false
}

// finalESpelt reports whether a rendered surname after the listed given
// names (same) is the listed one with a final e the Korean does not sound,
// in a name not shown to be transliterated (above).
func finalESpelt(same bool, sourceForm, rendered, listed string, forms []*glossary.Term) bool {
	return same && finalE(rendered, listed) && closedKorean(sourceForm) && !transliteratedName(forms)
}
