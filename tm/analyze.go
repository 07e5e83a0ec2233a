package tm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"bitext/tm/internal/terms"
)

// Mode is the unit of comparison of the fuzzy scorer.
type Mode int

// Comparison modes.
const (
	Tokens     Mode = iota // words, for languages written with spaces
	Characters             // characters, for Korean, Japanese, Chinese, Thai
)

func (m Mode) String() string {
	if m == Characters {
		return "characters"
	}
	return "tokens"
}

// MarshalText gives the mode's name for JSON.
func (m Mode) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// ModeOf returns the comparison mode of a language.
func ModeOf(lang language.Tag) Mode {
	if terms.Characters(lang) {
		return Characters
	}
	return Tokens
}

// numberKey stands for every number in the comparison keys, so that texts
// differing only in their numbers have the same keys.
var numberKey = terms.Hash("\x00#")

// Analysis is a text prepared for scoring. Analyze it once and score it
// against many candidates.
type Analysis struct {
	Text string // NFC
	Lang language.Tag
	Mode Mode
	// Keys are the compared units: lowercased words (Tokens) or characters
	// (Characters) as hashes; every number is one key, numberKey.
	Keys []uint64
	// Words are the words as written, for the case penalty.
	Words []string
	// Numbers are the digit runs in order, with thousands separators and
	// decimal points inside.
	Numbers []Span
	// Punct holds the punctuation and symbol characters in order.
	Punct []rune
	// Spaces is the text with every non-space run replaced by one 'x',
	// for the whitespace penalty.
	Spaces string
	// Tags counts inline tags of the markup.
	Tags int
}

// Span is a piece of a text with its byte offsets.
type Span struct {
	Start, End int
	Text       string
}

// Analyze prepares text (plain, any normalization form) in lang for
// scoring; markup, when not empty, is the TMX seg content and counts tags.
func Analyze(text, markup string, lang language.Tag) *Analysis {
	return analyzeInto(nil, text, markup, lang)
}

// analyzeInto is Analyze into a, an analysis no longer used, whose slices
// it reuses (nil for a new one): the result is the same as Analyze's.
func analyzeInto(a *Analysis, text, markup string, lang language.Tag) *Analysis {
	text = terms.NFC(text)
	keys, words, numbers, punct := []uint64(nil), []string(nil), []Span(nil), []rune(nil)
	if a != nil {
		keys, words, numbers, punct = a.Keys[:0], a.Words[:0], a.Numbers[:0], a.Punct[:0]
		clear(words[:cap(words)]) // no texts kept alive by a reused analysis
		clear(numbers[:cap(numbers)])
	} else {
		a = new(Analysis)
	}
	*a = Analysis{Text: text, Lang: lang, Mode: ModeOf(lang), Tags: countTags(markup), Numbers: numbers, Punct: punct}
	// Room for the keys and words of usual text, so that they are not
	// grown: a key per Hangul syllable (3 bytes) and a word per
	// space-separated run in Korean, a key per word in spaced languages.
	nk, nw := len(text)/4+1, len(text)/4+1
	if a.Mode == Characters {
		nk, nw = len(text)/3+1, len(text)/8+1
	}
	if cap(keys) < nk {
		keys = make([]uint64, 0, nk)
	}
	if cap(words) < nw {
		words = make([]string, 0, nw)
	}
	a.Keys, a.Words = keys, words
	var sp strings.Builder
	sp.Grow(len(text)/4 + 8) // a space and an x a word, words of 3+ bytes
	inWord := false
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			sp.WriteRune(r)
			inWord = false
			i += n
			continue
		case !inWord:
			sp.WriteByte('x')
			inWord = true
		}
		switch {
		case terms.IsDigit(r):
			j := terms.NumberEnd(text, i)
			a.Numbers = append(a.Numbers, Span{i, j, text[i:j]})
			a.Keys = append(a.Keys, numberKey)
			i = j
		case terms.WordRune(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !(terms.WordRune(r2)) || terms.IsDigit(r2) {
					break
				}
				j += n2
			}
			w := text[i:j]
			a.Words = append(a.Words, w)
			if a.Mode == Characters {
				for _, c := range w {
					a.Keys = append(a.Keys, runeKey(lowerRune(c)))
				}
			} else {
				a.Keys = append(a.Keys, terms.Hash(strings.ToLower(w)))
			}
			i = j
		default:
			a.Punct = append(a.Punct, r)
			i += n
		}
	}
	a.Spaces = sp.String()
	return a
}

// lowerRune is unicode.ToLower, answering without its tables for ASCII
// and for Hangul syllables, which have no case.
func lowerRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	case r >= 0xAC00 && r <= 0xD7A3:
		return r
	}
	return unicode.ToLower(r)
}

func runeKey(r rune) uint64 { return uint64(r)*0x9E3779B97F4A7C15 ^ 0x5bd1e995 }

// countTags counts the inline elements (ph, bpt, ept, it, hi, ut, x, g,
// bx, ex) of TMX or XLIFF markup.
func countTags(markup string) int {
	if markup == "" || !strings.Contains(markup, "<") {
		return 0
	}
	n := 0
	for i := 0; i < len(markup); i++ {
		if markup[i] != '<' || i+1 >= len(markup) || markup[i+1] == '/' {
			continue
		}
		j := i + 1
		for j < len(markup) && (markup[j] >= 'a' && markup[j] <= 'z') {
			j++
		}
		switch markup[i+1 : j] {
		case "ph", "bpt", "ept", "it", "hi", "ut", "x", "g", "bx", "ex":
			n++
		}
	}
	return n
}

// HasCJK reports whether s holds Hangul, Han or kana characters.
func HasCJK(s string) bool {
	for _, r := range s {
		if terms.IsCJK(r) {
			return true
		}
	}
	return false
}
