package align

// wContOn is what an English member past the first of a split (1-2, 1-3)
// that opens with a continuation (But, It, Which …; continuations) gains
// on top of wContJoin when the original's next sentence, the one after
// the link, does not open with a continuation itself (그러나, 하지만, 이는
// …; koreanContinuations): then nothing after the link says the "But" or
// the "It", and the line carries on the sentence it follows (a translation
// whose English sentence ran on in a second: "… (900 mm) in some areas."
// "But the island's rugged landscape had taken much of the storm's
// punch."). When the next sentence does open so, the line is as likely
// its translation ("그러나 경기를 하는 것이 너무 힘들었습니다." "But playing can
// be tough."), and only wContJoin counts. Chosen in session 15 (helper
// A18) on the development part of A16's edition set and NTREX p05 (0.5,
// 0.7, 0.9 and 1.2 tried: 0.9 and up lost p05; raising wContJoin itself
// instead lost unedited links, the case above; see README).
const wContOn = 0.7

// contOnGain is the gain of a link whose English members are en, split
// from one segment of the other side, when next is the other side's
// segment after the link (nil at the end of the document): wContOn for
// every member past the first that opens with a continuation, if next
// does not.
func contOnGain(en []feature, next *feature) float64 {
	if next != nil && next.cont {
		return 0
	}
	g := 0.0
	for k := 1; k < len(en); k++ {
		if en[k].cont && en[k].english {
			g += wContOn
		}
	}
	return g
}
