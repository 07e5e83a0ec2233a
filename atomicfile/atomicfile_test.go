package atomicfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteKeepsOldFileOnError(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.txt")
	if err := Write(p, func(w io.Writer) error { _, err := io.WriteString(w, "old"); return err }); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err := Write(p, func(w io.Writer) error { io.WriteString(w, "half"); return boom })
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want boom", err)
	}
	b, _ := os.ReadFile(p)
	if string(b) != "old" {
		t.Errorf("file = %q, want old", b)
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 1 {
		t.Errorf("temporary files left: %v", ents)
	}
	if err := Write(p, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	b, _ = os.ReadFile(p)
	if string(b) != "new" {
		t.Errorf("file = %q, want new", b)
	}
}

func TestCreateMissingDir(t *testing.T) {
	if _, err := Create(filepath.Join(t.TempDir(), "nope", "x")); err == nil {
		t.Fatal("want an error for a missing folder")
	}
}

// TestErrorsNameTarget checks that a failed write or rename names the
// file the caller asked for, not the temporary file, which is removed
// by the time the message is read, and keeps the cause.
func TestErrorsNameTarget(t *testing.T) {
	dir := t.TempDir()
	check := func(what string, err error, path string) {
		t.Helper()
		if err == nil {
			t.Fatalf("%s: no error", what)
		}
		if msg := err.Error(); !strings.Contains(msg, path) || strings.Contains(msg, ".tmp") {
			t.Errorf("%s: error %q: want it to name %s, not the temporary file", what, msg, path)
		}
	}

	// A folder in the way of the target: the rename fails.
	blocked := filepath.Join(dir, "blocked.html")
	if err := os.MkdirAll(filepath.Join(blocked, "inside"), 0o755); err != nil {
		t.Fatal(err)
	}
	err := Write(blocked, func(w io.Writer) error {
		_, err := io.WriteString(w, "<p>text</p>")
		return err
	})
	check("Write over a folder", err, blocked)
	if err != nil && !strings.Contains(err.Error(), "a folder is in the way") {
		t.Errorf("Write over a folder: error %q: want it to say a folder is in the way", err)
	}

	b := NewBatch()
	bf, err := b.Create(blocked)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bf.WriteString("text"); err != nil {
		t.Fatal(err)
	}
	if err := bf.Close(); err != nil {
		t.Fatal(err)
	}
	check("batch commit over a folder", b.Commit(), blocked)

	// Writes to a temporary file that is already closed fail: so do
	// writes to a full disk.
	path := filepath.Join(dir, "report.json")
	f, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Abort()
	f.File.Close()
	_, err = f.Write([]byte("{}"))
	check("Write", err, path)
	if !errors.Is(err, os.ErrClosed) {
		t.Errorf("Write: error %v: want the cause, os.ErrClosed, kept", err)
	}
	_, err = io.Copy(f, strings.NewReader("{}"))
	check("io.Copy", err, path)

	// A folder that does not exist: the temporary file cannot be made.
	missing := filepath.Join(dir, "no-such-folder", "a.tsv")
	_, err = Create(missing)
	check("Create", err, missing)
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Create: error %v: want fs.ErrNotExist kept", err)
	}
}
