package sqlite_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"bitext/internal/tmgen"
	"bitext/tm"
	"bitext/tm/sqlite"
	"bitext/tm/tmtest"
)

// privateFiles lists the files in dir whose names begin with a dot:
// CreateFrom's private files and their journals.
func privateFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			names = append(names, e.Name())
		}
	}
	return names
}

// TestCreateFrom: an import into a new path stores every file's units,
// reports each file once, leaves the memory in the WAL like every memory
// and no private file behind.
func TestCreateFrom(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	units := tmgen.New(tmgen.Builtin(), 6).Units(300)
	files := writeFiles(t, mkdir(t, dir, "in"), units, 200)
	path := filepath.Join(dir, "new.tm")
	var reported []string
	total, err := sqlite.CreateFrom(ctx, path, files, func(file string, r tm.ImportResult) {
		reported = append(reported, fmt.Sprintf("%s %d", filepath.Base(file), r.Added))
	})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(reported, ", "), "part0.tmx 200, part1.tmx 100"; got != want {
		t.Errorf("reported %q, want %q", got, want)
	}
	if total.Added != len(units) {
		t.Errorf("%d added, want %d", total.Added, len(units))
	}
	if m := journalMode(t, path); m != 2 {
		t.Errorf("the new memory is in journal mode %d, want 2 (WAL)", m)
	}
	if n := check(t, path); n != len(units) {
		t.Errorf("%d units, want %d", n, len(units))
	}
	if p := privateFiles(t, dir); len(p) != 0 {
		t.Errorf("left behind: %v", p)
	}
	// The memory works as any: a second import adds to it.
	more := writeFiles(t, mkdir(t, dir, "more"), tmgen.New(tmgen.Builtin(), 7).Units(50), 50)
	if _, err := sqlite.CreateFrom(ctx, path, more, func(string, tm.ImportResult) {}); err != nil {
		t.Fatal(err)
	}
	if n := check(t, path); n != len(units)+50 {
		t.Errorf("after a second import: %d units, want %d", n, len(units)+50)
	}
}

// TestCreateFromBadFile: an import into a new path whose first file is
// not TMX leaves no file at all; one whose second file is not TMX keeps
// the first file's units, as an import into an existing memory does.
func TestCreateFromBadFile(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	in := mkdir(t, dir, "in")
	good := writeFiles(t, in, tmgen.New(tmgen.Builtin(), 8).Units(20), 20)[0]
	bad := filepath.Join(in, "bad.tmx")
	if err := os.WriteFile(bad, []byte("<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"ko\"><seg>회담</tuv></tu></body></tmx>"), 0o644); err != nil {
		t.Fatal(err)
	}
	var fe *tm.FileError
	path := filepath.Join(dir, "new.tm")
	if _, err := sqlite.CreateFrom(ctx, path, []string{bad, good}, func(string, tm.ImportResult) {}); !errors.As(err, &fe) || fe.File != bad {
		t.Fatalf("bad first file: err = %v, want a FileError of %s", err, bad)
	}
	if p := privateFiles(t, dir); len(p) != 0 {
		t.Errorf("left behind: %v", p)
	}
	if _, err := os.Lstat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a failed import into a new path left %s (%v)", path, err)
	}

	half := filepath.Join(dir, "half.tm")
	var reported int
	if _, err := sqlite.CreateFrom(ctx, half, []string{good, bad}, func(string, tm.ImportResult) { reported++ }); !errors.As(err, &fe) || fe.File != bad {
		t.Fatalf("bad second file: err = %v, want a FileError of %s", err, bad)
	}
	if reported != 1 {
		t.Errorf("%d files reported, want 1", reported)
	}
	if n := check(t, half); n != 20 {
		t.Errorf("the first file's units: %d, want 20", n)
	}
	if p := privateFiles(t, dir); len(p) != 0 {
		t.Errorf("left behind: %v", p)
	}
}

// TestCreateFromAppeared: when another store creates the memory while
// the import builds its private file, the private file is not linked and
// the files are imported into the memory that is there: its unit and the
// import's are stored, and the files reported are those of that import.
func TestCreateFromAppeared(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	units := tmgen.New(tmgen.Builtin(), 9).Units(100)
	files := writeFiles(t, mkdir(t, dir, "in"), units, 100)
	path := filepath.Join(dir, "new.tm")
	var otherErr error
	sqlite.SetBeforeLink(func() {
		other, err := sqlite.Open(ctx, path)
		if err != nil {
			otherErr = err
			return
		}
		defer other.Close()
		_, otherErr = other.Add(ctx, []tm.Unit{tmtest.Pair("The other desk's unit.", "다른 데스크의 단위.")})
	})
	defer sqlite.SetBeforeLink(nil)
	var added int
	if _, err := sqlite.CreateFrom(ctx, path, files, func(_ string, r tm.ImportResult) { added += r.Added }); err != nil {
		t.Fatal(err)
	}
	if otherErr != nil {
		t.Fatalf("the other store: %v", otherErr)
	}
	if added != len(units) {
		t.Errorf("reported %d added, want %d", added, len(units))
	}
	if n := check(t, path); n != len(units)+1 {
		t.Errorf("%d units, want %d (the other store's and the import's)", n, len(units)+1)
	}
	if p := privateFiles(t, dir); len(p) != 0 {
		t.Errorf("left behind: %v", p)
	}
}

