package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"bitext/locales"
	"bitext/pipeline"
	"bitext/queue"
	"bitext/tm"
)

func init() { register(newWorkerCommand) }

// queueSettings are what every worker of a run must share: the flags of
// `bitext run` that change the outputs.
type queueSettings struct {
	Config   string   `json:"config"`
	ConfigID string   `json:"config_sha256"`
	Out      string   `json:"out"`
	TM       string   `json:"tm"`
	Glossary []string `json:"glossary"`
	Formats  string   `json:"formats"`
}

func newQueueSettings(o runOptions) (queueSettings, error) {
	s := queueSettings{Config: o.config, Out: o.out, TM: o.tm, Glossary: o.glossary, Formats: o.formats}
	if s.TM == "" {
		s.TM = os.Getenv("BITEXT_TM")
	}
	cfgPath := o.config
	if cfgPath == "" {
		if _, err := os.Stat(pipeline.DefaultConfigFile); err == nil {
			cfgPath = pipeline.DefaultConfigFile
		}
	}
	if cfgPath != "" {
		data, err := os.ReadFile(cfgPath)
		if err != nil {
			return s, environment(err)
		}
		sum := sha256.Sum256(data)
		s.ConfigID = hex.EncodeToString(sum[:])
	}
	if s.Out == "" {
		s.Out = "out"
		if cfg, err := loadRunConfig(o.config); err == nil && cfg.Output.Dir != "" {
			s.Out = cfg.Output.Dir
		}
	}
	if abs, err := filepath.Abs(s.Out); err == nil {
		s.Out = abs
	}
	return s, nil
}

// hash is the settings hash of the run's jobs (the TM's password does not
// enter it in clear).
func (s queueSettings) hash() string {
	c := s
	c.TM = displayTM(c.TM)
	b, _ := json.Marshal(c)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}

// runID is the run of these settings unless --run names one.
func (s queueSettings) runID(flag string) string {
	if flag != "" {
		return flag
	}
	return "run-" + s.hash()
}

func queueFlags(ui *locales.Localizer) []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "queue", Usage: ui.T("PGQueueFlagQueue", nil), EnvVars: []string{"BITEXT_QUEUE"}},
		&cli.StringFlag{Name: "run", Usage: ui.T("PGQueueFlagRun", nil)},
	}
}

func openQueue(ui *locales.Localizer, ctx context.Context, dsn string) (*queue.Queue, error) {
	if !isPostgres(dsn) {
		return nil, badInput(errors.New(ui.T("PGQueueErrDSN", map[string]any{"DSN": displayTM(dsn)})))
	}
	q, err := queue.Open(ctx, dsn)
	if err != nil {
		return nil, environment(err)
	}
	if v := os.Getenv("BITEXT_QUEUE_TIMEOUT"); v != "" {
		if d, err := time.ParseDuration(v); err == nil && d > 0 {
			q.Timeout = d
		}
	}
	return q, nil
}

// queueRun is `bitext run --queue DSN [--run ID] INPUT...` (enqueue the
// articles) and `bitext run --queue DSN [--run ID] --status`.
func queueRun(c *cli.Context, ui *locales.Localizer, o runOptions, dsn, run string, status bool) error {
	set, err := newQueueSettings(o)
	if err != nil {
		return err
	}
	run = set.runID(run)
	q, err := openQueue(ui, c.Context, dsn)
	if err != nil {
		return err
	}
	defer q.Close()
	w := c.App.Writer
	if status {
		n, err := q.Status(c.Context, run)
		if err != nil {
			return environment(err)
		}
		fmt.Fprintln(w, ui.T("PGQueueStatus", map[string]any{"Run": run, "Total": n.Total(), "Pending": n.Pending, "Running": n.Running,
			"Workers": n.Workers, "Done": n.Done, "Failed": n.Failed, "Stale": n.Stale}))
		if n.Total() > 0 && n.Finished() {
			fmt.Fprintln(w, ui.T("PGQueueFinished", map[string]any{"Out": set.Out}))
		}
		return nil
	}
	if len(o.inputs) == 0 {
		return badInput(errors.New(ui.T("RunErrNoInput", nil)))
	}
	arts, _, err := pipeline.Discover(o.inputs)
	if err != nil {
		return badInput(err)
	}
	var jobs [][]string
	for _, a := range arts {
		in := []string{abs(a.Edition)}
		if a.Original != "" {
			in = append(in, abs(a.Original))
		}
		jobs = append(jobs, in)
	}
	n, err := q.Enqueue(c.Context, run, set.hash(), jobs)
	if err != nil {
		return environment(err)
	}
	fmt.Fprintln(w, ui.T("PGQueueEnqueued", map[string]any{"Run": run, "Added": n, "Total": len(jobs), "Queue": displayTM(dsn)}))
	return nil
}

