package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"bitext/internal/tmgen"
	"bitext/tm/sqlite"
	"bitext/tm/tmtest"
)

// journalMode reads the journal mode a memory file is in from its header:
// 1 for a rollback journal, 2 for the WAL (bytes 18 and 19).
func journalMode(t *testing.T, path string) byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) < 20 || b[18] != b[19] {
		t.Fatalf("%s: not an SQLite header", path)
	}
	return b[18]
}

// TestBulkLoadKeepsWAL: a batch into an empty memory (the bulk load,
// which drops the secondary indexes and builds them at Commit) runs in the
// WAL like every other batch, committed or rolled back. The memory's
// journal mode never changes once it is created: batches that switched an
// empty memory to a rollback journal for the load and back to the WAL
// afterwards left other connections' cached pages stale when several
// stores created one memory at once, and index entries of the units they
// added went missing (TestConcurrentCreate, about once in 5,000 rounds at
// a load of 15).
func TestBulkLoadKeepsWAL(t *testing.T) {
	ctx := context.Background()
	units := tmgen.New(tmgen.Builtin(), 5).Units(300)
	path := filepath.Join(t.TempDir(), "j.tm")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	for _, commit := range []bool{false, true} {
		b, err := s.Begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range units[:200] {
			if _, err := b.Add(tmtest.Pair(p.En, p.Ko)); err != nil {
				t.Fatal(err)
			}
		}
		if m := journalMode(t, path); m != 2 {
			t.Errorf("commit=%v: an empty memory's batch runs in journal mode %d, want 2 (WAL)", commit, m)
		}
		if commit {
			_, err = b.Commit()
		} else {
			err = b.Rollback()
		}
		if err != nil {
			t.Fatal(err)
		}
		if m := journalMode(t, path); m != 2 {
			t.Errorf("commit=%v: after the batch the memory is in journal mode %d, want 2 (WAL)", commit, m)
		}
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if want := map[bool]int{false: 0, true: 200}[commit]; st.Units != want {
			t.Errorf("commit=%v: %d units, want %d", commit, st.Units, want)
		}
		if res, err := s.IntegrityCheck(ctx); err != nil || res != "ok" {
			t.Errorf("commit=%v: integrity_check = %q, %v", commit, res, err)
		}
	}

	b, err := s.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Rollback()
	for _, p := range units[200:] {
		if _, err := b.Add(tmtest.Pair(p.En, p.Ko)); err != nil {
			t.Fatal(err)
		}
	}
	if m := journalMode(t, path); m != 2 {
		t.Errorf("a batch into a memory with units runs in journal mode %d, want 2 (WAL)", m)
	}
	if _, err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	if res, err := s.IntegrityCheck(ctx); err != nil || res != "ok" {
		t.Errorf("integrity_check = %q, %v", res, err)
	}
}
