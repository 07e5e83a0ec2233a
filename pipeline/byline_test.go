package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"bitext/export"
	"bitext/xliff"
)

// TestPretranslateByline: an original's byline is looked up in the TM on
// its own; a match pre-fills the byline's unit (state of its kind), counts
// among the pre-filled segments and their hashes, and merge back writes it.
// Without a match the unit has no target.
func TestPretranslateByline(t *testing.T) {
	for _, known := range []bool{true, false} {
		in, out := t.TempDir(), t.TempDir()
		writeFiles(t, in, map[string]string{"bus-fare.ko.txt": busFareKo})
		mem := &fakeMemory{units: []Unit{{Source: "어린이 요금은 그대로다.", Target: "Fares for children stay the same."}}}
		if known {
			mem.units = append(mem.units, Unit{Source: "정하늘 기자", Target: "By Jung Ha-neul"})
		}
		cfg := DefaultConfig()
		cfg.Output.Formats = []string{"xliff"}
		steps := Steps{Segmenter: segmentStep{}, Memory: mem, Formats: exportFormats(nil, "")}
		rep, err := Run(context.Background(), Options{Config: cfg, Inputs: []string{in}, OutDir: out, Steps: steps})
		if err != nil {
			t.Fatal(err)
		}
		want := 1
		if known {
			want = 2
		}
		if n := rep.Articles[0].Pretranslated; n == nil || *n != want || len(rep.Articles[0].Prefilled) != want {
			t.Errorf("known %v: pretranslated %v, %d hashes; want %d", known, n, len(rep.Articles[0].Prefilled), want)
		}
		files, _ := filepath.Glob(filepath.Join(out, ArticlesDir, "*.xlf"))
		if len(files) != 1 {
			t.Fatalf("XLIFF files %q", files)
		}
		f, err := os.Open(files[0])
		if err != nil {
			t.Fatal(err)
		}
		doc, err := xliff.Decode(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		var by *xliff.Unit
		for i, u := range doc.Files[0].Units {
			if u.ID == export.BylineUnitID {
				by = &doc.Files[0].Units[i]
				if i != 1 {
					t.Errorf("byline unit at %d, want after the headline's", i)
				}
			}
		}
		if by == nil {
			t.Fatalf("no byline unit in %+v", doc.Files[0].Units)
		}
		switch {
		case known && (by.Target != "By Jung Ha-neul" || by.State != xliff.StateTranslated || by.SubState != "bitext:exact" && by.SubState != "bitext:in-context"):
			// fakeMemory calls a match with the query's (empty)
			// neighbours in-context.
			t.Errorf("byline unit %+v: want the TM's By Jung Ha-neul, translated, exact or in-context", by)
		case !known && (by.Target != "" || by.State != xliff.StateInitial || len(by.Matches) != 0):
			t.Errorf("byline unit %+v: want no target, initial", by)
		}
		if !known {
			continue
		}
		ts, err := readTranslationFile(files[0], true)
		if err != nil {
			t.Fatal(err)
		}
		if ts[0].Text.Byline != "By Jung Ha-neul" {
			t.Errorf("merged byline %q", ts[0].Text.Byline)
		}
	}
}
