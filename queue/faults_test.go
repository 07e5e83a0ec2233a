package queue_test

// The queue's lines of issue #13, each reproduced: a job held until the
// timeout after SIGTERM, a worker exiting on a dropped connection, a job
// put back for another attempt reported "failed" with no reason, a bad
// BITEXT_QUEUE_TIMEOUT ignored, a SQL_ASCII database, runs recorded with
// their settings.

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"bitext/queue"
	"bitext/tm/postgres"
	"bitext/tm/postgres/pgtest"
)

// withAppName gives the queue's connections an application_name of their
// own, so that a test can find (and terminate) them.
func withAppName(t *testing.T, dsn string) (string, string) {
	t.Helper()
	b := make([]byte, 4)
	rand.Read(b)
	name := "bitext-queue-test-" + hex.EncodeToString(b)
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("application_name", name)
	u.RawQuery = q.Encode()
	return u.String(), name
}

// TestReconnect terminates the worker's sessions (pg_terminate_backend)
// while it works: the worker reconnects and finishes the run instead of
// exiting with the error.
func TestReconnect(t *testing.T) {
	ctx := context.Background()
	dsn, app := withAppName(t, pgtest.Schema(t))
	q, err := queue.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	q.Reconnect = 20 * time.Second
	if _, err := q.Enqueue(ctx, "r", "s", [][]string{{"a"}, {"b"}, {"c"}}); err != nil {
		t.Fatal(err)
	}
	admin, err := pgx.Connect(ctx, pgtest.DSN(t))
	if err != nil {
		t.Fatal(postgres.Redact(err.Error()))
	}
	defer admin.Close(ctx)
	var killed, retries atomic.Int64
	err = q.Work(ctx, queue.WorkOptions{Run: "r", Worker: "w", Poll: 50 * time.Millisecond,
		OnRetry: func(err error, wait time.Duration) { retries.Add(1) }},
		func(ctx context.Context, j queue.Job) (string, error) {
			if j.Inputs[0] == "b" && killed.Load() == 0 {
				var n int64
				if err := admin.QueryRow(ctx, `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = $1`, app).Scan(&n); err != nil {
					return "", err
				}
				killed.Store(n)
				time.Sleep(200 * time.Millisecond) // the sessions are gone
			}
			return "ok " + j.Inputs[0], nil
		})
	if err != nil {
		t.Fatalf("Work after the connection dropped: %v", err)
	}
	if killed.Load() == 0 {
		t.Fatal("no session of the worker was terminated: the test tested nothing")
	}
	c, err := q.Status(ctx, "r")
	if err != nil || c.Done != 3 {
		t.Fatalf("status %+v, %v; want 3 done", c, err)
	}
	t.Logf("%d sessions terminated, %d retries", killed.Load(), retries.Load())
}

// TestRetryReported: a job whose attempt failed for a reason another
// attempt may not meet is put back; OnJob is told so (state pending, the
// reason), not "failed" with an empty reason.
func TestRetryReported(t *testing.T) {
	ctx := context.Background()
	q, err := queue.Open(ctx, pgtest.Schema(t))
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	q.Enqueue(ctx, "r", "s", [][]string{{"a"}})
	var seen []string
	n := 0
	err = q.Work(ctx, queue.WorkOptions{Run: "r", Worker: "w", Poll: 10 * time.Millisecond,
		OnJob: func(j queue.Job, err error) { seen = append(seen, fmt.Sprintf("%s %q %v", j.State, j.Error, err)) }},
		func(ctx context.Context, j queue.Job) (string, error) {
			n++
			if n == 1 {
				return "", errors.New("the TM is busy")
			}
			return "ok", nil
		})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{`pending "the TM is busy" <nil>`, `done "" <nil>`}
	if fmt.Sprint(seen) != fmt.Sprint(want) {
		t.Errorf("OnJob saw %q, want %q", seen, want)
	}
}

