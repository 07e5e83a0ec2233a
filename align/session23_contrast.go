package align

// wContrastLost is the cost of a link whose first Korean sentence opens
// with a contrastive (그러나, 하지만 …; koreanContrasts) while none of its
// English lines has a contrastive word anywhere (but, however, yet …;
// englishContrasts): contrastLostCost. A translation keeps the contrast
// ("But …", "…, however, …"): in the unedited dev gold of A16's set, 11
// of 94 links whose Korean sentence opens so have an English side without
// one (KPC dev 8 of 30, NTREX 3 of 64), so a "그러나 …" sentence that
// takes a line or a split without one is more often the sentence an
// edition dropped, with the lines shifted onto it (kpc-dev.039: the dropped "그러나 국내의
// …" sentence given the split of the sentence before it; kpc-dev.015:
// "하지만 완전하지 않았고 …" given the line before its own "But it
// wasn't perfect …"). A8's wContrast charges a merge's members past the
// first; this charges the first Korean sentence of any link of both
// sides. Chosen in session 23 (helper A54) on the dev parts of A16's,
// A10's and the topic set: 0.75, 1, 1.5 and 2.5 nats tried; the runs
// with the core lexicon the same from 1.5 up (README: Aligning,
// Measured, session 23).
const wContrastLost = 1.5

// contrastLostCost is wContrastLost when the Korean side of a link of
// both sides (src or tgt, whichever is not English) opens with a
// contrastive and no English member has a contrastive word, else 0.
func contrastLostCost(src, tgt []feature) float64 {
	ko, en := src, tgt
	if src[0].english {
		ko, en = tgt, src
	}
	if !ko[0].contrast {
		return 0
	}
	for i := range en {
		if en[i].contrast {
			return 0
		}
	}
	return wContrastLost
}
