package main

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

// TestSpool writes reports of several sizes in pieces of random sizes
// and reads them back: in memory, through a temporary file past
// spoolMemory, and in memory when no temporary file can be made. The
// temporary file is gone once the spool is closed.
func TestSpool(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, size := range []int{0, 1, 4095, 4096, 100_000, spoolMemory, spoolMemory + 1, 3*spoolMemory + 12345} {
		for _, tmp := range []string{"ok", "missing"} {
			dir := t.TempDir()
			if tmp == "missing" {
				t.Setenv("TMPDIR", filepath.Join(dir, "missing"))
			} else {
				t.Setenv("TMPDIR", dir)
			}
			want := make([]byte, size)
			for i := range want {
				want[i] = byte(r.IntN(256))
			}
			var s spool
			for p := want; len(p) > 0; {
				k := min(len(p), 1+r.IntN(300_000))
				if n, err := s.Write(p[:k]); n != k || err != nil {
					t.Fatalf("%d bytes, %s: Write %d bytes = %d, %v", size, tmp, k, n, err)
				}
				p = p[k:]
			}
			if spilled := s.file != nil; spilled != (tmp == "ok" && size > spoolMemory) {
				t.Errorf("%d bytes, %s: in a temporary file %v", size, tmp, spilled)
			}
			var got bytes.Buffer
			if n, err := s.WriteTo(&got); n != int64(size) || err != nil {
				t.Errorf("%d bytes, %s: WriteTo = %d, %v", size, tmp, n, err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("%d bytes, %s: read back other bytes", size, tmp)
			}
			if err := s.Close(); err != nil {
				t.Error(err)
			}
			if tmp == "ok" {
				if des, _ := os.ReadDir(dir); len(des) != 0 {
					t.Errorf("%d bytes: %d files left in the temporary folder", size, len(des))
				}
			}
		}
	}
}
