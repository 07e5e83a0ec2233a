package align

// wUnsaid is at most what a split (1-2) gains by unsaidGain, in nats:
// the lexicon evidence its second English line takes from the link
// (lexScore of the link below that of its first line alone), given back
// when the line carries on the sentence before it and says nothing the
// link's original sentence or the next one says. A translator who left a
// clause out ("… (900 mm) in some areas." "But the island's rugged
// landscape had taken much of the storm's punch." for the one sentence
// 대만 일부 지역에 호우가 쏟아지면서 일부 지역에는 900mm이상의 강수량을
// 기록했다.) leaves the second line's words unmatched, and they cost the
// split while the same line left unlinked (1-1 + 0-1) costs only its
// prior. Chosen in session 18 (helper A28) on the development part of
// A16's edition set and NTREX p05: up to 0.5, 0.7, 1, 1.5 and 2 nats
// (0.5 and 0.7 reached fewer links, 2 lost cross NTREX); without the
// cap, for any second line and not only a continuation, or with the
// anchors' whole loss in place of the lexicon's, dev runs or p05 lost;
// without namesBeyond p05 lost a line of its own ("But last Monday he
// went to the White House …"). See README.
const wUnsaid = 1.0

// unsaidGain is what a link of one segment of the original, ko, with two
// English lines en gains when the second line opens with a continuation
// (But, It, Which …; continuations), is no credit or wire formula, names
// no one, nothing and no weekday that ko does not (namesBeyond), and
// next, the original's segment after the link (none at the end), shares
// no lexicon id or name with it (says): the lexicon evidence the line
// takes from the link, up to wUnsaid. alone is the lattice's
// lexAloneScale.
func unsaidGain(ko, en, next []feature, alone float64) float64 {
	if len(ko) != 1 || len(en) != 2 {
		return 0
	}
	e := &en[1]
	if !e.cont || e.extra || e.formula || namesBeyond(e, &ko[0]) || says(next, en[1:]) {
		return 0
	}
	if d := lexScore(ko, en[:1], alone) - lexScore(ko, en, alone); d > 0 {
		return min(d, wUnsaid)
	}
	return 0
}

// says reports whether the Korean segment ko (one, or none) shares a
// lexicon id or a name with the English segment en (one).
func says(ko, en []feature) bool {
	if len(ko) == 0 {
		return false
	}
	if hit, _, _ := lexCounts(ko, en, 0); hit > 0 {
		return true
	}
	return nameShared(&en[0], &ko[0])
}

// namesBeyond reports whether the English segment en names someone,
// something (a name's skeleton or romanization key) or a weekday that
// the Korean segment ko does not: an English line of its own ("But last
// Monday he went to the White House …").
func namesBeyond(en, ko *feature) bool {
	if en.weekdays&^ko.weekdays != 0 {
		return true
	}
	for _, h := range en.names {
		if !containsKey(ko.names, h) {
			return true
		}
	}
	for _, h := range en.roman {
		if !containsKey(ko.roman, h) {
			return true
		}
	}
	return false
}
