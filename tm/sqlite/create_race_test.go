package sqlite_test

import (
	"context"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"bitext/internal/tmgen"
	"bitext/tm"
	"bitext/tm/sqlite"
	"bitext/tm/tmtest"
)

// TestCreateWhileProbing has a second store (another connection, as
// another process would be) create the memory and add a unit just after
// the first store, opening the new file, has found no units table in it
// and before its next read: the first store must still open the memory
// and add its unit (it once answered "not a bitext translation memory").
func TestCreateWhileProbing(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "new.tm")
	first, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	var (
		fired    bool
		otherErr error
	)
	sqlite.SetSchemaProbed(func() {
		if fired {
			return
		}
		fired = true
		other, err := sqlite.Open(ctx, path)
		if err != nil {
			otherErr = err
			return
		}
		defer other.Close()
		_, otherErr = other.Add(ctx, []tm.Unit{tmtest.Pair("The other desk's unit.", "다른 데스크의 단위.")})
	})
	defer sqlite.SetSchemaProbed(nil)
	if _, err := first.Add(ctx, []tm.Unit{tmtest.Pair("The first desk's unit.", "첫 데스크의 단위.")}); err != nil {
		t.Fatalf("add while another store creates the memory: %v", err)
	}
	if !fired {
		t.Fatal("the other store never created the memory")
	}
	if otherErr != nil {
		t.Fatalf("the other store: %v", otherErr)
	}
	st, err := first.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Units != 2 {
		t.Fatalf("%d units, want 2", st.Units)
	}
}

// TestConcurrentCreate has several stores create one new memory at once,
// each adding its own unit, many times over: every store must succeed and
// every unit be stored.
func TestConcurrentCreate(t *testing.T) {
	if testing.Short() {
		t.Skip("creates hundreds of memories")
	}
	ctx := context.Background()
	dir := t.TempDir()
	const stores = 4
	rounds := 300
	// BITEXT_CREATE_STRESS=SECONDS runs rounds for that long instead
	// (session 16's stress, README "Stale pages after a journal switch").
	var until time.Time
	if v := os.Getenv("BITEXT_CREATE_STRESS"); v != "" {
		secs, err := strconv.Atoi(v)
		if err != nil {
			t.Fatalf("BITEXT_CREATE_STRESS=%q: %v", v, err)
		}
		until, rounds = time.Now().Add(time.Duration(secs)*time.Second), math.MaxInt
		defer func() { t.Logf("%d rounds", rounds) }()
	}
	for r := 0; r < rounds; r++ {
		if !until.IsZero() && time.Now().After(until) {
			rounds = r
			break
		}
		path := filepath.Join(dir, fmt.Sprintf("round%d.tm", r))
		var wg sync.WaitGroup
		errs := make([]error, stores)
		for g := range stores {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s, err := sqlite.Open(ctx, path)
				if err != nil {
					errs[g] = err
					return
				}
				defer s.Close()
				_, errs[g] = s.Add(ctx, []tm.Unit{tmtest.Pair(fmt.Sprintf("Desk %d's unit.", g), fmt.Sprintf("데스크 %d의 단위.", g))})
			}()
		}
		wg.Wait()
		for g, err := range errs {
			if err != nil {
				t.Errorf("round %d, store %d: %v", r, g, err)
			}
		}
		if n := checkRound(t, path); n != stores {
			t.Errorf("round %d: %d units, want %d", r, n, stores)
		}
		if !until.IsZero() && !t.Failed() {
			for _, suffix := range []string{"", "-wal", "-shm"} {
				os.Remove(path + suffix)
			}
		}
	}
}

// checkRound is check for one round of TestConcurrentCreate: a memory
// that fails the integrity check is an error of the round, and the rounds
// go on.
func checkRound(t *testing.T, path string) int {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Errorf("open %s: %v", path, err)
		return -1
	}
	defer s.Close()
	if res, err := s.IntegrityCheck(ctx); err != nil || res != "ok" {
		t.Errorf("%s: integrity_check = %q, %v", filepath.Base(path), res, err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Errorf("stats %s: %v", path, err)
		return -1
	}
	return st.Units
}

// TestConcurrentCreateProcesses has four processes import a file each
// into one new memory at once, many times over: every import must succeed
// and every unit be stored.
func TestConcurrentCreateProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("re-executes the test binary")
	}
	dir := t.TempDir()
	const procs, perFile, rounds = 4, 10, 40
	units, files := processFiles(t, dir, procs, perFile, 5)
	for r := 0; r < rounds; r++ {
		path := filepath.Join(dir, fmt.Sprintf("round%d.tm", r))
		cmds := make([]*exec.Cmd, procs)
		for g := range procs {
			cmds[g] = child(path, files[g]...)
		}
		runAll(t, r, cmds)
		if n := check(t, path); n != len(units) {
			t.Errorf("round %d: %d units, want %d", r, n, len(units))
		}
	}
}

// runAll starts every command at once, then waits for each: a failure
// names the round and the process and gives its output.
func runAll(t *testing.T, round int, cmds []*exec.Cmd) {
	t.Helper()
	outs := make([]strings.Builder, len(cmds))
	for g, c := range cmds {
		c.Stdout, c.Stderr = &outs[g], &outs[g]
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
	}
	for g, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Errorf("round %d, process %d: %v\n%s", round, g, err, outs[g].String())
		}
	}
}

// processFiles generates procs*perFile units (tmgen seed) and writes each
// process's share as TMX files of perFile units into dir/filesG.
func processFiles(t *testing.T, dir string, procs, perFile int, seed uint64) ([]tmgen.Pair, [][]string) {
	t.Helper()
	units := tmgen.New(tmgen.Builtin(), seed).Units(procs * perFile)
	files := make([][]string, procs)
	for g := range procs {
		files[g] = writeFiles(t, mkdir(t, dir, fmt.Sprint("files", g)), units[g*perFile:(g+1)*perFile], perFile)
	}
	return units, files
}