func abs(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
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
		),
		Action: func(c *cli.Context) error {
			dsn := c.String("queue")
			if dsn == "" {
				return badInput(errors.New(ui.T("PGQueueErrNoQueue", nil)))
			}
			o := runOptions{config: c.String("config"), out: c.String("out"), tm: c.String("tm"),
				glossary: c.StringSlice("glossary"), formats: c.String("formats")}
			return runWorker(c, ui, o, dsn, c.String("run"))
		},
	}
}

func runWorker(c *cli.Context, ui *locales.Localizer, o runOptions, dsn, run string) error {
	set, err := newQueueSettings(o)
	if err != nil {
		return err
	}
	run = set.runID(run)
	cfg, err := loadRunConfig(o.config)
	if err != nil {
		return err
	}
	if o.formats != "" {
		cfg.Output.Formats = strings.Split(o.formats, ",")
	}
	tmPath := set.TM
	if tmPath == "" {
		tmPath = cfg.TM.Path
	}
	if tmPath == "" {
		tmPath = tm.Location("", nil)
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	q, err := openQueue(ui, ctx, dsn)
	if err != nil {
		return err
	}
	defer q.Close()
	steps, closer, err := pipeline.NewSteps(ctx, cfg, pipeline.Setup{
		Glossaries: append(append([]string{}, cfg.Glossary.Files...), o.glossary...),
		TM:         tmPath,
		Text:       func(id string) string { return ui.T(id, nil) },
		Say:        ui.T,
	})
	if err != nil {
		var se *pipeline.StepError
		if errors.As(err, &se) && se.Env {
			return environment(err)
		}
		return badInput(err)
	}
	defer closer.Close()
	host, _ := os.Hostname()
	name := fmt.Sprintf("%s:%d", host, os.Getpid())
	settings := set.hash()
	w := c.App.Writer
	done, failed := 0, 0
	err = q.Work(ctx, queue.WorkOptions{Run: run, Worker: name, OnJob: func(j queue.Job, err error) {
		switch {
		case err == nil && j.State == queue.Done:
			done++
			fmt.Fprintln(w, ui.T("PGQueueJobDone", map[string]any{"Input": j.Inputs[0]}))
		case err == nil:
			failed++
			fmt.Fprintln(w, ui.T("PGQueueJobFailed", map[string]any{"Input": j.Inputs[0], "Err": j.Error}))
		}
	}}, func(ctx context.Context, j queue.Job) (string, error) {
		if j.Settings != settings {
			return "", queue.Permanent(errors.New(ui.T("PGQueueErrSettings", map[string]any{"Run": j.Run})))
		}
		return processJob(ctx, cfg, steps, set.Out, j)
	})
	fmt.Fprintln(w, ui.T("PGQueueWorkerSummary", map[string]any{"Worker": name, "Done": done, "Failed": failed}))
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return cli.Exit(ui.T("RunInterrupted", map[string]any{"Done": done, "Total": done + failed}), 130)
		}
		return environment(err)
	}
	return nil
}

// processJob runs the pipeline over one article in a folder of its own,
// out/.bitext-queue/NAME, then moves the article's files into
// out/articles (each file renamed whole), so that the out folder holds the
// files a single-machine run writes. The job's result is the article's
// report entry.
func processJob(ctx context.Context, cfg pipeline.Config, steps pipeline.Steps, out string, j queue.Job) (string, error) {
	name := filepath.Base(j.Inputs[0])
	name = strings.TrimSuffix(name, filepath.Ext(name))
	name = strings.TrimSuffix(name, filepath.Ext(name))
	work := filepath.Join(out, ".bitext-queue", fmt.Sprintf("%s-%d", name, j.Attempts))
	os.RemoveAll(work)
	rep, err := pipeline.Run(ctx, pipeline.Options{Config: cfg, Inputs: j.Inputs, OutDir: work, Jobs: 1, Force: true, Steps: steps})
	if err != nil {
		var fe *pipeline.FailedError
		var ie *pipeline.InputError
		if errors.As(err, &fe) || errors.As(err, &ie) {
			return "", queue.Permanent(err)
		}
		return "", err
	}
	dst := filepath.Join(out, pipeline.ArticlesDir)
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return "", err
	}
	files, err := os.ReadDir(filepath.Join(work, pipeline.ArticlesDir))
	if err != nil {
		return "", err
	}
	for _, f := range files {
		if err := os.Rename(filepath.Join(work, pipeline.ArticlesDir, f.Name()), filepath.Join(dst, f.Name())); err != nil {
			return "", err
		}
	}
	var entry any = rep.Totals
	if len(rep.Articles) == 1 {
		entry = rep.Articles[0]
	}
	b, err := json.Marshal(entry)
	if err != nil {
		return "", err
	}
	os.RemoveAll(work)
	return string(b), nil
}
