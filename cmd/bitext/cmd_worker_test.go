package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/urfave/cli/v2"

	"bitext/internal/exitcode"
	"bitext/locales"
	"bitext/pipeline"
	"bitext/pipeline/queued"
	"bitext/queue"
	"bitext/tm"
	"bitext/tm/postgres/pgtest"
	"golang.org/x/text/language"
)

// queueApp runs queueRun as `bitext run --queue` will once cmd_run.go has
// the flag.
func queueApp(t *testing.T, dsn string, o runOptions, status bool) string {
	t.Helper()
	ui := locales.New(language.English)
	var out bytes.Buffer
	app := &cli.App{Name: "bitext", HideHelp: true, HideVersion: true, Writer: &out, ErrWriter: &out, Action: func(c *cli.Context) error {
		return queueRun(c, ui, o, dsn, "", status)
	}}
	if err := app.Run([]string{"bitext"}); err != nil {
		t.Fatalf("queue run: %v\n%s", err, out.String())
	}
	return out.String()
}

// TestQueueRunEqualsSingleRun runs the test articles once with `bitext
// run --no-second-pass` (a queued run's workers align each article on its
// own), and once through the queue with three workers: the articles'
// files are the same.
func TestQueueRunEqualsSingleRun(t *testing.T) {
	dsn := pgtest.Schema(t)
	dir := t.TempDir()
	arts := filepath.Join(dir, "articles")
	if err := copyTree("../../testdata/articles", arts); err != nil {
		t.Fatal(err)
	}
	single, multi := filepath.Join(dir, "single"), filepath.Join(dir, "multi")
	if code, _, errOut := runBitext(t, nil, "run", "--no-second-pass", "--tm", filepath.Join(dir, "single.tm"), "--out", single, arts); code != 0 {
		t.Fatalf("single run: exit %d: %s", code, errOut)
	}
	o := runOptions{out: multi, tm: filepath.Join(dir, "multi.tm"), inputs: []string{arts}}
	out := queueApp(t, dsn, o, false)
	if !strings.Contains(out, "articles added to the queue") || strings.Contains(out, "bitext-ci") {
		t.Fatalf("enqueue: %s", out)
	}
	ui := locales.New(language.English)
	var wg sync.WaitGroup
	codes := make([]int, 3)
	logs := make([]string, 3)
	for i := range codes {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			// run() sets the help templates of package cli: not safe to
			// call from several goroutines, so the workers call runWorker.
			var buf bytes.Buffer
			app := &cli.App{Name: "bitext", HideHelp: true, HideVersion: true, Writer: &buf, ErrWriter: &buf, Action: func(c *cli.Context) error {
				return runWorker(c, ui, runOptions{tm: o.tm, out: multi}, dsn, "")
			}}
			if err := app.Run([]string{"bitext"}); err != nil {
				codes[i] = 1
				buf.WriteString(err.Error())
			}
			logs[i] = buf.String()
		}(i)
	}
	wg.Wait()
	total := 0
	for i, c := range codes {
		if c != 0 {
			t.Fatalf("worker %d: exit %d\n%s", i, c, logs[i])
		}
		total += strings.Count(logs[i], "done: ")
	}
	status := queueApp(t, dsn, o, true)
	if !strings.Contains(status, "0 waiting, 0 running") || !strings.Contains(status, "0 failed") || !strings.Contains(status, "the run is finished") {
		t.Errorf("status: %s", status)
	}
	a := readTree(t, filepath.Join(single, "articles"))
	b := readTree(t, filepath.Join(multi, "articles"))
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("%d files from the single run, %d from the queue\n%s", len(a), len(b), strings.Join(logs, "\n"))
	}
	for name, data := range a {
		if !bytes.Equal(data, b[name]) {
			t.Errorf("%s differs between the single run and the queue", name)
		}
	}
	// The workers merged the combined report and index, the same as the
	// single run's (the run has no timings in them), and the state file
	// names the same articles, so `bitext import` works on either.
	for _, f := range []string{pipeline.ReportJSON, pipeline.ReportHTML} {
		x, err := os.ReadFile(filepath.Join(single, f))
		if err != nil {
			t.Fatal(err)
		}
		y, err := os.ReadFile(filepath.Join(multi, f))
		if err != nil {
			t.Fatalf("queued run: %v", err)
		}
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between the single run and the queue:\n%s\n----\n%s", f, x, y)
		}
	}
	if !strings.Contains(logs[0]+logs[1]+logs[2], "combined report of the queued run") {
		t.Errorf("no worker wrote the combined report:\n%s", logs[0]+logs[1]+logs[2])
	}
	if !strings.Contains(status, "combined report of the queued run") {
		t.Errorf("--status of a finished run did not write the report: %s", status)
	}
	// The workers looked up against the TM as it was when the run started
	// and the merge stored every article's pairs once: the TMs hold the
	// same units.
	units := func(tmPath string) string {
		code, out, errOut := runBitext(t, nil, "tm", "stats", "--tm", tmPath, "--format", "json")
		if code != 0 {
			t.Fatalf("tm stats: exit %d: %s", code, errOut)
		}
		var st struct {
			Units     int            `json:"units"`
			Languages map[string]int `json:"languages"`
		}
		if err := json.Unmarshal([]byte(out), &st); err != nil {
			t.Fatalf("tm stats: %v: %s", err, out)
		}
		return fmt.Sprint(st.Units, st.Languages)
	}
	if a, b := units(filepath.Join(dir, "single.tm")), units(o.tm); a != b || strings.HasPrefix(a, "0 ") {
		t.Errorf("TM after the single run: %s units; after the queued run: %s", a, b)
	}
	inputs, _, err := pipeline.Discover([]string{arts})
	if err != nil {
		t.Fatal(err)
	}
	if total != len(inputs) {
		t.Errorf("workers did %d articles, want each of the %d once", total, len(inputs))
	}
}

