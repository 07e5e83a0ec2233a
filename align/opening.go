package align

import (
	"slices"
	"strings"

	"bitext/lexicon"
)

// wOpening is what a link gains when the original's sentence and the
// English line open on the same matter: a translation of one of the first
// openingStems known stems of the first Korean member stands among the
// opening words of the first English member (its first quarter, at least
// openingWords words; openingIDs). A news sentence's topic (X은/는 …)
// opens its English too, where a dropped sentence beside it that says
// the same matter seldom opens the line: in the half-out runs of the
// edition set's dev part (each half with the lexicon of the other),
// 45% of the gold 1-1 links open so, and 8% of the pairs of a dropped
// sentence with the English line of its kept neighbour. Without it the
// lexicon's count of shared words alone chose the dropped sentence when
// it shared more of the line's words (a wrong 1-1 beside a drop; README:
// Measured, session 19, helper A34).
const wOpening = 0.5

const (
	openingStems = 2 // known Korean stems read as the opening
	openingWords = 3 // English words read as the opening, at least
)

// openingIDs sets f.openIDs and f.openBloom, the translation ids of the
// opening of the sentence s (f's lexicon evidence already set): on the
// Korean side the ids of its first openingStems known stems, on the
// English side those of the words of its first quarter, at least
// openingWords of them.
func (f *feature) openingIDs(lx *lexicon.Lexicon, s string) {
	var ids []int32
	if f.english {
		if len(f.lexAll) == 0 {
			return
		}
		n := 0
		for range strings.FieldsSeq(s) {
			n++
		}
		lim := max(openingWords, (n+3)/4)
		k := 0
		for w := range strings.FieldsSeq(s) {
			if k == lim {
				break
			}
			k++
			ids = append(ids, lx.EnglishIDs(w)...)
		}
	} else {
		for _, x := range f.lexK[:min(openingStems, len(f.lexK))] {
			ids = append(ids, x...)
		}
	}
	if len(ids) == 0 {
		return
	}
	slices.Sort(ids)
	f.openIDs = slices.Compact(ids)
	for _, id := range f.openIDs {
		f.openBloom |= idBit(id)
	}
}

// openingGain is wOpening when the first member of the link's Korean
// side and the first of its English side open on the same matter
// (openingIDs share an id); 0 otherwise, and for a link with an empty
// side.
func openingGain(src, tgt []feature) float64 {
	if len(src) == 0 || len(tgt) == 0 {
		return 0
	}
	a, b := &src[0], &tgt[0]
	if a.openBloom&b.openBloom == 0 || !anyShared(a.openIDs, b.openIDs) {
		return 0
	}
	return wOpening
}
