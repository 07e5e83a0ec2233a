// Package queue is the shared job table of batch runs that several
// workers, on any number of machines, take their work from: PostgreSQL
// (pgx), one row per job.
//
// A job is a run id, the input paths of one article, the hash of the run's
// settings, its state (pending, running, done, failed), the worker that
// holds it, that worker's last heartbeat, the attempts made and the
// result. Workers claim jobs with SELECT ... FOR UPDATE SKIP LOCKED, so two
// never take the same one; a worker heartbeats while it works, and a job
// whose heartbeat is older than the timeout (its worker died) is claimed
// again. Completion is fenced by the attempt number: a worker that lost its
// job (it was too slow and the job was taken again) cannot complete it, so
// each job is done exactly once. A worker whose context is cancelled
// (SIGTERM, SIGINT) gives its job back at once, its attempt not counted;
// a worker that loses the database (a dropped connection, a restart)
// tries again with backoff for Reconnect instead of exiting. Each run is
// recorded with its settings (AddRun, Run, Runs), so that a worker with
// other settings can be told which differ. The tables are made by the
// migration runner the PostgreSQL TM uses (bitext/internal/pgmigrate), in
// a UTF-8 database only.
//
//	q, err := queue.Open(ctx, "postgres://bitext@db/bitext")
//	if err != nil { ... }
//	defer q.Close()
//	n, err := q.Enqueue(ctx, "run-2026-11-26", settingsHash, [][]string{{"a.en.txt", "a.ko.txt"}})
//	err = q.Work(ctx, queue.WorkOptions{Run: "run-2026-11-26", Worker: "host:1234"},
//		func(ctx context.Context, j queue.Job) (string, error) { return process(ctx, j.Inputs) })
//	counts, err := q.Status(ctx, "run-2026-11-26")
package queue

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"bitext/internal/pgmigrate"
	"bitext/tm/postgres"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// State is the state of a job.
type State string

// The states of a job.
const (
	Pending State = "pending"
	Running State = "running"
	Done    State = "done"
	Failed  State = "failed"
)

// Job is one article of a run.
type Job struct {
	ID        int64
	Run       string
	Inputs    []string
	Settings  string // hash of the run's settings
	State     State
	Worker    string
	Heartbeat time.Time
	Attempts  int
	Result    string
	Error     string
}

// Defaults of a queue.
const (
	DefaultTimeout     = 2 * time.Minute
	DefaultMaxAttempts = 3
	DefaultReconnect   = 10 * time.Minute
)

// TimeoutEnv is the environment variable that sets Queue.Timeout.
const TimeoutEnv = "BITEXT_QUEUE_TIMEOUT"

// ParseTimeout parses the value of BITEXT_QUEUE_TIMEOUT: a positive Go
// duration ("90s", "2m"); "" gives DefaultTimeout. Anything else is an
// error, not silently the default.
func ParseTimeout(v string) (time.Duration, error) {
	if v == "" {
		return DefaultTimeout, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("queue: %s=%q is not a positive duration such as 90s or 2m", TimeoutEnv, v)
	}
	return d, nil
}

// Queue is the job table in one database (or schema: search_path).
type Queue struct {
	pool *pgxpool.Pool
	dsn  string // redacted
	// Timeout is how long a running job may go without a heartbeat before
	// another worker takes it.
	Timeout time.Duration
	// MaxAttempts is how many times a job is claimed before it is marked
	// failed.
	MaxAttempts int
	// Reconnect is how long Work keeps trying, with backoff, when the
	// database cannot be reached (a dropped connection, a restart) before
	// it gives up.
	Reconnect time.Duration
}

