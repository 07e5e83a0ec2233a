package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"bitext/locales"
	"bitext/pipeline"
	"bitext/pipeline/queued"
	"bitext/queue"
	"bitext/tm"
)

func init() { register(newWorkerCommand) }

func queueFlags(ui *locales.Localizer) []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "queue", Usage: ui.T("PGQueueFlagQueue", nil), EnvVars: []string{"BITEXT_QUEUE"}},
		&cli.StringFlag{Name: "run", Usage: ui.T("PGQueueFlagRun", nil)},
	}
}

func queuedOptions(o runOptions) queued.Options {
	return queued.Options{Config: o.config, Out: o.out, TM: o.tm, Glossary: o.glossary, Formats: o.formats}
}

// queuedError gives an error of a queued run its exit code (and a
// message in the user's language when it has one): the database, the
// TM or a file out of reach exit 3, bad input and settings that do not
// match the run's exit 2.
func queuedError(ui *locales.Localizer, err error) error {
	if err == nil {
		return nil
	}
	env, msg := queued.Classify(err)
	if msg != nil {
		err = errors.New(ui.T(msg.MessageID(), msg.MessageData()))
	}
	if env {
		return environment(err)
	}
	return badInput(err)
}

func openQueue(ui *locales.Localizer, ctx context.Context, dsn string) (*queue.Queue, error) {
	if !tm.IsPostgres(dsn) {
		return nil, badInput(errors.New(ui.T("PGQueueErrDSN", map[string]any{"DSN": displayTM(dsn)})))
	}
	timeout, err := queue.ParseTimeout(os.Getenv(queue.TimeoutEnv))
	if err != nil {
		return nil, badInput(err)
	}
	q, err := queue.Open(ctx, dsn)
	if err != nil {
		return nil, queuedError(ui, err)
	}
	q.Timeout = timeout
	return q, nil
}

// queueRun is `bitext run --queue DSN [--run ID] INPUT...` (enqueue the
// articles) and `bitext run --queue DSN [--run ID] --status`.
func queueRun(c *cli.Context, ui *locales.Localizer, o runOptions, dsn, run string, status bool) error {
	set, err := queued.Resolve(queuedOptions(o))
	if err != nil {
		return queuedError(ui, err)
	}
	if !status && len(o.inputs) == 0 {
		return badInput(errors.New(ui.T("RunErrNoInput", nil)))
	}
	q, err := openQueue(ui, c.Context, dsn)
	if err != nil {
		return err
	}
	defer q.Close()
	w := c.App.Writer
	if !status {
		res, err := queued.Enqueue(c.Context, q, set, run, o.inputs)
		if err != nil {
			return queuedError(ui, err)
		}
		fmt.Fprintln(w, ui.T("PGQueueEnqueued", map[string]any{"Run": res.Run, "Added": res.Added, "Total": res.Total, "Queue": displayTM(dsn)}))
		return nil
	}
	id, n, err := queued.Status(c.Context, q, set, run)
	if err != nil {
		return queuedError(ui, err)
	}
	fmt.Fprintln(w, ui.T("PGQueueStatus", map[string]any{"Run": id, "Total": n.Total(), "Pending": n.Pending, "Running": n.Running,
		"Workers": n.Workers, "Done": n.Done, "Failed": n.Failed, "Stale": n.Stale}))
	if n.Total() > 0 && n.Finished() {
		fmt.Fprintln(w, ui.T("PGQueueFinished", map[string]any{"Out": set.Out}))
		// Write the combined report again when it is missing or not the
		// run's: the workers did, but one may have been stopped before.
		return mergeQueued(c.Context, ui, w, q, set, run, o.wait)
	}
	return nil
}

func queuedSetup(ui *locales.Localizer) pipeline.Setup {
	return pipeline.Setup{Text: func(id string) string { return ui.T(id, nil) }, UILang: ui.Tag.String(), Say: ui.T}
}

