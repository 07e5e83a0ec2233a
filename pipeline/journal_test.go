package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
)

// failingMemory fails its Add calls from the failAt-th on (a full disk
// under the TM): nothing of a failed call is stored.
type failingMemory struct {
	*fakeMemory
	failAt, calls int
}

func (m *failingMemory) Add(ctx context.Context, units []Unit) error {
	m.calls++
	if m.failAt > 0 && m.calls >= m.failAt {
		return syscall.ENOSPC
	}
	return m.fakeMemory.Add(ctx, units)
}

// agree checks that the out folder's report, state and files and the TM
// tell the same story: the articles the report lists as done or unchanged
// are those of the state, have all their files and (with an original)
// their pairs in the TM; the others have no file and no pair.
func agree(t *testing.T, out string, mem *fakeMemory, formats int) *Report {
	t.Helper()
	var rep Report
	data, err := os.ReadFile(filepath.Join(out, ReportJSON))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	st := loadState(filepath.Join(out, StateFile))
	tree := readTree(t, out)
	inTM := map[string]bool{}
	for _, d := range mem.docs() {
		inTM[d] = true
	}
	units := 0
	for _, a := range rep.Articles {
		ok := a.Status == "done" || a.Status == "unchanged"
		if _, rec := st.Articles[a.Name]; rec != ok {
			t.Errorf("%s: status %s, in the state: %v", a.Name, a.Status, rec)
		}
		for _, ext := range []string{".json", ".html"} {
			if _, has := tree["articles/"+a.Name+ext]; has != ok {
				t.Errorf("%s: status %s, file %s: %v", a.Name, a.Status, ext, has)
			}
		}
		if ok && len(a.Outputs) != formats {
			t.Errorf("%s: %d outputs", a.Name, len(a.Outputs))
		}
		withPairs := a.Original != ""
		if inTM[a.Name] != (ok && withPairs) {
			t.Errorf("%s: status %s, pairs in the TM: %v", a.Name, a.Status, inTM[a.Name])
		}
		if a.Status == "done" && a.Alignment != nil {
			units += a.Alignment.Units
		}
	}
	if rep.Totals.Units != units {
		t.Errorf("report: %d units added, articles say %d", rep.Totals.Units, units)
	}
	for name := range tree {
		if strings.Contains(name, ".tmp") || strings.Contains(name, pendingDir) || name == JournalFile || name == IntentFile {
			t.Errorf("left behind: %s", name)
		}
	}
	return &rep
}

// TestRunTMFullDisk: when the TM stops taking pairs half way, the run
// exits with an environment error, records only the articles whose pairs
// were stored, removes the others' files and says why in the report; the
// rerun does the rest.
func TestRunTMFullDisk(t *testing.T) {
	defer func(n int) { storeChunk = n }(storeChunk)
	storeChunk = 1 // one transaction per article with pairs
	in, out := t.TempDir(), t.TempDir()
	articles(t, in, 8) // art003 and art007 have no original, so no pairs
	steps, mem, _ := fakeSteps()
	fm := &failingMemory{fakeMemory: mem, failAt: 3}
	steps.Memory = fm
	rep, err := Run(context.Background(), Options{Inputs: []string{in}, OutDir: out, Jobs: 2, Steps: steps})
	var ee *EnvError
	if !errors.As(err, &ee) || !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("error %v, want an *EnvError (no space)", err)
	}
	// art000, art001 stored; art002 failed to store: it and every later
	// article are not recorded.
	if got := strings.Join(mem.docs(), ","); got != "art000,art001" {
		t.Errorf("TM documents %s", got)
	}
	if rep.Totals.Done != 2 || rep.Totals.Failed != 6 {
		t.Errorf("totals %+v", rep.Totals)
	}
	if a := rep.Articles[2]; a.Status != "failed" || !strings.Contains(a.Error, "pairs not stored in the TM") {
		t.Errorf("art002: %s %q", a.Status, a.Error)
	}
	agree(t, out, mem, 2)
	// The disk has room again: the rerun does the rest.
	fm.failAt = 0
	rep, err = Run(context.Background(), Options{Inputs: []string{in}, OutDir: out, Jobs: 2, Steps: steps})
	if err != nil || rep.Totals.Done != 6 || rep.Totals.Unchanged != 2 {
		t.Fatalf("rerun: %v %+v", err, rep.Totals)
	}
	agree(t, out, mem, 2)
}

