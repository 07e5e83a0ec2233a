package check

// Session 20 (helper T32, issue #11): more of the one-word lower-case
// near misses of T30's lowerOneNear. T30 asks two letter trigrams that no
// other word writes (strangeLetters), since one is not enough against an
// ordinary word one edit from a term: with one, T30's false near misses on
// the judged parts were all a letter replaced (inventor for investor,
// prompted for promoted); the ordinary words a letter dropped from a term
// (contact for contract, carries for carriers, believes for believers)
// write no strange trigram at all. So a letter doubled, a letter dropped
// or two neighbouring letters swapped, the slips of the keys that real
// typing makes most, needs one strange trigram (slipEdit: conncerts,
// alcholic, snetence); a letter replaced still needs two.

// slipEdit reports whether cw is w with one of its letters doubled
// (verrdicts), one dropped (vedicts) or two neighbouring different letters
// swapped (inetrviews).
func slipEdit(cw, w string) bool {
	switch len(cw) - len(w) {
	case 1:
		i := 0
		for i < len(w) && cw[i] == w[i] {
			i++
		}
		// cw[i] is the letter written again: the one before it, or the
		// one after (the first of a doubled pair written first).
		if i > 0 && cw[i] == cw[i-1] && cw[i+1:] == w[i:] {
			return true
		}
		return i < len(w) && cw[i] == w[i] && cw[i+1:] == w[i:]
	case -1:
		i := 0
		for i < len(cw) && cw[i] == w[i] {
			i++
		}
		return cw[i:] == w[i+1:]
	case 0:
		i := 0
		for i < len(w) && cw[i] == w[i] {
			i++
		}
		return i+1 < len(w) && cw[i] == w[i+1] && cw[i+1] == w[i] && cw[i] != cw[i+1] && cw[i+2:] == w[i+2:]
	}
	return false
}
