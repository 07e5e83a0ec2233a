package pipeline

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/article"
)

// datedIndexAligner records the date each article is aligned with.
type datedIndexAligner struct {
	indexAligner
	mu    sync.Mutex
	dates map[string]time.Time // by the first source segment
}

func (d *datedIndexAligner) AlignDated(src, tgt []article.Segment, sl, tl language.Tag, date time.Time) []article.Link {
	d.mu.Lock()
	d.dates[src[0].Text] = date
	d.mu.Unlock()
	return d.Align(src, tgt, sl, tl)
}

// TestAlignerGetsArticleDate: the date of an article's dateline reaches an
// aligner that uses it (align.Options.Date, so 29일 can meet "Friday").
func TestAlignerGetsArticleDate(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	articles(t, in, 3)
	steps, _, _ := fakeSteps()
	al := &datedIndexAligner{dates: map[string]time.Time{}}
	steps.Aligner = al
	if _, err := Run(context.Background(), Options{Inputs: []string{in}, OutDir: out, Steps: steps}); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		want := time.Date(2026, 3, i+1, 0, 0, 0, 0, time.UTC)
		if got := al.dates[fmt.Sprintf("헤드라인 %d", i)]; !got.Equal(want) {
			t.Errorf("article %d aligned with date %v, want %v", i, got, want)
		}
	}
}
