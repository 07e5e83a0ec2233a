package check

import "bitext/glossary"

// Session 23 (helper T60): a near miss of a form its context rules out.
//
// A form that counts only in a context (Term.Context) or not beside some
// words (Term.NotWith) is not read where its context rules it out
// (Checker.usable). Its near misses were: house71's admitted short form
// "American" of American Airlines, which needs "airline", "carrier" or
// "flights" on its line, made "America" (the country) a near miss four
// times. A near miss of a form is a misspelling of that form where it
// would count; where the line rules the form out, the word is something
// else, not that form misspelt.

// contextRulesOut reports whether the context of form t rules it out on
// the line of text around off: a context word required and none there,
// or a word it is not used with there.
func contextRulesOut(t *glossary.Term, text string, off int) bool {
	line := lineAround(text, off)
	return len(t.Context) > 0 && !glossary.HasAnyWord(line, t.Context) || glossary.HasAnyWord(line, t.NotWith)
}

// A listed person's long surname misspelt is a near miss (check13t-missed):
// one letter moved two places or more ("Justin Trudaue" for Justin
// Trudeau: two edits, beyond a name's reach of one, where two letters
// swapped side by side are one), and one letter changed in a long surname
// after the short form the list gives, for one of like sound ("Abhisit
// Vejjajiwa" for Abhisit Vejjajiva, the Thai short form being the given name: not another person
// of that given name, as "Jane Sullivan" is beside a listed "John
// Sullivan" whose short form is the surname).

// letterMoved reports whether cw is w, a word of seven letters or more,
// with one letter taken out and put back elsewhere, its first letter kept.
func letterMoved(cw, w string) bool {
	if len(cw) != len(w) || len(w) < 7 || cw == w || cw[0] != w[0] || !isASCIIWord(cw) || !isASCIIWord(w) {
		return false
	}
	i := 0
	for cw[i] == w[i] {
		i++
	}
	j := len(w) - 1
	for cw[j] == w[j] {
		j--
	}
	// cw[i:j+1] is w[i:j+1] rotated by one: w's first letter there moved
	// to the end, or its last to the front.
	return cw[i:j] == w[i+1:j+1] && cw[j] == w[i] || cw[i+1:j+1] == w[i:j] && cw[i] == w[j]
}

// movedLetterName reports whether cand is name with one word's letter
// moved (letterMoved), its other words as they are.
func movedLetterName(cand, name string) bool {
	return oneWordChanged(cand, name, letterMoved)
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

// An abbreviation in mixed case before its spelled-out form is a first
// mention as one in capitals is (check13t-missed: "The AfD came up ...;
// the Alternative for Germany was named again", the 11 all-capital ones
// found): abbreviationFirst.

// mixedAbbreviation reports whether form is one word of five letters at
// most, a capital first, more capitals than lower-case letters (AfD, MoD,
// DfE; not Nato, BaFin).
func mixedAbbreviation(form string) bool {
	if len(form) < 3 || len(form) > 5 || form[0] < 'A' || form[0] > 'Z' {
		return false
	}
	caps, lower := 0, 0
	for i := 0; i < len(form); i++ {
		switch c := form[i]; {
		case 'A' <= c && c <= 'Z':
			caps++
		case 'a' <= c && c <= 'z':
			lower++
		default:
			return false
		}
	}
	return lower > 0 && caps > lower
}
