package tm

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
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
	switch LangKey(lang) {
	case "ko", "ja", "zh", "th", "lo", "km", "my":
		return Characters
	}
	return Tokens
}

// numberKey stands for every number in the comparison keys, so that texts
// differing only in their numbers have the same keys.
var numberKey = fnv64("\x00#")

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
	text = NFC(text)
	a := &Analysis{Text: text, Lang: lang, Mode: ModeOf(lang), Tags: CountTags(markup)}
	a.Keys = make([]uint64, 0, len(text)/4+1)
	var sp strings.Builder
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
		case isDigit(r):
			j := numberEnd(text, i)
			a.Numbers = append(a.Numbers, Span{i, j, text[i:j]})
			a.Keys = append(a.Keys, numberKey)
			i = j
		case wordRune(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !(wordRune(r2)) || isDigit(r2) {
					break
				}
				j += n2
			}
			w := text[i:j]
			a.Words = append(a.Words, w)
			if a.Mode == Characters {
				for _, c := range w {
					a.Keys = append(a.Keys, runeKey(unicode.ToLower(c)))
				}
			} else {
				a.Keys = append(a.Keys, fnv64(strings.ToLower(w)))
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

func runeKey(r rune) uint64 { return uint64(r)*0x9E3779B97F4A7C15 ^ 0x5bd1e995 }

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return !isHangulSyllable(r) && unicode.IsDigit(r)
}

func isHangulSyllable(r rune) bool { return 0xAC00 <= r && r <= 0xD7A3 }

// wordRune reports whether r is a letter or a mark, quickly for ASCII and
// Hangul syllables.
func wordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case isHangulSyllable(r):
		return true
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

// NFC returns s in Unicode normalization form C. Text of ASCII, Latin-1
// and Hangul syllables with common punctuation is returned as it is without
// the full check.
func NFC(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r < 0x300 && r != utf8.RuneError, isHangulSyllable(r),
			0x2010 <= r && r <= 0x2027, 0x3001 <= r && r <= 0x3011:
			i += n
			continue
		}
		return norm.NFC.String(s)
	}
	return s
}

// numberEnd returns the end of the digit run starting at i: digits with
// single commas or points between digits (1,200 and 3.5).
func numberEnd(s string, i int) int {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if isDigit(r) {
			j += n
			continue
		}
		if (r == ',' || r == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
			j++
			continue
		}
		break
	}
	return j
}

// CountTags counts the inline elements (ph, bpt, ept, it, hi, ut, x, g,
// bx, ex) of TMX or XLIFF markup.
func CountTags(markup string) int {
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

// IndexTerms returns the distinct terms a store indexes a text under, for
// candidate retrieval and concordance: lowercased words in spaced
// languages; in Korean, Japanese and Chinese the two-character runs of each
// word (a one-character word is a term of its own), Latin words whole.
// Numbers are not terms. Each term is hashed with the language key, so the
// same word in two languages gives two terms.
func IndexTerms(text string, lang language.Tag) []uint64 {
	return AppendIndexTerms(nil, NFC(text), lang)
}

// QueryTerms returns the terms of a concordance query: the same as
// IndexTerms.
func QueryTerms(text string, lang language.Tag) []uint64 {
	return IndexTerms(text, lang)
}

// AppendIndexTerms appends the distinct IndexTerms of text, which must be
// in NFC, to dst (sorted among themselves) without other allocations.
func AppendIndexTerms(dst []uint64, text string, lang language.Tag) []uint64 {
	start := len(dst)
	seed := fnvString(fnvOffset, LangKey(lang)+"\x00")
	chars := ModeOf(lang) == Characters
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !(wordRune(r)) || isDigit(r) {
			i += n
			continue
		}
		j := i + n
		runes := 1
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if !(wordRune(r2)) || isDigit(r2) {
				break
			}
			j += n2
			runes++
		}
		w := text[i:j]
		i = j
		if !chars || !isCJK(r) || runes == 1 {
			dst = append(dst, fnvLower(seed, w))
			continue
		}
		// Two-character runs: hash each pair of consecutive runes.
		k := 0
		_, n1 := utf8.DecodeRuneInString(w)
		for k+n1 < len(w) {
			_, n2 := utf8.DecodeRuneInString(w[k+n1:])
			dst = append(dst, fnvLower(seed, w[k:k+n1+n2]))
			k += n1
			n1 = n2
		}
	}
	t := dst[start:]
	slices.Sort(t)
	return dst[:start+len(slices.Compact(t))]
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// fnvLower hashes the lowercase form of s (as strings.ToLower gives it).
func fnvLower(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return fnvString(h, strings.ToLower(s))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// KeyCount returns len(Analyze(text, "", lang).Keys) for NFC text without
// building the analysis.
func KeyCount(text string, lang language.Tag) int {
	chars := ModeOf(lang) == Characters
	n := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isDigit(r):
			i = numberEnd(text, i)
			n++
			continue
		case wordRune(r):
			j := i + size
			runes := 1
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !(wordRune(r2)) || isDigit(r2) {
					break
				}
				j += n2
				runes++
			}
			if chars {
				n += runes
			} else {
				n++
			}
			i = j
			continue
		}
		i += size
	}
	return n
}

func isCJK(r rune) bool {
	if isHangulSyllable(r) {
		return true
	}
	if r < 0x1100 {
		return false
	}
	return unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Han, r) ||
		unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Thai, r)
}

// HasCJK reports whether s holds Hangul, Han or kana characters.
func HasCJK(s string) bool {
	for _, r := range s {
		if isCJK(r) {
			return true
		}
	}
	return false
}