// Open connects to the database of dsn, refuses it when it is not UTF-8
// (*postgres.EncodingError, before anything is written), and creates the
// job table when it is missing (the migrations, under an advisory lock,
// in the first schema of the search_path, created when it does not
// exist).
func Open(ctx context.Context, dsn string) (*Queue, error) {
	red := postgres.Redact(dsn)
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, &postgres.Error{DSN: red, Op: "queue", Err: postgres.RedactError(err, dsn)}
	}
	cfg.MaxConns = 4
	if cfg.ConnConfig.RuntimeParams["application_name"] == "" {
		cfg.ConnConfig.RuntimeParams["application_name"] = "bitext-queue"
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err == nil {
		err = pool.Ping(ctx)
	}
	if err != nil {
		if pool != nil {
			pool.Close()
		}
		return nil, &postgres.Error{DSN: red, Op: "queue", Err: postgres.RedactError(err, dsn)}
	}
	q := &Queue{pool: pool, dsn: red, Timeout: DefaultTimeout, MaxAttempts: DefaultMaxAttempts, Reconnect: DefaultReconnect}
	if err := postgres.CheckEncoding(ctx, pool, red); err != nil {
		pool.Close()
		return nil, err
	}
	if err := q.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return q, nil
}

func (q *Queue) wrap(op string, err error) error {
	if err == nil || errors.Is(err, context.Canceled) {
		return err
	}
	return &postgres.Error{DSN: q.dsn, Op: "queue: " + op, Err: err}
}

// Close closes the connections.
func (q *Queue) Close() error {
	q.pool.Close()
	return nil
}

const lockMigrate = 0x62747131 // "btq1"

// migrate applies the queue's migrations with the runner the translation
// memory uses too.
func (q *Queue) migrate(ctx context.Context) error {
	ms, err := pgmigrate.Load(migrationFS, "migrations")
	if err != nil {
		return err
	}
	conn, err := q.pool.Acquire(ctx)
	if err != nil {
		return q.wrap("migrate", err)
	}
	defer conn.Release()
	_, err = pgmigrate.Set{Table: "bitext_queue_migrations", Lock: lockMigrate, Migrations: ms}.Migrate(ctx, conn.Conn())
	return q.wrap("migrate", err)
}

// Run is a run of the queue: its id, the hash of its settings, and the
// settings themselves (Detail, JSON without secrets), which say a worker
// with other settings what differs.
type Run struct {
	ID       string
	Settings string
	Detail   string
	Created  time.Time
}

// ErrSettings is returned by AddRun for a run the queue has with other
// settings.
var ErrSettings = errors.New("queue: the run is in the queue with other settings")

// AddRun records a run with its settings; recording it again with the same
// settings is harmless, with others it is ErrSettings.
func (q *Queue) AddRun(ctx context.Context, r Run) error {
	if r.ID == "" {
		return errors.New("queue: empty run id")
	}
	var settings string
	err := q.pool.QueryRow(ctx, `INSERT INTO bitext_runs(run, settings, detail) VALUES($1, $2, $3)
		ON CONFLICT (run) DO UPDATE SET detail = CASE WHEN bitext_runs.detail = '' AND bitext_runs.settings = EXCLUDED.settings THEN EXCLUDED.detail ELSE bitext_runs.detail END
		RETURNING settings`, r.ID, r.Settings, r.Detail).Scan(&settings)
	if err != nil {
		return q.wrap("add run", err)
	}
	if settings != r.Settings {
		return fmt.Errorf("%w: run %s has settings %s, not %s", ErrSettings, r.ID, settings, r.Settings)
	}
	return nil
}

const runColumns = `run, settings, detail, created`

func scanRun(row pgx.Row) (Run, error) {
	var r Run
	err := row.Scan(&r.ID, &r.Settings, &r.Detail, &r.Created)
	r.Created = r.Created.UTC()
	return r, err
}

