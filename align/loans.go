package align

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"bitext/lexicon"
)

// Loanwords: Korean news writes many English words in Hangul (인터넷
// internet, 컴퓨터 computer, 미사일 missile, 프로그램 program). A
// lower-case English content word (reduced by lexicon.EnglishStem) and a
// Korean stem (particles and endings stripped by lexicon.Stem) whose
// whole consonant skeletons (see names.go) are equal, of at least
// minLoanSkeleton classes, and whose vowels roughly agree (loanVowelsAgree)
// are read as the same word. It is stricter than the name rule, which
// needs only a prefix: ordinary words are many, and a short skeleton
// matches by chance.

const minLoanSkeleton = 3

// Loanword evidence, in nats added to a bead's log-probability for each
// English word whose loanword the Korean side has (no miss: most words
// are no loanwords). A skeleton of four or more classes needs only the
// first vowels to be compatible (loanFirstVowel); one of three classes
// needs the same first vowel class and every English vowel class matched,
// in order, by a compatible Korean one (loanVowelsAgree). Chosen on the
// development part of the edition set (session 7, README).
const (
	wLoan3 = 0.7
	wLoan4 = 1.5
)

// loanKey is a possible loanword of a segment: the hash of its consonant
// skeleton, the skeleton's length and its vowel classes.
type loanKey struct {
	h      uint64
	n      int
	vowels string
}

func loanKeys(ws []loanWord) []loanKey {
	if len(ws) == 0 {
		return nil
	}
	var out []loanKey
	for _, w := range ws {
		out = append(out, loanKey{hashKey(0, w.skel), len(w.skel), w.vowels})
	}
	slices.SortFunc(out, func(a, b loanKey) int { return cmp.Compare(a.h, b.h) })
	return out
}

// loanMatch is the weight of an English loan key e found among the sorted
// Korean loan keys ko, 0 when none matches.
func loanMatch(e loanKey, ko []loanKey) float64 {
	i, _ := slices.BinarySearchFunc(ko, e.h, func(a loanKey, h uint64) int { return cmp.Compare(a.h, h) })
	for ; i < len(ko) && ko[i].h == e.h; i++ {
		k := ko[i].vowels
		switch {
		case e.n >= 4 && loanFirstVowel(e.vowels, k, false):
			return wLoan4
		case e.n == 3 && loanFirstVowel(e.vowels, k, true) && loanVowelsAgree(e.vowels, k):
			return wLoan3
		}
	}
	return 0
}

// loanCompat lists, for an English vowel class, the Korean classes it is
// written with in loanwords (club 클럽, computer 컴퓨터, style 스타일).
var loanCompat = map[byte]string{'A': "AE", 'E': "EAI", 'I': "IA", 'O': "OEA", 'U': "UEA"}

// loanCompatStrict is loanCompat for the vowels after the first.
var loanCompatStrict = map[byte]string{'A': "AE", 'E': "EA", 'I': "IA", 'O': "OE", 'U': "UE"}

// loanFirstVowel reports whether the first vowel classes of an English
// and a Korean word agree: equal when same, else compatible.
func loanFirstVowel(en, ko string, same bool) bool {
	if en == "" || ko == "" {
		return false
	}
	if same {
		return en[0] == ko[0]
	}
	return strings.IndexByte(loanCompat[en[0]], ko[0]) >= 0
}

// loanVowelsAgree reports whether every English vowel class is matched, in
// order, by a compatible Korean one (loanwords insert vowels, so the
// Korean word may have more).
func loanVowelsAgree(en, ko string) bool {
	j := 0
	for i := 0; i < len(en); i++ {
		for j < len(ko) && strings.IndexByte(loanCompatStrict[en[i]], ko[j]) < 0 {
			j++
		}
		if j == len(ko) {
			return false
		}
		j++
	}
	return true
}

// loanScore is the evidence of the English side's words found as
// loanwords among the Korean side's stems.
func loanScore(en, ko []feature) float64 {
	score := 0.0
	for j := range en {
		for _, e := range en[j].loans {
			for i := range ko {
				if ko[i].loanMask&(1<<(e.h&63)) == 0 {
					continue
				}
				if w := loanMatch(e, ko[i].loans); w > 0 {
					score += w
					break
				}
			}
		}
	}
	return score
}

// loanStop are English words whose skeletons collide with common Korean
// stems while being no loanwords in Korean news.
var loanStop = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`people year years percent time times government country state states
	president minister official officials week month months`) {
		m[w] = true
	}
	return m
}()

// loanWord is a word read as a possible loanword: its consonant skeleton
// and vowel classes.
type loanWord struct {
	word, skel, vowels string
}

