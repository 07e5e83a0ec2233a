package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"bitext/atomicfile"
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
			// Write the combined report again: the workers did, but one
			// may have been stopped before.
			cfg, steps, closer, tmPath, err := queueSteps(c.Context, ui, o, set)
			if err != nil {
				return err
			}
			defer closer.Close()
			rep, err := mergeQueuedRun(c.Context, ui, q, run, set, cfg, steps, tmPath, false)
			if err != nil {
				return err
			}
			fmt.Fprintln(w, ui.T("RunQueueMerged", map[string]any{"Articles": rep.Totals.Articles, "Path": filepath.Join(set.Out, pipeline.ReportHTML)}))
		}
		return nil
	}
	if len(o.inputs) == 0 {
		return badInput(errors.New(ui.T("RunErrNoInput", nil)))
	}
	arts, orphans, err := pipeline.Discover(o.inputs)
	if err != nil {
		return badInput(err)
	}
	for i, p := range orphans {
		orphans[i] = abs(p)
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
	if len(orphans) > 0 {
		p := queueInfoPath(set.Out, run)
		err := os.MkdirAll(filepath.Dir(p), 0o755)
		if err == nil {
			err = atomicfile.Write(p, func(w io.Writer) error { return json.NewEncoder(w).Encode(queueRunInfo{Orphans: orphans}) })
		}
		if err != nil {
			return environment(err)
		}
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

// queueSteps sets up what a worker (or the merge of a finished run)
// needs: the config, the steps and the TM's location.
func queueSteps(ctx context.Context, ui *locales.Localizer, o runOptions, set queueSettings) (pipeline.Config, pipeline.Steps, io.Closer, string, error) {
	cfg, err := loadRunConfig(o.config)
	if err != nil {
		return cfg, pipeline.Steps{}, nil, "", err
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
	steps, closer, err := pipeline.NewSteps(ctx, cfg, pipeline.Setup{
		Glossaries: append(append([]string{}, cfg.Glossary.Files...), o.glossary...),
		TM:         tmPath,
		Text:       func(id string) string { return ui.T(id, nil) },
		UILang:     ui.Tag.String(),
		Say:        ui.T,
	})
	if err != nil {
		closer.Close()
		var se *pipeline.StepError
		if errors.As(err, &se) && se.Env {
			return cfg, steps, nil, "", environment(err)
		}
		return cfg, steps, nil, "", badInput(err)
	}
	return cfg, steps, closer, tmPath, nil
}

func runWorker(c *cli.Context, ui *locales.Localizer, o runOptions, dsn, run string) error {
	set, err := newQueueSettings(o)
	if err != nil {
		return err
	}
	run = set.runID(run)
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	q, err := openQueue(ui, ctx, dsn)
	if err != nil {
		return err
	}
	defer q.Close()
	cfg, steps, closer, tmPath, err := queueSteps(ctx, ui, o, set)
	if err != nil {
		return err
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
	// The run is finished: every worker that sees it so writes the
	// combined report from the parts in the queue (the same content, each
	// file replaced whole), so the last one to finish always has.
	rep, err := mergeQueuedRun(ctx, ui, q, run, set, cfg, steps, tmPath, false)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, ui.T("RunQueueMerged", map[string]any{"Articles": rep.Totals.Articles, "Path": filepath.Join(set.Out, pipeline.ReportHTML)}))
	return nil
}

// processJob runs one article of a queued run into the shared out folder
// (pipeline.RunPart). The job's result is the article's part of the
// report.
func processJob(ctx context.Context, cfg pipeline.Config, steps pipeline.Steps, out string, j queue.Job) (string, error) {
	part, err := pipeline.RunPart(ctx, pipeline.Options{Config: cfg, OutDir: out, Steps: steps}, j.Inputs, fmt.Sprintf("%d-%d", j.ID, j.Attempts))
	if err != nil {
		// Bad input fails the job; anything else (a TM that is busy or
		// down, a full disk) leaves it to be tried again.
		var ee *pipeline.EnvError
		if ctx.Err() == nil && !errors.As(err, &ee) && isBadInput(err) {
			return "", queue.Permanent(err)
		}
		return "", err
	}
	b, err := json.Marshal(part)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// queueRunInfo is what `bitext run --queue` records in the shared out
// folder for the merge: the originals without an edition it found.
type queueRunInfo struct {
	Orphans []string `json:"originals_without_edition"`
}

func queueInfoPath(out, run string) string {
	return filepath.Join(out, pipeline.PartsDir, run+".json")
}

// mergeQueuedRun stores the aligned pairs of a finished queued run in the
// TM and writes its combined report.json, index.html and state from the
// jobs' parts (pipeline.Merge), unless that was done for the same jobs
// already (force redoes it).
func mergeQueuedRun(ctx context.Context, ui *locales.Localizer, q *queue.Queue, run string, set queueSettings, cfg pipeline.Config, steps pipeline.Steps, tmPath string, force bool) (*pipeline.Report, error) {
	jobs, err := q.Jobs(ctx, run)
	if err != nil {
		return nil, environment(err)
	}
	// Every worker that sees the run finished merges it; the marker lets
	// those after the first skip the work (merging twice gives the same
	// files and TM, so a race between two is harmless).
	h := sha256.New()
	for _, j := range jobs {
		fmt.Fprintf(h, "%d/%d/%s;", j.ID, j.Attempts, j.State)
	}
	digest := hex.EncodeToString(h.Sum(nil))
	marker := filepath.Join(set.Out, pipeline.PartsDir, run+".merged")
	if !force {
		if old, err := os.ReadFile(marker); err == nil && string(old) == digest {
			if data, err := os.ReadFile(filepath.Join(set.Out, pipeline.ReportJSON)); err == nil {
				var rep pipeline.Report
				if json.Unmarshal(data, &rep) == nil {
					return &rep, nil
				}
			}
		}
	}
	parts := make([]pipeline.Part, 0, len(jobs))
	for _, j := range jobs {
		var p pipeline.Part
		switch j.State {
		case queue.Done:
			if err := json.Unmarshal([]byte(j.Result), &p); err != nil || p.Summary.Name == "" {
				p = pipeline.FailedPart(j.Inputs, "unreadable result in the queue")
			}
		case queue.Failed:
			p = pipeline.FailedPart(j.Inputs, j.Error)
		default:
			p = pipeline.FailedPart(j.Inputs, "")
			p.Summary.Status, p.Summary.Error = "", ""
		}
		parts = append(parts, p)
	}
	var info queueRunInfo
	if data, err := os.ReadFile(queueInfoPath(set.Out, run)); err == nil {
		json.Unmarshal(data, &info)
	}
	rep, err := pipeline.Merge(pipeline.MergeOptions{Config: cfg, Steps: steps, OutDir: set.Out, Parts: parts, Orphans: info.Orphans,
		Lang: ui.Tag.String(), Say: ui.T, TMPath: tmFilePath(tmPath)})
	if err != nil {
		var ee *pipeline.EnvError
		if errors.As(err, &ee) {
			return rep, environment(err)
		}
		return rep, badInput(err)
	}
	err = os.MkdirAll(filepath.Dir(marker), 0o755)
	if err == nil {
		err = atomicfile.Write(marker, func(w io.Writer) error { _, err := io.WriteString(w, digest); return err })
	}
	if err != nil {
		return rep, environment(err)
	}
	return rep, nil
}

// isBadInput reports whether an article failed because of its input (a
// file that cannot be read or parsed, an unknown format): another attempt
// would fail the same way.
func isBadInput(err error) bool {
	var ie *pipeline.InputError
	var fe *pipeline.FormatError
	if errors.As(err, &ie) || errors.As(err, &fe) {
		return true
	}
	// An article that failed for another reason than its TM (an
	// *EnvError, found above) failed in a step, on its input.
	var fail *pipeline.FailedError
	return errors.As(err, &fail)
}