// TestCreateFromStale: CreateFrom removes the private files of its
// naming for the same path (and their journals) older than StaleAfter,
// and keeps newer ones and other files.
func TestCreateFromStale(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	files := writeFiles(t, mkdir(t, dir, "in"), tmgen.New(tmgen.Builtin(), 10).Units(10), 10)
	old := time.Now().Add(-sqlite.StaleAfter - time.Hour)
	names := map[string]bool{ // name: removed
		".new.tm.0123456789abcdef.tmp":         true,
		".new.tm.0123456789abcdef.tmp-journal": true,
		".new.tm.fedcba9876543210.tmp":         false, // fresh
		".new.tm.notmine.tmp":                  false, // not its naming
		".other.tm.0123456789abcdef.tmp":       false, // another memory's
	}
	for name, removed := range names {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		if removed || name != ".new.tm.fedcba9876543210.tmp" {
			if err := os.Chtimes(p, old, old); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := sqlite.CreateFrom(ctx, filepath.Join(dir, "new.tm"), files, func(string, tm.ImportResult) {}); err != nil {
		t.Fatal(err)
	}
	for name, removed := range names {
		_, err := os.Lstat(filepath.Join(dir, name))
		if gone := errors.Is(err, os.ErrNotExist); gone != removed {
			t.Errorf("%s: removed %v, want %v", name, gone, removed)
		}
	}
}

// TestCreateFromProcesses has two processes import their own files into
// one new path at once with CreateFrom, many times over: both succeed,
// every unit is stored once, the memory is sound and in the WAL, and no
// private file is left.
func TestCreateFromProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("re-executes the test binary")
	}
	dir := t.TempDir()
	const procs, perFile, rounds = 2, 50, 12
	units, files := processFiles(t, dir, procs, perFile, 11)
	work := mkdir(t, dir, "tms")
	for r := 0; r < rounds; r++ {
		path := filepath.Join(work, fmt.Sprintf("round%d.tm", r))
		cmds := make([]*exec.Cmd, procs)
		for g := range procs {
			cmds[g] = createChild(path, files[g]...)
		}
		runAll(t, r, cmds)
		if n := check(t, path); n != len(units) {
			t.Errorf("round %d: %d units, want %d", r, n, len(units))
		}
		if m := journalMode(t, path); m != 2 {
			t.Errorf("round %d: journal mode %d, want 2 (WAL)", r, m)
		}
	}
	if p := privateFiles(t, work); len(p) != 0 {
		t.Errorf("left behind: %v", p)
	}
}

// TestCreateFromKilled kills imports into new paths at random points: a
// killed import leaves no memory at its path (or, killed after linking,
// the whole memory), only its private file, and importing again stores
// exactly the files' units.
func TestCreateFromKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("re-executes the test binary")
	}
	dir := t.TempDir()
	const perFile = 1000
	units := tmgen.New(tmgen.Builtin(), 3).Units(3 * perFile)
	files := writeFiles(t, mkdir(t, dir, "in"), units, perFile)
	work := mkdir(t, dir, "tms")

	start := time.Now()
	if out, err := createChild(filepath.Join(work, "calibrate.tm"), files...).CombinedOutput(); err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	full := time.Since(start)

	rng := rand.New(rand.NewPCG(3, 4))
	absent := 0
	// The calibrating run is the slowest (a cold start): the kills are
	// spread over the first 60% of it, mostly while the import runs.
	for i := 0; i < 8; i++ {
		path := filepath.Join(work, fmt.Sprintf("crash%d.tm", i))
		cmd := createChild(path, files...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		delay := time.Duration(rng.Int64N(int64(full)*6/10 + 1))
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		if _, err := os.Lstat(path); errors.Is(err, os.ErrNotExist) {
			absent++
		} else if n := check(t, path); n != len(units) {
			t.Fatalf("kill %d after %v: %d units at the path, want none or all %d", i, delay, n, len(units))
		}
		for _, name := range privateFiles(t, work) {
			if !strings.HasPrefix(name, ".crash") {
				t.Errorf("kill %d: unexpected %s", i, name)
			}
		}
		if out, err := createChild(path, files...).CombinedOutput(); err != nil {
			t.Fatalf("rerun: %v\n%s", err, out)
		}
		if n := check(t, path); n != len(units) {
			t.Fatalf("after the rerun: %d units, want exactly %d", n, len(units))
		}
	}
	t.Logf("%d of 8 kills before the link; private files left: %d", absent, len(privateFiles(t, work)))
}
