package tmx

import (
	"strings"
	"unicode/utf8"
)

// isXMLChar reports whether r may appear in an XML 1.0 document.
func isXMLChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

// escapeText writes s as XML character data: & < > escaped, carriage
// returns as &#xD; (so they survive line-end normalisation) and characters
// not allowed in XML (and invalid UTF-8) replaced by U+FFFD.
func escapeText(b *strings.Builder, s string) {
	escape(b, s, false)
}

// escapeAttr writes s as an attribute value in double quotes (without the
// quotes); tabs and line ends become character references.
func escapeAttr(b *strings.Builder, s string) {
	escape(b, s, true)
}

func escape(b *strings.Builder, s string, attr bool) {
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
		case r == utf8.RuneError && w == 1, !isXMLChar(r):
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

// needsEscape reports whether escapeText would change s.
func needsEscape(s string) bool {
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
		if r == utf8.RuneError && w == 1 || !isXMLChar(r) {
			return true
		}
		i += w
	}
	return false
}
