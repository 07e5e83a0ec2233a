package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bitext/omegat"
	"bitext/tm"
	"bitext/xliff"
)

// TestKitWork: in a kit file a target other than its source is the
// translator's, whatever state OmegaT left; one still equal to the source
// (spaces aside) is not translated.
func TestKitWork(t *testing.T) {
	tests := []struct {
		name   string
		u      xliff.Unit
		review tm.Review
		why    string
	}{
		{"translated, kit state kept", xliff.Unit{Source: "야당은 반대했다.", Target: "The opposition objected.", State: xliff.StateInitial, OriginalState: "needs-translation"}, tm.Translated, ""},
		{"auto-inserted pre-fill", xliff.Unit{Source: "어린이 요금은 그대로다.", Target: "Fares for children stay the same.", State: xliff.StateInitial}, tm.Translated, ""},
		{"source copy", xliff.Unit{Source: "야당은 반대했다.", Target: "야당은 반대했다.", State: xliff.StateInitial}, "", SkipNotTranslated},
		{"source copy, spaces differ", xliff.Unit{Source: "야당은  반대했다.", Target: " 야당은 반대했다.\n", State: xliff.StateInitial}, "", SkipNotTranslated},
		{"no target", xliff.Unit{Source: "야당은 반대했다.", State: xliff.StateInitial}, "", SkipNoTarget},
		{"confirmed in another tool", xliff.Unit{Source: "야당은 반대했다.", Target: "The opposition objected.", State: xliff.StateFinal}, tm.Final, ""},
		{"reviewed", xliff.Unit{Source: "야당은 반대했다.", Target: "The opposition objected.", State: xliff.StateReviewed}, tm.Reviewed, ""},
	}
	for _, tc := range tests {
		review, why := kitWork(&tc.u)
		if review != tc.review || why != tc.why {
			t.Errorf("%s: kitWork = %q, %q; want %q, %q", tc.name, review, why, tc.review, tc.why)
		}
	}
}

