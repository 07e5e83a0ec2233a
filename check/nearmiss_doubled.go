package check

import "strings"

// Session 27 (helper T106, issue #11): two near misses of a listed person
// that turn on a doubled letter, which the planted sets of house130 and
// house138 held and the gate missed (testdata/check15z-missed,
// check16h-missed).
//
// (a) A given name whose doubled consonant closes a cluster, written once,
// or a consonant after another doubled, before the listed surname written
// exactly: "Valteri Bottas" for Valtteri Bottas. otherPerson reads a kept
// surname with another given name as another person (Jane Sullivan), and
// givenMisspelled leaves a doubled letter alone (Philip, Phillip: two
// usual spellings). English doubles a consonant after a short vowel only
// (Phillip, Matthew, Allison, Emmanuel: spellings of their own); a
// doubled letter right after another consonant (ltt, rkk) is a foreign
// name's own spelling, which a writer who knows the person copies, so one
// t of Valtteri dropped is a slip, as doubledAfterConsonant reads "Boltt"
// for Bolt (addeddouble.go). givenClusterDouble.
//
// (b) A long surname (seven letters or more) with a doubled consonant
// written once or a consonant written twice and one more edit, the given
// names exact: "Pervez Musharef" for Pervez Musharraf (rr written r, a
// written e). A near miss allows one edit a word up to nine letters, and
// one in a name up to 15 (nearmiss.go); a doubled letter is the commonest
// slip in a long name, and the given names as listed say the writer means
// the person. Kept out, as usual spellings rather than slips: a second
// edit at the word's first or last letter (Poyet, Poyette; Ivanov,
// Ivanoff; Trudell, Trudelle), a vowel added or dropped beside another
// vowel or an h after a consonant (a transliteration's digraph: Walid
// Moualem for Walid Muallem, the lead's session-26 ruling that al-Moualem
// is a usual spelling; Gadhafi, Gaddafi), Mc for Mac (McComber,
// Macomber), a doubled vowel (Shareef: a transliteration's). The other
// tests of a near miss still hold. doubledPlusOne, doubledSurname.

// givenClusterDouble reports whether cw is the listed given name w with
// a doubled consonant that follows another consonant written once
// (Valteri for Valtteri), or with a consonant after another consonant
// written twice (Valltteri is not: the l doubled follows a vowel).
func givenClusterDouble(cw, w string) bool {
	if !isASCIIWord(cw) || !isASCIIWord(w) {
		return false
	}
	return doubledAfterConsonant(w, cw) || doubledAfterConsonant(cw, w)
}

// doubledPlusOne reports whether cw is w, a word of seven letters or more,
// with one doubled consonant written once or one consonant written twice
// and one other edit (oneSlip) inside the word, its first and last letters
// as listed: two edits, no fewer (one is a near miss already).
func doubledPlusOne(cw, w string) bool {
	if len(w) < 7 || cw == w || !isASCIIWord(cw) || !isASCIIWord(w) || cw[0] != w[0] {
		return false
	}
	if d := len(cw) - len(w); d < -2 || d > 2 || macPrefix(cw) != macPrefix(w) || distance(cw, w, 2) != 2 {
		return false
	}
	// A doubled consonant of w written once, then one edit to cw.
	for i := 1; i+1 < len(w); i++ {
		if w[i] == w[i+1] && isConsonantByte(w[i]) && (i+2 >= len(w) || w[i+2] != w[i]) && oneSlip(cw, w[:i]+w[i+1:]) {
			return true
		}
	}
	// A consonant of cw written twice, then one edit to w.
	for i := 1; i+1 < len(cw); i++ {
		if cw[i] == cw[i+1] && isConsonantByte(cw[i]) && (i+2 >= len(cw) || cw[i+2] != cw[i]) && oneSlip(cw[:i]+cw[i+1:], w) {
			return true
		}
	}
	return false
}

// macPrefix is 1 when w opens with Mc, 2 with Mac, else 0: McComber and
// Macomber are spellings of their own, as Davis and Davies are.
func macPrefix(w string) int {
	switch {
	case strings.HasPrefix(w, "Mc"):
		return 1
	case strings.HasPrefix(w, "Mac"):
		return 2
	}
	return 0
}

// oneSlip reports whether a and b are one edit apart, neither their first
// nor their last letters touched (Poyet, Poyette; Ivanov, Ivanoff: an
// ending of its own), and the edit is no vowel added or dropped beside
// another vowel nor an h after a consonant (a transliteration's digraph:
// Moualem, Mualem; Gadhafi, Gaddafi).
func oneSlip(a, b string) bool {
	if a == "" || b == "" || distance(a, b, 1) != 1 {
		return false
	}
	long, short := a, b
	if len(long) < len(short) {
		long, short = short, long
	}
	p := 0
	for p < len(short) && long[p] == short[p] {
		p++
	}
	if len(long) == len(short) {
		q := len(long) - 1
		for long[q] == short[q] {
			q--
		}
		return p > 0 && q < len(long)-1 // one letter changed or two swapped, inside
	}
	// long[p] is the letter added (the first of a run of it).
	if p == 0 || p >= len(long)-1 {
		return false
	}
	c := lowerASCII(long[p])
	if c == 'h' && isConsonantByte(long[p-1]) {
		return false
	}
	return !isVowelByte(c) || !isVowelByte(lowerASCII(long[p-1])) && !isVowelByte(lowerASCII(long[p+1]))
}

// doubledSurname reports whether cand is person n's form of two words or
// more with its last word doubledPlusOne of the listed one and the other
// words as listed: a near miss beyond a name's reach of one edit (names up
// to 15 letters, nearmiss.go).
func doubledSurname(n *name, cand string) bool {
	return lastWordVariant(n, cand, doubledPlusOne)
}

// lastWordVariant reports whether cand is person n's form of two words or
// more with the other words as listed and its last word and the listed
// one in relation same (cand's word first).
func lastWordVariant(n *name, cand string, same func(got, listed string) bool) bool {
	k := len(n.words)
	if k < 2 {
		return false
	}
	i := strings.LastIndexByte(cand, ' ')
	j := strings.LastIndexByte(n.text, ' ')
	return i > 0 && j > 0 && cand[:i] == n.text[:j] && same(cand[i+1:], n.words[k-1])
}
