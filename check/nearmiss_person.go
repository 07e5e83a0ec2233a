package check

import (
	"strings"
)

// near-miss: when a near miss of a person's name is the same person misspelt
// rather than another person (a given name misspelled, vowels swapped, a
// middle word or one long word changed).

// vowelSwapped reports whether a and b, words of five letters or more, are
// alike but for one vowel changed to another in one place: a given name of
// a name written surname first, one syllable misspelled (Zhou Zhengleng for
// Zhou Zhenglong, house23's planted near miss), which otherPerson would
// read as another person with the same surname (Jane Sullivan).
func vowelSwapped(a, b string) bool {
	if len(a) != len(b) || len(a) < 5 {
		return false
	}
	diff := -1
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	return diff >= 0 && strings.IndexByte("aeiou", a[diff]|0x20) >= 0 && strings.IndexByte("aeiou", b[diff]|0x20) >= 0 && diff > 0
}

// givenMisspelled reports whether cw is the listed given name w (seven
// letters or more) with one letter dropped or added inside it, neither
// first nor last, and not next to the same letter (no doubled letter
// undoubled or the reverse): Cresenzio for Crescenzio.
//
// Session 19 (helper T23, issue #11): A person's given name of seven letters
// or more with one letter dropped or added inside it (not at either end, and
// not a doubled or undoubled letter: Philip for Phillip is a usual spelling)
// is a misspelling, not another person, even with the surname kept:
// "Cresenzio Sepe" for Crescenzio Sepe.
func givenMisspelled(cw, w string) bool {
	short, long := cw, w
	if len(short) > len(long) {
		short, long = long, short
	}
	if len(long) != len(short)+1 || len(w) < 7 || !isASCIIWord(cw) || !isASCIIWord(w) {
		return false
	}
	i := 0
	for i < len(short) && short[i] == long[i] {
		i++
	}
	if i == 0 || i >= len(short) || long[i+1:] != short[i:] {
		return false
	}
	// long[i] is the letter dropped or added.
	return long[i] != long[i-1] && long[i] != long[i+1]
}

// middleChanged reports whether cw, the text's word for the jth word w of
// a person's listed form, is w with one letter changed, neither its first
// nor its last, w of five letters or more and the middle word of a name of
// three words or more: Anthonius Gunawen Agung for Anthonius Gunawan Agung
// (check13b-missed), a misspelling, where otherPerson read the surname
// exact and another given name (Jane Sullivan) as another person. A
// first given name changed (Jane for June Sullivan) is still another.
func middleChanged(words []string, j int, cw, w string) bool {
	if len(words) < 3 || j <= 0 || j >= len(words)-1 || len(cw) != len(w) || len(w) < 5 || !isASCIIWord(cw) || !isASCIIWord(w) {
		return false
	}
	diff := 0
	for i := 0; i < len(w); i++ {
		if cw[i] != w[i] {
			if i == 0 || i == len(w)-1 {
				return false
			}
			diff++
		}
	}
	return diff == 1
}

// longOneChanged reports whether cw is w, a word of eight letters or more,
// with one letter other than the first changed for one of like sound in
// romanizations (v and w, c and k, s and z, i and y): Vejjajiwa. Another
// letter makes another name (Zhou Zhengfong beside a listed Zhou
// Zhenglong, TestVowelSwappedNearMiss).
func longOneChanged(cw, w string) bool {
	if len(cw) != len(w) || len(w) < 8 || !isASCIIWord(cw) || !isASCIIWord(w) {
		return false
	}
	diff := 0
	for i := 0; i < len(w); i++ {
		if cw[i] != w[i] {
			if i == 0 || !romanAlike(cw[i]|0x20, w[i]|0x20) {
				return false
			}
			diff++
		}
	}
	return diff == 1
}

// romanAlike reports whether lower-case letters a and b are a pair that
// romanizations write for one sound.
func romanAlike(a, b byte) bool {
	switch string([]byte{min(a, b), max(a, b)}) {
	case "vw", "ck", "sz", "iy":
		return true
	}
	return false
}