func TestParseTimeout(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Duration
		ok   bool
	}{{"", queue.DefaultTimeout, true}, {"90s", 90 * time.Second, true}, {"2m", 2 * time.Minute, true},
		{"0", 0, false}, {"-1m", 0, false}, {"2 minutes", 0, false}, {"120", 0, false}} {
		got, err := queue.ParseTimeout(tc.in)
		if (err == nil) != tc.ok || tc.ok && got != tc.want {
			t.Errorf("ParseTimeout(%q) = %v, %v", tc.in, got, err)
		}
		if err != nil && !strings.Contains(err.Error(), "BITEXT_QUEUE_TIMEOUT") {
			t.Errorf("error %q does not name the variable", err)
		}
	}
}

// TestRuns: a run is recorded with its settings; the same run with other
// settings is refused.
func TestRuns(t *testing.T) {
	ctx := context.Background()
	q, err := queue.Open(ctx, pgtest.Schema(t))
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if err := q.AddRun(ctx, queue.Run{ID: "r1", Settings: "h1", Detail: `{"out":"/a"}`}); err != nil {
		t.Fatal(err)
	}
	if err := q.AddRun(ctx, queue.Run{ID: "r1", Settings: "h1", Detail: `{"out":"/a"}`}); err != nil {
		t.Fatalf("adding the same run again: %v", err)
	}
	if err := q.AddRun(ctx, queue.Run{ID: "r1", Settings: "h2"}); !errors.Is(err, queue.ErrSettings) {
		t.Fatalf("the run with other settings: %v, want ErrSettings", err)
	}
	r, ok, err := q.Run(ctx, "r1")
	if err != nil || !ok || r.Settings != "h1" || r.Detail != `{"out":"/a"}` {
		t.Fatalf("Run = %+v %v %v", r, ok, err)
	}
	if _, ok, err := q.Run(ctx, "r2"); ok || err != nil {
		t.Fatalf("Run of an unknown run = %v %v", ok, err)
	}
	rs, err := q.Runs(ctx)
	if err != nil || len(rs) != 1 || rs[0].ID != "r1" {
		t.Fatalf("Runs = %+v %v", rs, err)
	}
}

// TestSQLASCIIQueue: the queue refuses a database that is not UTF-8
// before creating its table.
func TestSQLASCIIQueue(t *testing.T) {
	base := pgtest.DSN(t)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatal(postgres.Redact(err.Error()))
	}
	defer conn.Close(ctx)
	name := fmt.Sprintf("bitext_test_qascii_%d", os.Getpid())
	if _, err := conn.Exec(ctx, `CREATE DATABASE `+name+` ENCODING 'SQL_ASCII' LOCALE 'C' TEMPLATE template0`); err != nil {
		t.Skipf("cannot create a database: %v", err)
	}
	defer conn.Exec(ctx, `DROP DATABASE `+name+` WITH (FORCE)`)
	u, _ := url.Parse(base)
	u.Path = "/" + name
	_, err = queue.Open(ctx, u.String())
	var ee *postgres.EncodingError
	if !errors.As(err, &ee) || !strings.Contains(err.Error(), "SQL_ASCII") {
		t.Fatalf("queue.Open of a SQL_ASCII database: %v", err)
	}
	c2, err := pgx.Connect(ctx, u.String())
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close(ctx)
	var made bool
	c2.QueryRow(ctx, `SELECT to_regclass('bitext_jobs') IS NOT NULL OR to_regclass('bitext_queue_migrations') IS NOT NULL`).Scan(&made)
	if made {
		t.Error("the queue's tables were created in the SQL_ASCII database")
	}
}

