package lexicon

import (
	"math"
	"testing"

	"bitext/internal/tmgen"
)

// referenceModel1 is IBM Model 1 written the textbook way, sentence by
// sentence with maps, to check the stem-major training against: it returns
// p(e|k) by stem and word after the given number of iterations, from the
// same filtered tokens Train uses.
func referenceModel1(t *Trainer, iterations int) map[[2]int32]float64 {
	kTok, kOff := filterTokens(t.kTok, t.kOff, t.kCount)
	eTok, eOff := filterTokens(t.eTok, t.eOff, t.eCount)
	prob := map[[2]int32]float64{}
	null := map[int32]float64{}
	for s := 0; s+1 < len(kOff); s++ {
		for _, e := range eTok[eOff[s]:eOff[s+1]] {
			null[e] = 1
			for _, k := range kTok[kOff[s]:kOff[s+1]] {
				prob[[2]int32{k, e}] = 1
			}
		}
	}
	for it := 0; it < iterations; it++ {
		count := map[[2]int32]float64{}
		nullCount := map[int32]float64{}
		for s := 0; s+1 < len(kOff); s++ {
			ks := kTok[kOff[s]:kOff[s+1]]
			for _, e := range eTok[eOff[s]:eOff[s+1]] {
				d := null[e]
				for _, k := range ks {
					d += prob[[2]int32{k, e}]
				}
				nullCount[e] += null[e] / d
				for _, k := range ks {
					count[[2]int32{k, e}] += prob[[2]int32{k, e}] / d
				}
			}
		}
		total := map[int32]float64{}
		for ke, c := range count {
			total[ke[0]] += c
		}
		for ke, c := range count {
			prob[ke] = c / total[ke[0]]
		}
		nt := 0.0
		for _, c := range nullCount {
			nt += c
		}
		for e, c := range nullCount {
			null[e] = c / nt
		}
	}
	return prob
}

// TestTrainIsModel1 checks that Train's stem-major EM gives the textbook
// model's translations and probabilities on generated news units.
func TestTrainIsModel1(t *testing.T) {
	tr := NewTrainer()
	for _, u := range tmgen.New(tmgen.Builtin(), 3).Units(1000) {
		tr.Add(u.Ko, u.En)
	}
	for _, iterations := range []int{1, 2, DefaultIterations} {
		lex := tr.Train(iterations)
		ref := referenceModel1(tr, iterations)
		// Every reference translation Train would keep, and only those.
		// (Train's probabilities are within 1e-3 of the reference's, so a
		// reference probability that close below MinProb may be kept.)
		want := 0
		for _, p := range ref {
			if p >= MinProb-1e-3 {
				want++
			}
		}
		got, checked := 0, 0
		for k, es := range lex.trans {
			kid := tr.ko[lex.kos[k]]
			for _, e := range es {
				got++
				p, ok := ref[[2]int32{kid, tr.en[lex.ens[e.en]]}]
				if !ok || math.Abs(p-float64(e.p)) > 1e-3 {
					t.Errorf("%d iterations: p(%s|%s) = %.4f, reference %.4f (%v)", iterations, lex.ens[e.en], lex.kos[k], e.p, p, ok)
				}
				checked++
			}
		}
		if checked == 0 {
			t.Fatalf("%d iterations: empty lexicon", iterations)
		}
		// Train keeps at most MaxTranslations a stem, so it may have fewer
		// than the reference has above MinProb, never many more.
		if got > want {
			t.Errorf("%d iterations: %d translations, reference has %d above MinProb", iterations, got, want)
		}
		t.Logf("%d iterations: %d translations checked, %d in the reference", iterations, checked, want)
	}
}
