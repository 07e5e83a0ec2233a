package align

import "math/bits"

// An English line left unlinked (a 0-1) right after the Korean sentence
// that says its words, when the Korean sentence after it says none of
// them, is more likely part of that sentence's translation (the second
// half of a split, or the English of a sentence a wrong merge swallowed)
// than a line the edition added: an added line, borrowed or written for
// the edition, seldom meets the sentence it follows alone (saidCost;
// Measured, session 17, helper A25).
const (
	// wSaid is what leaving such a line unlinked costs.
	wSaid = 4.0
	// saidMin is the evidence needed from the Korean sentence before:
	// lexicon ids shared (each 1) and a name shared (saidName).
	saidMin  = 2
	saidName = 2
)

// saidCost is the cost of leaving the English segment en unlinked after
// the Korean segment prev and before the Korean segment next (nil at the
// document's end). A line that opens with a continuation (But, It …) is
// left to wContinues and the split rules.
func saidCost(en, prev, next *feature) float64 {
	if !en.english || prev.english || en.cont {
		return 0
	}
	if saidEvidence(en, prev) < saidMin {
		return 0
	}
	if next != nil && saidEvidence(en, next) > 0 {
		return 0
	}
	return wSaid
}

// saidEvidence counts the lexicon ids the English segment en and the
// Korean segment ko share, by the lattice's numbering (setLexLocal), and
// saidName more when a name of en (a skeleton or a romanization key) is
// in ko.
func saidEvidence(en, ko *feature) int {
	n := 0
	if en.loc != nil && ko.loc != nil && len(en.loc.lexBits) == len(ko.loc.lexBits) {
		for w, x := range en.loc.lexBits {
			n += bits.OnesCount64(x & ko.loc.lexBits[w])
		}
	}
	if nameShared(en, ko) {
		n += saidName
	}
	return n
}
