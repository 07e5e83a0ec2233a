// Package terms is how the translation memory cuts text: words, numbers
// (digits with single commas or points inside), Unicode NFC, and the index
// terms and key counts its stores keep. Package tm analyzes and scores
// with it; backends index with it (IndexTerms, KeyCount) so that they
// store exactly what tm's lookup reads.
//
//	ts := terms.IndexTerms("The Bank of Korea", language.English)
//	n := terms.KeyCount("한국은행", language.Korean) // 4
package terms

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// LangKey is the language part of the store's keys: the base language
// ("en", "ko"), or "und".
func LangKey(t language.Tag) string {
	if t == language.Und {
		return "und"
	}
	b, _ := t.Base()
	return b.String()
}

// Characters reports whether lang is compared by characters (Korean,
// Japanese, Chinese, Thai, Lao, Khmer, Burmese) rather than words.
func Characters(lang language.Tag) bool {
	switch LangKey(lang) {
	case "ko", "ja", "zh", "th", "lo", "km", "my":
		return true
	}
	return false
}

// Hash is the 64-bit FNV-1a hash of s.
func Hash(s string) uint64 { return fnvString(fnvOffset, s) }

// IsDigit reports whether r is a decimal digit (Hangul syllables never
// are).
func IsDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return !IsHangulSyllable(r) && unicode.IsDigit(r)
}

// IsHangulSyllable reports whether r is a precomposed Hangul syllable.
func IsHangulSyllable(r rune) bool { return 0xAC00 <= r && r <= 0xD7A3 }

// WordRune reports whether r is a letter or a mark, quickly for ASCII and
// Hangul syllables.
func WordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case IsHangulSyllable(r):
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
		case r < 0x300 && r != utf8.RuneError, IsHangulSyllable(r),
			0x2010 <= r && r <= 0x2027, 0x3001 <= r && r <= 0x3011:
			i += n
			continue
		}
		return norm.NFC.String(s)
	}
	return s
}

// NumberEnd returns the end of the digit run starting at i: digits with
// single commas or points between digits (1,200 and 3.5).
func NumberEnd(s string, i int) int {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if IsDigit(r) {
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

// IndexTerms returns the distinct terms a store indexes a text under, for
// candidate retrieval and concordance: lowercased words in spaced
// languages; in Korean, Japanese and Chinese the two-character runs of each
// word (a one-character word is a term of its own), Latin words whole.
// Numbers are not terms. Each term is hashed with the language key, so the
// same word in two languages gives two terms.
func IndexTerms(text string, lang language.Tag) []uint64 {
	return AppendIndexTerms(nil, NFC(text), lang)
}

// AppendIndexTerms appends the distinct IndexTerms of text, which must be
// in NFC, to dst (sorted among themselves) without other allocations.
func AppendIndexTerms(dst []uint64, text string, lang language.Tag) []uint64 {
	start := len(dst)
	seed := fnvString(fnvOffset, LangKey(lang)+"\x00")
	chars := Characters(lang)
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !(WordRune(r)) || IsDigit(r) {
			i += n
			continue
		}
		j := i + n
		runes := 1
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if !(WordRune(r2)) || IsDigit(r2) {
				break
			}
			j += n2
			runes++
		}
		w := text[i:j]
		i = j
		if !chars || !IsCJK(r) || runes == 1 {
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

// KeyCount returns the number of comparison keys of the analysis of text in lang (tm.Analyze) for NFC text without
// building the analysis.
func KeyCount(text string, lang language.Tag) int {
	chars := Characters(lang)
	n := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case IsDigit(r):
			i = NumberEnd(text, i)
			n++
			continue
		case WordRune(r):
			j := i + size
			runes := 1
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !(WordRune(r2)) || IsDigit(r2) {
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

// IsCJK reports whether r is Hangul, Han, kana or Thai.
func IsCJK(r rune) bool {
	if IsHangulSyllable(r) {
		return true
	}
	if r < 0x1100 {
		return false
	}
	return unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Han, r) ||
		unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Thai, r)
}
