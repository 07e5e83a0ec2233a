package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

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
	files, err := importFiles(ui, o.files)
	if err != nil {
		return err
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
		w := c.App.Writer
		for _, r := range res.Refused {
			fmt.Fprintln(w, ui.T("ImportRefused", map[string]any{"File": r.File, "Line": r.Line, "Col": r.Col, "Unit": r.Unit, "Reason": r.Reason}))
		}
		fmt.Fprintln(w, ui.N("ImportSummary", res.Files, map[string]any{
			"Units": res.Units, "Imported": res.Imported, "Skipped": res.Skipped, "Refused": len(res.Refused), "TM": tmPath,
		}))
		if why := skippedWhy(ui, res.SkippedWhy); why != "" {
			fmt.Fprintln(w, ui.T("ImportSkippedWhy", map[string]any{"List": why}))
		}
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

// skippedWhy lists the units an import skipped by reason, in the
// interface language: "3 untouched machine-aligned, 1 needing review".
func skippedWhy(ui *locales.Localizer, why map[string]int) string {
	var parts []string
	for _, r := range []struct{ why, id string }{
		{pipeline.SkipUntouched, "ImportSkipUntouched"},
		{pipeline.SkipNeedsReview, "ImportSkipNeedsReview"},
		{pipeline.SkipEditionChanged, "ImportSkipEditionChanged"},
		{pipeline.SkipNotTranslated, "ImportSkipNotTranslated"},
		{pipeline.SkipNoTarget, "ImportSkipNoTarget"},
	} {
		if n := why[r.why]; n > 0 {
			parts = append(parts, ui.N(r.id, n, nil))
		}
	}
	return strings.Join(parts, ", ")
}

// importFiles is the XLIFF files named by args: a folder gives its
// *.xlf and *.xliff files, sorted (a run's articles folder: every
// article's XLIFF files); a folder without any is bad input.
func importFiles(ui *locales.Localizer, args []string) ([]string, error) {
	var files []string
	for _, a := range args {
		fi, err := os.Stat(a)
		if err != nil || !fi.IsDir() {
			files = append(files, a) // Import says what is wrong with it
			continue
		}
		var found []string
		for _, pat := range []string{"*.xlf", "*.xliff"} {
			m, err := filepath.Glob(filepath.Join(a, pat))
			if err != nil {
				return nil, badInput(err)
			}
			found = append(found, m...)
		}
		if len(found) == 0 {
			return nil, badInput(errors.New(ui.T("ImportErrNoXLIFF", map[string]any{"Dir": a})))
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, nil
}
