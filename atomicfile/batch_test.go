package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
)

func writeString(s string) func(w io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

// listDir returns the names and contents of dir's files.
func listDir(t *testing.T, dir string) map[string]string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, e := range ents {
		if e.IsDir() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = string(b)
	}
	return out
}

func TestBatch(t *testing.T) {
	boom := errors.New("boom")
	tests := []struct {
		name string
		// writes: "name=content" writes a file, "name!" fails midway.
		writes []string
		commit bool
		want   map[string]string // a.txt, b.txt, c.txt start as "old a" ...
		err    error
	}{
		{"commit replaces and adds", []string{"a.txt=new a", "d.txt=new d"}, true,
			map[string]string{"a.txt": "new a", "b.txt": "old b", "c.txt": "old c", "d.txt": "new d"}, nil},
		{"nothing visible before commit", []string{"a.txt=new a", "b.txt=new b"}, false,
			map[string]string{"a.txt": "old a", "b.txt": "old b", "c.txt": "old c"}, nil},
		{"failure midway keeps the previous files", []string{"a.txt=new a", "b.txt!", "c.txt=new c"}, false,
			map[string]string{"a.txt": "old a", "b.txt": "old b", "c.txt": "old c"}, boom},
		{"empty commit", nil, true,
			map[string]string{"a.txt": "old a", "b.txt": "old b", "c.txt": "old c"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, n := range []string{"a", "b", "c"} {
				if err := Write(filepath.Join(dir, n+".txt"), writeString("old "+n)); err != nil {
					t.Fatal(err)
				}
			}
			b := NewBatch()
			var err error
			for _, w := range tc.writes {
				if name, ok := strings.CutSuffix(w, "!"); ok {
					err = b.Write(filepath.Join(dir, name), func(w io.Writer) error {
						io.WriteString(w, "half")
						return boom
					})
					break
				}
				name, content, _ := strings.Cut(w, "=")
				if err = b.Write(filepath.Join(dir, name), writeString(content)); err != nil {
					t.Fatal(err)
				}
			}
			if !errors.Is(err, tc.err) {
				t.Fatalf("err = %v, want %v", err, tc.err)
			}
			if tc.commit {
				if err := b.Commit(); err != nil {
					t.Fatal(err)
				}
			} else {
				b.Abort()
			}
			got := listDir(t, dir)
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("files = %v, want %v (temporary files must be gone)", got, tc.want)
			}
			if err := b.Commit(); !errors.Is(err, ErrBatchDone) {
				t.Errorf("second Commit = %v, want ErrBatchDone", err)
			}
			if err := b.Write(filepath.Join(dir, "late.txt"), writeString("x")); !errors.Is(err, ErrBatchDone) {
				t.Errorf("Write after Commit/Abort = %v", err)
			}
		})
	}
}

// A rename that fails leaves the files not yet renamed old and removes
// every temporary file.
func TestBatchRenameFailure(t *testing.T) {
	dir := t.TempDir()
	Write(filepath.Join(dir, "a.txt"), writeString("old a"))
	Write(filepath.Join(dir, "c.txt"), writeString("old c"))
	if err := os.Mkdir(filepath.Join(dir, "b.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	// b.txt becomes a non-empty folder after its temporary file is
	// written: the rename over it fails.
	b := NewBatch()
	for _, n := range []string{"a", "b", "c"} {
		if err := b.Write(filepath.Join(dir, n+".txt"), writeString("new "+n)); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(dir, "b.txt", "x"), nil, 0o644)
	if err := b.Commit(); err == nil {
		t.Fatal("Commit over a non-empty folder succeeded")
	}
	got := listDir(t, dir)
	want := map[string]string{"a.txt": "new a", "c.txt": "old c"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("files = %v, want %v", got, want)
	}
}

// Files written from several goroutines are all committed.
func TestBatchConcurrent(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)
	b := NewBatch()
	var wg sync.WaitGroup
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			d := dir
			if i%2 == 1 {
				d = sub
			}
			if err := b.Write(filepath.Join(d, fmt.Sprintf("f%02d", i)), writeString(fmt.Sprint(i))); err != nil {
				t.Error(err)
			}
		}(i)
	}
	wg.Wait()
	if b.Len() != 40 {
		t.Fatalf("Len = %d", b.Len())
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range []string{dir, sub} {
		for n, c := range listDir(t, d) {
			names = append(names, n)
			if c != strings.TrimLeft(strings.TrimPrefix(n, "f"), "0") && !(n == "f00" && c == "0") {
				t.Errorf("%s = %q", n, c)
			}
		}
	}
	sort.Strings(names)
	if len(names) != 40 {
		t.Errorf("%d files: %v", len(names), names)
	}
}

func TestRemoveTemps(t *testing.T) {
	dir := t.TempDir()
	Write(filepath.Join(dir, "keep.txt"), writeString("k"))
	b := NewBatch()
	f, err := b.Create(filepath.Join(dir, "x.txt"))
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("left behind by a crash")
	f.File.Close() // as if the process died here
	if err := RemoveTemps(dir); err != nil {
		t.Fatal(err)
	}
	if got := listDir(t, dir); fmt.Sprint(got) != "map[keep.txt:k]" {
		t.Errorf("files = %v", got)
	}
}

func BenchmarkBatch100(b *testing.B) {
	dir := b.TempDir()
	data := strings.Repeat("bitext ", 1000)
	for i := 0; i < b.N; i++ {
		bt := NewBatch()
		for j := 0; j < 100; j++ {
			if err := bt.Write(filepath.Join(dir, fmt.Sprintf("f%d", j)), writeString(data)); err != nil {
				b.Fatal(err)
			}
		}
		if err := bt.Commit(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWrite100(b *testing.B) {
	dir := b.TempDir()
	data := strings.Repeat("bitext ", 1000)
	for i := 0; i < b.N; i++ {
		for j := 0; j < 100; j++ {
			if err := Write(filepath.Join(dir, fmt.Sprintf("f%d", j)), writeString(data)); err != nil {
				b.Fatal(err)
			}
		}
	}
}
