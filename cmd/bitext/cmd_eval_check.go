package main

import (
	"errors"
	"strings"

	"github.com/urfave/cli/v2"

	"bitext/check"
	"bitext/glossary"
	"bitext/internal/checkeval"
	"bitext/locales"
)

func init() { registerEval(evalCheckCommand) }

func evalCheckCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "check",
		Usage:       ui.T("EvalCheckUsage", nil),
		Description: ui.T("EvalCheckDescription", nil),
		ArgsUsage:   ui.T("EvalCheckArgs", nil),
		Flags: []cli.Flag{
			&cli.StringSliceFlag{Name: "glossary", Aliases: []string{"g"}, Usage: ui.T("EvalCheckFlagGlossary", nil)},
			&cli.StringFlag{Name: "dir", Usage: ui.T("EvalCheckFlagDir", nil)},
			&cli.StringFlag{Name: "judged", Usage: ui.T("EvalCheckFlagJudged", nil)},
			&cli.StringFlag{Name: "shared", Usage: ui.T("EvalCheckFlagShared", nil)},
			&cli.Float64Flag{Name: "min-precision", Value: -1, Usage: ui.T("EvalCheckFlagMinPrecision", nil)},
			&cli.Float64Flag{Name: "max-false-per-1000", Value: -1, Usage: ui.T("EvalCheckFlagMaxFalse", nil)},
			&cli.BoolFlag{Name: "unjudged", Usage: ui.T("EvalCheckFlagUnjudged", nil)},
			&cli.StringFlag{Name: "part", Usage: ui.T("EvalCheckFlagPart", nil)},
			&cli.BoolFlag{Name: "confident", Usage: ui.T("EvalCheckFlagConfident", nil)},
			&cli.StringFlag{Name: "missing", Value: "person", Usage: ui.T("CheckFlagMissing", nil)},
			&cli.StringFlag{Name: "fail-on", Value: "error", Usage: ui.T("CheckFlagFailOn", nil)},
			&cli.StringSliceFlag{Name: "tm", Usage: ui.T("CheckFlagTM", nil)},
		},
		Action: func(c *cli.Context) error {
			load := func(files []string) (*glossary.Glossary, error) { return loadGlossaries(ui, c, files) }
			missing, ok := check.ParseMissing(c.String("missing"))
			if !ok {
				return badInput(errors.New(ui.T("CheckErrMissing", map[string]any{"Value": c.String("missing")})))
			}
			failOn, ok := check.ParseSeverity(c.String("fail-on"))
			if !ok {
				return badInput(errors.New(ui.T("CheckErrFailOn", map[string]any{"Value": c.String("fail-on")})))
			}
			tms, byPath := map[string]*check.TMLexicon{}, map[string]*check.TMLexicon{}
			for _, v := range c.StringSlice("tm") {
				name, path, ok := strings.Cut(v, "=")
				if !ok {
					name, path = "", v
				}
				if lex, ok := byPath[path]; ok {
					tms[name] = lex // one lexicon, one checker
					continue
				}
				lex, err := loadCheckLexicon(ui, path)
				if err != nil {
					return err
				}
				tms[name], byPath[path] = lex, lex
			}
			if dir := c.String("judged"); dir != "" {
				if c.String("shared") == "" {
					return badInput(errors.New(ui.T("EvalCheckErrShared", nil)))
				}
				o := checkeval.JudgedOptions{Dir: dir, Shared: c.String("shared"), Glossaries: c.StringSlice("glossary"),
					MinPrecision: c.Float64("min-precision"), MaxFalse: c.Float64("max-false-per-1000"),
					Unjudged: c.Bool("unjudged"), Confident: c.Bool("confident"), Part: c.String("part"), Missing: missing, FailOn: failOn, TM: tms}
				return checkeval.Judged(c.App.Writer, c.App.ErrWriter, ui, load, o)
			}
			dir := c.String("dir")
			if dir == "" && c.NArg() == 1 {
				dir = c.Args().First()
			}
			if dir == "" || c.NArg() > 1 || c.NArg() == 1 && c.String("dir") != "" {
				return badInput(errors.New(ui.T("EvalCheckErrDir", nil)))
			}
			return checkeval.ExpectedTM(c.App.Writer, ui, load, dir, c.StringSlice("glossary"), missing, tms[""])
		},
	}
}
