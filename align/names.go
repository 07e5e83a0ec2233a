package align

import (
	"slices"
	"strings"
	"unicode"
)

// Names survive translation as transliterations: Trump is 트럼프, Brexit
// 브렉시트, Johnson 존슨. Both spellings are reduced to a skeleton of
// consonant classes (P for b p f v and ㅂ ㅍ, T for d t and ㄷ ㅌ, K, S, J,
// L for l r and ㄹ, M, N), and an English capitalized word matches a
// Korean word whose skeleton starts with the same classes (particles such
// as 는 or 의 follow the name). Vowels, h, w and y are left out, as is an
// r that is not followed by a vowel (Park is 박).

const minSkeleton = 3 // shorter skeletons match by chance too often

// hangulInitial and hangulFinal map the jamo of a syllable to classes.
var (
	hangulInitial = [19]byte{'K', 'K', 'N', 'T', 'T', 'L', 'M', 'P', 'P', 'S', 'S', 0, 'J', 'J', 'J', 'K', 'T', 'P', 0}
	hangulFinal   = [28]byte{0, 'K', 'K', 'K', 'N', 'N', 'N', 'T', 'L', 'L', 'L', 'L', 'L', 'L', 'L', 'L', 'M', 'P', 'P', 'T', 'T', 'N', 'T', 'T', 'K', 'T', 'P', 0}
)

// koreanSkeleton is the consonant skeleton of a Hangul word, stopping at
// the first rune that is not a Hangul syllable.
func koreanSkeleton(w string) string {
	var buf [32]byte
	b := buf[:0]
	add := func(c byte) {
		if c != 0 && (len(b) == 0 || b[len(b)-1] != c) {
			b = append(b, c)
		}
	}
	for _, r := range w {
		if r < 0xAC00 || r > 0xD7A3 {
			break
		}
		i := r - 0xAC00
		add(hangulInitial[i/588])
		add(hangulFinal[i%28])
	}
	return string(b)
}

func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

// englishSkeleton is the consonant skeleton of an English word.
func englishSkeleton(w string) string {
	w = strings.ToLower(w)
	var b []byte
	add := func(c byte) {
		if len(b) == 0 || b[len(b)-1] != c {
			b = append(b, c)
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		next := byte(0)
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch {
		case c == 'p' && next == 'h':
			add('P')
			i++
		case c == 't' && next == 'h':
			add('T')
			i++
		case c == 's' && next == 'h':
			add('S')
			i++
		case c == 'c' && next == 'h':
			add('J')
			i++
		case c == 'c' && next == 'k':
			add('K')
			i++
		case c == 'g' && next == 'h':
			i++
		case c == 'q':
			add('K')
			if next == 'u' {
				i++
			}
		case c == 'x':
			add('K')
			add('S')
		case c == 'c':
			if next == 'e' || next == 'i' || next == 'y' {
				add('S')
			} else {
				add('K')
			}
		case c == 'b' || c == 'p' || c == 'f' || c == 'v':
			add('P')
		case c == 'd' || c == 't':
			add('T')
		case c == 'g' || c == 'k':
			add('K')
		case c == 's' || c == 'z':
			add('S')
		case c == 'j':
			add('J')
		case c == 'l':
			add('L')
		case c == 'r':
			if isVowel(next) {
				add('L')
			}
		case c == 'm':
			add('M')
		case c == 'n':
			add('N')
		}
	}
	return string(b)
}

// englishNames returns the skeletons of the capitalized words of an
// English text, and of each run of capitalized words taken together (Yoon
// Suk Yeol is 윤석열).
func englishNames(s string) []string {
	out, _ := englishNamesMid(s)
	return out
}

// englishNamesMid is englishNames, and nameInside from the same pass over
// the words.
func englishNamesMid(s string) (out []string, mid bool) {
	var run []string
	flush := func() {
		if len(run) > 1 {
			if k := englishSkeleton(strings.Join(run, "")); len(k) >= minSkeleton {
				out = append(out, k)
			}
		}
		run = run[:0]
	}
	first := true
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !(r < 128 && (unicode.IsLetter(r) || r == '-' || r == '\'')) }) {
		w = strings.Trim(w, "-'")
		wasFirst := first
		if w != "" {
			first = false
		}
		if w == "" || w[0] < 'A' || w[0] > 'Z' || len(w) < 2 || isUpperWord(w) {
			flush()
			continue
		}
		whole := w
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
		run = append(run, strings.ReplaceAll(w, "-", ""))
		k := englishSkeleton(w)
		if len(k) >= minSkeleton {
			out = append(out, k)
		}
		if !wasFirst && !mid {
			if whole != w {
				k = englishSkeleton(whole)
			}
			mid = len(k) >= 4
		}
	}
	flush()
	return out, mid
}

func isUpperWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return false
		}
	}
	return true
}

// koreanNamePrefixes returns the skeleton prefixes of the Hangul words of
// a Korean text that an English name may match.
func koreanNamePrefixes(s string) []string {
	var out []string
	for w := range strings.FieldsSeq(s) {
		w = strings.TrimLeftFunc(w, func(r rune) bool { return r < 0xAC00 || r > 0xD7A3 })
		k := koreanSkeleton(w)
		for n := minSkeleton; n <= len(k) && n <= 12; n++ {
			out = append(out, k[:n])
		}
	}
	return out
}

// minRomanKey is the shortest romanization key (package romanize) that
// counts: shorter ones match by chance.
const minRomanKey = 5

// capitalRuns returns the runs of one to three consecutive capitalized
// words of an English text, each joined: "Rhee Chang-yong", "Wang Yi",
// "Busan".
func capitalRuns(s string) []string {
	words := strings.FieldsFunc(s, func(r rune) bool { return !(r < 128 && (unicode.IsLetter(r) || r == '-' || r == '\'')) })
	var out []string
	for i := 0; i < len(words); i++ {
		if !capital(words[i]) {
			continue
		}
		run := ""
		for j := i; j < len(words) && j < i+3 && capital(words[j]); j++ {
			run += strings.TrimSuffix(words[j], "'s")
			out = append(out, run)
		}
	}
	return out
}

func capital(w string) bool {
	w = strings.Trim(w, "-'")
	return len(w) >= 2 && w[0] >= 'A' && w[0] <= 'Z' && !isUpperWord(w)
}

// setNamed sets the named keys of the features of a lattice: the English
// side's names of four or more consonant classes and its romanization
// keys that some Korean feature of the lattice has (a name the document
// gives on both sides), on each English feature its own and on each
// Korean feature those among its words.
func setNamed(src, tgt []feature) {
	eng := map[uint64]bool{} // English keys; true once a Korean feature has one
	for _, fs := range [2][]feature{src, tgt} {
		for i := range fs {
			f := &fs[i]
			f.named = f.named[:0]
			if !f.english {
				continue
			}
			for k, h := range f.names {
				if f.nameW[k] > wName3 {
					eng[h] = false
				}
			}
			for _, h := range f.roman {
				eng[h] = false
			}
		}
	}
	if len(eng) == 0 {
		return
	}
	for _, fs := range [2][]feature{src, tgt} {
		for i := range fs {
			f := &fs[i]
			if f.english {
				continue
			}
			for _, keys := range [2][]uint64{f.names, f.roman} {
				for _, h := range keys {
					if _, ok := eng[h]; ok {
						eng[h] = true
						f.named = append(f.named, h)
					}
				}
			}
			slices.Sort(f.named)
			f.named = slices.Compact(f.named)
		}
	}
	for _, fs := range [2][]feature{src, tgt} {
		for i := range fs {
			f := &fs[i]
			if !f.english {
				continue
			}
			for k, h := range f.names {
				if f.nameW[k] > wName3 && eng[h] {
					f.named = append(f.named, h)
				}
			}
			for _, h := range f.roman {
				if eng[h] {
					f.named = append(f.named, h)
				}
			}
			slices.Sort(f.named)
			f.named = slices.Compact(f.named)
		}
	}
}

// namesContradict reports whether two segments, one of each side, name
// different people or things: the Korean one has a name the document's
// English gives (setNamed), the English one a name inside the sentence
// (nameInside) or one the document's Korean gives, and no name of the
// English one (skeleton or romanization key) is found in the Korean one.
// A side without a name (a title, a pronoun) never contradicts.
func namesContradict(a, b *feature) bool {
	en, ko := a, b
	if !en.english {
		en, ko = b, a
	}
	if len(ko.named) == 0 || len(en.named) == 0 && !en.nameMid {
		return false
	}
	return !nameShared(en, ko)
}

// nameInside reports whether an English sentence has a capitalized word,
// not its first, whose skeleton has four or more consonant classes.
func nameInside(s string) bool {
	_, mid := englishNamesMid(s)
	return mid
}
