package main

import (
	"fmt"
	"runtime"

	"github.com/urfave/cli/v2"

	"bitext/internal/runbench"
	"bitext/locales"
)

func init() { registerEval(evalRunBenchCommand) }

func evalRunBenchCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "run-bench",
		Usage:       ui.T("RunBenchUsage", nil),
		Description: ui.T("RunBenchDescription", nil),
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "dir", Usage: ui.T("RunBenchFlagDir", nil)},
			&cli.IntFlag{Name: "articles", Value: 1000, Usage: ui.T("RunBenchFlagArticles", nil)},
			&cli.IntFlag{Name: "tm-units", Value: 100000, Usage: ui.T("RunBenchFlagUnits", nil)},
			&cli.IntFlag{Name: "glossary-entries", Value: 1000, Usage: ui.T("RunBenchFlagGlossary", nil)},
			&cli.IntFlag{Name: "jobs", Value: runtime.NumCPU(), Usage: ui.T("RunFlagJobs", nil)},
			&cli.Uint64Flag{Name: "seed", Value: 1, Usage: ui.T("RunBenchFlagSeed", nil)},
			&cli.BoolFlag{Name: "keep", Usage: ui.T("RunBenchFlagKeep", nil)},
			&cli.StringFlag{Name: "cpuprofile", Usage: ui.T("RunBenchFlagCPUProfile", nil)},
			&cli.Float64Flag{Name: "min-matched", Usage: ui.T("RunBenchFlagMinMatched", nil)},
			&cli.BoolFlag{Name: "pretranslate", Usage: ui.T("RunBenchFlagPretranslate", nil)},
			&cli.StringSliceFlag{Name: "tm-import", Usage: ui.T("RunBenchFlagTMImport", nil)},
			&cli.BoolFlag{Name: "generate-only", Usage: ui.T("RunBenchFlagGenerateOnly", nil)},
		},
		Action: func(c *cli.Context) error {
			o := runbench.Options{Dir: c.String("dir"), Articles: c.Int("articles"), TMUnits: c.Int("tm-units"),
				GlossaryEntries: c.Int("glossary-entries"), Jobs: c.Int("jobs"), Seed: c.Uint64("seed"), Keep: c.Bool("keep"),
				CPUProfile: c.String("cpuprofile"), MinMatched: c.Float64("min-matched"),
				Pretranslate: c.Bool("pretranslate"), TMX: c.StringSlice("tm-import"), GenerateOnly: c.Bool("generate-only")}
			if o.Articles < 1 || o.TMUnits < 1 || o.GlossaryEntries < 10 || o.Jobs < 1 {
				return badInput(fmt.Errorf("%s", ui.T("RunBenchErrSizes", nil)))
			}
			if o.GenerateOnly && o.Dir == "" {
				return badInput(fmt.Errorf("%s", ui.T("RunBenchErrGenerateOnly", nil)))
			}
			setRunGC() // as `bitext run` does (cmd_run.go)
			return runbench.Run(c.Context, c.App.Writer, ui, o)
		},
	}
}
