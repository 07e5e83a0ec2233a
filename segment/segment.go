// Package segment splits English and Korean news text into sentences.
//
// The rules are written for a newsroom: titles and abbreviations (Gen., Rep.,
// U.S., Co.), months and times (Oct. 5, 10 a.m.), initials, numbers, URLs and
// e-mail addresses, ellipses, quotes and brackets, bylines and photo credits
// in English; sentence endings, quotations that continue the sentence
// (…한다”고 말했다), 3.1절, 24.1%, footnote marks and Latin abbreviations in
// Korean. A segment never includes the whitespace around it, so the
// segments of a paragraph and the whitespace between them give back the
// paragraph exactly. Offsets are bytes into the input.
//
// Split and Sentences work on strings; a Scanner reads any amount of text
// from an io.Reader in constant memory, checks that it is UTF-8 and can
// follow SRX 2.0 rules (package srx) instead of the built-in ones.
//
//	for _, s := range segment.Sentences("He arrived at 10 a.m. Monday. The talks began.", language.English) {
//		fmt.Println(s)
//	}
//	// He arrived at 10 a.m. Monday.
//	// The talks began.
package segment

import (
	"strings"

	"golang.org/x/text/language"
)

// Segment is one sentence of the input.
type Segment struct {
	Para  int    // paragraph index, from 0
	Index int    // segment index within the paragraph, from 0
	Text  string // the sentence as in the input; in wrapped input a line break inside it reads as one space
	Start int    // byte offset of the first byte in the input
	End   int    // byte offset just past the last byte in the input
}

// span is a sentence as byte offsets into the paragraph being split.
type span struct{ start, end int }

// Split splits text into sentences. Each line that is not blank is a
// paragraph, as in the command's default mode. Offsets are into text. A
// leading byte order mark is skipped; invalid UTF-8 is not checked (use a
// Scanner for that).
func Split(text string, lang language.Tag) []Segment {
	segs := make([]Segment, 0, len(text)/128+1)
	var spans []span
	auto := lang == language.Und
	ko := isKorean(lang)
	pos := 0
	if strings.HasPrefix(text, bom) {
		pos = len(bom)
	}
	para := 0
	for pos < len(text) {
		nl := strings.IndexByte(text[pos:], '\n')
		end := len(text)
		next := len(text)
		if nl >= 0 {
			end = pos + nl
			next = end + 1
		}
		line := text[pos:end]
		if !isBlank(line) {
			k := ko
			if auto {
				k = isHangulText(line)
			}
			spans = splitParagraph(line, k, spans[:0])
			for i, sp := range spans {
				segs = append(segs, Segment{Para: para, Index: i, Text: line[sp.start:sp.end], Start: pos + sp.start, End: pos + sp.end})
			}
			para++
		}
		pos = next
	}
	return segs
}

// Sentences splits one paragraph into sentences. Line breaks inside the
// paragraph are whitespace; in the sentences they read as one space.
// language.Und picks the language from the script (DetectLang).
func Sentences(paragraph string, lang language.Tag) []string {
	if lang == language.Und {
		lang = DetectLang(paragraph)
	}
	spans := splitParagraph(paragraph, isKorean(lang), nil)
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = oneLine(paragraph[sp.start:sp.end])
	}
	return out
}

// DetectLang returns language.Korean when the text is mostly Hangul and
// language.English otherwise. A Hangul syllable weighs as much as three
// Latin letters, so Korean text with English names in it stays Korean.
func DetectLang(s string) language.Tag {
	if isHangulText(s) {
		return language.Korean
	}
	return language.English
}

// isHangulText is DetectLang(s) == language.Korean. It looks at the
// first 4 KB, counting Hangul syllables by their UTF-8 bytes.
func isHangulText(s string) bool {
	if len(s) > 4096 {
		s = s[:4096]
	}
	hangul, latin := 0, 0
	for i := 0; i+2 < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x80:
			if asciiClass[c]&(clsUpper|clsLower) != 0 {
				latin++
			}
		case c == 0xEB || c == 0xEC:
			// U+B000..U+CFFF: all Hangul syllables
			hangul++
			i += 2
		case c == 0xEA && s[i+1] >= 0xB0, c == 0xED && s[i+1] < 0x9F:
			// U+AC00..U+AFFF and U+D000..U+D7BF
			hangul++
			i += 2
		}
	}
	return hangul > 0 && 3*hangul >= latin
}

var koreanBase, _ = language.Korean.Base()

func isKorean(t language.Tag) bool {
	b, _ := t.Base()
	return b == koreanBase
}

const bom = "\uFEFF"

func isBlank(s string) bool {
	return skipSpace(s, 0) == len(s)
}

// oneLine returns s with every run of whitespace that holds a line break
// replaced by one space.
func oneLine(s string) string {
	if strings.IndexByte(s, '\n') < 0 && strings.IndexByte(s, '\r') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	i := 0
	for i < len(s) {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			j := i
			brk := false
			for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r') {
				if s[j] == '\n' || s[j] == '\r' {
					brk = true
				}
				j++
			}
			if brk {
				b.WriteByte(' ')
			} else {
				b.WriteString(s[i:j])
			}
			i = j
			continue
		}
		b.WriteByte(c)
		i++
	}
	return b.String()
}
