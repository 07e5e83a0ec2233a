package align

import (
	"math"
	"slices"
)

// The document's own length ratio (session 17, helper A24). A desk's
// English can run longer or shorter than the Korean all through a
// document (between documents the median log ratio of their 1-1 links
// has a standard deviation of 0.08 on the KPC dev documents and 0.10 on
// NTREX), and with the corpus mean (lenMu) a verbose translation looks
// like one Korean sentence too few: a dropped Korean sentence is
// swallowed into its neighbour's link as a 2-1 (A19's class). So a first
// search's 1-1 links of posterior docMuConf or more give the document's
// median log ratio, shrunk towards lenMu as if docMuPrior more links had
// lenMu; when it differs from lenMu by docMuMin or more (at most
// docMuClamp), the search runs again with it, in a band of docMuBand
// segments around the first path (the second search finds the same
// links as in the full band on every development run). Chosen on the
// development part of A16's edition set (every setting of
// .ci/eval's alignment part, the four half-out runs judged first: the
// posterior 0.9 or 0.5, the shrinkage 4, 8 or 16 links, the least shift
// 0.03 or 0.06 tried; see README, Measured, session 17).
const (
	docMuConf  = 0.5
	docMuPrior = 8.0
	docMuMin   = 0.06
	docMuClamp = 0.3
	docMuLinks = 5 // fewer confident 1-1 links say nothing
	docMuBand  = 4
)

// docMu is the document's mean log length ratio (target over source, as
// lengthCost) read from the 1-1 links of steps, and whether the search
// should run again with it.
func (l *lattice) docMu(steps []step) (float64, bool) {
	var buf [64]float64
	d := buf[:0]
	pi, pj := 0, 0
	for _, st := range steps {
		if st.i-pi == 1 && st.j-pj == 1 && st.conf >= docMuConf {
			ls, lt := l.cs[st.i]-l.cs[pi], l.ct[st.j]-l.ct[pj]
			d = append(d, math.Log((lt+lenSmooth)/(ls+lenSmooth)))
		}
		pi, pj = st.i, st.j
	}
	if len(d) < docMuLinks {
		return 0, false
	}
	slices.Sort(d)
	med := d[len(d)/2]
	if len(d)%2 == 0 {
		med = (d[len(d)/2-1] + d[len(d)/2]) / 2
	}
	n := float64(len(d))
	mu := lenMu + (med-lenMu)*n/(n+docMuPrior)
	mu = max(lenMu-docMuClamp, min(lenMu+docMuClamp, mu))
	if math.Abs(mu-lenMu) < docMuMin {
		return 0, false
	}
	return mu, true
}
