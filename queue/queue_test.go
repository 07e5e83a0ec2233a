package queue_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"bitext/atomicfile"
	"bitext/dirlock"
	"bitext/pipeline"
	"bitext/queue"
	"bitext/tm/postgres/pgtest"
)

// process is the test's article processing: it reads the inputs, takes a
// while, and writes one output file (atomically) whose content depends
// only on the inputs.
func process(out string, delay time.Duration) queue.Func {
	return func(ctx context.Context, j queue.Job) (string, error) {
		var b strings.Builder
		for _, in := range j.Inputs {
			data, err := os.ReadFile(in)
			if err != nil {
				return "", queue.Permanent(err)
			}
			b.WriteString(strings.ToUpper(string(data)))
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(delay):
		}
		name := strings.TrimSuffix(filepath.Base(j.Inputs[0]), ".en.txt") + ".out"
		err := atomicfile.Write(filepath.Join(out, name), func(w io.Writer) error {
			_, err := io.WriteString(w, b.String())
			return err
		})
		return name, err
	}
}

// steps are the pipeline's steps of the workers of
// TestThreeWorkersOneKilled: the default ones without TM or glossary.
func steps(t *testing.T) pipeline.Steps {
	t.Helper()
	st, closer, err := pipeline.NewSteps(context.Background(), pipeline.DefaultConfig(), pipeline.Setup{})
	if err != nil {
		t.Fatal(err)
	}
	closer.Close()
	return st
}

// runArticle is the article processing of a real worker (bitext worker):
// the whole pipeline over one article into the shared out folder, after a
// delay; the result is the article's part of the report.
func runArticle(out string, st pipeline.Steps, delay time.Duration) queue.Func {
	return func(ctx context.Context, j queue.Job) (string, error) {
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(delay):
		}
		p, err := pipeline.RunPart(ctx, pipeline.Options{OutDir: out, Steps: st}, j.Inputs, fmt.Sprint(j.Attempts))
		if err != nil {
			return "", err
		}
		b, err := json.Marshal(p)
		return string(b), err
	}
}

// merge writes the combined report of a finished run from its jobs'
// parts, as bitext worker does.
func merge(t *testing.T, q *queue.Queue, run, out string, st pipeline.Steps) {
	t.Helper()
	jobs, err := q.Jobs(context.Background(), run)
	if err != nil {
		t.Fatal(err)
	}
	var parts []pipeline.Part
	for _, j := range jobs {
		var p pipeline.Part
		if err := json.Unmarshal([]byte(j.Result), &p); err != nil {
			t.Fatalf("job %d: %v", j.ID, err)
		}
		parts = append(parts, p)
	}
	// The merge holds the out folder alone, as queued.Merge does: another
	// worker may be merging, or still putting its files in place.
	l, err := dirlock.Acquire(context.Background(), out, dirlock.Options{Wait: time.Minute, Command: "merge"})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	if _, err := pipeline.Merge(pipeline.MergeOptions{Steps: st, OutDir: out, Parts: parts}); err != nil {
		t.Fatal(err)
	}
}

// TestWorkerProcess is a worker when the test binary is run again by
// TestThreeWorkersOneKilled; otherwise it does nothing.
func TestWorkerProcess(t *testing.T) {
	dsn := os.Getenv("QUEUE_TEST_DSN")
	if dsn == "" {
		t.Skip("run by TestThreeWorkersOneKilled")
	}
	q, err := queue.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	q.Timeout = time.Second
	run, out := os.Getenv("QUEUE_TEST_RUN"), os.Getenv("QUEUE_TEST_OUT")
	st := steps(t)
	// Workers share the out folder while they work (see queued.Work).
	l, err := dirlock.Acquire(context.Background(), out, dirlock.Options{Shared: true, Wait: time.Minute, Command: "worker"})
	if err != nil {
		t.Fatal(err)
	}
	err = q.Work(context.Background(), queue.WorkOptions{Run: run, Worker: os.Getenv("QUEUE_TEST_WORKER"), Poll: 100 * time.Millisecond},
		runArticle(out, st, 150*time.Millisecond))
	l.Release()
	if err != nil {
		t.Fatal(err)
	}
	// The run is finished: each worker writes the combined report.
	merge(t, q, run, out, st)
}

