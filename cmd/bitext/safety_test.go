package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"bitext/dirlock"
)

// TestTMRecord: what the run's state records of its TM for `bitext
// import`: a file's absolute path, a PostgreSQL DSN without its password.
func TestTMRecord(t *testing.T) {
	abs, _ := filepath.Abs("t.tm")
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"t.tm", abs},
		{"postgres://desk:s3cret@db.example:5432/tm?sslmode=require", "postgres://desk@db.example:5432/tm?sslmode=require"},
		{"postgresql://db.example/tm?password=s3cret&sslmode=disable", "postgresql://db.example/tm?sslmode=disable"},
		{"postgres://db.example/tm", "postgres://db.example/tm"},
		{"host=db.example dbname=tm password=s3cret user=desk", "host=db.example dbname=tm user=desk"},
		{"host=db.example password='s3 cr\\'et' dbname=tm", "host=db.example dbname=tm"},
		{"https://example.com/tm", ""},
	} {
		if got := tmFilePath(c.in); got != c.want {
			t.Errorf("tmFilePath(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestLockBusy: while another process holds the out folder (here the test
// itself), run and import exit 3 naming it, in either language; with
// --wait they go on once it is released.
func TestLockBusy(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary")
	}
	dir := t.TempDir()
	copyArticles(t, filepath.Join(dir, "in"), faultArticles[:2]...)
	runArgs := []string{"run", "--tm", "t.tm", "--out", "out", "--formats", "xliff", "in"}
	mustRun(t, dir, runArgs...)
	l, err := dirlock.Acquire(context.Background(), filepath.Join(dir, "out"), dirlock.Options{Command: "the test"})
	if err != nil {
		t.Fatal(err)
	}
	xlf := filepath.Join("out", "articles", faultArticles[0]+".xlf")
	importArgs := []string{"import", "--tm", "t.tm", "--out", "out", xlf}
	holder := fmt.Sprintf("process %d on ", os.Getpid())
	for _, args := range [][]string{runArgs, importArgs} {
		r := runProc(t, dir, "", 0, args...)
		if r.code != 3 || !strings.Contains(r.stderr, "out is in use by "+holder) || !strings.Contains(r.stderr, "(the test)") {
			t.Errorf("%s while the folder is held: exit %d: %s", args[0], r.code, r.stderr)
		}
		r = runProc(t, dir, "", 0, append([]string{"--ui-lang", "ko"}, args...)...)
		if r.code != 3 || !strings.Contains(r.stderr, fmt.Sprintf("프로세스 %d", os.Getpid())) {
			t.Errorf("%s in Korean: exit %d: %s", args[0], r.code, r.stderr)
		}
	}
	// With --wait, both go on once the holder lets go.
	time.AfterFunc(300*time.Millisecond, func() { l.Release() })
	start := time.Now()
	r := runProc(t, dir, "", 0, append(importArgs[:1:1], append([]string{"--wait", "30s"}, importArgs[1:]...)...)...)
	if r.code != 0 || time.Since(start) < 300*time.Millisecond {
		t.Errorf("import --wait: exit %d after %v: %s", r.code, time.Since(start), r.stderr)
	}
}
