package main

import (
	"errors"
	"os"
	"time"

	"github.com/urfave/cli/v2"

	"bitext/internal/report"
	"bitext/locales"
	"bitext/pipeline"
	"bitext/tm"
)

func init() { register(newImportCommand) }

type importOptions struct {
	config string
	out    string
	tm     string
	wait   time.Duration
	files  []string
}

func newImportCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "import",
		Usage:       ui.T("ImportUsage", nil),
		Description: ui.T("ImportDescription", nil),
		ArgsUsage:   ui.T("ImportArgs", nil),
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "config", Usage: ui.T("RunFlagConfig", nil)},
			&cli.StringFlag{Name: "out", Usage: ui.T("ImportFlagOut", nil)},
			&cli.StringFlag{Name: "tm", Usage: ui.T("RunFlagTM", nil)},
			&cli.DurationFlag{Name: "wait", Usage: ui.T("RunFlagWait", nil)},
		},
		Action: func(c *cli.Context) error {
			o := importOptions{config: c.String("config"), out: c.String("out"), tm: c.String("tm"), wait: c.Duration("wait"), files: c.Args().Slice()}
			if len(o.files) == 0 {
				return badInput(errors.New(ui.T("ImportErrNoInput", nil)))
			}
			if o.tm == "" {
				o.tm = os.Getenv("BITEXT_TM")
			}
			return runImport(c, ui, o)
		},
	}
}

func runImport(c *cli.Context, ui *locales.Localizer, o importOptions) error {
	files, err := pipeline.ImportFiles(o.files)
	var nx *pipeline.NoXLIFFError
	if errors.As(err, &nx) {
		return badInput(errors.New(ui.T(nx.MessageID(), nx.MessageData())))
	} else if err != nil {
		return environment(err)
	}
	o.files = files
	cfg, err := loadRunConfig(o.config)
	if err != nil {
		return err
	}
	tmPath := o.tm
	if tmPath == "" {
		tmPath = cfg.TM.Path
	}
	if tmPath == "" {
		// The TM the run used (a file, or a database without its
		// password), recorded in its out folder, so that the import works
		// from any folder and finds a queued run's shared TM.
		tmPath = pipeline.RecordedTM(pipeline.RunFolder(o.files[0], o.out, cfg))
	}
	if tmPath == "" {
		tmPath = tm.Location("", nil)
	}
	ctx := c.Context
	steps, closer, err := pipeline.NewSteps(ctx, cfg, pipeline.Setup{TM: tmPath})
	if err != nil {
		return environment(err)
	}
	defer closer.Close()
	res, err := pipeline.Import(ctx, pipeline.ImportOptions{Config: cfg, OutDir: o.out, Files: o.files, Steps: steps, Wait: o.wait, Command: commandLine()})
	if res != nil {
		report.Import(c.App.Writer, ui, res, tmPath)
	}
	if err != nil {
		var ee *pipeline.EnvError
		if errors.As(err, &ee) {
			return environment(err)
		}
		return badInput(err)
	}
	if len(res.Refused) > 0 {
		return badInput(errors.New(ui.N("ImportErrRefused", len(res.Refused), nil)))
	}
	return nil
}
