package align

// Keeping a document's second-pass alignment only when it is better
// (session 19, helper A35). The batch's lexicon is learned from the
// batch's own confident links, and a document's confident links teach
// its own repeated words most: aligned again with it, a document's
// unconfident merges, drops and splits are pulled towards its topic
// words, both ways (README, Measured, session 19, helper A33). So the
// second path is kept only when the evidence the batch did not make
// does not refute it by more than the batch's lexicon gained: with c1
// the costs of the first pass (its lexicon) and c2 those of the second
// (the batch's), the second path P2 replaces the first P1 when
//
//	c1(P2) - c1(P1) <= c2(P1) - c2(P2)
//
// that is, when P2 costs no more than P1 under c1 + c2. Both sides are
// what the search minimises (lattice.pathCost), in nats, each with the
// document's length ratio as that pass's path reads it (docMu). Since
// session 22 (helper A51) a second path that differs from the first must
// be preferred by secondMargin nats at least: a batch of a few articles
// teaches pairs from one or two links each (a stem of one link split
// evenly among its words), and a near tie of the two passes' costs was
// as often lost as won. Without a lexicon in the first pass (no TM, no
// core) the second path is always kept.

// secondMargin is how much less, in nats, a second path that differs from
// the first must cost under c1 + c2 to replace it: c1(P2) - c1(P1) +
// secondMargin <= c2(P1) - c2(P2). Chosen on the development parts of
// three edition sets (README, Measured, "Session 22 (helper A51)") among
// 0, 0.1, 0.2, 0.25, 0.3, 0.4 and 0.5, with batches of 1 to 20 documents
// and the whole file (eval align --second-pass --batch N).
const secondMargin = 0.25

// pathSteps turns links into the steps of a search's path (bead index
// by shape, confidence as the posterior).
func pathSteps(links []Link) ([]step, bool) {
	out := make([]step, 0, len(links))
	i, j := 0, 0
	for _, l := range links {
		b := -1
		for k, bd := range beads {
			if bd.s == len(l.Source) && bd.t == len(l.Target) {
				b = k
				break
			}
		}
		if b < 0 {
			return nil, false
		}
		i, j = i+len(l.Source), j+len(l.Target)
		out = append(out, step{i: i, j: j, b: b, conf: l.Confidence})
	}
	return out, true
}

// docLattice is the lattice of a whole document with opts.Lexicon as
// the alignment's (the core added); paragraphs play no part.
func docLattice(src, tgt []string, opts Options) *lattice {
	opts.Lexicon = opts.lexicon()
	sl, tl := opts.langs()
	sf := features(src, sl, opts)
	tf := features(tgt, tl, opts)
	markFormulas(sf, src, tf, tgt)
	return newLattice(sf, tf)
}

// secondBetter tells whether the second pass's links second (aligned
// with opts2) should replace the first pass's links first (aligned with
// opts1) of the document src, tgt: whether the second path, when it is
// another, costs secondMargin less than the first at least under the
// first pass's costs and the second's together, each with the
// document's length ratio as its own path reads it (docMu). The same
// path is kept (its links with the second pass's confidences). Without a lexicon in the first pass its costs hold no word
// evidence to weigh the batch's against, and the second path is kept,
// as before (without a TM or the core the batch's lexicon is the only
// one: README, Measured, session 19, helper A35).
func secondBetter(src, tgt []string, opts1, opts2 Options, first, second []Link) bool {
	if lx := opts1.lexicon(); lx == nil || lx.Len() == 0 {
		return true
	}
	p1, ok1 := pathSteps(first)
	p2, ok2 := pathSteps(second)
	if !ok1 || !ok2 || samePath(p1, p2) {
		return true
	}
	l1 := docLattice(src, tgt, opts1)
	l2 := docLattice(src, tgt, opts2)
	if mu, ok := l1.docMu(p1); ok {
		l1.mu = mu
	}
	if mu, ok := l2.docMu(p2); ok {
		l2.mu = mu
	}
	loss := l1.pathCost(p2) - l1.pathCost(p1) // what the first pass's costs hold against P2
	gain := l2.pathCost(p1) - l2.pathCost(p2) // what the second's hold for it
	return loss+secondMargin <= gain
}

// samePath tells whether two paths make the same links (confidences
// aside).
func samePath(a, b []step) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if a[k].i != b[k].i || a[k].j != b[k].j || a[k].b != b[k].b {
			return false
		}
	}
	return true
}

// pathCost is the cost, in nats, of the path steps under the lattice's
// costs (lattice.mu included): the sum of its beads' costs, what the
// search minimises. The steps need not be a search's.
func (l *lattice) pathCost(steps []step) float64 {
	c := 0.0
	for _, st := range steps {
		c += l.cost(st.i, st.j, beads[st.b])
	}
	return c
}
