package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"bitext/tm"
)

func TestZZImport(t *testing.T) {
	f := os.Getenv("PROF_TMX")
	if f == "" {
		t.Skip()
	}
	s, err := tm.Open(context.Background(), filepath.Join(t.TempDir(), "x.tm"))
	if err != nil {
		t.Fatal(err)
	}
	r, _ := os.Open(f)
	res, err := tm.ImportTMX(context.Background(), s, r, f)
	t.Log(res, err)
	s.Close()
}
