package main

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"bitext/dirlock"
	"bitext/tm/postgres/pgtest"
)

// The queued run's part of the fault suite (issue 13): the merge killed
// at random points, and the out folder's lock between workers, a plain
// run and a merge. Needs PostgreSQL (BITEXT_TEST_POSTGRES) for the queue.

// queuedArgs are a queued run's flags: the enqueue (`run`) or a worker.
func queuedArgs(cmd, dsn string, more ...string) []string {
	args := []string{cmd, "--queue", dsn, "--tm", "t.tm", "--out", "out", "--formats", "xliff,tsv,html,md"}
	return append(args, more...)
}

// TestFaultQueuedMerge kills the worker that merges a finished queued run
// at a random point of the merge (seeded; BITEXT_FAULT_SEED); the next
// worker finishes the merge, and the out folder, its state and report and
// the TM are then those of an undisturbed queued run.
func TestFaultQueuedMerge(t *testing.T) {
	if testing.Short() {
		t.Skip("fault-injection suite: not with -short")
	}
	dsn := pgtest.Schema(t)
	rng := rand.New(rand.NewSource(faultSeed(t)))
	prep := func(t *testing.T) string {
		dir := t.TempDir()
		copyArticles(t, filepath.Join(dir, "in"), faultArticles...)
		mustRun(t, dir, queuedArgs("run", dsn, "in")...)
		return dir
	}
	// The undisturbed queued run, and where its merge starts among the
	// fault points of its worker.
	refDir := prep(t)
	mustRun(t, refDir, queuedArgs("worker", dsn)...)
	ref := queuedSnapshot(t, refDir)
	if err := ref.consistent(); err != nil {
		t.Fatalf("undisturbed queued run: %v", err)
	}
	if len(ref.state) != len(faultArticles) || len(ref.tm) == 0 {
		t.Fatalf("undisturbed queued run: %d articles recorded, %d units", len(ref.state), len(ref.tm))
	}
	countDir := prep(t)
	f := filepath.Join(t.TempDir(), "points")
	if r := runProc(t, countDir, "count="+f, 0, queuedArgs("worker", dsn)...); r.code != 0 {
		t.Fatalf("counting worker: exit %d\n%s", r.code, r.stderr)
	}
	data, _ := os.ReadFile(f)
	points := strings.Split(strings.TrimSpace(string(data)), "\n")
	start := -1
	for i, p := range points {
		if p == "merge.start" {
			start = i + 1 // kill@N counts from 1
		}
	}
	if start < 0 {
		t.Fatalf("the worker never merged: %v", points)
	}
	t.Logf("worker: %d fault points, the merge from point %d (%s)", len(points), start, strings.Join(points[start-1:], " "))

	kills := 0
	const trials = 9 // three of each way of finishing the merge
	for i := 0; i < trials; i++ {
		dir := prep(t)
		k := start + rng.Intn(len(points)-start+1)
		r := runProc(t, dir, fmt.Sprintf("kill@%d", k), 0, queuedArgs("worker", dsn)...)
		how := fmt.Sprintf("at point %d (%s)", k, points[k-1])
		if !r.killed {
			t.Fatalf("merge trial %d (%s): not killed, exit %d\n%s", i, how, r.code, r.stderr)
		}
		kills++
		// The next worker finds nothing to run, and merges; or `bitext
		// run --queue --status` does; or a plain run of the same articles
		// in the folder finishes the merge's journal, and then finds them
		// unchanged, never matched against their own pairs.
		switch i % 3 {
		case 0:
			mustRun(t, dir, queuedArgs("worker", dsn)...)
		case 1:
			mustRun(t, dir, queuedArgs("run", dsn, "--status")...)
		case 2:
			r := mustRun(t, dir, "run", "--tm", "t.tm", "--out", "out", "--formats", "xliff,tsv,html,md", "in")
			if !strings.Contains(r.stdout, "TM match bands: 101%: 0,") {
				t.Errorf("merge trial %d (killed %s): the plain run matched articles against their own pairs:\n%s", i, how, r.stdout)
			}
			got := queuedSnapshot(t, dir).withoutParts()
			if err := got.consistent(); err != nil {
				t.Errorf("merge trial %d (killed %s), then a plain run: %v", i, how, err)
			}
			if d := diffMaps(got.state, ref.state); d != "" || strings.Join(got.tm, "\n") != strings.Join(ref.tm, "\n") {
				t.Errorf("merge trial %d (killed %s), then a plain run: state %s, %d units (undisturbed %d)", i, how, d, len(got.tm), len(ref.tm))
			}
			continue
		}
		got := queuedSnapshot(t, dir)
		if err := got.sameMerged(ref); err != nil {
			t.Errorf("merge trial %d (killed %s): %v", i, how, err)
		}
	}
	t.Logf("%d merges killed", kills)
}