// TestFinishJournal: a run killed after writing its journal (its files
// committed, its pairs maybe not stored) is finished by the next run,
// which then skips its articles as unchanged: the out folder and the TM
// end as a clean run leaves them, and nothing is matched against its own
// pairs.
func TestFinishJournal(t *testing.T) {
	in := t.TempDir()
	articles(t, in, 6)
	clean := t.TempDir()
	steps, memA, _ := fakeSteps()
	repA, err := Run(context.Background(), Options{Inputs: []string{in}, OutDir: clean, Jobs: 2, Steps: steps, TMPath: "/tm/a"})
	if err != nil {
		t.Fatal(err)
	}
	// The killed run's out folder: its files, its journal, no state and no
	// report.
	killed := t.TempDir()
	treeA := readTree(t, clean)
	for name, data := range treeA {
		if strings.HasPrefix(name, ArticlesDir+"/") {
			writeFiles(t, killed, map[string]string{name: data})
		}
	}
	st := loadState(filepath.Join(clean, StateFile))
	var names []string
	for n := range st.Articles {
		names = append(names, n)
	}
	sort.Strings(names)
	err = writeJournal(killed, JournalFile, journalHead{Run: "x", TM: "/tm/a"}, len(names), func(i int) (journalEntry, error) {
		e := journalEntry{Name: names[i], Hash: st.Articles[names[i]].Hash, Summary: st.Articles[names[i]].Summary}
		for _, u := range memA.units {
			if u.Doc == names[i] {
				e.Units = append(e.Units, u)
			}
		}
		return e, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Another TM than the journal's: refused, nothing done.
	stepsB, memB, _ := fakeSteps()
	_, err = Run(context.Background(), Options{Inputs: []string{in}, OutDir: killed, Steps: stepsB, TMPath: "/tm/b"})
	var je *JournalError
	if !errors.As(err, &je) || je.JournalTM != "/tm/a" || len(memB.units) != 0 {
		t.Fatalf("other TM: %v (%d units stored)", err, len(memB.units))
	}
	// The same TM (its pairs not stored before the kill): finished.
	rep, err := Run(context.Background(), Options{Inputs: []string{in}, OutDir: killed, Steps: stepsB, TMPath: "/tm/a"})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Recovered == nil || rep.Recovered.Articles != 6 || rep.Recovered.Units != len(memA.units) {
		t.Errorf("recovered %+v, want 6 articles and %d units", rep.Recovered, len(memA.units))
	}
	if rep.Totals.Unchanged != 6 || rep.Totals.Bands != repA.Totals.Bands {
		t.Errorf("rerun totals %+v, clean run %+v", rep.Totals, repA.Totals)
	}
	if len(memB.units) != len(memA.units) {
		t.Errorf("TM: %d units, clean run %d", len(memB.units), len(memA.units))
	}
	treeB := readTree(t, killed)
	for name, data := range treeA {
		if strings.HasPrefix(name, ArticlesDir+"/") && treeB[name] != data {
			t.Errorf("%s differs from the clean run's", name)
		}
	}
	agree(t, killed, memB, 2)
}

// TestUndoIntent: a run killed after writing its intent, with its files
// (some or all) in place and nothing stored, is undone by the next run:
// the files named by the intent go, nothing of the intent is stored, and
// the articles are run again, ending as a clean run.
func TestUndoIntent(t *testing.T) {
	in := t.TempDir()
	articles(t, in, 6)
	clean := t.TempDir()
	steps, memA, _ := fakeSteps()
	if _, err := Run(context.Background(), Options{Inputs: []string{in}, OutDir: clean, Jobs: 2, Steps: steps}); err != nil {
		t.Fatal(err)
	}
	treeA := readTree(t, clean)
	st := loadState(filepath.Join(clean, StateFile))
	var names, files []string
	for n, e := range st.Articles {
		names = append(names, n)
		for _, p := range e.Summary.Outputs {
			files = append(files, p)
		}
	}
	sort.Strings(names)
	// Half the files in place (killed during the renames), plus a file
	// the intent names that is not the run's to keep.
	killed := t.TempDir()
	k := 0
	for name, data := range treeA {
		if strings.HasPrefix(name, ArticlesDir+"/") && k%2 == 0 {
			writeFiles(t, killed, map[string]string{name: data})
		}
		k++
	}
	err := writeJournal(killed, IntentFile, journalHead{Run: "x", Files: files}, len(names), func(i int) (journalEntry, error) {
		e := journalEntry{Name: names[i], Hash: st.Articles[names[i]].Hash, Summary: st.Articles[names[i]].Summary}
		for _, u := range memA.units {
			if u.Doc == names[i] {
				e.Units = append(e.Units, u)
			}
		}
		return e, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	stepsB, memB, _ := fakeSteps()
	rep, err := Run(context.Background(), Options{Inputs: []string{in}, OutDir: killed, Steps: stepsB})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Recovered != nil {
		t.Errorf("recovered %+v from an intent, want nothing finished", rep.Recovered)
	}
	if rep.Totals.Done != 6 || rep.Totals.Unchanged != 0 {
		t.Errorf("rerun totals %+v, want 6 run again", rep.Totals)
	}
	if len(memB.units) != len(memA.units) {
		t.Errorf("TM: %d units, clean run %d", len(memB.units), len(memA.units))
	}
	if _, err := os.Stat(filepath.Join(killed, IntentFile)); !os.IsNotExist(err) {
		t.Errorf("intent left: %v", err)
	}
	agree(t, killed, memB, 2)
}

// TestUndoIntentAlone: undoIntent removes the files its intent names
// (under the articles folder only) and drops its articles from the state.
func TestUndoIntentAlone(t *testing.T) {
	out := t.TempDir()
	writeFiles(t, out, map[string]string{"articles/a.html": "a", "articles/b.html": "b", "keep.txt": "k"})
	st := state{Version: Version, Articles: map[string]stateEntry{"a": {Hash: "h"}, "b": {Hash: "h"}}}
	if err := writeState(out, &st); err != nil {
		t.Fatal(err)
	}
	head := journalHead{Run: "x", Files: []string{"articles/a.html", "keep.txt", "../x"}}
	if err := writeJournal(out, IntentFile, head, 1, func(int) (journalEntry, error) { return journalEntry{Name: "a"}, nil }); err != nil {
		t.Fatal(err)
	}
	n, err := undoIntent(out)
	if err != nil || n != 1 {
		t.Fatalf("undoIntent: %d, %v", n, err)
	}
	tree := readTree(t, out)
	if _, ok := tree["articles/a.html"]; ok {
		t.Error("articles/a.html not removed")
	}
	for _, f := range []string{"articles/b.html", "keep.txt"} {
		if _, ok := tree[f]; !ok {
			t.Errorf("%s removed", f)
		}
	}
	got := loadState(filepath.Join(out, StateFile))
	if _, ok := got.Articles["a"]; ok {
		t.Error("a still in the state")
	}
	if _, ok := got.Articles["b"]; !ok {
		t.Error("b dropped from the state")
	}
	if _, ok := tree[IntentFile]; ok {
		t.Error("intent left")
	}
}
