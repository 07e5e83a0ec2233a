package align

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestPlainKnotsFitted logs calibrationKnots, the knots of an alignment
// with no lexicon at all (no TM, no core, no batch lexicon), beside a fit
// on development runs (session 22, helper A50, issue #10), with each
// run's links of confidence 0.9 or more (share right) and flagged links
// (share wrong) under both tables. BITEXT_EDITION_DIR lists the sets'
// folders as in PATH (A16's, A10's, the topic set: each needs only
// dev.jsonl and dev.clean.jsonl):
//
//	BITEXT_EDITION_DIR=A16DIR:A10DIR:TOPICDIR go test ./align -run PlainKnotsFitted -v
//
// Runs: each set's whole dev part, edited and unedited, first pass only
// (the second pass realigns a document with the batch's lexicon, under
// lexiconKnots, or keeps its first links), each file a group of its own:
// with a set's edited and unedited files in one group the unedited files'
// flagged links were 55% right. The rule is the core knots' (fitKnots:
// r90 the largest over the groups of the smallest posterior at or above
// which 99.8% of a type's links were right, r50 the smallest of the
// largest below which at most 45% were). The fit (1-1 0.19/0.97, 2-1
// 0.53/0.97, 1-2 0.58/0.93, 1-0 0.21/0.84, 0-1 0.15/0.70) was committed
// in 3755f48 and taken out after its held-out run (README: Measured,
// "Session 22 (helper A50)"), so the test only reports it. Never run on
// the held-out part.
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