// documentLoans fills the loan keys of a document's Korean segments ko
// (features kf) and English segments en (features ef), keeping only the
// keys whose skeleton the other side has somewhere in the document: most
// words are no loanwords, and the scorer then looks at few keys. A Korean
// word is stemmed only when an English skeleton of the document is a
// prefix of its own. With a lexicon, a Korean stem the lexicon translates
// is left to the lexicon.
func documentLoans(ko []string, kf []feature, en []string, ef []feature, lex *lexicon.Lexicon) {
	if len(ko) == 0 || len(en) == 0 {
		return
	}
	cache := map[string][]loanWord{}
	skels := map[string]bool{}
	enWords := make([][]loanWord, len(en))
	for j, s := range en {
		for rest := s; rest != ""; {
			var w string
			w, rest = nextField(rest)
			if w == "" {
				continue
			}
			ws, ok := cache[w]
			if !ok {
				ws = englishLoanWords(w)
				cache[w] = ws
			}
			for _, x := range ws {
				skels[x.skel] = true
			}
			enWords[j] = append(enWords[j], ws...)
		}
	}
	if len(skels) == 0 {
		return
	}
	koHashes := map[uint64]bool{}
	var buf [48]byte
	for i, s := range ko {
		var ws []loanWord
		for rest := s; rest != ""; {
			var w string
			w, rest = nextField(rest)
			w = trimToHangul(w)
			if len(w) < 6 { // two syllables at least
				continue
			}
			k := appendKoreanSkeleton(buf[:0], w)
			found := false
			for n := minLoanSkeleton; n <= len(k) && !found; n++ {
				found = skels[string(k[:n])]
			}
			if !found {
				continue
			}
			for _, x := range koreanLoanWords(w) {
				if skels[x.skel] && (lex == nil || lex.Translations(x.word) == nil) {
					ws = append(ws, x)
				}
			}
		}
		kf[i].loans = loanKeys(ws)
		for _, k := range kf[i].loans {
			koHashes[k.h] = true
			kf[i].loanMask |= 1 << (k.h & 63)
		}
	}
	for j, ws := range enWords {
		var keep []loanWord
		for _, x := range ws {
			if koHashes[hashKey(0, x.skel)] {
				keep = append(keep, x)
			}
		}
		ef[j].loans = loanKeys(keep)
	}
}

// nextField returns the text up to the next ASCII space (the first
// field, possibly empty) and the rest after it.
func nextField(s string) (field, rest string) {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}

// trimToHangul drops what comes before the first Hangul syllable of w.
func trimToHangul(w string) string {
	for i, r := range w {
		if r >= 0xAC00 && r <= 0xD7A3 {
			return w[i:]
		}
	}
	return ""
}

// koreanLoanWords returns the Hangul stems of a Korean text that may be
// loanwords.
func koreanLoanWords(s string) []loanWord {
	var out []loanWord
	for _, st := range lexicon.KoreanStems(s) {
		if len([]rune(st)) < 2 {
			continue
		}
		if k := koreanSkeleton(st); len(k) >= minLoanSkeleton {
			out = append(out, loanWord{st, k, koreanVowels(st)})
		}
	}
	return out
}

// englishLoanWords returns the lower-case content words of an English
// text that may be loanwords.
func englishLoanWords(s string) []loanWord {
	var out []loanWord
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !(r < 128 && unicode.IsLetter(r)) }) {
		if len(w) < 4 || w[0] < 'a' || w[0] > 'z' || loanStop[w] {
			continue
		}
		st := lexicon.EnglishStem(w)
		if k := englishSkeleton(st); len(k) >= minLoanSkeleton {
			out = append(out, loanWord{st, k, englishVowels(st)})
		}
	}
	return out
}

// koreanVowels and englishVowels reduce the vowels of a word to classes:
// A (ㅏ ㅐ ㅑ ㅒ; a), E (ㅔ ㅖ ㅓ; e), I (ㅣ; i y), O (ㅗ ㅛ; o), U (ㅜ ㅠ ㅡ;
// u), in order, repeated classes once.
func koreanVowels(w string) string {
	var b []byte
	for _, r := range w {
		if r < 0xAC00 || r > 0xD7A3 {
			break
		}
		v := (r - 0xAC00) / 28 % 21
		b = appendClass(b, hangulVowel[v])
	}
	return string(b)
}

// hangulVowel maps the 21 medial jamo to vowel classes; ㅡ (the vowel
// loanwords insert between consonants) is 0, left out.
var hangulVowel = [21]byte{'A', 'A', 'A', 'A', 'E', 'E', 'E', 'E', 'O', 'A', 'A', 'O', 'O', 'U', 'E', 'E', 'I', 'U', 0, 'I', 'I'}

func englishVowels(w string) string {
	var b []byte
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'a':
			b = appendClass(b, 'A')
		case 'e':
			if i == len(w)-1 { // a silent final e
				continue
			}
			b = appendClass(b, 'E')
		case 'i', 'y':
			b = appendClass(b, 'I')
		case 'o':
			b = appendClass(b, 'O')
		case 'u':
			b = appendClass(b, 'U')
		}
	}
	return string(b)
}

func appendClass(b []byte, c byte) []byte {
	if c != 0 && (len(b) == 0 || b[len(b)-1] != c) {
		b = append(b, c)
	}
	return b
}
