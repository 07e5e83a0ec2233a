package main

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"bitext/internal/faultpoint"
	"bitext/internal/progress"
	"bitext/internal/report"
	"bitext/locales"
	"bitext/pipeline"
	"bitext/tm"
	"bitext/tm/postgres"
	_ "bitext/tm/sqlite" // the TM backend
)

func init() { register(newRunCommand) }

// runOptions are the flags of `bitext run`.
type runOptions struct {
	config   string
	out      string
	tm       string
	cands    int // --tm-candidates; 0 leaves the config's
	glossary []string
	formats  string
	layout   string
	jobs     int
	force    bool
	oneByOne bool  // --no-second-pass
	core     *bool // --core-lexicon when given
	inputs   []string
	wait     time.Duration
	cpuProf  string // hidden --cpuprofile: a CPU profile of the run
}

func newRunCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "run",
		Usage:       ui.T("RunUsage", nil),
		Description: ui.T("RunDescription", nil),
		ArgsUsage:   ui.T("RunArgs", nil),
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "config", Usage: ui.T("RunFlagConfig", nil)},
			&cli.StringFlag{Name: "out", Usage: ui.T("RunFlagOut", nil)},
			&cli.StringFlag{Name: "tm", Usage: ui.T("RunFlagTM", nil)},
			&cli.IntFlag{Name: "tm-candidates", Usage: ui.T("RunFlagTMCandidates", nil)},
			&cli.StringSliceFlag{Name: "glossary", Usage: ui.T("RunFlagGlossary", nil)},
			&cli.StringFlag{Name: "formats", Usage: ui.T("RunFlagFormats", nil)},
			&cli.StringFlag{Name: "layout", Usage: ui.T("RunFlagLayout", nil)},
			&cli.IntFlag{Name: "jobs", Value: runtime.NumCPU(), Usage: ui.T("RunFlagJobs", nil)},
			&cli.BoolFlag{Name: "force", Usage: ui.T("RunFlagForce", nil)},
			&cli.BoolFlag{Name: "no-second-pass", Usage: ui.T("RunFlagNoSecondPass", nil)},
			&cli.BoolFlag{Name: "core-lexicon", Value: true, Usage: ui.T("AlignFlagCoreLexicon", nil)},
			&cli.DurationFlag{Name: "wait", Usage: ui.T("RunFlagWait", nil)},
			&cli.StringFlag{Name: "queue", Usage: ui.T("PGQueueFlagQueue", nil)},
			&cli.StringFlag{Name: "run", Usage: ui.T("PGQueueFlagRun", nil)},
			&cli.BoolFlag{Name: "status", Usage: ui.T("PGQueueFlagStatus", nil)},
			// A CPU profile of the run, for speed work (not in the help).
			&cli.StringFlag{Name: "cpuprofile", Hidden: true},
		},
		Action: func(c *cli.Context) error {
			o := runOptions{
				config: c.String("config"), out: c.String("out"), tm: c.String("tm"), cands: c.Int("tm-candidates"),
				glossary: c.StringSlice("glossary"), formats: c.String("formats"), layout: c.String("layout"),
				jobs: c.Int("jobs"), force: c.Bool("force"), oneByOne: c.Bool("no-second-pass"), inputs: c.Args().Slice(),
				wait: c.Duration("wait"), cpuProf: c.String("cpuprofile"),
			}
			if c.IsSet("core-lexicon") {
				v := c.Bool("core-lexicon")
				o.core = &v
			}
			if c.IsSet("tm-candidates") && (o.cands < 1 || o.cands > pipeline.MaxCandidates) {
				return badInput(errors.New(ui.T("RunErrCandidates", map[string]any{"Value": o.cands, "Max": pipeline.MaxCandidates})))
			}
			if dsn := c.String("queue"); dsn != "" {
				if c.IsSet("tm-candidates") {
					// The workers read the run's settings file, not this
					// command line.
					return badInput(errors.New(ui.T("RunErrCandidatesQueue", nil)))
				}
				if c.IsSet("core-lexicon") {
					return badInput(errors.New(ui.T("RunErrCoreLexiconQueue", nil)))
				}
				return queueRun(c, ui, o, dsn, c.String("run"), c.Bool("status"))
			}
			if len(o.inputs) == 0 {
				return badInput(errors.New(ui.T("RunErrNoInput", nil)))
			}
			if o.jobs < 1 {
				return badInput(errors.New(ui.T("RunErrJobs", map[string]any{"Jobs": o.jobs})))
			}

			if o.tm == "" {
				o.tm = os.Getenv("BITEXT_TM")
			}
			return runRun(c, ui, o)
		},
	}
}