// TestSignalWorkerProcess is the worker TestSIGTERMReleases signals; it
// does nothing otherwise.
func TestSignalWorkerProcess(t *testing.T) {
	dsn := os.Getenv("QUEUE_SIGNAL_DSN")
	if dsn == "" {
		t.Skip("run by TestSIGTERMReleases")
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	q, err := queue.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	err = q.Work(ctx, queue.WorkOptions{Run: "r", Worker: "sig"}, func(ctx context.Context, j queue.Job) (string, error) {
		<-ctx.Done() // a long article
		return "", ctx.Err()
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Work = %v, want context.Canceled", err)
	}
}

// TestSIGTERMReleases sends SIGTERM (then, in a second round, SIGINT) to a
// worker holding a job: the job is waiting again at once, not held until
// the timeout, and its attempt does not count.
func TestSIGTERMReleases(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			dsn := pgtest.Schema(t)
			ctx := context.Background()
			q, err := queue.Open(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer q.Close()
			q.Enqueue(ctx, "r", "s", [][]string{{"a"}})
			cmd := exec.Command(os.Args[0], "-test.run=^TestSignalWorkerProcess$", "-test.v")
			cmd.Env = append(os.Environ(), "QUEUE_SIGNAL_DSN="+dsn)
			var logb strings.Builder
			cmd.Stdout, cmd.Stderr = &logb, &logb
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(30 * time.Second)
			for {
				c, err := q.Status(ctx, "r")
				if err != nil {
					t.Fatal(err)
				}
				if c.Running == 1 {
					break
				}
				if time.Now().After(deadline) {
					cmd.Process.Kill()
					t.Fatalf("the worker never claimed the job\n%s", logb.String())
				}
				time.Sleep(20 * time.Millisecond)
			}
			cmd.Process.Signal(sig)
			if err := cmd.Wait(); err != nil {
				t.Fatalf("worker: %v\n%s", err, logb.String())
			}
			jobs, err := q.Jobs(ctx, "r")
			if err != nil {
				t.Fatal(err)
			}
			if j := jobs[0]; j.State != queue.Pending || j.Worker != "" || j.Attempts != 0 {
				t.Fatalf("after %v the job is %s (worker %q, %d attempts); want pending, free, 0 attempts", sig, j.State, j.Worker, j.Attempts)
			}
			// Another worker takes it at once (the timeout is 2 minutes).
			j, err := q.Claim(ctx, "r", "next")
			if err != nil || j == nil {
				t.Fatalf("Claim after %v = %v, %v", sig, j, err)
			}
		})
	}
}

// TestQueuePasswordNeverShown: the errors of Open hold no password, for
// URLs and keyword/value strings alike.
func TestQueuePasswordNeverShown(t *testing.T) {
	const secret = "Sup3rSecretPw"
	for _, dsn := range []string{
		"postgres://kim:" + secret + "@127.0.0.1:1/q?connect_timeout=2",
		"postgres://kim:" + secret + "@127.0.0.1:1/q?sslmode=bogus",
		"host=127.0.0.1 port=1 user=kim password=" + secret + " dbname=q connect_timeout=2",
		"host=127.0.0.1 port=notaport password=" + secret,
	} {
		_, err := queue.Open(context.Background(), dsn)
		if err == nil {
			t.Errorf("Open(%s) succeeded", postgres.Redact(dsn))
			continue
		}
		if strings.Contains(err.Error(), secret) || strings.Contains(fmt.Sprintf("%+v", err), secret) {
			t.Errorf("error shows the password: %v", err)
		}
	}
}

// TestQueueNewSchema: a search_path whose first schema does not exist yet
// puts the job table there (the schema is created), not in public.
func TestQueueNewSchema(t *testing.T) {
	base := pgtest.DSN(t)
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatal(postgres.Redact(err.Error()))
	}
	defer admin.Close(ctx)
	name := fmt.Sprintf("t_queue_new_%d", os.Getpid())
	admin.Exec(ctx, `DROP SCHEMA IF EXISTS `+name+` CASCADE`)
	defer admin.Exec(ctx, `DROP SCHEMA IF EXISTS `+name+` CASCADE`)
	q, err := queue.Open(ctx, pgtest.WithSearchPath(base, name))
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if _, err := q.Enqueue(ctx, "r", "s", [][]string{{"a"}}); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := admin.QueryRow(ctx, `SELECT count(*) FROM `+name+`.bitext_jobs`).Scan(&n); err != nil || n != 1 {
		t.Errorf("%d jobs in %s.bitext_jobs (%v), want 1", n, name, err)
	}
}
