package align

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestPlainKnotsFitted refits calibrationKnots, the knots of an alignment
// with no lexicon at all (no TM, no core), on development runs and fails
// when the table in calibration.go differs (session 22, helper A50, issue
// #10). BITEXT_EDITION_DIR lists the sets' folders as in PATH (A16's,
// A10's, the topic set: each needs only dev.jsonl and dev.clean.jsonl):
//
//	BITEXT_EDITION_DIR=A16DIR:A10DIR:TOPICDIR go test ./align -run PlainKnotsFitted -v
//
// Runs: each set's whole dev part, edited and unedited, without a lexicon
// and with the batch's second pass (its lexicon learned from the whole
// file's first links, as bitext eval align --second-pass does), a group
// per set. The rule is the core knots' (fitKnots: r90 the largest over
// the groups of the smallest posterior at or above which 99.8% of a type's
// links were right, r50 the smallest of the largest below which at most
// 45% were). The knots change confidence only, never links: the second
// pass is gated and taught on the session-4 scale (gateKnots), so the
// fit is no feedback loop. Never run on the held-out part.
func TestPlainKnotsFitted(t *testing.T) {
	dir := os.Getenv("BITEXT_EDITION_DIR")
	if dir == "" {
		t.Skip("BITEXT_EDITION_DIR not set (the edition sets' folders)")
	}
	var samples []knotSample
	var groups []string
	var runs [][]knotSample
	for k, d := range filepath.SplitList(dir) {
		for _, suffix := range []string{".jsonl", ".clean.jsonl"} {
			g := fmt.Sprint(k, filepath.Base(d), suffix)
			groups = append(groups, g)
			docs := readDocs(t, filepath.Join(d, "dev"+suffix))
			run := knotSamples(t, docs, Options{}, false, g, calibrationKnots)
			runs = append(runs, run)
			samples = append(samples, run...)
		}
	}
	got := fitKnots(samples, calibrationKnots)
	t.Logf("fitted on %d links:\n%s", len(samples), knotReport(samples, groups, got, nil))
	for _, run := range runs {
		t.Logf("%s: committed %s; fitted %s", run[0].group, confidenceShares(run, calibrationKnots), confidenceShares(run, got))
	}
	for _, typ := range knotTypes(got) {
		if !sameKnots(knotTable{typ: got[typ]}, knotTable{typ: calibrationKnots[typ]}) {
			t.Errorf("calibrationKnots %v = %v, the fit gives %v", typ, calibrationKnots[typ], got[typ])
		}
	}
}

// confidenceShares tells, of samples calibrated by knots, the share right
// of the links of confidence 0.9 or more and the share wrong of the
// flagged ones (below 0.5), each with its count.
func confidenceShares(samples []knotSample, knots knotTable) string {
	hi, hiRight, fl, flWrong := 0, 0, 0, 0
	for _, s := range samples {
		switch c := calibrate(s.typ[0], s.typ[1], s.p, knots); {
		case c >= 0.9:
			hi++
			if s.right {
				hiRight++
			}
		case c < 0.5:
			fl++
			if !s.right {
				flWrong++
			}
		}
	}
	return fmt.Sprintf("0.9 or more %.4f of %d, flagged %.3f wrong of %d",
		float64(hiRight)/float64(max(hi, 1)), hi, float64(flWrong)/float64(max(fl, 1)), fl)
}

// TestOnGateScale: without a lexicon, the links LearnFromBatch learns from
// are rated as the session-4 knots rate them, whatever calibrationKnots
// are, so that refitting them moves no link of the second pass; with a
// lexicon (here the core) they keep their confidence.
func TestOnGateScale(t *testing.T) {
	for typ := range calibrationKnots {
		for p := 0.0; p <= 1; p += 0.005 {
			links := []Link{{Source: make([]int, typ[0]), Target: make([]int, typ[1])}}
			links[0].Confidence = calibrate(typ[0], typ[1], p, calibrationKnots)
			onGateScale(links, Options{})
			want := calibrate(typ[0], typ[1], p, gateKnots)
			if abs64(links[0].Confidence-want) > 1e-9 {
				t.Errorf("%v at posterior %.3f: %.6f on the gate scale, want %.6f", typ, p, links[0].Confidence, want)
			}
		}
	}
	links := []Link{{Source: []int{0}, Target: []int{0}, Confidence: 0.8}}
	onGateScale(links, Options{CoreLexicon: true})
	if links[0].Confidence != 0.8 {
		t.Errorf("with the core a link's confidence moved to %.4f", links[0].Confidence)
	}
}