// omegaTranslate is OmegaT on a kit file: the targets of the units named
// are replaced, everything else (state, notes, alt-trans) left as it was.
func omegaTranslate(t *testing.T, in, out string, targets map[string]string) {
	t.Helper()
	data, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := xliff.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	for i := range doc.Files[0].Units {
		u := &doc.Files[0].Units[i]
		if tr, ok := targets[u.ID]; ok {
			u.Target = tr
		}
	}
	var b bytes.Buffer
	if err := xliff.Encode(&b, doc); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestKitRoundTrip: a run asked for the kit writes the kit file and the
// OmegaT project (the TM's exact match in tm/auto); the file OmegaT
// translated is imported (found from OUT/omegat/target without --out:
// the translator's units, a source copy skipped) and merged into the
// English article.
func TestKitRoundTrip(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeFiles(t, in, map[string]string{"bus-fare.ko.txt": busFareKo})
	mem := &fakeMemory{units: []Unit{{Source: "어린이 요금은 그대로다.", Target: "Fares for children stay the same."}}}
	all, err := selectFormats(exportFormats(nil, ""), []string{"all"})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range all {
		if f.Name() == KitFormat {
			t.Errorf("--formats all selects the kit; it is written only when named")
		}
	}
	cfg := DefaultConfig()
	cfg.Output.Formats = []string{KitFormat}
	steps := Steps{Segmenter: segmentStep{}, Memory: mem, Formats: exportFormats(nil, "")}
	if _, err := Run(context.Background(), Options{Config: cfg, Inputs: []string{in}, OutDir: out, Steps: steps}); err != nil {
		t.Fatal(err)
	}
	arts, _ := filepath.Glob(filepath.Join(out, ArticlesDir, "*"))
	if len(arts) != 1 || !strings.HasSuffix(arts[0], "bus-fare.omegat.xlf") {
		t.Fatalf("articles folder %q, want the kit file", arts)
	}
	src := filepath.Join(out, KitDir, "source", omegat.SourceName(filepath.Base(arts[0])))
	k, err := omegat.Read([]string{src})
	if err != nil {
		t.Fatalf("the project's source file: %v", err)
	}
	if k.Units != 6 || len(k.Exact) != 1 || k.Exact[0].Target != "Fares for children stay the same." || len(k.Fuzzy) != 0 {
		t.Errorf("kit %+v: want 6 units (the byline one of them), the exact match for tm/auto", k)
	}
	for _, f := range []string{omegat.ProjectFile, omegat.AutoTMX, omegat.FuzzyTMX, omegat.GlossaryFile} {
		if _, err := os.Stat(filepath.Join(out, KitDir, filepath.FromSlash(f))); err != nil {
			t.Errorf("project file: %v", err)
		}
	}
	targets := map[string]string{
		"u1":     "Seoul to raise bus fares",
		"byline": "By Jung Ha-neul",
		"u2":     "Seoul said it will raise bus fares from next month.",
		"u3":     "Subway fares are frozen.",
		"u4":     "The city said fuel costs had risen.",
		"u5":     "Fares for children stay the same.", // OmegaT inserted it from tm/auto
	}
	done := filepath.Join(out, KitDir, "target", filepath.Base(src))
	for _, leave := range []string{"u3", ""} {
		tr := map[string]string{}
		for id, s := range targets {
			if id != leave {
				tr[id] = s
			}
		}
		omegaTranslate(t, src, done, tr)
		mem.units = mem.units[:1]
		res, err := Import(context.Background(), ImportOptions{Files: []string{done}, Steps: Steps{Segmenter: segmentStep{}, Memory: mem}})
		if err != nil {
			t.Fatal(err)
		}
		wantStored, wantSkipped := 6, 0
		if leave != "" {
			wantStored, wantSkipped = 5, 1
		}
		if res.Imported != wantStored || res.SkippedWhy[SkipNotTranslated] != wantSkipped || len(res.Refused) != 0 {
			t.Errorf("%s left: import %+v, want %d stored, %d not translated", leave, res, wantStored, wantSkipped)
		}
		for _, u := range mem.units[1:] {
			if u.Origin != "translator" || u.Review != string(tm.Translated) || u.Target != targets[idOf(targets, u.Target)] {
				t.Errorf("stored %+v", u)
			}
		}
		merged, err := MergeBack(context.Background(), MergeBackOptions{Files: []string{done}, OutDir: filepath.Join(out, "merged")})
		var ue *UntranslatedError
		if leave != "" {
			if !errors.As(err, &ue) || ue.Unit.ID != leave {
				t.Errorf("merge with %s a source copy: %v, want it untranslated", leave, err)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		got, _ := os.ReadFile(merged[0].Path)
		want := "Seoul to raise bus fares\n\nBy Jung Ha-neul\n\n2026-06-02\n\n" +
			"Seoul said it will raise bus fares from next month. Subway fares are frozen.\n\n" +
			"The city said fuel costs had risen.\n\nFares for children stay the same.\n"
		if string(got) != want || len(merged[0].ToReview) != 0 {
			t.Errorf("merged (%d to review):\n%s\nwant:\n%s", len(merged[0].ToReview), got, want)
		}
	}
}

func idOf(m map[string]string, v string) string {
	for k, s := range m {
		if s == v {
			return k
		}
	}
	return ""
}

// TestSelectFormatsKit: the kit is written only when named, also beside
// "all".
func TestSelectFormatsKit(t *testing.T) {
	avail := exportFormats(nil, "")
	tests := []struct {
		want    []string
		kit     bool
		n       int // formats selected
		firstIs string
	}{
		{nil, false, len(avail) - 1, avail[0].Name()},
		{[]string{"all"}, false, len(avail) - 1, avail[0].Name()},
		{[]string{"all", KitFormat}, true, len(avail), avail[0].Name()},
		{[]string{KitFormat, "all"}, true, len(avail), avail[0].Name()},
		{[]string{"xliff12", KitFormat}, true, 2, "xliff12"},
		{[]string{"xliff12"}, false, 1, "xliff12"},
	}
	for _, tc := range tests {
		got, err := selectFormats(avail, tc.want)
		if err != nil {
			t.Fatal(err)
		}
		kit := false
		for _, f := range got {
			kit = kit || f.Name() == KitFormat
		}
		if kit != tc.kit || len(got) != tc.n || got[0].Name() != tc.firstIs {
			t.Errorf("selectFormats(%q): %d formats, first %s, kit %v; want %d, %s, %v", tc.want, len(got), got[0].Name(), kit, tc.n, tc.firstIs, tc.kit)
		}
	}
}

// TestKitQueuedEqualsRun: a queued run's parts merged build the same
// OmegaT project as a single run.
func TestKitQueuedEqualsRun(t *testing.T) {
	in := t.TempDir()
	writeFiles(t, in, map[string]string{
		"bus-fare.ko.txt": busFareKo,
		"talks.ko.txt":    "회담 재개\n\n어린이 요금은 그대로다. 당국자들은 다시 만나기로 했다.\n",
	})
	in, _ = filepath.Abs(in)
	seed := []Unit{{Source: "어린이 요금은 그대로다.", Target: "Fares for children stay the same."}}
	cfg := DefaultConfig()
	cfg.Output.Formats = []string{"xliff12", KitFormat}
	steps := func() Steps {
		return Steps{Segmenter: segmentStep{}, Memory: &fakeMemory{units: seed}, Formats: exportFormats(nil, "")}
	}
	single := t.TempDir()
	if _, err := Run(context.Background(), Options{Config: cfg, Inputs: []string{in}, OutDir: single, Steps: steps()}); err != nil {
		t.Fatal(err)
	}
	shared := t.TempDir()
	st := steps()
	arts, _, err := RunInputs([]string{in})
	if err != nil {
		t.Fatal(err)
	}
	var parts []Part
	for k := len(arts) - 1; k >= 0; k-- { // another order
		p, err := RunPart(context.Background(), Options{Config: cfg, OutDir: shared, Steps: st}, []string{arts[k].Original}, fmt.Sprint(k))
		if err != nil {
			t.Fatal(err)
		}
		parts = append(parts, p)
	}
	if _, err := os.Stat(filepath.Join(shared, KitDir)); !os.IsNotExist(err) {
		t.Fatalf("a part built the project (%v); the merge builds it", err)
	}
	if _, err := Merge(MergeOptions{Config: cfg, Steps: st, OutDir: shared, Parts: parts}); err != nil {
		t.Fatal(err)
	}
	a, b := readTree(t, filepath.Join(single, KitDir)), readTree(t, filepath.Join(shared, KitDir))
	if len(a) != 6 || len(a) != len(b) { // project, 2 sources, 2 TMX, glossary
		t.Fatalf("%d project files from the run, %d from the parts: %v / %v", len(a), len(b), keys(a), keys(b))
	}
	for name, data := range a {
		if b[name] != data {
			t.Errorf("%s differs:\n%s\n----\n%s", name, data, b[name])
		}
	}
}
