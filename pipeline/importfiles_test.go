package pipeline

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestImportFiles(t *testing.T) {
	dir := t.TempDir()
	run := filepath.Join(dir, "run[1]") // a glob pattern would read this name as a class
	empty := filepath.Join(dir, "empty")
	for _, d := range []string{run, empty, filepath.Join(run, "sub.xlf")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"b.xliff", "a.xlf", "A.XLF", "notes.txt"} {
		if err := os.WriteFile(filepath.Join(run, f), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := ImportFiles([]string{run, "missing.xlf"})
	want := []string{filepath.Join(run, "A.XLF"), filepath.Join(run, "a.xlf"), filepath.Join(run, "b.xliff"), "missing.xlf"}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("ImportFiles = %v, %v; want %v", got, err, want)
	}
	var nx *NoXLIFFError
	if _, err := ImportFiles([]string{empty}); !errors.As(err, &nx) || nx.Dir != empty {
		t.Errorf("a folder without XLIFF: %v, want a *NoXLIFFError", err)
	}
}
