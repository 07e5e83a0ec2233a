package main

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestAverageLengthBins: English lengths drawn from the length model
// with one mean at every length show a mean log ratio that falls with
// the pair's average length (session 18, helper A31: the −0.12 of short
// dev pairs is mostly this), and none against the Korean length they
// were drawn from.
func TestAverageLengthBins(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	var ls []float64
	for range 3000 {
		ls = append(ls, math.Round(math.Exp(4.6+0.45*rng.NormFloat64()))) // about 100 characters, as dev's
	}
	m := modelPairs(ls, 0, 0.0204, 1.9683, 5, rng)
	_, bAvg := medianLine(medianBins(m, 12))
	var byKo []obs
	for i, o := range m {
		byKo = append(byKo, obs{ls[i/5], o.ratio})
	}
	_, bKo := medianLine(medianBins(byKo, 12))
	if bAvg > -3 {
		t.Errorf("by average length: slope %.2f against 1/(length+2), want a falling mean (below -3)", bAvg)
	}
	if math.Abs(bKo) > 1.5 {
		t.Errorf("by Korean length: slope %.2f, want about 0", bKo)
	}
	t.Logf("slope by average length %.2f, by Korean length %.2f", bAvg, bKo)
}