func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err != nil || fi.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		out[rel], err = os.ReadFile(p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// workerApp runs one worker (runWorker) and returns its output and error.
func workerApp(t *testing.T, dsn string, o runOptions, run string) (string, error) {
	t.Helper()
	ui := locales.New(language.English)
	var buf bytes.Buffer
	app := &cli.App{Name: "bitext", HideHelp: true, HideVersion: true, Writer: &buf, ErrWriter: &buf, ExitErrHandler: func(*cli.Context, error) {},
		Action: func(c *cli.Context) error { return runWorker(c, ui, o, dsn, run) }}
	err := app.Run([]string{"bitext"})
	return buf.String(), err
}

func workerExitCode(err error) int {
	var ee *exitcode.Error
	if errors.As(err, &ee) {
		return ee.Code
	}
	if err != nil {
		return 1
	}
	return 0
}

// TestQueueRunOtherSettings reproduces issue #13's queued-run lines: a
// worker whose flags are spelled differently (relative out folder, TM as
// a relative path, a keyword DSN for the queue) finds the run; one whose
// settings differ is refused with exit 2 and writes nothing; a report
// overwritten after the merge is repaired by the next merge (the marker
// does not stop it); the work folder a killed worker left is removed.
func TestQueueRunOtherSettings(t *testing.T) {
	dsn := pgtest.Schema(t)
	src, err := filepath.Abs("../../testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	t.Chdir(dir)
	if err := copyTree(src, "articles"); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	o := runOptions{out: out, tm: filepath.Join(dir, "q.tm"), inputs: []string{"articles"}}
	queueApp(t, dsn, o, false)

	// A work folder of a worker killed during job 1's first attempt.
	ctx := context.Background()
	q, err := queue.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	jobs, err := q.Jobs(ctx, "")
	if err != nil || len(jobs) == 0 {
		t.Fatalf("jobs: %v %v", jobs, err)
	}
	stale := filepath.Join(out, pipeline.PartsDir, fmt.Sprintf("some-article-%d-1", jobs[0].ID))
	if err := os.MkdirAll(filepath.Join(stale, "articles"), 0o755); err != nil {
		t.Fatal(err)
	}

	// Another spelling of the same settings: relative paths.
	log, err := workerApp(t, dsn, runOptions{out: "out/", tm: "./q.tm"}, "")
	if err != nil || !strings.Contains(log, "combined report of the queued run") {
		t.Fatalf("worker with relative paths: %v\n%s", err, log)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("the killed worker's folder %s is still there (%v)", stale, err)
	}
	saved := map[string][]byte{}
	for _, f := range []string{pipeline.ReportJSON, pipeline.ReportHTML, pipeline.StateFile} {
		if saved[f], err = os.ReadFile(filepath.Join(out, f)); err != nil {
			t.Fatal(err)
		}
	}
	unchanged := func(when string) {
		t.Helper()
		for f, data := range saved {
			now, err := os.ReadFile(filepath.Join(out, f))
			if err != nil || !bytes.Equal(now, data) {
				t.Errorf("%s: %s changed (%v)", when, f, err)
			}
		}
	}
	// Other settings: refused, nothing written.
	for _, tc := range []struct {
		name string
		o    runOptions
		run  string
		msg  string
	}{
		{"other formats", runOptions{out: out, tm: o.tm, formats: "html"}, "", "is not in the queue"},
		{"other TM", runOptions{out: out, tm: filepath.Join(dir, "other.tm")}, "", "tm"},
		{"other formats, run named", runOptions{out: out, tm: o.tm, formats: "html"}, queueRunID(t, runOptions{out: out, tm: o.tm}), "differ"},
	} {
		log, err := workerApp(t, dsn, tc.o, tc.run)
		if workerExitCode(err) != exitcode.BadInput || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("%s: exit %d, %v, want 2 saying %q\n%s", tc.name, workerExitCode(err), err, tc.msg, log)
		}
		unchanged(tc.name)
	}
	// A report replaced after the merge (as the empty report of a
	// mis-flagged worker of old did) is written again by --status.
	if err := os.WriteFile(filepath.Join(out, pipeline.ReportJSON), []byte(`{"articles":[]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	status := queueApp(t, dsn, runOptions{out: out, tm: o.tm}, true)
	if !strings.Contains(status, "combined report of the queued run") {
		t.Errorf("status: %s", status)
	}
	unchanged("status after the report was replaced")
}

func queueRunID(t *testing.T, o runOptions) string {
	t.Helper()
	s, err := queued.Resolve(queuedOptions(o))
	if err != nil {
		t.Fatal(err)
	}
	return s.RunID("")
}

// TestWorkerSignalHelper is the `bitext worker` that TestWorkerSIGTERM
// signals; it does nothing otherwise.
func TestWorkerSignalHelper(t *testing.T) {
	args := os.Getenv("BITEXT_TEST_WORKER_ARGS")
	if args == "" {
		t.Skip("run by TestWorkerSIGTERM")
	}
	os.Exit(run(append([]string{"bitext"}, strings.Split(args, "\x1f")...), strings.NewReader(""), os.Stdout, os.Stderr, os.Getenv))
}

// TestWorkerSIGTERM: `bitext worker` holding a job (its TM lookup waits on
// a lock) is sent SIGTERM: it exits 130 at once and the job is waiting
// again, its attempt not counted, instead of held for the 2-minute
// timeout.
func TestWorkerSIGTERM(t *testing.T) {
	qdsn, tmDSN := pgtest.Schema(t), pgtest.Schema(t)
	ctx := context.Background()
	st, err := tm.Open(ctx, tmDSN) // migrated before the lock is taken
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	dir := t.TempDir()
	arts := filepath.Join(dir, "articles")
	if err := copyTree("../../testdata/articles", arts); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	o := runOptions{out: out, tm: tmDSN, inputs: []string{arts}}
	queueApp(t, qdsn, o, false)
	lock, err := pgx.Connect(ctx, tmDSN)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Close(ctx)
	tx, err := lock.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `LOCK TABLE variants, units, postings IN ACCESS EXCLUSIVE MODE`); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestWorkerSignalHelper$")
	cmd.Env = append(os.Environ(), "BITEXT_TEST_WORKER_ARGS="+strings.Join([]string{"worker", "--queue", qdsn, "--out", out, "--tm", tmDSN}, "\x1f"))
	var logb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &logb, &logb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	q, err := queue.Open(ctx, qdsn)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	deadline := time.Now().Add(60 * time.Second)
	for {
		c, err := q.Status(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		if c.Running == 1 {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("the worker never held a job\n%s", logb.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond) // in the lookup, waiting on the lock
	start := time.Now()
	cmd.Process.Signal(syscall.SIGTERM)
	err = cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 130 {
		t.Errorf("worker after SIGTERM: %v, want exit 130\n%s", err, logb.String())
	}
	if d := time.Since(start); d > 15*time.Second {
		t.Errorf("the worker took %v to stop", d)
	}
	c, err := q.Status(ctx, "")
	if err != nil || c.Running != 0 || c.Pending == 0 {
		t.Fatalf("after SIGTERM: %+v %v; want no job running\n%s", c, err, logb.String())
	}
	jobs, _ := q.Jobs(ctx, "")
	for _, j := range jobs {
		if j.State == queue.Pending && j.Attempts != 0 {
			t.Errorf("job %d given back with %d attempts counted", j.ID, j.Attempts)
		}
	}
	if !strings.Contains(logb.String(), "worker stopped") {
		t.Errorf("no message about the stop:\n%s", logb.String())
	}
}

// TestQueuedImportFindsTM: `bitext import` of a queued run's XLIFF, with
// no --tm, stores into the run's PostgreSQL TM (recorded in the state
// without its password, which comes from PGPASSWORD), not into a new
// ./bitext.tm.
func TestQueuedImportFindsTM(t *testing.T) {
	qdsn, tmDSN := pgtest.Schema(t), pgtest.Schema(t)
	src, err := filepath.Abs("../../testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	t.Chdir(dir)
	if err := copyTree(src, "articles"); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	o := runOptions{out: out, tm: tmDSN, formats: "xliff", inputs: []string{"articles"}}
	queueApp(t, qdsn, o, false)
	if log, err := workerApp(t, qdsn, runOptions{out: out, tm: tmDSN, formats: "xliff"}, ""); err != nil {
		t.Fatalf("worker: %v\n%s", err, log)
	}
	state, err := os.ReadFile(filepath.Join(out, pipeline.StateFile))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(state), "bitext-ci") || !strings.Contains(string(state), `postgres://bitext@`) {
		t.Fatalf("the state records the TM as %s", state)
	}
	xlf, _ := filepath.Glob(filepath.Join(out, "articles", "*.xlf"))
	if len(xlf) == 0 {
		t.Fatal("no XLIFF written")
	}
	t.Setenv("BITEXT_TM", "")
	t.Setenv("PGPASSWORD", "bitext-ci")
	code, stdout, errOut := runBitext(t, nil, "import", xlf[0])
	if code != 0 || !strings.Contains(stdout, "postgres://") {
		t.Errorf("import: exit %d\n%s%s", code, stdout, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "bitext.tm")); err == nil {
		t.Error("import created ./bitext.tm")
	}
}
