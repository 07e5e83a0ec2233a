// Package tmx reads and writes TMX 1.4b translation memory files as streams.
//
// A Decoder returns the header and then one translation unit at a time, so
// memory does not grow with the file size; an Encoder writes the header on
// creation and one unit per Encode call. Every tuv language, prop and note is
// kept, header srclang may be "*all*", entities and CDATA sections are
// decoded, and the inline markup of a segment (ph, bpt, ept, it, hi, sub, ut)
// is kept verbatim in Seg.XML. TMX 1.1 style lang attributes, UTF-16 files
// with a byte order mark and legacy encodings declared in the XML
// declaration are read too.
//
//	dec := tmx.NewDecoder(r)
//	for {
//		tu, err := dec.Next()
//		if err == io.EOF {
//			break
//		}
//		if err != nil {
//			return err // *tmx.SyntaxError for malformed input, with line and column
//		}
//		for _, v := range tu.Variants {
//			fmt.Println(v.Lang, v.Seg.Text())
//		}
//	}
package tmx

import (
	"bitext/internal/xmlio"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// Header is the TMX <header> element.
type Header struct {
	CreationTool        string
	CreationToolVersion string
	SegType             string // block, paragraph, sentence or phrase
	OTmf                string
	AdminLang           string
	SrcLang             string // a language tag or "*all*"
	DataType            string
	CreationDate        string
	CreationID          string
	ChangeDate          string
	ChangeID            string
	OEncoding           string
	Props               []Prop
	Notes               []Note
}

// Prop is a <prop> element: a tool-defined property.
type Prop struct {
	Type, Lang, OEncoding, Value string
}

// Note is a <note> element.
type Note struct {
	Lang, OEncoding, Value string
}

// TU is a translation unit (<tu>).
type TU struct {
	TUID                string
	SrcLang             string
	DataType            string
	SegType             string
	OTmf                string
	CreationTool        string
	CreationToolVersion string
	CreationDate        string
	CreationID          string
	ChangeDate          string
	ChangeID            string
	UsageCount          string
	LastUsageDate       string
	Props               []Prop
	Notes               []Note
	Variants            []TUV
	// Line and Col locate the <tu> start tag in the decoded file (1-based);
	// they are zero for units not read by a Decoder and are not written.
	Line, Col int
}

// Variant returns the first variant whose language equals lang
// (case-insensitively, "-" and "_" alike), or nil.
func (tu *TU) Variant(lang string) *TUV {
	for i := range tu.Variants {
		if SameLang(tu.Variants[i].Lang, lang) {
			return &tu.Variants[i]
		}
	}
	return nil
}

// SameLang reports whether two TMX language codes name the same language
// tag: case is ignored and "_" (used by some tools) equals "-".
func SameLang(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x == '_' {
			x = '-'
		}
		if y == '_' {
			y = '-'
		}
		if lower(x) != lower(y) {
			return false
		}
	}
	return true
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// TUV is a translation unit variant (<tuv>), one language of a unit.
type TUV struct {
	Lang         string // from xml:lang, or lang in TMX 1.1 files
	CreationDate string
	CreationID   string
	ChangeDate   string
	ChangeID     string
	Props        []Prop
	Notes        []Note
	Seg          Seg
}

// Seg is the content of a <seg> element: its inner XML, with character data
// escaped canonically (&amp; &lt; &gt;, carriage returns as &#xD;) and
// inline elements (ph, bpt, ept, it, hi, sub, ut) kept as they were.
type Seg struct {
	XML string
}

// PlainSeg returns the segment holding text as plain character data.
// Characters not allowed in XML are replaced by U+FFFD.
func PlainSeg(text string) Seg {
	var b strings.Builder
	xmlio.EscapeText(&b, text)
	return Seg{XML: b.String()}
}

// IsPlain reports whether the segment has no inline markup.
func (s Seg) IsPlain() bool { return !strings.Contains(s.XML, "<") }

// Text returns the segment as plain text: entities are resolved, the
// content of ph, bpt, ept, it and ut (native codes) is dropped, and the
// content of hi is kept. Malformed markup is skipped as well as possible.
func (s Seg) Text() string {
	x := s.XML
	if !strings.ContainsAny(x, "<&") {
		return x
	}
	var b strings.Builder
	b.Grow(len(x))
	drop := 0 // depth inside native-code elements
	for i := 0; i < len(x); {
		c := x[i]
		switch c {
		case '<':
			switch {
			case strings.HasPrefix(x[i:], "<!--"):
				j := strings.Index(x[i+4:], "-->")
				if j < 0 {
					return b.String()
				}
				i += 4 + j + 3
				continue
			case strings.HasPrefix(x[i:], "<![CDATA["):
				j := strings.Index(x[i+9:], "]]>")
				if j < 0 {
					return b.String()
				}
				if drop == 0 {
					b.WriteString(x[i+9 : i+9+j])
				}
				i += 9 + j + 3
				continue
			}
			j := tagEnd(x, i+1)
			if j < 0 {
				return b.String()
			}
			tag := x[i+1 : j]
			i = j + 1
			if strings.HasPrefix(tag, "?") || strings.HasPrefix(tag, "!") {
				continue
			}
			end := strings.HasPrefix(tag, "/")
			self := strings.HasSuffix(tag, "/")
			name := strings.TrimPrefix(tag, "/")
			if k := strings.IndexAny(name, " \t\r\n/"); k >= 0 {
				name = name[:k]
			}
			if k := strings.LastIndexByte(name, ':'); k >= 0 {
				name = name[k+1:]
			}
			switch name {
			case "ph", "bpt", "ept", "it", "ut":
				switch {
				case self:
				case end:
					if drop > 0 {
						drop--
					}
				default:
					drop++
				}
			}
		case '&':
			r, n := unescapeEntity(x[i:])
			if drop == 0 {
				b.WriteString(r)
			}
			i += n
		default:
			j := strings.IndexAny(x[i:], "<&")
			if j < 0 {
				j = len(x) - i
			}
			if drop == 0 {
				b.WriteString(x[i : i+j])
			}
			i += j
		}
	}
	return b.String()
}

// tagEnd returns the index of the '>' closing the tag starting at x[i:],
// skipping quoted attribute values, or -1.
func tagEnd(x string, i int) int {
	var quote byte
	for ; i < len(x); i++ {
		c := x[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i
		}
	}
	return -1
}

// unescapeEntity decodes the reference at the start of s ("&...;") and
// returns its text and length. An unknown reference is returned as is.
func unescapeEntity(s string) (string, int) {
	j := strings.IndexByte(s, ';')
	if j < 0 || j > 12 {
		return "&", 1
	}
	name := s[1:j]
	switch name {
	case "amp":
		return "&", j + 1
	case "lt":
		return "<", j + 1
	case "gt":
		return ">", j + 1
	case "quot":
		return `"`, j + 1
	case "apos":
		return "'", j + 1
	}
	if strings.HasPrefix(name, "#") {
		var n int
		var err error
		if strings.HasPrefix(name, "#x") || strings.HasPrefix(name, "#X") {
			_, err = fmt.Sscanf(name[2:], "%x", &n)
		} else {
			_, err = fmt.Sscanf(name[1:], "%d", &n)
		}
		if err == nil && n > 0 && n <= utf8.MaxRune {
			return string(rune(n)), j + 1
		}
	}
	return s[:j+1], j + 1
}

// DateFormat is the TMX date format (ISO 8601 basic, UTC).
const DateFormat = "20060102T150405Z"

// FormatDate formats t as a TMX date, in UTC.
func FormatDate(t time.Time) string { return t.UTC().Format(DateFormat) }

// ParseDate parses a TMX date ("20250101T120000Z").
func ParseDate(s string) (time.Time, error) {
	t, err := time.Parse(DateFormat, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("tmx: bad date %q: want YYYYMMDDThhmmssZ", s)
	}
	return t, nil
}

// SyntaxError reports malformed TMX input and where it is.
type SyntaxError struct {
	File      string // as set in Decoder.File; may be empty
	Line, Col int    // 1-based; Col counts characters
	Msg       string
}

func (e *SyntaxError) Error() string {
	if e.File != "" {
		return fmt.Sprintf("tmx: %s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
	}
	return fmt.Sprintf("tmx: %d:%d: %s", e.Line, e.Col, e.Msg)
}
