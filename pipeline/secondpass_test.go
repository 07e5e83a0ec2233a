package pipeline

import (
	"context"
	"sync/atomic"
	"testing"

	"golang.org/x/text/language"

	"bitext/article"
)

// learningAligner is a batchLearner that counts what it learned from and
// how often the second-pass aligner it returns was used.
type learningAligner struct {
	indexAligner
	learned  int // articles LearnBatch saw
	secondOK *atomic.Int32
}

func (l *learningAligner) LearnBatch(docs []firstPass) Aligner {
	l.learned = len(docs)
	for _, d := range docs {
		if len(d.pairs) == 0 {
			l.learned = -1 // a first pass without confident links
		}
	}
	return secondAligner{l.secondOK}
}

type secondAligner struct{ n *atomic.Int32 }

func (s secondAligner) Align(src, tgt []article.Segment, sl, tl language.Tag) []article.Link {
	s.n.Add(1)
	return indexAligner{}.Align(src, tgt, sl, tl)
}

// TestRunSecondPass: a run learns from the first pass of the articles it
// runs (those with an original, not those unchanged) and aligns them with
// the second-pass aligner.
func TestRunSecondPass(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	articles(t, in, 8) // 6 with an original
	steps, _, _ := fakeSteps()
	al := &learningAligner{secondOK: &atomic.Int32{}}
	steps.Aligner = al
	if _, err := Run(context.Background(), Options{Inputs: []string{in}, OutDir: out, Steps: steps}); err != nil {
		t.Fatal(err)
	}
	if al.learned != 6 || al.secondOK.Load() != 6 {
		t.Errorf("learned from %d articles, second pass aligned %d; want 6 and 6", al.learned, al.secondOK.Load())
	}
	// Nothing changed: nothing to learn from, nothing aligned again.
	al.learned, al.secondOK = 0, &atomic.Int32{}
	if _, err := Run(context.Background(), Options{Inputs: []string{in}, OutDir: out, Steps: steps}); err != nil {
		t.Fatal(err)
	}
	if al.learned != 0 || al.secondOK.Load() != 0 {
		t.Errorf("unchanged rerun: learned from %d articles, aligned %d", al.learned, al.secondOK.Load())
	}
}
