package sqlite_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"bitext/internal/tmgen"
	"bitext/tm"
	"bitext/tm/sqlite"
)

// The child side of the crash and concurrency tests: it imports the TMX
// files named in BITEXT_TM_CHILD_FILES into BITEXT_TM_CHILD_TM, each in its
// own transaction, and is run by re-executing the test binary.
func TestImportChild(t *testing.T) {
	path := os.Getenv("BITEXT_TM_CHILD_TM")
	if path == "" {
		t.Skip("only run as a child of TestImportSurvivesSIGKILL")
	}
	ctx := context.Background()
	files := strings.Split(os.Getenv("BITEXT_TM_CHILD_FILES"), ",")
	if os.Getenv("BITEXT_TM_CHILD_CREATE") != "" {
		// As bitext tm import does into a new file.
		if _, err := sqlite.CreateFrom(ctx, path, files, func(string, tm.ImportResult) {}); err != nil {
			t.Fatal(err)
		}
		return
	}
	s, err := tm.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, f := range files {
		r, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		_, err = tm.ImportTMX(ctx, s, r, f)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
}

// createChild is child importing with sqlite.CreateFrom.
func createChild(tmPath string, files ...string) *exec.Cmd {
	cmd := child(tmPath, files...)
	cmd.Env = append(cmd.Env, "BITEXT_TM_CHILD_CREATE=1")
	return cmd
}

func child(tmPath string, files ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestImportChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), "BITEXT_TM_CHILD_TM="+tmPath, "BITEXT_TM_CHILD_FILES="+strings.Join(files, ","))
	return cmd
}

// writeFiles writes the units as TMX files of size each and returns their
// paths.
func writeFiles(t *testing.T, dir string, units []tmgen.Pair, size int) []string {
	var files []string
	for i := 0; i < len(units); i += size {
		f := filepath.Join(dir, fmt.Sprintf("part%d.tmx", len(files)))
		w, err := os.Create(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := tmgen.WriteTMX(w, units[i:min(i+size, len(units))]); err != nil {
			t.Fatal(err)
		}
		w.Close()
		files = append(files, f)
	}
	return files
}

func check(t *testing.T, path string) int {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("open after kill: %v", err)
	}
	defer s.Close()
	res, err := s.IntegrityCheck(ctx)
	if err != nil || res != "ok" {
		t.Fatalf("integrity_check = %q, %v", res, err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return st.Units
}

// TestImportSurvivesSIGKILL kills importing processes at random points and
// checks that the memory opens, is sound, holds only whole files, and that
// importing again ends with exactly the expected units.
func TestImportSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("re-executes the test binary")
	}
	dir := t.TempDir()
	const perFile = 1000
	units := tmgen.New(tmgen.Builtin(), 3).Units(3 * perFile)
	files := writeFiles(t, dir, units, perFile)

	// How long an undisturbed import takes, to spread the kills over it.
	start := time.Now()
	if out, err := child(filepath.Join(dir, "calibrate.tm"), files...).CombinedOutput(); err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	full := time.Since(start)
	if n := check(t, filepath.Join(dir, "calibrate.tm")); n != len(units) {
		t.Fatalf("undisturbed import: %d units, want %d", n, len(units))
	}

	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 12; i++ {
		path := filepath.Join(dir, fmt.Sprintf("crash%d.tm", i))
		cmd := child(path, files...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		delay := time.Duration(rng.Int64N(int64(full)*9/10 + 1))
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		n := check(t, path)
		// Every file is one transaction: only whole files are stored.
		if n%perFile != 0 || n > len(units) {
			t.Fatalf("kill %d after %v: %d units, not a number of whole files", i, delay, n)
		}
		t.Logf("kill %d after %v: %d units", i, delay.Round(time.Millisecond), n)
		// Importing again ends with exactly the units of the files.
		if out, err := child(path, files...).CombinedOutput(); err != nil {
			t.Fatalf("rerun: %v\n%s", err, out)
		}
		if n := check(t, path); n != len(units) {
			t.Fatalf("after the rerun: %d units, want exactly %d", n, len(units))
		}
	}
}

// TestConcurrentImports runs two processes importing into one memory at
// once; both must succeed, and units both files hold are stored once.
func TestConcurrentImports(t *testing.T) {
	if testing.Short() {
		t.Skip("re-executes the test binary")
	}
	dir := t.TempDir()
	units := tmgen.New(tmgen.Builtin(), 4).Units(1500)
	a := writeFiles(t, filepath.Join(mkdir(t, dir, "a")), units[:1000], 1000)
	b := writeFiles(t, filepath.Join(mkdir(t, dir, "b")), units[500:], 1000)
	path := filepath.Join(dir, "shared.tm")
	c1, c2 := child(path, a...), child(path, b...)
	var o1, o2 strings.Builder
	c1.Stdout, c1.Stderr, c2.Stdout, c2.Stderr = &o1, &o1, &o2, &o2
	if err := c1.Start(); err != nil {
		t.Fatal(err)
	}
	if err := c2.Start(); err != nil {
		t.Fatal(err)
	}
	if err := c1.Wait(); err != nil {
		t.Errorf("first import: %v\n%s", err, o1.String())
	}
	if err := c2.Wait(); err != nil {
		t.Errorf("second import: %v\n%s", err, o2.String())
	}
	if n := check(t, path); n != len(units) {
		t.Fatalf("%d units, want %d", n, len(units))
	}
}

func mkdir(t *testing.T, dir, name string) string {
	p := filepath.Join(dir, name)
	if err := os.Mkdir(p, 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}
