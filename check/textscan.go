package check

import (
	"unicode"
	"unicode/utf8"
)

// Small tests of letters and words at a place in a text, shared by several
// rules.

func isLetterByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || b >= 0x80
}

func isDigitByte(b byte) bool { return '0' <= b && b <= '9' }

// letterAt reports whether text has a letter at i.
func letterAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

func isASCIIWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isLetter(s[i]) {
			return false
		}
	}
	return s != ""
}

// isHangulSyllableBefore reports whether a Hangul syllable ends right
// before i in s (the form is inside a longer word).
func isHangulSyllableBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isHangulSyllable(r)
}
