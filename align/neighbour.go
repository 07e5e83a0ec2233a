package align

import "math/bits"

// A 1-1 link whose sides each say more of the other side's neighbours
// (session 18, helper A27). An English-only line an edition adds as
// background is about the story: linked 1-1 with a dropped Korean sentence
// next to it, the English line shares more lexicon words with a Korean
// sentence beside the link's (the one it was written around) than with
// its partner, and the dropped sentence more with an English line beside
// the link's (its neighbour's translation). neighbourCost charges such a
// link wNeighbour when both hold by at least nbrMargin shared ids (and
// nbrMin in all), looking nbrRadius segments either side.
const (
	wNeighbour = 2.0
	nbrMargin  = 2
	nbrMin     = 2
	nbrRadius  = 1
)

// sharedIDs is the number of lexicon ids both features have, by the
// lattice's numbering (setLexLocal); 0 when either is not numbered.
func sharedIDs(a, b *feature) int {
	if a.loc == nil || b.loc == nil || len(a.loc.lexBits) != len(b.loc.lexBits) {
		return 0
	}
	n := 0
	for w, x := range a.loc.lexBits {
		n += bits.OnesCount64(x & b.loc.lexBits[w])
	}
	return n
}

// neighbourCost is wNeighbour for the 1-1 link of src[i-1] and tgt[j-1]
// (i and j prefix ends) when src[i-1] shares at least need ids with a
// target segment within nbrRadius of tgt[j-1] and tgt[j-1] with a source
// segment within nbrRadius of src[i-1], need being nbrMargin more than
// the two share with each other and at least nbrMin; 0 otherwise.
func (l *lattice) neighbourCost(i, j int) float64 {
	a, b := &l.src[i-1], &l.tgt[j-1]
	need := max(nbrMin, sharedIDs(a, b)+nbrMargin)
	near := func(f *feature, fs []feature, at int) bool {
		for k := max(0, at-nbrRadius); k <= min(len(fs)-1, at+nbrRadius); k++ {
			if k != at && sharedIDs(f, &fs[k]) >= need {
				return true
			}
		}
		return false
	}
	if near(b, l.src, i-1) && near(a, l.tgt, j-1) {
		return wNeighbour
	}
	return 0
}
