package pipeline

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

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

// datedLearner is a batchLearner that records the dates its first-pass
// alignments get and counts the ones made without a date.
type datedLearner struct {
	datedIndexAligner
	undated atomic.Int32
}

func (d *datedLearner) Align(src, tgt []article.Segment, sl, tl language.Tag) []article.Link {
	d.undated.Add(1)
	return indexAligner{}.Align(src, tgt, sl, tl)
}

func (d *datedLearner) LearnBatch(docs []firstPass) Aligner {
	return secondAligner{&atomic.Int32{}}
}

// TestFirstPassGetsArticleDate: the batch's first pass aligns each article
// with its date, as the run does, so that it learns from the links the run
// makes.
func TestFirstPassGetsArticleDate(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	articles(t, in, 3) // all three with an original
	steps, _, _ := fakeSteps()
	al := &datedLearner{datedIndexAligner: datedIndexAligner{dates: map[string]time.Time{}}}
	steps.Aligner = al
	if _, err := Run(context.Background(), Options{Inputs: []string{in}, OutDir: out, Steps: steps}); err != nil {
		t.Fatal(err)
	}
	if n := al.undated.Load(); n != 0 {
		t.Errorf("the first pass aligned %d articles without their date", n)
	}
	for i := 0; i < 3; i++ {
		want := time.Date(2026, 3, i+1, 0, 0, 0, 0, time.UTC)
		if got := al.dates[fmt.Sprintf("헤드라인 %d", i)]; !got.Equal(want) {
			t.Errorf("first pass: article %d aligned with date %v, want %v", i, got, want)
		}
	}
}
