package checkeval

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/check"
	"bitext/glossary"
)

// Third-party glossaries. A judged set may be checked with glossaries
// nobody on the project wrote (convert= in sets.tsv): the lists of
// ../shared/corpus/glossary, converted here at run time (never copied into
// the repository) into the glossary CSV layout. Two layouts are known, by
// their header row:
//
//	name_ko, name_en, abbr_en, type
//	    central government agencies: an organization entry per row, the
//	    Korean name preferred, the English name preferred, the
//	    abbreviation an admitted, case-sensitive English form; the note
//	    says the type (ministry, office, agency ...)
//	name_ko, name_hanja, name_en_official, party_ko, district_ko
//	    members of the National Assembly: a person entry per row, the
//	    Korean name preferred, the Assembly's English name (KANG GHILBOO,
//	    "Kim, Tae Heum", SONG GAB SEOK) given in news style as the
//	    preferred form (Kang Ghil-boo: title case, the given name's
//	    syllables joined by a hyphen, see hyphenate) and as written by the
//	    Assembly, title-cased, as an admitted form (Kang Ghilboo) when it
//	    differs; the English surname is the short form; the note says party
//	    and district. Two members with the same Korean name are two entries.
//
// Nothing else is added: no related forms, contexts, dates or Korean short
// forms, which is what makes the lists a test of the gate as a new user
// would meet it.

// The header rows of the two layouts, columns joined by commas.
const (
	agencyHeader = "name_ko,name_en,abbr_en,type"
	memberHeader = "name_ko,name_hanja,name_en_official,party_ko,district_ko"
)

// ConvertShared converts a third-party glossary (name is used in errors
// and positions) into a Glossary.
func ConvertShared(name string, data []byte) (*glossary.Glossary, error) {
	csvText, err := ConvertSharedCSV(name, data)
	if err != nil {
		return nil, err
	}
	return glossary.Decode(bytes.NewReader(csvText), glossary.FormatCSV, name)
}

