package align

import (
	"testing"

	"bitext/lexicon"
)

// TestCalibrateKnots: for both tables, every link type's map is rising,
// takes r50 to 0.5 and r90 to 0.9 (or stays below 0.9 when r90 is 1), and
// an alignment with a lexicon uses the lexicon table.
func TestCalibrateKnots(t *testing.T) {
	for _, lex := range []bool{false, true} {
		knots := calibrationKnots
		if lex {
			knots = lexiconKnots
		}
		for typ, k := range knots {
			r50, r90 := k[0], k[1]
			if got := calibrate(typ[0], typ[1], r50, lex); abs64(got-0.5) > 1e-9 {
				t.Errorf("lex %v %v: calibrate(r50 %.2f) = %.4f, want 0.5", lex, typ, r50, got)
			}
			if r90 < 1 {
				if got := calibrate(typ[0], typ[1], r90, lex); abs64(got-0.9) > 1e-9 {
					t.Errorf("lex %v %v: calibrate(r90 %.2f) = %.4f, want 0.9", lex, typ, r90, got)
				}
			} else if got := calibrate(typ[0], typ[1], 0.999, lex); got >= 0.9 {
				t.Errorf("lex %v %v: r90 is 1 but calibrate(0.999) = %.4f", lex, typ, got)
			}
			prev := -1.0
			for p := 0.0; p <= 1.0001; p += 0.01 {
				c := calibrate(typ[0], typ[1], p, lex)
				if c < prev || c < 0 || c > 1 {
					t.Fatalf("lex %v %v: calibrate(%.2f) = %.4f after %.4f", lex, typ, p, c, prev)
				}
				prev = c
			}
		}
	}
	// The 1-1 knots differ, so a posterior between them tells the tables
	// apart.
	p := (calibrationKnots[[2]int{1, 1}][1] + lexiconKnots[[2]int{1, 1}][1]) / 2
	if a, b := calibrate(1, 1, p, false), calibrate(1, 1, p, true); a < 0.9 || b >= 0.9 {
		t.Errorf("posterior %.3f: %.4f without a lexicon, %.4f with one; want >= 0.9 and < 0.9", p, a, b)
	}
}

// TestLexiconCalibrationUsed: the same documents aligned with an empty
// lexicon keep the calibration without one; a lexicon that knows words
// switches to the lexicon table, and the second pass decides with the
// plain calibration either way.
func TestLexiconCalibrationUsed(t *testing.T) {
	src := []string{"정부는 예산안을 발표했다.", "국회는 법안을 비판했다."}
	tgt := []string{"The government announced the budget.", "The assembly criticized the bill."}
	plain, plainMean, err := alignOnce(src, tgt, Options{})
	if err != nil {
		t.Fatal(err)
	}
	empty, _, err := alignOnce(src, tgt, Options{Lexicon: lexicon.NewTrainer().Train(1)})
	if err != nil {
		t.Fatal(err)
	}
	for i := range plain {
		if plain[i].Confidence != empty[i].Confidence {
			t.Errorf("link %d: %.4f without a lexicon, %.4f with an empty one", i, plain[i].Confidence, empty[i].Confidence)
		}
	}
	if m := MeanConfidence(plain); abs64(m-plainMean) > 1e-9 {
		t.Errorf("plain mean %.4f, links' mean %.4f", plainMean, m)
	}
	tr := lexicon.NewTrainer()
	for i := 0; i < 3; i++ {
		tr.Add(src[0], tgt[0])
		tr.Add(src[1], tgt[1])
	}
	lex := tr.Train(lexicon.DefaultIterations)
	if lex.Len() == 0 {
		t.Fatal("the lexicon learned nothing")
	}
	with, withMean, err := alignOnce(src, tgt, Options{Lexicon: lex})
	if err != nil {
		t.Fatal(err)
	}
	if MeanConfidence(with) == withMean {
		t.Errorf("with a lexicon the links' mean %.4f equals the plain calibration's; want the lexicon table", withMean)
	}
}

func abs64(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
