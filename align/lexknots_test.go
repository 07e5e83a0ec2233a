package align

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"bitext/lexicon"
)

// TestLexiconKnotsFitted logs lexiconKnots' r50s beside a fit on
// today's development runs without the core lexicon (session 19, helper
// A38): the edition set's NTREX and KPC dev documents with the cross and
// half-out TM lexicons, and every dev document with the batch's own
// lexicon (the second pass without a TM), each edited and unedited, with
// and without the second pass, in three groups, by the rule of the session-6
// fit (fitKnots: r50 the smallest over the groups of the largest posterior
// below which at most 45% of a type's links were right). Only r50, the
// "check alignment" flag, is fitted; r90 stays as session 6 fitted it (the
// links of 0.9 or more are right at least 99% of the time without the core
// in every setting). The refit (2-1 0.16, 1-2 0.42, 1-0 0.26, 0-1 0.20)
// was committed and taken out after its held-out run (README: Measured,
// "Session 19 (helper A38)"), so the test only reports the fit. Run with
//
//	BITEXT_EDITION_DIR=DIR go test ./align -run LexiconKnotsFitted -v
func TestLexiconKnotsFitted(t *testing.T) {
	dir := os.Getenv("BITEXT_EDITION_DIR")
	if dir == "" {
		t.Skip("BITEXT_EDITION_DIR not set (the edition set's folder)")
	}
	type run struct{ group, dir, lex, docs string }
	var runs []run
	var groups []string
	for k, d := range filepath.SplitList(dir) {
		for _, c := range []string{"ntrex", "kpc-dev"} {
			g := fmt.Sprint(k, c)
			groups = append(groups, g)
			runs = append(runs, run{g, d, "cross-" + c + ".tm.lexicon", "dev-" + c})
			for _, h := range []string{"0", "1"} {
				runs = append(runs, run{g, d, "half-" + c + "-" + h + ".tm.lexicon", "half-" + c + "-" + h})
			}
		}
	}
	var samples []knotSample
	for _, r := range runs {
		lex, err := lexicon.Load(filepath.Join(r.dir, r.lex), "")
		if err != nil {
			t.Fatal(err)
		}
		for _, suffix := range []string{".jsonl", ".clean.jsonl"} {
			docs := readDocs(t, filepath.Join(r.dir, r.docs+suffix))
			for _, second := range []bool{false, true} {
				samples = append(samples, lexKnotRun(t, docs, lex, second, r.group)...)
			}
		}
	}
	got := fitKnots(samples, lexiconKnots)
	t.Logf("fitted on %d links:\n%s", len(samples), knotReport(samples, groups, got, lexiconKnots))
}

// lexKnotRun aligns docs with lex (and the second pass's lexicon) without
// the core lexicon and returns their links as samples of lexiconKnots.
func lexKnotRun(t *testing.T, docs []*Document, lex *lexicon.Lexicon, second bool, group string) []knotSample {
	return knotSamples(t, docs, Options{Lexicon: lex}, second, group, lexiconKnots)
}

// TestFlagKnots pins the session-19 refit's flag (helper A38; README:
// Measured, "Session 19 (helper A38)"): with the core, a 1-1 link of
// posterior 0.22 is not flagged (A16's set's r50 0.27; below it A10's
// set's 1-1 links were mostly right), nor a 1-0 of 0.19. Since the refit
// after wUnanchored (session 21, helper A46: the KPC dev groups' r50s rose,
// 1-1 0.22 → 0.25, 1-0 0.19 → 0.21, the smallest over the six groups)
// the pins are those r50s.
func TestFlagKnots(t *testing.T) {
	for _, c := range []struct {
		name    string
		s, t    int
		p       float64
		knots   knotTable
		flagged bool
	}{
		{"core 1-1", 1, 1, 0.25, coreKnots, false},
		{"core 1-1 low", 1, 1, 0.15, coreKnots, true},
		{"core 1-0", 1, 0, 0.21, coreKnots, false},
	} {
		if got := calibrate(c.s, c.t, c.p, c.knots) < 0.5; got != c.flagged {
			t.Errorf("%s at posterior %.2f: flagged %v, want %v", c.name, c.p, got, c.flagged)
		}
	}
}
