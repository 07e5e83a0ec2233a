package pipeline

import (
	"context"
	"path/filepath"
	"regexp"
	"testing"

	"golang.org/x/text/language"

	"bitext/article"
	"bitext/tm/sqlite"
)

// markerAligner links the segments that carry the same marker (#1): two
// source segments with one target make a 2-1 link, one with two a 1-2.
type markerAligner struct{}

var marker = regexp.MustCompile(`#\d+`)

func (markerAligner) Align(src, tgt []article.Segment, _, _ language.Tag) []article.Link {
	var out []article.Link
	at := map[string]int{}
	for side, segs := range [][]article.Segment{src, tgt} {
		for i, s := range segs {
			m := marker.FindString(s.Text)
			k, ok := at[m]
			if !ok {
				k = len(out)
				at[m] = k
				out = append(out, article.Link{Confidence: 0.9})
			}
			if side == 0 {
				out[k].Source = append(out[k].Source, i)
			} else {
				out[k].Target = append(out[k].Target, i)
			}
		}
	}
	return out
}

// TestJoinedLookup: the pairs of a 2-1 and a 1-2 link stored by one run
// are found again as exact matches by the next article with the same
// sentences: the 2-1 pair by its joined source, the 1-2 pair by its one
// source. Without the joined lookup the two sentences of the 2-1 link
// stay new.
func TestJoinedLookup(t *testing.T) {
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.tm"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	steps := Steps{Segmenter: sentenceSplitter{}, Aligner: markerAligner{}, Memory: memoryStep{s: store}}
	ko := "제목 #0\n\n가격이 #1 크게 올랐다. 시장은 #1 놀랐다. 회담은 #2 결렬 끝에 끝났다.\n"
	en := "Title #0\n\nPrices #1 jumped, surprising markets. The talks #2 broke down. Both sides #2 walked out.\n"
	var bands []Bands
	for _, name := range []string{"first", "second"} {
		in := t.TempDir()
		writeFiles(t, in, map[string]string{name + ".ko.txt": ko, name + ".en.txt": en})
		rep, err := Run(ctx, Options{Inputs: []string{in}, OutDir: t.TempDir(), Jobs: 1, Steps: steps})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Totals.Done != 1 {
			t.Fatalf("%s: %+v", name, rep.Totals)
		}
		bands = append(bands, rep.Totals.Bands)
	}
	if b := bands[0]; b.InContext+b.Exact != 0 {
		t.Fatalf("first run found matches in an empty TM: %+v", b)
	}
	// Source segments: the headline, two of the 2-1 link, one of the 1-2.
	if b := bands[1]; b.InContext+b.Exact != 4 || b.New != 0 {
		t.Errorf("second run: bands %+v, want all 4 source segments matched exactly", b)
	}
}
