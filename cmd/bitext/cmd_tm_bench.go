package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"

	"bitext/atomicfile"
	"bitext/internal/tmbench"
	"bitext/internal/tmgen"
	"bitext/locales"
	"bitext/tm"
)

func init() {
	tmExtraCommands = append(tmExtraCommands, tmBenchCommand, tmGenCommand)
}

func corpusPairs(ui *locales.Localizer, dir string) ([]tmgen.Pair, error) {
	if dir == "" {
		return tmgen.Builtin(), nil
	}
	ps, err := tmgen.LoadCorpus(dir)
	if err != nil {
		return nil, badInput(errors.New(ui.T("TMErrCorpus", map[string]any{"Dir": dir, "Err": err})))
	}
	return ps, nil
}

func tmBenchCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "bench",
		Usage:       ui.T("TMBenchUsage", nil),
		Description: ui.T("TMBenchDescription", nil),
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "sizes", Value: "10000,100000", Usage: ui.T("TMFlagSizes", nil)},
			&cli.StringFlag{Name: "corpus", Usage: ui.T("TMFlagCorpus", nil)},
			&cli.IntFlag{Name: "queries", Value: 1000, Usage: ui.T("TMFlagQueries", nil)},
			&cli.Uint64Flag{Name: "seed", Value: 1, Usage: ui.T("TMFlagSeed", nil)},
			&cli.IntFlag{Name: "min", Value: 50, Usage: ui.T("TMFlagMin", nil)},
			&cli.StringFlag{Name: "dir", Usage: ui.T("TMFlagBenchDir", nil)},
			&cli.BoolFlag{Name: "in-process", Usage: ui.T("TMFlagInProcess", nil)},
			&cli.BoolFlag{Name: "reuse", Usage: ui.T("TMFlagReuse", nil)},
			&cli.StringFlag{Name: "format", Value: "text", Usage: ui.T("TMFlagFormat", nil)},
			&cli.StringFlag{Name: "cpuprofile", Usage: ui.T("TMFlagCPUProfile", nil)},
		},
		Action: func(c *cli.Context) error {
			asJSON, err := jsonFormat(ui, c)
			if err != nil {
				return err
			}
			sizes, ok := tmbench.ParseSizes(c.String("sizes"))
			if !ok {
				return badInput(errors.New(ui.T("TMErrSizes", map[string]any{"Value": c.String("sizes")})))
			}
			pairs, err := corpusPairs(ui, c.String("corpus"))
			if err != nil {
				return err
			}
			dir := c.String("dir")
			if dir == "" {
				d, err := os.MkdirTemp("", "bitext-tm-bench-")
				if err != nil {
					return environment(err)
				}
				defer os.RemoveAll(d)
				dir = d
			}
			cfg := tmbench.Config{
				Pairs: pairs, Seed: c.Uint64("seed"), Sizes: sizes, Queries: c.Int("queries"), Dir: dir, Min: c.Int("min"), Reuse: c.Bool("reuse"),
				Open: func(ctx context.Context, p string) (tm.Store, error) { return tm.Open(ctx, p) },
				Log: func(format string, args ...any) {
					fmt.Fprintf(c.App.ErrWriter, "bitext: "+format+"\n", args...)
				},
			}
			if cfg.Import = tmbench.ImportInProcess; !c.Bool("in-process") {
				exe, err := os.Executable()
				if err != nil {
					return environment(err)
				}
				cfg.Import = tmbench.ImportChild(exe)
			}
			stop, err := startCPUProfile(c.String("cpuprofile"))
			if err != nil {
				return err
			}
			defer stop()
			reports, err := tmbench.Run(c.Context, cfg)
			if err != nil {
				return environment(err)
			}
			if asJSON {
				return tmbench.WriteJSON(c.App.Writer, reports)
			}
			tmbench.WriteText(c.App.Writer, ui, reports)
			return nil
		},
	}
}

func tmGenCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "gen",
		Usage:       ui.T("TMGenUsage", nil),
		Description: ui.T("TMGenDescription", nil),
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "units", Value: 10000, Usage: ui.T("TMFlagUnits", nil)},
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: ui.T("TMFlagOut", nil)},
			&cli.StringFlag{Name: "queries-out", Usage: ui.T("TMFlagQueriesOut", nil)},
			&cli.IntFlag{Name: "queries", Value: 1000, Usage: ui.T("TMFlagQueries", nil)},
			&cli.StringFlag{Name: "corpus", Usage: ui.T("TMFlagCorpus", nil)},
			&cli.Uint64Flag{Name: "seed", Value: 1, Usage: ui.T("TMFlagSeed", nil)},
		},
		Action: func(c *cli.Context) error {
			out := c.String("out")
			if out == "" {
				return badInput(errors.New(ui.T("TMErrExportArgs", nil)))
			}
			pairs, err := corpusPairs(ui, c.String("corpus"))
			if err != nil {
				return err
			}
			write := func(w io.Writer) error {
				return tmbench.Generate(w, pairs, c.Uint64("seed"), c.Int("units"), c.String("queries-out"), c.Int("queries"))
			}
			if out == "-" {
				err = write(c.App.Writer)
			} else {
				err = atomicfile.Write(out, write)
			}
			return environment(err)
		},
	}
}
