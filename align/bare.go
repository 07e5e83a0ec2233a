package align

// A 1-1 link that nothing supports between two solid ones (session 20,
// helper A42; issue #10, helper A29's case): an edition drops a Korean
// sentence and adds an English-only line at the same place, and the two
// are linked 1-1, both wrong. Such a pair shares no lexicon id, no number,
// Latin token, glossary term or weekday and no name, nor a quotation or an
// opening continuation (그러나 … and But …), although each side knows
// enough words to be read (bareKnown); and the pairs on either side, the
// Korean sentence before with the English line before and the sentence
// after with the line after, are solid: bareSolid shared lexicon ids, or
// a shared number, token or name. bareCost charges such a link wBare.
// A free translation between two solid links is charged too; the dev runs
// weighed it (Measured, session 20, helper A42).
const (
	wBare     = 2.0
	bareSolid = 2
	bareKnown = 3
)

// keyShared reports whether a number, Latin token, glossary term or
// weekday of one feature is found in the other (as anchorScore matches
// them).
func keyShared(a, b *feature) bool {
	if a.weekdays&b.weekdays != 0 {
		return true
	}
	for _, p := range [2][2]*feature{{a, b}, {b, a}} {
		x, y := p[0], p[1]
		for _, k := range x.keys {
			if containsKey(y.keys, k) || containsKey(y.words, k) {
				return true
			}
			for _, w := range y.weak {
				if w == k {
					return true
				}
			}
		}
	}
	return false
}

// pairNamed reports whether the two features, one of each side, share a
// name (nameShared).
func pairNamed(a, b *feature) bool {
	switch {
	case a.english == b.english:
		return false
	case a.english:
		return nameShared(a, b)
	}
	return nameShared(b, a)
}

// knownWords is the number of the feature's words the lexicon knows:
// stems on the Korean side, words on the English.
func knownWords(f *feature) int {
	if f.english {
		return len(f.lexAll)
	}
	return len(f.lexK)
}

// solidPair reports whether a and b, linked, are well supported:
// bareSolid shared lexicon ids, or a shared number, token or name.
func solidPair(a, b *feature) bool {
	return sharedIDs(a, b) >= bareSolid || keyShared(a, b) || pairNamed(a, b)
}

// bareCost is wBare for the 1-1 link of src[i-1] and tgt[j-1] (i and j
// prefix ends) when the two share no lexicon id, key or name, do not both
// quote or both open with a continuation, each has bareKnown known words,
// and the pairs before and after it (src[i-2] with tgt[j-2], src[i] with
// tgt[j]) are solid; 0 otherwise, and at either end of a side.
func (l *lattice) bareCost(i, j int) float64 {
	if i < 2 || j < 2 || i >= len(l.src) || j >= len(l.tgt) {
		return 0
	}
	a, b := &l.src[i-1], &l.tgt[j-1]
	if knownWords(a) < bareKnown || knownWords(b) < bareKnown {
		return 0
	}
	if a.quote && b.quote || l.sfl[i-1]&l.tfl[j-1]&flCont != 0 {
		return 0
	}
	if sharedIDs(a, b) > 0 || keyShared(a, b) || pairNamed(a, b) {
		return 0
	}
	if !solidPair(&l.src[i-2], &l.tgt[j-2]) || !solidPair(&l.src[i], &l.tgt[j]) {
		return 0
	}
	return wBare
}