func articles(t *testing.T, n int) [][]string {
	dir := t.TempDir()
	var out [][]string
	for i := 0; i < n; i++ {
		en := filepath.Join(dir, fmt.Sprintf("art%02d.en.txt", i))
		ko := filepath.Join(dir, fmt.Sprintf("art%02d.ko.txt", i))
		os.WriteFile(en, []byte(fmt.Sprintf("The city council met for the %dth time.\n", i)), 0o644)
		os.WriteFile(ko, []byte(fmt.Sprintf("시의회가 %d번째로 모였다.\n", i)), 0o644)
		out = append(out, []string{en, ko})
	}
	return out
}

// TestThreeWorkersOneKilled runs three worker processes on one run and
// kills one with SIGKILL while it holds a job: every article is done once,
// the killed worker's job is taken again after the timeout, and the
// outputs (the articles' files, and the combined report.json, index.html
// and state the surviving workers merge) equal those of a single worker.
func TestThreeWorkersOneKilled(t *testing.T) {
	dsn := pgtest.Schema(t)
	ctx := context.Background()
	q, err := queue.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	q.Timeout = time.Second
	arts := articles(t, 24)
	if n, err := q.Enqueue(ctx, "multi", "settings-1", arts); err != nil || n != len(arts) {
		t.Fatalf("Enqueue = %d, %v", n, err)
	}
	if n, err := q.Enqueue(ctx, "multi", "settings-1", arts); err != nil || n != 0 {
		t.Fatalf("second Enqueue = %d, %v; want 0", n, err)
	}
	multiOut, singleOut := t.TempDir(), t.TempDir()
	var cmds []*exec.Cmd
	for i := 1; i <= 3; i++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestWorkerProcess$", "-test.v")
		cmd.Env = append(os.Environ(), "QUEUE_TEST_DSN="+dsn, "QUEUE_TEST_RUN=multi", "QUEUE_TEST_OUT="+multiOut,
			fmt.Sprintf("QUEUE_TEST_WORKER=w%d", i))
		logb := &lockedBuffer{}
		cmd.Stdout, cmd.Stderr = logb, logb
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		defer func() {
			if t.Failed() {
				t.Logf("worker %d:\n%s", i, logb.String())
			}
		}()
		cmds = append(cmds, cmd)
	}
	// Kill w1 while it holds a job.
	deadline := time.Now().Add(30 * time.Second)
	var killedJob int64
	for killedJob == 0 {
		if time.Now().After(deadline) {
			t.Fatal("worker 1 never claimed a job")
		}
		jobs, err := q.Jobs(ctx, "multi")
		if err != nil {
			t.Fatal(err)
		}
		for _, j := range jobs {
			if j.State == queue.Running && j.Worker == "w1" {
				killedJob = j.ID
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := cmds[0].Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmds[0].Wait()
	for _, c := range cmds[1:] {
		if err := c.Wait(); err != nil {
			t.Fatalf("worker: %v", err)
		}
	}
	c, err := q.Status(ctx, "multi")
	if err != nil {
		t.Fatal(err)
	}
	if c.Done != len(arts) || c.Failed != 0 || !c.Finished() {
		t.Fatalf("status %+v, want %d done", c, len(arts))
	}
	jobs, err := q.Jobs(ctx, "multi")
	if err != nil {
		t.Fatal(err)
	}
	results := map[string]int{}
	for _, j := range jobs {
		results[j.Result]++
		if j.ID == killedJob {
			if j.Attempts != 2 || j.Worker == "w1" {
				t.Errorf("killed worker's job: attempts %d worker %s, want taken again by another", j.Attempts, j.Worker)
			}
		} else if j.Attempts != 1 {
			t.Errorf("job %d attempted %d times", j.ID, j.Attempts)
		}
	}
	if len(results) != len(arts) {
		// Each result is the part of a different article.
		t.Errorf("%d distinct results for %d articles", len(results), len(arts))
	}

	// The same articles with one worker.
	if _, err := q.Enqueue(ctx, "single", "settings-1", arts); err != nil {
		t.Fatal(err)
	}
	st := steps(t)
	if err := q.Work(ctx, queue.WorkOptions{Run: "single", Worker: "solo"}, runArticle(singleOut, st, 0)); err != nil {
		t.Fatal(err)
	}
	merge(t, q, "single", singleOut, st)
	compareDirs(t, filepath.Join(singleOut, pipeline.ArticlesDir), filepath.Join(multiOut, pipeline.ArticlesDir))
	for _, f := range []string{pipeline.ReportJSON, pipeline.ReportHTML, pipeline.StateFile} {
		x, err := os.ReadFile(filepath.Join(singleOut, f))
		if err != nil {
			t.Fatal(err)
		}
		y, err := os.ReadFile(filepath.Join(multiOut, f))
		if err != nil || string(x) != string(y) {
			t.Errorf("%s differs between one worker and three: %v\n%s\n----\n%s", f, err, x, y)
		}
	}
	var rep pipeline.Report
	if data, err := os.ReadFile(filepath.Join(multiOut, pipeline.ReportJSON)); err != nil || json.Unmarshal(data, &rep) != nil {
		t.Fatalf("report.json: %v", err)
	}
	if rep.Totals.Articles != len(arts) || rep.Totals.Done != len(arts) {
		t.Errorf("combined report totals %+v, want %d articles done", rep.Totals, len(arts))
	}
}

func compareDirs(t *testing.T, a, b string) {
	t.Helper()
	ea, _ := os.ReadDir(a)
	eb, _ := os.ReadDir(b)
	if len(ea) != len(eb) || len(ea) == 0 {
		t.Fatalf("%d files from one worker, %d from three", len(ea), len(eb))
	}
	for _, e := range ea {
		x, _ := os.ReadFile(filepath.Join(a, e.Name()))
		y, err := os.ReadFile(filepath.Join(b, e.Name()))
		if err != nil || string(x) != string(y) {
			t.Errorf("%s differs: %v", e.Name(), err)
		}
	}
}

// TestLostJobCannotComplete: a worker whose job was taken again cannot
// complete it.
func TestLostJobCannotComplete(t *testing.T) {
	ctx := context.Background()
	q, err := queue.Open(ctx, pgtest.Schema(t))
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	q.Timeout = 200 * time.Millisecond
	q.Enqueue(ctx, "r", "", [][]string{{"a"}, {"b"}})
	j1, err := q.Claim(ctx, "r", "slow")
	if err != nil || j1 == nil || j1.Inputs[0] != "a" {
		t.Fatalf("Claim = %+v, %v", j1, err)
	}
	j2, _ := q.Claim(ctx, "r", "other")
	if j2 == nil || j2.Inputs[0] != "b" {
		t.Fatalf("second claim = %+v (SKIP LOCKED / running jobs must not be taken)", j2)
	}
	if err := q.Complete(ctx, j2, "b done"); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond)
	j3, _ := q.Claim(ctx, "r", "fast")
	if j3 == nil || j3.ID != j1.ID || j3.Attempts != 2 {
		t.Fatalf("stale job not taken again: %+v", j3)
	}
	if err := q.Heartbeat(ctx, j1); err != queue.ErrLost {
		t.Errorf("Heartbeat of a lost job = %v", err)
	}
	if err := q.Complete(ctx, j1, "late"); err != queue.ErrLost {
		t.Errorf("Complete of a lost job = %v, want ErrLost", err)
	}
	if err := q.Complete(ctx, j3, "a done"); err != nil {
		t.Fatal(err)
	}
	c, _ := q.Status(ctx, "r")
	if c.Done != 2 || !c.Finished() {
		t.Errorf("status %+v", c)
	}
	if j, _ := q.Claim(ctx, "r", "idle"); j != nil {
		t.Errorf("claimed a finished job %+v", j)
	}
}

func TestPermanentFailure(t *testing.T) {
	ctx := context.Background()
	q, err := queue.Open(ctx, pgtest.Schema(t))
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	q.Enqueue(ctx, "r", "", [][]string{{filepath.Join(t.TempDir(), "missing.en.txt")}})
	if err := q.Work(ctx, queue.WorkOptions{Run: "r", Worker: "w"}, process(t.TempDir(), 0)); err != nil {
		t.Fatal(err)
	}
	c, _ := q.Status(ctx, "r")
	if c.Failed != 1 || c.Done != 0 {
		t.Fatalf("status %+v, want 1 failed", c)
	}
}

// lockedBuffer collects a worker's output: the copying goroutine of
// os/exec writes while a failed test may already read it.
type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
