package atomicfile

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestBatchRemove(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, "old.tsv")
	keep := filepath.Join(dir, "keep.tsv")
	for _, p := range []string{old, keep} {
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Aborted: nothing removed.
	b := NewBatch()
	if err := b.Remove(old); err != nil {
		t.Fatal(err)
	}
	b.Abort()
	if _, err := os.Stat(old); err != nil {
		t.Fatalf("aborted batch removed the file: %v", err)
	}
	// Committed: removed, with the new file written; a missing path is
	// not an error.
	b = NewBatch()
	if err := b.Write(filepath.Join(dir, "new.xlf"), func(w io.Writer) error { _, err := w.Write([]byte("y")); return err }); err != nil {
		t.Fatal(err)
	}
	if err := b.Remove(old); err != nil {
		t.Fatal(err)
	}
	if err := b.Remove(filepath.Join(dir, "gone.tmx")); err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(old); !os.IsNotExist(err) {
		t.Errorf("old file still there: %v", err)
	}
	for _, p := range []string{keep, filepath.Join(dir, "new.xlf")} {
		if _, err := os.Stat(p); err != nil {
			t.Error(err)
		}
	}
	// Removals alone are committed too.
	b = NewBatch()
	b.Remove(keep)
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(keep); !os.IsNotExist(err) {
		t.Errorf("removal alone not committed: %v", err)
	}
	if err := b.Remove(keep); err != ErrBatchDone {
		t.Errorf("Remove after Commit: %v", err)
	}
}
