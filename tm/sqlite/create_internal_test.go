package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bitext/tm"
)

// TestBuildErrorsNameMemory checks that an error while a memory is built
// in its private file names the memory the user asked for, not the
// private ".NAME.RANDOM.tmp" file, which is gone when the error is read.
func TestBuildErrorsNameMemory(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "desk.tm")
	tmp, err := privateFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// A private file that is not a database: opening it fails.
	if err := os.WriteFile(tmp, []byte(strings.Repeat("not a database ", 64)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, linkable, err := build(context.Background(), path, tmp, func(*Store) (tm.ImportResult, error) {
		t.Fatal("fill called on a file that did not open")
		return tm.ImportResult{}, nil
	})
	if err == nil || linkable {
		t.Fatalf("build = linkable %v, %v; want an error", linkable, err)
	}
	if msg := err.Error(); !strings.Contains(msg, path) || strings.Contains(msg, ".tmp") {
		t.Errorf("error %q: want it to name %s, not the private file", msg, path)
	}
	removeFile(tmp)
}
