// Package textfile reads the text files bitext is given (articles,
// glossaries) and refuses the ones that are not clean text: it finds the
// encoding with evidence, rejects bytes that are not characters, NUL and
// other control characters and over-long lines with the file, line and
// column of the first one, and returns the text in Unicode NFC.
//
//	data, _ := os.ReadFile("summit.ko.txt")
//	text, det, err := textfile.Decode("summit.ko.txt", data, textfile.Auto, textfile.Korean)
//	if err != nil {
//		return err // textfile: summit.ko.txt:3:14: byte 0xC5 is not UTF-8, and the file is neither CP949 (...) nor windows-1252 (...); ...
//	}
//	fmt.Println(det.Encoding, det.Evidence) // cp949 412 of 415 non-ASCII letters are Hangul syllables, 410 of them common ones (KS X 1001)
//
// NewReader does the same for a stream, without holding a UTF-8 stream in
// memory (bitext segment):
//
//	r := textfile.NewReader("-", os.Stdin, textfile.Auto, textfile.AnyLang, textfile.Limits{})
//
// Positions are 1-based; columns count characters (an undecodable byte
// counts as one), as editors show them.
package textfile

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Error is a file that is not clean text: where, and what is wrong.
type Error struct {
	File      string
	Line, Col int    // 1-based; Col counts characters
	Offset    int    // byte offset in the file
	Msg       string // what is wrong, e.g. "NUL character"
}

func (e *Error) Error() string {
	return "textfile: " + e.Pos() + ": " + e.Msg
}

// Pos returns "FILE:LINE:COL" ("-" for an unnamed input).
func (e *Error) Pos() string {
	f := e.File
	if f == "" {
		f = "-"
	}
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d:%d", f, e.Line, e.Col)
	}
	return f
}

// MessageID and MessageData give the localized form of the error.
func (e *Error) MessageID() string { return "TextfileError" }

// MessageData returns the template data of the localized message.
func (e *Error) MessageData() map[string]any {
	return map[string]any{"Pos": e.Pos(), "Msg": e.Msg}
}

// Position returns the line and character column of byte offset off in
// data (both 1-based). Bytes that are not UTF-8 count as one character.
func Position(data []byte, off int) (line, col int) {
	if off > len(data) {
		off = len(data)
	}
	line = 1
	start := 0
	for i := 0; i < off; i++ {
		if data[i] == '\n' {
			line++
			start = i + 1
		}
	}
	col = 1
	for i := start; i < off; {
		_, n := utf8.DecodeRune(data[i:off])
		i += n
		col++
	}
	return line, col
}

// Limits bound what Check accepts.
type Limits struct {
	// MaxLine is the longest line in bytes, 0 for no limit.
	MaxLine int
	// FormFeed allows U+000C (page breaks in articles).
	FormFeed bool
}

// Default limits.
const (
	// MaxArticleLine is the longest line of an article: 1 MiB, far above any
	// paragraph (a 4,000-word feature is about 25 KB).
	MaxArticleLine = 1 << 20
	// MaxGlossaryLine is the longest line of a CSV or TSV glossary: 1 MiB,
	// room for a long note beside terms of MaxTerm characters.
	MaxGlossaryLine = 1 << 20
	// MaxTerm is the longest glossary term, in characters.
	MaxTerm = 1000
)

// IsControl reports whether r is a control character that text files
// must not hold: C0 controls other than tab, line feed and carriage
// return (and form feed when ff), DEL, and the C1 controls U+0080-U+009F.
func IsControl(r rune, ff bool) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r == '\f':
		return !ff
	case r < 0x20, r == 0x7F:
		return true
	case r >= 0x80 && r <= 0x9F:
		return true
	}
	return false
}

// Describe names a character for an error message: "NUL character",
// "control character U+0007".
func Describe(r rune) string {
	if r == 0 {
		return "NUL character (U+0000)"
	}
	return fmt.Sprintf("control character U+%04X", r)
}

// Check reports the first place where data, which should be UTF-8, is not
// clean text: a byte that is not UTF-8, a NUL or control character, or a
// line longer than l.MaxLine. A leading byte order mark is allowed. It
// returns nil for clean text.
func Check(name string, data []byte, l Limits) *Error {
	lineStart := 0
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			if c == '\n' {
				if l.MaxLine > 0 && i-lineStart > l.MaxLine {
					return lineTooLong(name, data, lineStart, l.MaxLine)
				}
				lineStart = i + 1
			} else if c < 0x20 || c == 0x7F {
				if IsControl(rune(c), l.FormFeed) {
					return at(name, data, i, Describe(rune(c)))
				}
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return at(name, data, i, fmt.Sprintf("byte 0x%02X is not UTF-8", c))
		}
		if IsControl(r, l.FormFeed) {
			return at(name, data, i, Describe(r))
		}
		i += n
	}
	if l.MaxLine > 0 && len(data)-lineStart > l.MaxLine {
		return lineTooLong(name, data, lineStart, l.MaxLine)
	}
	return nil
}

func at(name string, data []byte, off int, msg string) *Error {
	line, col := Position(data, off)
	return &Error{File: name, Line: line, Col: col, Offset: off, Msg: msg}
}

func lineTooLong(name string, data []byte, start, limit int) *Error {
	line, _ := Position(data, start)
	return &Error{File: name, Line: line, Col: 1, Offset: start, Msg: fmt.Sprintf("line longer than %s bytes", thousands(limit))}
}

// thousands writes n with comma separators.
func thousands(n int) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