// loadRunConfig reads --config, else ./bitext.toml when there is one
// (pipeline.FindConfig): one that cannot be read is the environment, one
// that does not parse bad input.
func loadRunConfig(path string) (pipeline.Config, error) {
	cfg, statErr, err := pipeline.FindConfig(path)
	if statErr != nil {
		return cfg, environment(statErr)
	}
	return cfg, badInput(err)
}

// runGCPercent is the garbage collector's target (GOGC) of a batch run
// unless the GOGC environment variable sets one: a run of 1,000 articles
// allocated 5.6-7.7 GB around a live heap of 100-200 MB, and at the
// default of 100 the collector took about a tenth of its CPU.
const runGCPercent = 200

// setRunGC sets runGCPercent, for `bitext run` and `bitext eval
// run-bench`, which times it.
func setRunGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(runGCPercent)
	}
}

func runRun(c *cli.Context, ui *locales.Localizer, o runOptions) error {
	setRunGC()
	stop, err := startCPUProfile(o.cpuProf)
	if err != nil {
		return err
	}
	defer stop()
	cfg, err := loadRunConfig(o.config)
	if err != nil {
		return err
	}
	if o.layout != "" && pipeline.CheckLayout(o.layout) != nil {
		return badInput(errors.New(ui.T("RunErrLayout", map[string]any{"Layout": o.layout})))
	}
	tmPath := cfg.Apply(pipeline.Overrides{Formats: o.formats, Layout: o.layout, TM: o.tm, Candidates: o.cands, CoreLexicon: o.core})
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	steps, closer, err := pipeline.NewSteps(ctx, cfg, pipeline.Setup{
		Glossaries: append(append([]string{}, cfg.Glossary.Files...), o.glossary...),
		TM:         tmPath,
		Text:       func(id string) string { return ui.T(id, nil) },
		UILang:     ui.Tag.String(),
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

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	bar := progress.New(c.App.ErrWriter, os.Getenv)
	rep, err := pipeline.Run(ctx, pipeline.Options{
		Config: cfg, Inputs: o.inputs, OutDir: o.out, Jobs: o.jobs, Force: o.force, NoSecondPass: o.oneByOne, Steps: steps,
		Lang: ui.Tag.String(), Say: ui.T, RunDir: workingDir(), TMPath: tmFilePath(tmPath),
		Wait: o.wait, Command: commandLine(),
		Progress: func(ev pipeline.Event) {
			bar.Event(ev.Total, ev.Name != "")
			// The interruption tests stop the run here, as Ctrl-C does,
			// after a given number of articles (BITEXT_FAULT=stop:run.done@N).
			if ev.Name != "" && faultpoint.Stop("run.done") {
				cancel()
			}
		},
	})
	bar.Close()
	if rep != nil {
		out := o.out
		if out == "" {
			out = cfg.Output.Dir
		}
		report.Run(c.App.Writer, ui, rep, out)
	}
	return report.RunError(ui, rep, err)
}

// workingDir is the folder relative inputs are relative to, recorded in the
// run's state for `bitext import`.
func workingDir() string {
	d, _ := os.Getwd()
	return d
}

// tmFilePath is the TM as the run's state records it for `bitext import`:
// a file's absolute path, or a PostgreSQL DSN (URL or key=value) without
// its password, which the import takes from PGPASSWORD or ~/.pgpass like
// any client; "" for another kind of URL.
func tmFilePath(p string) string {
	switch {
	case p == "":
		return ""
	case tm.IsPostgres(p):
		return postgres.WithoutPassword(p)
	case strings.Contains(p, "://"):
		return ""
	}
	return abs(p)
}

// commandLine describes this process in the out folder's lock: its
// arguments, with any DSN's password hidden.
func commandLine() string {
	args := make([]string, len(os.Args))
	for i, a := range os.Args {
		args[i] = displayTM(a)
	}
	if len(args) > 0 {
		args[0] = filepath.Base(args[0])
	}
	return strings.Join(args, " ")
}
