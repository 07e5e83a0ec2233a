package segment

import (
	"unicode"
	"unicode/utf8"
)

// ASCII character classes.
const (
	clsSpace = 1 << iota
	clsUpper
	clsLower
	clsDigit
	clsTerm // . ? !
	clsHot  // bytes the scanner must look at: terminators, quotes, lead bytes
)

var asciiClass [256]uint8

func init() {
	for c := 0; c < 256; c++ {
		var k uint8
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			k = clsSpace
		case c >= 'A' && c <= 'Z':
			k = clsUpper
		case c >= 'a' && c <= 'z':
			k = clsLower
		case c >= '0' && c <= '9':
			k = clsDigit
		case c == '.' || c == '?' || c == '!':
			k = clsTerm | clsHot
		case c == '"':
			k = clsHot
		case c == 0xE2 || c == 0xE3 || c == 0xEF:
			// … “ ” ‘ ’ • ⁃ (E2), 。 (E3), ！ ？ ． (EF)
			k = clsHot
		}
		asciiClass[c] = k
	}
}

func isHangul(r rune) bool {
	return (r >= 0xAC00 && r <= 0xD7A3) || (r >= 0x1100 && r <= 0x11FF) || (r >= 0x3130 && r <= 0x318F)
}

func isSpaceRune(r rune) bool {
	if r < 0x80 {
		return asciiClass[r]&clsSpace != 0
	}
	return unicode.IsSpace(r)
}

// spaceAt reports the width of the whitespace rune at s[i], or 0.
func spaceAt(s string, i int) int {
	c := s[i]
	if c < 0x80 {
		if asciiClass[c]&clsSpace != 0 {
			return 1
		}
		return 0
	}
	if c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3 {
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if unicode.IsSpace(r) {
		return n
	}
	return 0
}

// skipSpace returns the index of the first non-space rune at or after i.
func skipSpace(s string, i int) int {
	for i < len(s) {
		n := spaceAt(s, i)
		if n == 0 {
			return i
		}
		i += n
	}
	return i
}

// trimSpaceEnd returns the index just past the last non-space rune before
// end, not going below lo.
func trimSpaceEnd(s string, lo, end int) int {
	for end > lo {
		c := s[end-1]
		if c < 0x80 {
			if asciiClass[c]&clsSpace == 0 {
				return end
			}
			end--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[lo:end])
		if !unicode.IsSpace(r) {
			return end
		}
		end -= n
	}
	return end
}

// tokenStart returns the start of the whitespace-delimited token that ends
// at i, not going below lo.
func tokenStart(s string, lo, i int) int {
	for i > lo {
		c := s[i-1]
		if c < 0x80 {
			if asciiClass[c]&clsSpace != 0 {
				return i
			}
			i--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[lo:i])
		if unicode.IsSpace(r) {
			return i
		}
		i -= n
	}
	return i
}

// tokenEnd returns the end of the whitespace-delimited token that starts at i.
func tokenEnd(s string, i int) int {
	for i < len(s) {
		if n := spaceAt(s, i); n > 0 {
			return i
		}
		i++
	}
	return i
}

// lastRune returns the rune that ends just before i (not below lo).
func lastRune(s string, lo, i int) rune {
	if i <= lo {
		return -1
	}
	if c := s[i-1]; c < 0x80 {
		return rune(c)
	}
	r, _ := utf8.DecodeLastRuneInString(s[lo:i])
	return r
}

func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return -1, 0
	}
	if c := s[i]; c < 0x80 {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isLowerRune(r rune) bool {
	if r < 0x80 {
		return r >= 0 && asciiClass[r]&clsLower != 0
	}
	return unicode.IsLower(r)
}

func isUpperRune(r rune) bool {
	if r < 0x80 {
		return r >= 0 && asciiClass[r]&clsUpper != 0
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isASCIILetter(c byte) bool { return asciiClass[c]&(clsUpper|clsLower) != 0 }

// isOpener reports opening punctuation that may stand before a sentence's
// first word: quotes and brackets.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '“', '‘', '«', '「', '『', '《', '〈', '¿', '¡':
		return true
	}
	return false
}

// closerAt reports the width of closing punctuation at s[i] that belongs to
// the sentence before it: closing quotes and brackets.
func closerAt(s string, i int) int {
	r, n := runeAt(s, i)
	switch r {
	case '"', '\'', ')', ']', '}', '”', '’', '»', '」', '』', '》', '〉':
		return n
	}
	return 0
}

// skipOpeners skips opening punctuation at i.
func skipOpeners(s string, i int) int {
	for i < len(s) {
		r, n := runeAt(s, i)
		if !isOpener(r) {
			return i
		}
		i += n
	}
	return i
}