// ConvertSharedCSV is ConvertShared's glossary in the CSV layout of
// package glossary.
func ConvertSharedCSV(name string, data []byte) ([]byte, error) {
	lines := strings.Split(strings.TrimSuffix(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n"), "\n")
	if len(lines) == 0 {
		return nil, &check.SyntaxError{File: name, Line: 1, Col: 1, Msg: "empty"}
	}
	header := strings.Join(strings.Fields(strings.ReplaceAll(lines[0], "\t", " ")), ",")
	if header != agencyHeader && header != memberHeader {
		return nil, &check.SyntaxError{File: name, Line: 1, Col: 1, Msg: fmt.Sprintf("unknown glossary layout %q", header)}
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	_ = w.Write([]string{"id", "type", "lang", "term", "status", "case", "short", "note"})
	ids := map[string]int{}
	id := func(s string) string {
		ids[s]++
		if n := ids[s]; n > 1 {
			return fmt.Sprintf("%s-%d", s, n)
		}
		return s
	}
	for i, l := range lines[1:] {
		if strings.TrimSpace(l) == "" {
			continue
		}
		f := strings.Split(l, "\t")
		for k := range f {
			f[k] = strings.TrimSpace(f[k])
		}
		line := i + 2
		switch header {
		case agencyHeader:
			if len(f) < 4 || f[0] == "" || f[1] == "" {
				return nil, &check.SyntaxError{File: name, Line: line, Col: 1, Msg: "want name_ko, name_en, abbr_en, type"}
			}
			key := "agency-" + strings.ToLower(f[2])
			if f[2] == "" {
				key = "agency-" + slug(f[1])
			}
			e := id(key)
			note := "Korean government " + f[3] + " (" + name + ")"
			_ = w.Write([]string{e, "organization", "ko", f[0], "preferred", "", "", note})
			_ = w.Write([]string{e, "organization", "en", f[1], "preferred", "", "", ""})
			if f[2] != "" && f[2] != f[1] {
				_ = w.Write([]string{e, "organization", "en", f[2], "admitted", "yes", "", ""})
			}
		case memberHeader:
			if len(f) < 5 || f[0] == "" || f[2] == "" {
				return nil, &check.SyntaxError{File: name, Line: line, Col: 1, Msg: "want name_ko, name_hanja, name_en_official, party_ko, district_ko"}
			}
			sur, given, ok := splitOfficial(f[2])
			if !ok {
				return nil, &check.SyntaxError{File: name, Line: line, Col: 1, Msg: fmt.Sprintf("%q: want a surname and a given name", f[2])}
			}
			official := titleWord(sur) + " " + titleWord(strings.Join(given, ""))
			news := titleWord(sur) + " " + newsGiven(f[0], given)
			e := id("na20-" + slug(official))
			note := "member of the 20th National Assembly, " + f[3] + ", " + f[4] + " (" + name + ")"
			_ = w.Write([]string{e, "person", "ko", f[0], "preferred", "", "", note})
			_ = w.Write([]string{e, "person", "en", news, "preferred", "", titleWord(sur), ""})
			if official != news {
				_ = w.Write([]string{e, "person", "en", official, "admitted", "", "", ""})
			}
		default:
			return nil, &check.SyntaxError{File: name, Line: 1, Col: 1, Msg: fmt.Sprintf("unknown glossary layout %q", header)}
		}
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

// splitOfficial splits an Assembly name: "KANG GHILBOO", "SONG GAB SEOK"
// (the given name's syllables as words) or "Kim, Tae Heum".
func splitOfficial(s string) (sur string, given []string, ok bool) {
	if a, b, found := strings.Cut(s, ","); found {
		g := strings.Fields(b)
		return strings.TrimSpace(a), g, strings.TrimSpace(a) != "" && len(g) > 0
	}
	w := strings.Fields(s)
	if len(w) < 2 {
		return "", nil, false
	}
	return w[0], w[1:], true
}

// newsGiven writes the given name as news style does: each syllable title
// case after the first in lower case, joined by hyphens (Ghil-boo). When
// the Assembly wrote the syllables as words (GAB SEOK) they are joined as
// they are; else the romanized given name is split where the Hangul says
// its syllables meet (hyphenate); when no single place fits it is kept in
// one word.
func newsGiven(ko string, given []string) string {
	if len(given) > 1 {
		return titleWord(strings.ToLower(strings.Join(given, "-")))
	}
	g := strings.ToLower(given[0])
	syl := []rune(ko)
	if len(syl) == 3 { // a one-syllable surname and a two-syllable given name
		if k := hyphenate(syl[1], syl[2], g); k > 0 {
			g = g[:k] + "-" + g[k:]
		}
	}
	return titleWord(g)
}

// hyphenate returns the one place k in the romanized two-syllable given
// name rom (lower case) where syllable a ends and b starts, or 0 when none
// or more than one fits. Both parts need a vowel; b starts with a vowel
// exactly when its initial consonant is ㅇ (with y before ㅑ ㅕ ㅛ ㅠ ㅒ ㅖ,
// w or u before ㅘ ㅙ ㅝ ㅞ ㅟ); a ends with a vowel
// when it has no final consonant, with ng when its final is ㅇ, n for ㄴ,
// m for ㅁ, and some other consonant otherwise.
func hyphenate(a, b rune, rom string) int {
	_, _, finalA, okA := jamo(a)
	initialB, medialB, _, okB := jamo(b)
	if !okA || !okB {
		return 0
	}
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	hasVowel := func(s string) bool { return strings.ContainsAny(s, "aeiou") }
	found := 0
	for k := 1; k < len(rom); k++ {
		pre, suf := rom[:k], rom[k:]
		if !hasVowel(pre) || !hasVowel(suf) {
			continue
		}
		last := pre[len(pre)-1]
		switch finalA {
		case 0:
			if !vowel(last) {
				continue
			}
		case 21: // ㅇ
			if !strings.HasSuffix(pre, "ng") {
				continue
			}
		case 4: // ㄴ
			if last != 'n' {
				continue
			}
		case 16: // ㅁ
			if last != 'm' {
				continue
			}
		default:
			if vowel(last) {
				continue
			}
		}
		if initialB == 11 { // ㅇ: the syllable starts with its vowel
			switch medialB {
			case 2, 3, 6, 7, 12, 17: // ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ
				if suf[0] != 'y' {
					continue
				}
			case 9, 10, 14, 15, 16: // ㅘ ㅙ ㅝ ㅞ ㅟ
				if suf[0] != 'w' && suf[0] != 'u' {
					continue
				}
			case 8, 11, 13: // ㅗ ㅚ ㅜ: also w (woo, wook)
				if !vowel(suf[0]) && suf[0] != 'w' {
					continue
				}
			default:
				if !vowel(suf[0]) {
					continue
				}
			}
		} else if vowel(suf[0]) || suf[0] == 'w' || suf[0] == 'y' {
			continue
		}
		if found != 0 {
			return 0
		}
		found = k
	}
	return found
}

// jamo splits a Hangul syllable into the indexes of its initial, medial
// and final (0: none).
func jamo(r rune) (initial, medial, final int, ok bool) {
	if r < 0xAC00 || r > 0xD7A3 {
		return 0, 0, 0, false
	}
	n := int(r - 0xAC00)
	return n / 588, n % 588 / 28, n % 28, true
}

// titleWord writes each word and each hyphenated part of s with its first
// letter in upper case and the rest in lower case; after a hyphen in a
// given name only the first part is capitalized (Ghil-boo).
func titleWord(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		w = strings.ToLower(w)
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

// slug writes s in lower case with hyphens between its words.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}
