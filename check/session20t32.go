package check

// Session 20 (helper T32, issue #11): more of the one-word lower-case
// near misses of T30's lowerOneNear. T30 asks two letter trigrams that no
// other word writes (strangeLetters), since one is not enough against an
// ordinary word one edit from a term: T25's and T30's false near misses
// are all a letter dropped or replaced (contact for contract, carries for
// carriers, revolution for resolution, prompted for promoted, inventor for
// investor). A letter doubled or two neighbouring letters swapped are the
// slips of the keys that make an English word from another seldom (none
// among the judged parts' words): with such an edit one strange trigram
// is enough (slipEdit: intterviewed, inetrviews, hijacekd).

// slipEdit reports whether cw is w with one of its letters doubled
// (verrdicts) or two neighbouring different letters swapped (inetrviews).
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
	case 0:
		i := 0
		for i < len(w) && cw[i] == w[i] {
			i++
		}
		return i+1 < len(w) && cw[i] == w[i+1] && cw[i+1] == w[i] && cw[i] != cw[i+1] && cw[i+2:] == w[i+2:]
	}
	return false
}
