package align

import "unicode"

// An English line an editor adds to say who or what a name of the story is
// ("Liupanshui is a coal-mining city in the west of the province." after
// the sentence that names Liupanshui; issue #10, the 0-1 bead) is glued
// to that sentence's link as a split member: it shares the name with the
// Korean sentence, the split's length fits the long Korean sentence
// better, and the line's words cost only what any member's untranslated
// words cost. A member of a split (1-2, 1-3) of one sentence costs
// wAdded when it adds nothing to the sentence (superfluous): it names
// someone or something the sentence names (nameShared), knows addedKnown
// or more words written in lower case (its words other than names:
// feature.lexLow), translates by them none of the sentence's known stems
// that no other member translates (a stem of its own; the name it shares
// is not one), and the other members translate addedCover or more of the
// sentence's known stems, of which there are addedMinStems or more.
// Chosen in session 25 (helper A57) on the dev parts of A16's edition set
// (align/internal/devruns) and the editor-written dev files of two
// writers (dev.editor.jsonl, dev.editor-e4.jsonl): 1.5 to 4 nats change
// no devruns link and gain on both editor files, 6 lost two devruns
// files; addedCover 0.6 lost a file, 0.9 gained next to nothing; without
// the shared name the devruns lost (summed edited −0.0027); asking that
// the sentence translate none of the member's lower-case words, in place
// of no stem of its own and without the name, gained less; the same cost
// on a 1-1 link with a shared name and no translated lower-case word (a
// dropped sentence and the editor's line) lost on the devruns at 1, 2 and
// 3 nats (README: Measured, session 25, helper A57).
const (
	wAdded        = 3.0
	addedKnown    = 2
	addedCover    = 0.75
	addedMinStems = 3
)

// lowerWord reports whether the English word w (after any opening
// quotation marks or parenthesis) is written in lower case.
func lowerWord(w string) bool {
	for _, r := range w {
		switch r {
		case '"', '\'', '“', '‘', '(':
			continue
		}
		return unicode.IsLower(r)
	}
	return false
}

// addedCost is wAdded for each English member of a split of the Korean
// segment ko into en that adds nothing to it (superfluous).
func addedCost(ko *feature, en []feature) float64 {
	c := 0.0
	for k := range en {
		if superfluous(ko, en, k) {
			c += wAdded
		}
	}
	return c
}

// superfluous reports whether en[k], an English member of a split of the
// Korean segment ko into en, adds nothing to it (see wAdded).
func superfluous(ko *feature, en []feature, k int) bool {
	m := &en[k]
	if len(m.lexLow) < addedKnown || len(ko.lexK) < addedMinStems || !nameShared(m, ko) {
		return false
	}
	others := 0
	for s, ids := range ko.lexK {
		theirs := false
		for o := range en {
			if o != k && ko.lexKBloom[s]&en[o].lexBloom != 0 && anyShared(ids, en[o].lexAll) {
				theirs = true
				break
			}
		}
		if theirs {
			others++
		} else if anyShared(ids, m.lexLow) {
			return false // a stem of its own
		}
	}
	return float64(others) >= addedCover*float64(len(ko.lexK))
}
