package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// A run made article by article (RunPart, in any order, as workers of a
// queued run do) and merged gives the files, report, index and TM a
// single run gives, though the articles share sentences: the parts are
// looked up against the TM as it was at the start, and Merge stores their
// pairs in article order.
func TestRunPartsAndMergeEqualRun(t *testing.T) {
	in := t.TempDir()
	articles(t, in, 10)
	writeFiles(t, in, map[string]string{"lost.ko.txt": "원문만 있는 기사다.\n"})
	in, _ = filepath.Abs(in)
	seed := []Unit{{Source: "당국자들은 다시 만나기로 했다.", Target: "Officials agreed to meet again.", Origin: "alignment", Doc: "seed"}}

	single := t.TempDir()
	steps1, mem1, _ := fakeSteps()
	mem1.Add(context.Background(), seed)
	rep1, err := Run(context.Background(), Options{Inputs: []string{in}, OutDir: single, Jobs: 3, Steps: steps1})
	if err != nil {
		t.Fatal(err)
	}

	shared := t.TempDir()
	steps2, mem2, _ := fakeSteps()
	mem2.Add(context.Background(), seed)
	// The original without an edition (lost.ko.txt) is a part too: it is
	// pretranslated, as in the single run.
	arts, _, err := RunInputs([]string{in})
	if err != nil {
		t.Fatal(err)
	}
	parts := make([]Part, len(arts))
	// Workers take the articles in another order, and a part goes through
	// the job table as JSON.
	for k := range arts {
		i := (k*7 + 3) % len(arts)
		var inputs []string
		if arts[i].Edition != "" {
			inputs = append(inputs, arts[i].Edition)
		}
		if arts[i].Original != "" {
			inputs = append(inputs, arts[i].Original)
		}
		p, err := RunPart(context.Background(), Options{OutDir: shared, Steps: steps2}, inputs, fmt.Sprint(k))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(p)
		if err := json.Unmarshal(b, &parts[i]); err != nil {
			t.Fatal(err)
		}
	}
	if len(mem2.units) != 1 {
		t.Fatalf("workers stored %d units before the merge", len(mem2.units)-1)
	}
	for i := 0; i < 2; i++ { // merging twice changes nothing
		rep2, err := Merge(MergeOptions{Steps: steps2, OutDir: shared, Parts: parts})
		if err != nil {
			t.Fatal(err)
		}
		j1, _ := json.Marshal(rep1)
		j2, _ := json.Marshal(rep2)
		if string(j1) != string(j2) {
			t.Errorf("merged report\n%s\nwant\n%s", j2, j1)
		}
	}
	a, b := readTree(t, single), readTree(t, shared)
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("%d files from the run, %d from the parts: %v / %v", len(a), len(b), keys(a), keys(b))
	}
	for name, data := range a {
		if b[name] != data {
			t.Errorf("%s differs:\n%s\n----\n%s", name, data, b[name])
		}
	}
	// The fake TM keeps duplicates: the second merge added the same units
	// again, in the same order.
	n := len(mem1.units) - 1
	if n == 0 || len(mem2.units) != 1+2*n {
		t.Fatalf("TM has %d units after two merges, want 1+2×%d", len(mem2.units), n)
	}
	for i := 0; i < n; i++ {
		if fmt.Sprint(mem1.units[1+i]) != fmt.Sprint(mem2.units[1+i]) {
			t.Errorf("unit %d: %v, want %v", i, mem2.units[1+i], mem1.units[1+i])
		}
	}
}

// A failed or unfinished article is listed as a single run lists it.
func TestMergeFailedAndNotRun(t *testing.T) {
	out := t.TempDir()
	parts := []Part{
		FailedPart([]string{"/in/b.en.txt", "/in/b.ko.txt"}, "b.ko.txt: cannot read"),
		{Summary: Summary{Name: "a", Status: "done", Segments: SegmentCounts{Source: 2, Target: 3}}, Hash: "h"},
		{Summary: Summary{Name: "c"}},
	}
	rep, err := Merge(MergeOptions{OutDir: out, Parts: parts})
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprintf("%s %s %s | %s %s %s | %+v", rep.Articles[0].Name, rep.Articles[1].Name, rep.Articles[2].Name,
		rep.Articles[0].Status, rep.Articles[1].Status, rep.Articles[2].Status, rep.Totals.Segments)
	if want := "a b c | done failed not run | 5"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	st := loadState(filepath.Join(out, StateFile))
	if len(st.Articles) != 1 || st.Articles["a"].Hash != "h" {
		t.Errorf("state %+v", st)
	}
	for _, f := range []string{ReportJSON, ReportHTML} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Error(err)
		}
	}
}

// A merge whose TM fails leaves its journal (the articles' files are in
// place, their pairs maybe half stored): a run in the folder finishes it,
// recording the articles with their pairs, and then finds them unchanged
// instead of matching them against their own pairs.
func TestMergeJournalFinishedByRun(t *testing.T) {
	in := t.TempDir()
	articles(t, in, 4)
	in, _ = filepath.Abs(in)
	shared := t.TempDir()
	steps, mem, _ := fakeSteps()
	arts, _, err := Discover([]string{in})
	if err != nil {
		t.Fatal(err)
	}
	var parts []Part
	for k, a := range arts {
		inputs := []string{a.Edition}
		if a.Original != "" {
			inputs = append(inputs, a.Original)
		}
		p, err := RunPart(context.Background(), Options{OutDir: shared, Steps: steps}, inputs, fmt.Sprint(k))
		if err != nil {
			t.Fatal(err)
		}
		parts = append(parts, p)
	}
	failing := steps
	failing.Memory = &failingMemory{fakeMemory: mem, failAt: 1}
	if _, err := Merge(MergeOptions{Steps: failing, OutDir: shared, Parts: parts, TMPath: "/tm/a"}); err == nil {
		t.Fatal("merge with a failing TM: no error")
	}
	if _, err := os.Stat(filepath.Join(shared, JournalFile)); err != nil {
		t.Fatalf("no journal after the failed merge: %v", err)
	}
	if len(mem.units) != 0 || len(loadState(filepath.Join(shared, StateFile)).Articles) != 0 {
		t.Fatalf("the failed merge stored %d units, recorded %d articles", len(mem.units), len(loadState(filepath.Join(shared, StateFile)).Articles))
	}
	rep, err := Run(context.Background(), Options{Inputs: []string{in}, OutDir: shared, Steps: steps, TMPath: "/tm/a"})
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, p := range parts {
		want += len(p.Units)
	}
	if rep.Recovered == nil || rep.Recovered.Articles != len(parts) || rep.Recovered.Units != want || want == 0 {
		t.Errorf("recovered %+v, want %d articles and %d units", rep.Recovered, len(parts), want)
	}
	if rep.Totals.Unchanged != len(parts) || len(mem.units) != want {
		t.Errorf("rerun: %+v, TM %d units (want %d)", rep.Totals, len(mem.units), want)
	}
	agree(t, shared, mem, 2)
}
