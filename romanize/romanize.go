// Package romanize writes Korean names in Latin letters the ways English
// news writes them, so a Hangul name can be found in an English sentence.
//
// Revised Romanization (이창용 → Lee Changyong in RR's surname spelling
// Yi, 정의용 → Jeong Uiyong), McCune–Reischauer (Chŏng Ŭiyong, written
// without diacritics) and the usual surname spellings (이 Lee/Yi/Rhee, 박
// Park/Pak, 정 Chung/Jeong/Jung, 최 Choi/Choe, 강 Kang/Gang …) differ in
// ways Key removes: voiced and voiceless stops are one letter (g/k, d/t,
// b/p, j/ch), r is l, doubled and long vowels are one, eo and u are o.
// Both the Korean side (NameKeys) and the English side (Key of a run of
// capitalized words) are reduced to these keys and compared.
//
//	romanize.Word("창용")                 // "changyong"
//	romanize.Key("Rhee Chang-yong")      // "licankyonk"
//	slices.Contains(romanize.NameKeys("이창용"), romanize.Key("Rhee Chang-yong")) // true
package romanize

import (
	"slices"
	"strings"
	"unicode/utf8"
)

var (
	initials = [19]string{"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}
	medials  = [21]string{"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"}
	finals   = [28]string{"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"}
)

// Word is the Revised Romanization of the Hangul syllables of w, syllable
// by syllable (no sound changes across syllables, as names are written);
// other runes are left out.
func Word(w string) string {
	var b strings.Builder
	for _, r := range w {
		if r < 0xAC00 || r > 0xD7A3 {
			continue
		}
		i := int(r - 0xAC00)
		b.WriteString(initials[i/588])
		b.WriteString(medials[i%588/28])
		b.WriteString(finals[i%28])
	}
	return b.String()
}

// surnames are the usual English spellings of common Korean surnames,
// besides their Revised Romanization.
var surnames = map[rune][]string{
	'이': {"lee", "yi", "rhee", "ri", "i"}, '박': {"park", "pak", "bak"}, '정': {"chung", "jeong", "jung", "chong"},
	'최': {"choi", "choe"}, '강': {"kang", "gang"}, '김': {"kim", "gim"}, '윤': {"yoon", "yun"}, '조': {"cho", "jo"},
	'임': {"lim", "im", "rim"}, '오': {"oh", "o"}, '신': {"shin", "sin"}, '유': {"yoo", "yu"}, '류': {"ryu", "yoo", "yu"},
	'노': {"roh", "noh", "no"}, '문': {"moon", "mun"}, '우': {"woo", "u"}, '장': {"jang", "chang"}, '권': {"kwon", "gwon"},
	'황': {"hwang"}, '안': {"ahn", "an"}, '전': {"jeon", "chun", "jun"}, '고': {"ko", "go"}, '손': {"son", "sohn"},
	'배': {"bae", "pae"}, '백': {"baek", "paek", "paik"}, '허': {"heo", "huh", "hur"}, '심': {"shim", "sim"},
	'성': {"sung", "seong"}, '주': {"joo", "ju", "chu"}, '구': {"koo", "ku", "gu"}, '나': {"na", "ra"},
	'진': {"jin", "chin"}, '엄': {"eom", "um"}, '천': {"chun", "cheon"}, '변': {"byun", "byeon"}, '여': {"yeo", "yoh"},
	'추': {"choo", "chu"}, '서': {"suh", "seo"}, '하': {"ha"}, '한': {"han"}, '홍': {"hong"}, '송': {"song"},
	'곽': {"kwak", "gwak"}, '민': {"min"}, '양': {"yang"}, '원': {"won"}, '방': {"bang", "pang"}, '남': {"nam"},
	'차': {"cha"}, '공': {"kong", "gong"}, '염': {"yeom", "yum"}, '석': {"suk", "seok"}, '설': {"sul", "seol"},
	'반': {"ban"}, '현': {"hyun"}, '탁': {"tak"}, '왕': {"wang"}, '표': {"pyo"}, '길': {"gil", "kil"},
}

// FamilyName reports whether Hangul syllable r is a Korean family name of
// the table SurnameKeys reads (김, 이, 박 ...), without building its keys.
func FamilyName(r rune) bool {
	_, ok := surnames[r]
	return ok
}

// SurnameKeys returns the keys (Key) of a Hangul word of one syllable read
// as a Korean family name alone: its usual English spellings (이 Lee, Yi,
// Rhee) and its Revised Romanization; nil for a word that is not one
// syllable of a family name in surnames (a word used alone before a
// title, 이 원장 ~ Rhee, 반 총장 ~ Ban; session 15, helper M19).
func SurnameKeys(w string) []string {
	r, size := utf8.DecodeRuneInString(w)
	if size != len(w) {
		return nil
	}
	sur, ok := surnames[r]
	if !ok {
		return nil
	}
	out := []string{Key(Word(w))}
	for _, s := range sur {
		if k := Key(s); !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// Key reduces a romanized name to the letters all its spellings share:
// lower case, letters only, g k → k, d t → t, b p → p, j ch → c, r l → l,
// sh → s, eo eu u → o, ee → i, yi → i, ae ai → e, h only as the first
// letter, and letters doubled after that written once.
func Key(s string) string {
	return string(appendKey(nil, strings.ToLower(s)))
}

// appendKey appends Key's letters of a lower-case s to b.
func appendKey[T string | []byte](b []byte, s T) []byte {
	n := len(b) // Key's letters start here
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 'a' || c > 'z' {
			continue
		}
		next := byte(0)
		if i+1 < len(s) {
			next = s[i+1]
		}
		switch {
		case c == 'c' && next == 'h':
			c = 'c'
			i++
		case c == 's' && next == 'h':
			c = 's'
			i++
		case c == 'e' && (next == 'o' || next == 'u'):
			c = 'o'
			i++
		case c == 'y' && next == 'i':
			continue // Yi is i
		case c == 'e' && next == 'e':
			c = 'i'
			i++
		case c == 'a' && (next == 'e' || next == 'i'):
			c = 'e'
			i++
		case c == 'g' || c == 'k':
			c = 'k'
		case c == 'd' || c == 't':
			c = 't'
		case c == 'b' || c == 'p':
			c = 'p'
		case c == 'j':
			c = 'c'
		case c == 'r':
			c = 'l'
		case c == 'u':
			c = 'o'
		case c == 'h' && len(b) > n:
			continue // Rhee, Ahn, Oh, Sohn, Kyung-wha and Kyung-hwa: only a first h is kept
		}
		if len(b) > n && b[len(b)-1] == c {
			continue
		}
		b = append(b, c)
	}
	return b
}

// NameKeys returns the keys of a Hangul word read as a Korean name of two
// to four syllables: family name first and last, the family name in each
// of its usual spellings, and the whole word in Revised Romanization (a
// loanword or a name of one part: 왕이 ~ Wang Yi).
func NameKeys(w string) []string {
	var out []string
	EachNameKey(w, func(key []byte) { out = append(out, string(key)) })
	return out
}

// EachNameKey calls f with each key of NameKeys(w), in order, without
// making a string of it; key is f's only during the call.
func EachNameKey(w string, f func(key []byte)) {
	var rs [4]rune
	n := 0
	for _, r := range w {
		if n == len(rs) || r < 0xAC00 || r > 0xD7A3 {
			return
		}
		rs[n] = r
		n++
	}
	if n < 2 {
		return
	}
	var gbuf, fbuf, cbuf, kbuf [64]byte
	var sbuf [512]byte
	var ebuf [16]int
	given := appendWord(gbuf[:0], rs[1:n])
	first := appendWord(fbuf[:0], rs[:1])
	sur := surnames[rs[0]]
	// seen holds the keys given to f, one after the other, ending at ends.
	seen, ends := sbuf[:0], ebuf[:0]
	add := func(key []byte) {
		start := 0
		for _, end := range ends {
			if string(seen[start:end]) == string(key) {
				return
			}
			start = end
		}
		seen = append(seen, key...)
		ends = append(ends, len(seen))
		f(key)
	}
	add(appendKey(kbuf[:0], append(append(cbuf[:0], first...), given...)))
	for _, s := range sur {
		add(appendKey(kbuf[:0], append(append(cbuf[:0], s...), given...)))
		add(appendKey(kbuf[:0], append(append(cbuf[:0], given...), s...)))
	}
	add(appendKey(kbuf[:0], append(append(cbuf[:0], first...), given...)))
	add(appendKey(kbuf[:0], append(append(cbuf[:0], given...), first...)))
}

// appendWord appends Word of the Hangul syllables rs to b.
func appendWord(b []byte, rs []rune) []byte {
	for _, r := range rs {
		i := int(r - 0xAC00)
		b = append(b, initials[i/588]...)
		b = append(b, medials[i%588/28]...)
		b = append(b, finals[i%28]...)
	}
	return b
}
