package align

// A Korean member of a merge (2-1, 3-1) with anchors (numbers, Latin
// tokens, glossary terms: its keys) none of which any English line of the
// document has is likely a sentence the edition dropped, swallowed into
// its neighbour's link through the topic words they share: its facts were
// cut with it. A sentence the edition merged keeps its numbers in the
// merge's English; one the aligner misplaced has them in another English
// line. On the development part of A16's edition set (session 15, helper
// A20; no TM, no core lexicon) Korean sentences with keys had none said
// in the document's English in 116 of 186 dropped sentences (gold 1-0),
// 44 of 200 members of gold 2-1 links and 144 of 782 gold 1-1 sentences.
// wKeysGone was chosen on that part among 0.5, 0.75, 1, 1.25 and 2 (2
// lost); asking for two or more keys kept almost none of the gain. The
// lexicon's stems were tried the same way and lost: a dropped sentence's
// common stems are nearly always said by some English line (see README).
const wKeysGone = 0.75

// keysGone reports, for each Korean segment of ko, whether it has keys
// and none of them is among the keys or words of any segment of en.
func keysGone(ko, en []feature) []bool {
	said := map[uint64]bool{}
	for j := range en {
		for _, k := range en[j].keys {
			said[k] = true
		}
		for _, k := range en[j].words {
			said[k] = true
		}
	}
	out := make([]bool, len(ko))
	for i := range ko {
		if len(ko[i].keys) == 0 {
			continue
		}
		out[i] = true
		for _, k := range ko[i].keys {
			if said[k] {
				out[i] = false
				break
			}
		}
	}
	return out
}

// keysGoneCost is the cost (wKeysGone each) of the Korean members ko of a
// merge whose keys the document's English never has; gone is keysGone
// of the members.
func keysGoneCost(gone []bool) float64 {
	c := 0.0
	for _, g := range gone {
		if g {
			c += wKeysGone
		}
	}
	return c
}