// queuedSnapshot is takeSnapshot of a queued run in dir, whose report
// names the inputs by absolute path: dir is replaced by "DIR".
func queuedSnapshot(t *testing.T, dir string) snapshot {
	s := takeSnapshot(t, filepath.Join(dir, "out"), filepath.Join(dir, "t.tm"))
	for k, v := range s.report {
		s.report[k] = strings.ReplaceAll(v, dir, "DIR")
	}
	return s
}

// sameMerged: the same files, state, report (statuses aside) and TM as
// the undisturbed queued run, nothing left behind but the part folder's
// own records.
func (s snapshot) sameMerged(ref snapshot) error {
	return s.withoutParts().same(ref)
}

// withoutParts is s without the queued run's records in .bitext-parts
// (its originals without an edition, its merge marker).
func (s snapshot) withoutParts() snapshot {
	var left []string
	for _, l := range s.leftovers {
		if !strings.HasPrefix(l, ".bitext-parts/") {
			left = append(left, l)
		}
	}
	s.leftovers = left
	return s
}

// TestFaultQueuedLock: the workers of a queued run share the out folder;
// a plain run in it exits 3 naming a worker while one works, and a
// worker exits 3 naming the run while a run (or a merge) holds it, or
// waits for it with --wait.
func TestFaultQueuedLock(t *testing.T) {
	if testing.Short() {
		t.Skip("fault-injection suite: not with -short")
	}
	dsn := pgtest.Schema(t)
	dir := t.TempDir()
	copyArticles(t, filepath.Join(dir, "in"), faultArticles...)
	mustRun(t, dir, queuedArgs("run", dsn, "in")...)
	out := filepath.Join(dir, "out")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()

	// A worker at work (its shared lock, held here): a plain run on the
	// same out folder is refused, naming it, and writes nothing.
	w, err := dirlock.Acquire(ctx, out, dirlock.Options{Shared: true, Command: "bitext worker, run test"})
	if err != nil {
		t.Fatal(err)
	}
	r := runProc(t, dir, "", 0, "run", "--tm", "plain.tm", "--out", "out", "in")
	if r.code != 3 || !regexp.MustCompile(`out is in use by process [0-9]+ .*\(bitext worker, run test\)`).MatchString(r.stderr) {
		t.Errorf("plain run beside a worker: exit %d\n%s", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "articles")); err == nil {
		t.Error("the refused run wrote into the out folder")
	}
	// A second worker of the run works beside the first: it runs every
	// article, and its merge waits for the first to leave.
	go func() {
		time.Sleep(500 * time.Millisecond)
		w.Release()
	}()
	r = mustRun(t, dir, queuedArgs("worker", dsn)...)
	if n := strings.Count(r.stdout, "done: "); n != len(faultArticles) {
		t.Errorf("second worker: %d articles done\n%s", n, r.stdout)
	}
	got := queuedSnapshot(t, dir).withoutParts()
	if err := got.consistent(); err != nil {
		t.Errorf("after the workers: %v", err)
	}
	if len(got.state) != len(faultArticles) {
		t.Errorf("after the workers: %d articles recorded", len(got.state))
	}

	// A run (or merge) holding the folder: a worker is refused, naming
	// it, or waits with --wait.
	x, err := dirlock.Acquire(ctx, out, dirlock.Options{Command: "bitext run in"})
	if err != nil {
		t.Fatal(err)
	}
	r = runProc(t, dir, "", 0, queuedArgs("worker", dsn)...)
	if r.code != 3 || !strings.Contains(r.stderr, "(bitext run in)") {
		t.Errorf("worker beside a run: exit %d\n%s", r.code, r.stderr)
	}
	go func() {
		time.Sleep(500 * time.Millisecond)
		x.Release()
	}()
	mustRun(t, dir, queuedArgs("worker", dsn, "--wait", "30s")...)
}
