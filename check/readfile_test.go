//go:build unix

package check

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestReadFile reads files of several sizes into buffers of several
// capacities and compares with os.ReadFile, errors included.
func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []int{0, 1, 63, 64, 65, 4096, 200000} {
		data := bytes.Repeat([]byte("abcdefghi\n"), n/10+1)[:n]
		path := filepath.Join(dir, "f.txt")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, c := range []int{0, 1, 64, 65536} {
			got, err := readFile(path, make([]byte, 0, c))
			if err != nil || !bytes.Equal(got, data) {
				t.Errorf("readFile of %d bytes into a buffer of %d: %d bytes, %v", n, c, len(got), err)
			}
		}
	}
	for _, path := range []string{filepath.Join(dir, "missing.txt"), dir} {
		_, err := readFile(path, nil)
		_, want := os.ReadFile(path)
		var pe, wpe *fs.PathError
		if !errors.As(err, &pe) || !errors.As(want, &wpe) || pe.Op != wpe.Op || pe.Path != wpe.Path || !errors.Is(err, wpe.Err) {
			t.Errorf("readFile(%s) = %v, os.ReadFile %v", path, err, want)
		}
	}
}

// TestReadFileFIFO reads a named pipe (a file that is not regular): what
// a writer sends, not an empty file.
func TestReadFileFIFO(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pipe.txt")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skip("mkfifo:", err)
	}
	go func() {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.WriteString("from the pipe\n")
		f.Close()
	}()
	got, err := readFile(path, nil)
	if err != nil || string(got) != "from the pipe\n" {
		t.Errorf("readFile(FIFO) = %q, %v", got, err)
	}
}
