package align

// A Korean member of a merge (2-1, 3-1) whose known stems the English
// sentence mostly does not translate is likely a sentence the edition
// dropped, swallowed into its neighbour's link. swallowCost already
// charges a member none of whose stems are found; thinCost charges one
// with a few found among many. On the development part of A16's edition
// set (session 15, helper A19), members of gold 2-1 links with at least
// thinKnown known stems and some found had less than thinShare of them
// found in 0 to 2 of 250 to 440 cases (dev TM, no TM, cross-ntrex TM),
// dropped sentences against their neighbour's English in 20 to 45%.
// wThin and thinShare were chosen on that part (wThin 0.75, 1.0, 1.5 and
// 2.5, thinShare 0.15, 0.2 and 0.3 tried; 0.3 changed unedited documents,
// 2.5 lost half-out runs); see README.
const (
	thinKnown = 3
	thinShare = 0.2
	wThin     = 1.5
)

// thinCost is the cost (wThin each) of the Korean members ko of a merge
// with at least thinKnown known stems, some but less than thinShare of
// them translated in the English segment en (none at all is
// swallowCost's).
func thinCost(ko []feature, en *feature) float64 {
	c := 0.0
	for i := range ko {
		n := len(ko[i].lexK)
		if n < thinKnown || ko[i].lexBloom&en.lexBloom == 0 {
			continue
		}
		f := 0
		for k, ids := range ko[i].lexK {
			if ko[i].lexKBloom[k]&en.lexBloom != 0 && anyShared(ids, en.lexAll) {
				f++
			}
		}
		if f > 0 && float64(f) < thinShare*float64(n) {
			c += wThin
		}
	}
	return c
}
