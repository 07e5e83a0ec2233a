package align

// wThin is the cost of a Korean member past the first of a merge (2-1,
// 3-1) whose known stems the English line says much less of than another
// member's: at least thinKnown known stems, some translated in the line
// (none is swallowCost's case), and a translated share below thinShare
// of the best share of the other members (thinCost). A dropped sentence
// that says a second thing about the kept sentence's subject shares a
// word or two with the line (the subject, its name) and so passes
// swallowCost and ownWord, while the English line, longer than the kept
// sentence alone, lets the length model favour the merge. In the
// half-out runs of the edition set's dev part (each half with the
// lexicon of the other and the core) the second member's share is below
// half the first's for 8 of 238 gold 2-1 links and 104 of 288 dropped
// sentences after a kept 1-1 pair (README: Measured, session 19, helper
// A36; TestThinShares). Chosen on the development part and NTREX p05
// (1, 1.25, 1.5, 1.75 and 2 nats; shares 0.4, 0.5 and 0.6; the first
// member too); coreKnots as fitted before it (TestCoreKnotsFitted
// passes).
const wThin = 1.5

const (
	thinKnown = 3   // known stems a member needs to be judged
	thinShare = 0.5 // of the best other member's translated share
)

// thinCost is wThin for each Korean member ko[i], i ≥ 1, of a merge into
// the English segment en with at least thinKnown known stems, some of
// them translated in en, whose translated share is below thinShare times
// the highest share of the other members.
func thinCost(ko []feature, en *feature) float64 {
	if len(ko) < 2 || len(ko) > 4 || en.lexBloom == 0 {
		return 0
	}
	var share [4]float64
	for i := range ko {
		share[i] = translatedShare(&ko[i], en)
	}
	c := 0.0
	for i := 1; i < len(ko); i++ {
		if len(ko[i].lexK) < thinKnown || share[i] == 0 {
			continue
		}
		best := 0.0
		for r := range ko {
			if r != i {
				best = max(best, share[r])
			}
		}
		if share[i] < thinShare*best {
			c += wThin
		}
	}
	return c
}

// translatedShare is the share of the known stems of the Korean segment
// ko with a translation in the English segment en (0 with none known).
func translatedShare(ko, en *feature) float64 {
	if len(ko.lexK) == 0 || ko.lexBloom&en.lexBloom == 0 {
		return 0
	}
	t := 0
	for k, ids := range ko.lexK {
		if ko.lexKBloom[k]&en.lexBloom != 0 && anyShared(ids, en.lexAll) {
			t++
		}
	}
	return float64(t) / float64(len(ko.lexK))
}
