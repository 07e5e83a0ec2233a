package xmlio

import (
	"strings"
	"unicode/utf8"
)

// IsXMLChar reports whether r may appear in an XML 1.0 document.
func IsXMLChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

// EscapeText writes s as XML character data: & < > escaped, carriage
// returns as &#xD; (so they survive line-end normalisation) and characters
// not allowed in XML (and invalid UTF-8) replaced by U+FFFD.
func EscapeText(b *strings.Builder, s string) {
	Escape(b, s, false)
}

// EscapeAttr writes s as an attribute value in double quotes (without the
// quotes); tabs and line ends become character references.
func EscapeAttr(b *strings.Builder, s string) {
	Escape(b, s, true)
}

func Escape(b *strings.Builder, s string, attr bool) {
	last := 0
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		var esc string
		switch {
		case r == '&':
			esc = "&amp;"
		case r == '<':
			esc = "&lt;"
		case r == '>':
			esc = "&gt;"
		case r == '\r':
			esc = "&#xD;"
		case attr && r == '"':
			esc = "&quot;"
		case attr && r == '\n':
			esc = "&#xA;"
		case attr && r == '\t':
			esc = "&#x9;"
		case r == utf8.RuneError && w == 1, !IsXMLChar(r):
			esc = "\uFFFD"
		default:
			i += w
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(esc)
		i += w
		last = i
	}
	b.WriteString(s[last:])
}

// NeedsEscape reports whether EscapeText would change s.
func NeedsEscape(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '&' || c == '<' || c == '>' || c == '\r' || c < 0x20 && c != '\t' && c != '\n' {
				return true
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 || !IsXMLChar(r) {
			return true
		}
		i += w
	}
	return false
}