// mergeQueued merges a finished run, waiting up to wait for the out
// folder's lock (workers still leaving it, a run or an import in it).
func mergeQueued(ctx context.Context, ui *locales.Localizer, w io.Writer, q *queue.Queue, set queued.Settings, run string, wait time.Duration) error {
	env, err := queued.Prepare(ctx, set, queuedSetup(ui))
	if err != nil {
		return queuedError(ui, err)
	}
	defer env.Close()
	rep, err := queued.Merge(ctx, q, env, run, queued.MergeOptions{Lang: ui.Tag.String(), Say: ui.T, Wait: wait})
	if err != nil {
		return queuedError(ui, err)
	}
	fmt.Fprintln(w, ui.T("RunQueueMerged", map[string]any{"Articles": rep.Totals.Articles, "Path": filepath.Join(set.Out, pipeline.ReportHTML)}))
	return nil
}

func newWorkerCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "worker",
		Usage:       ui.T("PGQueueWorkerUsage", nil),
		Description: ui.T("PGQueueWorkerDescription", nil),
		Flags: append(queueFlags(ui),
			&cli.StringFlag{Name: "config", Usage: ui.T("RunFlagConfig", nil)},
			&cli.StringFlag{Name: "out", Usage: ui.T("RunFlagOut", nil)},
			&cli.StringFlag{Name: "tm", Usage: ui.T("RunFlagTM", nil)},
			&cli.StringSliceFlag{Name: "glossary", Usage: ui.T("RunFlagGlossary", nil)},
			&cli.StringFlag{Name: "formats", Usage: ui.T("RunFlagFormats", nil)},
			&cli.DurationFlag{Name: "wait", Usage: ui.T("RunFlagWait", nil)},
		),
		Action: func(c *cli.Context) error {
			dsn := c.String("queue")
			if dsn == "" {
				return badInput(errors.New(ui.T("PGQueueErrNoQueue", nil)))
			}
			o := runOptions{config: c.String("config"), out: c.String("out"), tm: c.String("tm"),
				glossary: c.StringSlice("glossary"), formats: c.String("formats"), wait: c.Duration("wait")}
			return runWorker(c, ui, o, dsn, c.String("run"))
		},
	}
}

func runWorker(c *cli.Context, ui *locales.Localizer, o runOptions, dsn, run string) error {
	set, err := queued.Resolve(queuedOptions(o))
	if err != nil {
		return queuedError(ui, err)
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	q, err := openQueue(ui, ctx, dsn)
	if err != nil {
		return err
	}
	defer q.Close()
	if _, err := queued.Check(ctx, q, set, run); err != nil {
		return queuedError(ui, err)
	}
	env, err := queued.Prepare(ctx, set, queuedSetup(ui))
	if err != nil {
		return queuedError(ui, err)
	}
	defer env.Close()
	host, _ := os.Hostname()
	name := fmt.Sprintf("%s:%d", host, os.Getpid())
	w := c.App.Writer
	done, failed := 0, 0
	_, err = queued.Work(ctx, q, env, queued.WorkOptions{Run: run, Worker: name, Wait: o.wait,
		OnJob: func(j queue.Job, err error) {
			switch {
			case err != nil:
			case j.State == queue.Done:
				done++
				fmt.Fprintln(w, ui.T("PGQueueJobDone", map[string]any{"Input": j.Inputs[0]}))
			case j.State == queue.Failed:
				failed++
				fmt.Fprintln(w, ui.T("PGQueueJobFailed", map[string]any{"Input": j.Inputs[0], "Err": j.Error}))
			default:
				fmt.Fprintln(w, ui.T("PGQueueJobRetry", map[string]any{"Input": j.Inputs[0], "Err": j.Error}))
			}
		},
		OnRetry: func(err error, wait time.Duration) {
			fmt.Fprintln(c.App.ErrWriter, ui.T("PGQueueReconnect", map[string]any{"Err": err, "Wait": wait.String()}))
		}})
	fmt.Fprintln(w, ui.T("PGQueueWorkerSummary", map[string]any{"Worker": name, "Done": done, "Failed": failed}))
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return cli.Exit(ui.T("PGQueueStopped", map[string]any{"Done": done}), 130)
		}
		return queuedError(ui, err)
	}
	// The run is finished: every worker that sees it so writes the
	// combined report from the parts in the queue (the same content, each
	// file replaced whole), so the last one to finish always has. The
	// merge holds the out folder alone: it waits for the other workers
	// to leave it.
	return mergeQueued(ctx, ui, w, q, set, run, max(o.wait, mergeWait))
}

// mergeWait is how long a worker that finished waits at least for the
// others to leave the out folder before it merges.
const mergeWait = 2 * time.Minute

// abs is p made absolute (p when that fails).
func abs(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}
