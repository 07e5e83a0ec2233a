package check

import (
	"strings"

	"bitext/glossary"
)

// Session 27 (helper T103, issue #11): two English spellings of one
// person the near-miss scan (nearmiss.go) passed over.
//
// A listed full name written as listed and later in the same article with
// other letter case inside it ("AnnaLynne McCord spoke ..., and Annalynne
// McCord spoke again"; Nouri al-Maliki, then Nouri Al-Maliki:
// check16d-missed) is one name spelt twice, inconsistent. The matcher
// reads persons in their own case, so the second was no match; the near
// miss keyed a name by its words' initials in their case (Al- is no al-)
// and read a given name in another case with the surname exact as another
// person (otherPerson). The initials are now keyed small, and
// caseSecondSpelling takes a window whose text, letter case folded, is the
// listed form, a full match of the same form before it. Left alone: a
// capital at a sentence's start alone (the form's first letter), a line in
// title case or in capitals (a heading sets its own case), a form the list
// gives (a deprecated or another entry's), a name of one word. T95's
// caseFormEarlier does the same for two listed forms of a term;
// T98's koreanGivenVariants for a Korean given name.
//
// A person's surname whose first letter is the other of a usual pair of
// one sound, C and K, F and Ph ("Jeremy Korbyn" for Jeremy Corbyn:
// check16e-missed), the rest of the name as listed, is a near miss: the
// scan keyed the window by its initials (J K is no J C) and asked the
// first letters of each word to be the same. swappedInitial gives the other
// initial to look the name up by, initialSwap allows the swap in the last
// word of a person's name of two words or more, given name first, and
// only there (Katherine for Catherine is another given name), the rest of
// the word exact. TestCaseSecondSpelling, TestSurnameInitialSwap.

// caseSecondSpelling reports whether cand, a window at a of the text
// naming n, is n's form in other letter case and the article wrote the
// form as listed before it (see above).
func caseSecondSpelling(text string, ms []glossary.Match, a int, n *name, cand string) bool {
	if len(n.words) < 2 || cand == n.text || !strings.EqualFold(cand, n.text) || !ownCaseLine(text, a) {
		return false
	}
	if cand[1:] == n.text[1:] && sentenceStart(text, a) {
		return false // the first letter at a sentence's start
	}
	for _, m := range ms {
		if m.Start >= a {
			break
		}
		if m.Entry == n.entry && !m.Short && m.Term != nil && m.Term.Text == n.text && m.End <= a && text[m.Start:m.End] == n.text {
			return true
		}
	}
	return false
}

// swappedInitial returns the other letter of a usual pair of one sound
// (c, k; f, p for ph) for the small letter c, or 0.
func swappedInitial(c byte) byte {
	switch c {
	case 'c':
		return 'k'
	case 'k':
		return 'c'
	case 'f':
		return 'p'
	case 'p':
		return 'f'
	}
	return 0
}

// initialSwap reports whether the capitalized words cw and w are one
// word but for a first C for K or K for C, or F for Ph or Ph for F
// (Korbyn, Corbyn; Filips, Philips), the rest of the word the same and of
// three letters or more.
func initialSwap(cw, w string) bool {
	if len(cw) < 4 || len(w) < 4 {
		return false
	}
	switch {
	case cw[0] == 'C' && w[0] == 'K' || cw[0] == 'K' && w[0] == 'C':
		return cw[1:] == w[1:]
	case cw[0] == 'F' && strings.HasPrefix(w, "Ph"):
		return cw[1:] == w[2:]
	case w[0] == 'F' && strings.HasPrefix(cw, "Ph"):
		return cw[2:] == w[1:]
	}
	return false
}

// surnameInitialSwap reports whether cand is person n's form of two words
// or more with its last word's initial swapped (initialSwap) and the other
// words as listed.
func surnameInitialSwap(n *name, cand string) bool {
	return lastWordVariant(n, cand, initialSwap)
}
