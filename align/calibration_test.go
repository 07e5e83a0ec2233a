package align

import (
	"fmt"
	"testing"

	"golang.org/x/text/language"

	"bitext/lexicon"
)

// TestCalibrateKnots: for every table, every link type's map is rising,
// takes r50 to 0.5 and r90 to 0.9 (or stays below 0.9 when r90 is 1), and
// uncalibrate gives the posterior back.
func TestCalibrateKnots(t *testing.T) {
	for name, knots := range map[string]knotTable{"plain": calibrationKnots, "lexicon": lexiconKnots, "core": coreKnots} {
		for typ, k := range knots {
			r50, r90 := k[0], k[1]
			if r50 >= r90 {
				t.Errorf("%s %v: r50 %.2f not below r90 %.2f", name, typ, r50, r90)
			}
			if got := calibrate(typ[0], typ[1], r50, knots); abs64(got-0.5) > 1e-9 {
				t.Errorf("%s %v: calibrate(r50 %.2f) = %.4f, want 0.5", name, typ, r50, got)
			}
			if r90 < 1 {
				if got := calibrate(typ[0], typ[1], r90, knots); abs64(got-0.9) > 1e-9 {
					t.Errorf("%s %v: calibrate(r90 %.2f) = %.4f, want 0.9", name, typ, r90, got)
				}
			} else if got := calibrate(typ[0], typ[1], 0.999, knots); got >= 0.9 {
				t.Errorf("%s %v: r90 is 1 but calibrate(0.999) = %.4f", name, typ, got)
			}
			prev := -1.0
			for p := 0.0; p <= 1.0001; p += 0.01 {
				c := calibrate(typ[0], typ[1], p, knots)
				if c < prev || c < 0 || c > 1 {
					t.Fatalf("%s %v: calibrate(%.2f) = %.4f after %.4f", name, typ, p, c, prev)
				}
				prev = c
				if back := uncalibrate(typ[0], typ[1], c, knots); abs64(back-min(p, 1)) > 1e-9 {
					t.Fatalf("%s %v: uncalibrate(calibrate(%.2f) = %.4f) = %.4f", name, typ, p, c, back)
				}
			}
		}
	}
	// The 1-1 knots differ, so a posterior between them tells the tables
	// apart.
	p := (calibrationKnots[[2]int{1, 1}][1] + lexiconKnots[[2]int{1, 1}][1]) / 2
	if a, b := calibrate(1, 1, p, calibrationKnots), calibrate(1, 1, p, lexiconKnots); a < 0.9 || b >= 0.9 {
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
	// The plain mean is on the session-4 scale (gateKnots), the scale
	// of the links LearnFromBatch learns from without a lexicon.
	onGateScale(plain, Options{})
	if m := MeanConfidence(plain); abs64(m-plainMean) > 1e-9 {
		t.Errorf("plain mean %.4f, links' mean on the gate scale %.4f", plainMean, m)
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

// TestKnotsChosen: an alignment without a lexicon has the plain table, one
// with a TM's lexicon the lexicon table, and one whose lexicon includes the
// core (Korean–English) the core table, with or without a TM's lexicon.
func TestKnotsChosen(t *testing.T) {
	tr := lexicon.NewTrainer()
	for i := 0; i < 3; i++ {
		tr.Add("정부는 예산안을 발표했다.", "The government announced the budget.")
	}
	lex := tr.Train(lexicon.DefaultIterations)
	ja := language.Japanese
	for _, c := range []struct {
		name string
		opts Options
		want knotTable
	}{
		{"none", Options{}, calibrationKnots},
		{"empty", Options{Lexicon: lexicon.NewTrainer().Train(1)}, calibrationKnots},
		{"tm", Options{Lexicon: lex}, lexiconKnots},
		{"core", Options{CoreLexicon: true}, coreKnots},
		{"tm+core", Options{Lexicon: lex, CoreLexicon: true}, coreKnots},
		{"core, ja-en", Options{Lexicon: lex, CoreLexicon: true, SourceLang: ja}, lexiconKnots},
		{"core off, no tm", Options{CoreLexicon: false}, calibrationKnots},
	} {
		c.opts.Lexicon = c.opts.lexicon()
		if got := c.opts.knots(); fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s: knots %v, want %v", c.name, got, c.want)
		}
	}
	if fmt.Sprint(coreKnots) == fmt.Sprint(lexiconKnots) {
		t.Error("the core and lexicon tables are the same; the test cannot tell them apart")
	}
}

func abs64(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