// Run returns the run of id; false when the queue has none.
func (q *Queue) Run(ctx context.Context, id string) (Run, bool, error) {
	r, err := scanRun(q.pool.QueryRow(ctx, `SELECT `+runColumns+` FROM bitext_runs WHERE run = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return Run{}, false, nil
	}
	if err != nil {
		return Run{}, false, q.wrap("run", err)
	}
	return r, true, nil
}

// Runs lists the runs, newest first.
func (q *Queue) Runs(ctx context.Context) ([]Run, error) {
	rows, err := q.pool.Query(ctx, `SELECT `+runColumns+` FROM bitext_runs ORDER BY created DESC, run`)
	if err != nil {
		return nil, q.wrap("runs", err)
	}
	defer rows.Close()
	var out []Run
	for rows.Next() {
		r, err := scanRun(rows)
		if err != nil {
			return nil, q.wrap("runs", err)
		}
		out = append(out, r)
	}
	return out, q.wrap("runs", rows.Err())
}

// Key is the identity of a job in its run: its input paths, joined by
// U+001F.
func Key(inputs []string) string { return strings.Join(inputs, "\x1f") }

// Enqueue adds a job per article (its input paths) to run, recording the
// run (AddRun: ErrSettings when it is in the queue with other settings);
// articles already in the run are left as they are, so enqueueing twice
// is harmless. It returns the number of jobs added.
func (q *Queue) Enqueue(ctx context.Context, run, settings string, articles [][]string) (int, error) {
	if run == "" {
		return 0, errors.New("queue: empty run id")
	}
	if err := q.AddRun(ctx, Run{ID: run, Settings: settings}); err != nil {
		return 0, err
	}
	var keys []string // each article's paths joined; split in SQL
	for _, a := range articles {
		keys = append(keys, Key(a))
	}
	tag, err := q.pool.Exec(ctx, `INSERT INTO bitext_jobs(run, key, inputs, settings)
		SELECT $1, k, string_to_array(k, E'\x1f'), $2 FROM unnest($3::text[]) WITH ORDINALITY AS x(k, n)
		ORDER BY n ON CONFLICT (run, key) DO NOTHING`, run, settings, keys)
	if err != nil {
		return 0, q.wrap("enqueue", err)
	}
	return int(tag.RowsAffected()), nil
}

const jobColumns = `id, run, inputs, settings, state, worker, heartbeat, attempts, result, error`

func scanJob(row pgx.Row) (*Job, error) {
	var j Job
	var hb *time.Time
	var state string
	if err := row.Scan(&j.ID, &j.Run, &j.Inputs, &j.Settings, &state, &j.Worker, &hb, &j.Attempts, &j.Result, &j.Error); err != nil {
		return nil, err
	}
	j.State = State(state)
	if hb != nil {
		j.Heartbeat = hb.UTC()
	}
	return &j, nil
}

// Claim takes the oldest job of run ("" for any run) that is pending, or
// running with a heartbeat older than Timeout, for worker. It returns nil
// when there is none. Jobs taken MaxAttempts times are marked failed
// instead.
func (q *Queue) Claim(ctx context.Context, run, worker string) (*Job, error) {
	// Jobs whose workers died too often.
	if _, err := q.pool.Exec(ctx, `UPDATE bitext_jobs SET state = 'failed', finished = now(),
		error = CASE WHEN error = '' THEN 'worker lost ' || attempts || ' times' ELSE error END
		WHERE state = 'running' AND heartbeat < now() - $1::interval AND attempts >= $2 AND ($3 = '' OR run = $3)`,
		q.Timeout, q.MaxAttempts, run); err != nil {
		return nil, q.wrap("claim", err)
	}
	row := q.pool.QueryRow(ctx, `UPDATE bitext_jobs SET state = 'running', worker = $1, heartbeat = now(), attempts = attempts + 1
		WHERE id = (SELECT id FROM bitext_jobs
			WHERE (state = 'pending' OR state = 'running' AND heartbeat < now() - $2::interval)
			AND ($3 = '' OR run = $3) AND attempts < $4
			ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
		RETURNING `+jobColumns, worker, q.Timeout, run, q.MaxAttempts)
	j, err := scanJob(row)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, q.wrap("claim", err)
	}
	return j, nil
}

// ErrLost is returned when a worker no longer holds its job: its heartbeat
// stopped for longer than the timeout and another worker took the job.
var ErrLost = errors.New("queue: the job was taken by another worker")

// Heartbeat tells the queue that the worker of j is still at work.
func (q *Queue) Heartbeat(ctx context.Context, j *Job) error {
	tag, err := q.pool.Exec(ctx, `UPDATE bitext_jobs SET heartbeat = now() WHERE id = $1 AND worker = $2 AND attempts = $3 AND state = 'running'`,
		j.ID, j.Worker, j.Attempts)
	if err != nil {
		return q.wrap("heartbeat", err)
	}
	if tag.RowsAffected() == 0 {
		return ErrLost
	}
	return nil
}

// Complete marks j done with its result; ErrLost when it is no longer the
// worker's.
func (q *Queue) Complete(ctx context.Context, j *Job, result string) error {
	return q.finish(ctx, j, Done, result, "")
}

// Fail marks j failed with a message (bad input: another attempt would
// fail too).
func (q *Queue) Fail(ctx context.Context, j *Job, msg string) error {
	return q.finish(ctx, j, Failed, "", msg)
}

func (q *Queue) finish(ctx context.Context, j *Job, st State, result, msg string) error {
	tag, err := q.pool.Exec(ctx, `UPDATE bitext_jobs SET state = $1, result = $2, error = $3, finished = now(), heartbeat = now()
		WHERE id = $4 AND worker = $5 AND attempts = $6 AND state = 'running'`, string(st), result, msg, j.ID, j.Worker, j.Attempts)
	if err != nil {
		return q.wrap("finish", err)
	}
	if tag.RowsAffected() == 0 {
		return ErrLost
	}
	j.State, j.Result, j.Error = st, result, msg
	return nil
}

// Counts are the jobs of a run by state. Stale counts the running jobs
// whose heartbeat is older than the timeout (their worker is gone; they
// will be taken again).
type Counts struct {
	Pending, Running, Done, Failed, Stale int
	Workers                               int // distinct workers holding running jobs
}

// Total is the number of jobs.
func (c Counts) Total() int { return c.Pending + c.Running + c.Done + c.Failed }

// Finished reports whether no job is left to do.
func (c Counts) Finished() bool { return c.Pending == 0 && c.Running == 0 }

// Status counts the jobs of run ("" for every run).
func (q *Queue) Status(ctx context.Context, run string) (Counts, error) {
	var c Counts
	err := q.pool.QueryRow(ctx, `SELECT
		count(*) FILTER (WHERE state = 'pending'),
		count(*) FILTER (WHERE state = 'running'),
		count(*) FILTER (WHERE state = 'done'),
		count(*) FILTER (WHERE state = 'failed'),
		count(*) FILTER (WHERE state = 'running' AND heartbeat < now() - $2::interval),
		count(DISTINCT worker) FILTER (WHERE state = 'running')
		FROM bitext_jobs WHERE $1 = '' OR run = $1`, run, q.Timeout).Scan(&c.Pending, &c.Running, &c.Done, &c.Failed, &c.Stale, &c.Workers)
	return c, q.wrap("status", err)
}

// Jobs lists the jobs of run by id.
func (q *Queue) Jobs(ctx context.Context, run string) ([]Job, error) {
	rows, err := q.pool.Query(ctx, `SELECT `+jobColumns+` FROM bitext_jobs WHERE $1 = '' OR run = $1 ORDER BY id`, run)
	if err != nil {
		return nil, q.wrap("jobs", err)
	}
	defer rows.Close()
	var out []Job
	for rows.Next() {
		j, err := scanJob(rows)
		if err != nil {
			return nil, q.wrap("jobs", err)
		}
		out = append(out, *j)
	}
	return out, q.wrap("jobs", rows.Err())
}

// Func processes one job and returns its result. An error wrapped in
// Permanent fails the job; other errors leave it to be tried again.
type Func func(ctx context.Context, j Job) (string, error)

// PermanentError marks an error that another attempt would meet again.
type PermanentError struct{ Err error }

func (e *PermanentError) Error() string { return e.Err.Error() }
func (e *PermanentError) Unwrap() error { return e.Err }

// Permanent wraps err as a PermanentError.
func Permanent(err error) error { return &PermanentError{Err: err} }

// WorkOptions configure Work.
type WorkOptions struct {
	Run    string // "" takes jobs of any run
	Worker string // the worker's name (host:pid)
	// Poll is how long to wait when no job can be claimed but others are
	// still running (default 1s).
	Poll time.Duration
	// OnJob, when set, is told about each job processed: j.State is Done,
	// Failed (j.Error says why), or Pending when the job was put back for
	// another attempt (j.Error says what went wrong this time); err is
	// ErrLost when another worker had taken the job.
	OnJob func(j Job, err error)
	// OnRetry, when set, is told when the database could not be reached
	// and Work waits before trying again.
	OnRetry func(err error, wait time.Duration)
}

// transient reports whether err is the database being out of reach (a
// dropped or refused connection, a server shutting down or restarting)
// rather than a mistake another try would make again.
func transient(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, ErrLost) {
		return false
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case strings.HasPrefix(pe.Code, "08"), // connection exception
			pe.Code == "57P01", pe.Code == "57P02", pe.Code == "57P03", // admin shutdown, crash shutdown, cannot connect now
			pe.Code == "53300",                     // too many connections
			pe.Code == "40001", pe.Code == "40P01": // serialization failure, deadlock
			return true
		}
		return false
	}
	// Network errors, EOF from a closed socket, a pool that cannot
	// connect.
	return true
}

// retry runs op until it succeeds, fails for a reason that is not
// transient, or the database has been out of reach for q.Reconnect,
// waiting 100 ms, 200 ms, ... up to 5 s between tries. The waits end early
// when stop is closed (op's own context may outlive it: a job's outcome is
// recorded even while the worker is being stopped).
func (q *Queue) retry(ctx context.Context, stop <-chan struct{}, onRetry func(error, time.Duration), op func(context.Context) error) error {
	wait := 100 * time.Millisecond
	var since time.Time
	for {
		err := op(ctx)
		if !transient(err) {
			return err
		}
		if since.IsZero() {
			since = time.Now()
		}
		if time.Since(since) >= q.Reconnect {
			return err
		}
		if onRetry != nil {
			onRetry(err, wait)
		}
		select {
		case <-stop:
			return err
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
		wait = min(wait*2, 5*time.Second)
	}
}

// Work claims and processes jobs until none is left to do (none pending,
// none running anywhere) or ctx is cancelled. While fn works, a heartbeat
// is sent every Timeout/3. A job that fn fails with a PermanentError is
// marked failed; other errors put it back (until MaxAttempts). When ctx is
// cancelled (SIGTERM, SIGINT) while fn works, the job is given back at
// once, its attempt not counted, instead of being held until the timeout.
// A database out of reach is tried again with backoff for q.Reconnect.
func (q *Queue) Work(ctx context.Context, o WorkOptions, fn Func) error {
	if o.Poll <= 0 {
		o.Poll = time.Second
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		j, err := q.claim(ctx, o)
		if err != nil {
			return err
		}
		if j != nil && ctx.Err() != nil {
			// Stopped while the claim went through: give the job back now.
			if err := q.giveBack(context.WithoutCancel(ctx), j, o.OnRetry); err != nil {
				return err
			}
			return ctx.Err()
		}
		if j == nil {
			var c Counts
			err := q.retry(ctx, ctx.Done(), o.OnRetry, func(ctx context.Context) (err error) {
				c, err = q.Status(ctx, o.Run)
				return err
			})
			if err != nil {
				return err
			}
			if c.Finished() {
				return nil
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(o.Poll):
			}
			continue
		}
		err = q.process(ctx, j, fn, o.OnRetry)
		if o.OnJob != nil && !errors.Is(err, context.Canceled) {
			o.OnJob(*j, err)
		}
		if err != nil && !errors.Is(err, ErrLost) {
			return err
		}
	}
}

// claim claims a job of o.Run for o.Worker. A claim under way when ctx is
// cancelled is let finish (for up to 10 seconds more), so that a job the
// database gave this worker is known and can be given back: cut short, the
// claim could commit unseen and leave the job running until its timeout
// (TestSIGTERMReleases, once in CI).
func (q *Queue) claim(ctx context.Context, o WorkOptions) (*Job, error) {
	cctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	defer cancel()
	stop := context.AfterFunc(ctx, func() { time.AfterFunc(10*time.Second, cancel) })
	defer stop()
	var j *Job
	err := q.retry(cctx, ctx.Done(), o.OnRetry, func(c context.Context) (err error) {
		j, err = q.Claim(c, o.Run, o.Worker)
		return err
	})
	return j, err
}

// giveBack puts a stopped job back to pending at once, its attempt not
// counted.
func (q *Queue) giveBack(bg context.Context, j *Job, onRetry func(error, time.Duration)) error {
	stopCtx, cancel := context.WithTimeout(bg, 10*time.Second)
	defer cancel()
	err := q.retry(stopCtx, nil, onRetry, func(c context.Context) error {
		_, err := q.pool.Exec(c, `UPDATE bitext_jobs SET state = 'pending', worker = '', heartbeat = NULL, attempts = attempts - 1
			WHERE id = $1 AND worker = $2 AND attempts = $3 AND state = 'running'`, j.ID, j.Worker, j.Attempts)
		return err
	})
	if err != nil {
		return q.wrap("release", err)
	}
	j.State, j.Worker, j.Attempts = Pending, "", j.Attempts-1
	return nil
}

func (q *Queue) process(ctx context.Context, j *Job, fn Func, onRetry func(error, time.Duration)) error {
	jctx, cancel := context.WithCancel(ctx)
	defer cancel()
	lost := make(chan struct{})
	beat := make(chan struct{})
	go func() {
		defer close(beat)
		t := time.NewTicker(max(q.Timeout/3, 10*time.Millisecond))
		defer t.Stop()
		for {
			select {
			case <-jctx.Done():
				return
			case <-t.C:
				// Errors other than ErrLost (the database out of reach)
				// are left to the next beat.
				if err := q.Heartbeat(jctx, j); errors.Is(err, ErrLost) {
					close(lost)
					cancel()
					return
				}
			}
		}
	}()
	result, ferr := fn(jctx, *j)
	cancel()
	<-beat
	select {
	case <-lost:
		return ErrLost
	default:
	}
	// The outcome is recorded even when ctx is cancelled meanwhile: a
	// finished article stays finished, a stopped one is given back.
	bg := context.WithoutCancel(ctx)
	var perm *PermanentError
	switch {
	case ferr == nil:
		return q.retry(bg, ctx.Done(), onRetry, func(c context.Context) error { return q.Complete(c, j, result) })
	case ctx.Err() != nil:
		if err := q.giveBack(bg, j, onRetry); err != nil {
			return err
		}
		return ctx.Err()
	case errors.As(ferr, &perm):
		return q.retry(bg, ctx.Done(), onRetry, func(c context.Context) error { return q.Fail(c, j, ferr.Error()) })
	default:
		// Put it back for another attempt (failed after MaxAttempts).
		var state string
		err := q.retry(bg, ctx.Done(), onRetry, func(c context.Context) error {
			err := q.pool.QueryRow(c, `UPDATE bitext_jobs SET state = CASE WHEN attempts >= $5 THEN 'failed' ELSE 'pending' END,
				worker = CASE WHEN attempts >= $5 THEN worker ELSE '' END, error = $1,
				finished = CASE WHEN attempts >= $5 THEN now() END
				WHERE id = $2 AND worker = $3 AND attempts = $4 AND state = 'running' RETURNING state`,
				ferr.Error(), j.ID, j.Worker, j.Attempts, q.MaxAttempts).Scan(&state)
			if errors.Is(err, pgx.ErrNoRows) {
				return ErrLost
			}
			return err
		})
		if err != nil {
			if errors.Is(err, ErrLost) {
				return err
			}
			return q.wrap("release", err)
		}
		j.State, j.Error = State(state), ferr.Error()
		return nil
	}
}
