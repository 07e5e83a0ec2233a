package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"bitext/check"
	"bitext/glossary"
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
		},
		Action: func(c *cli.Context) error {
			missing, ok := check.ParseMissing(c.String("missing"))
			if !ok {
				return badInput(errors.New(ui.T("CheckErrMissing", map[string]any{"Value": c.String("missing")})))
			}
			if dir := c.String("judged"); dir != "" {
				if c.String("shared") == "" {
					return badInput(errors.New(ui.T("EvalCheckErrShared", nil)))
				}
				o := judgedOptions{dir: dir, shared: c.String("shared"), glossaries: c.StringSlice("glossary"),
					minPrecision: c.Float64("min-precision"), maxFalse: c.Float64("max-false-per-1000"),
					unjudged: c.Bool("unjudged"), confident: c.Bool("confident"), part: c.String("part"), missing: missing}
				return evalJudged(ui, c, o)
			}
			dir := c.String("dir")
			if dir == "" && c.NArg() == 1 {
				dir = c.Args().First()
			}
			if dir == "" || c.NArg() > 1 || c.NArg() == 1 && c.String("dir") != "" {
				return badInput(errors.New(ui.T("EvalCheckErrDir", nil)))
			}
			return evalCheck(ui, c, dir, c.StringSlice("glossary"), missing)
		},
	}
}

func evalCheck(ui *locales.Localizer, c *cli.Context, dir string, glossaries []string, missing []glossary.Type) error {
	if len(glossaries) == 0 {
		list, err := check.GlossaryList(dir)
		if err != nil {
			return openError(ui, filepath.Join(dir, "GLOSSARY"), err)
		}
		glossaries = list
	}
	g, err := loadGlossaries(ui, c, glossaries)
	if err != nil {
		return err
	}
	expPath := filepath.Join(dir, "expected.jsonl")
	f, err := os.Open(expPath)
	if err != nil {
		return openError(ui, expPath, err)
	}
	want, err := check.ReadExpected(f, expPath)
	f.Close()
	if err != nil {
		return badInput(err)
	}
	ck := check.New(g)
	ck.Missing = missing
	files, got, err := ck.Dir(dir, check.Options{})
	if err != nil {
		return openError(ui, dir, err)
	}
	check.Localize(got, ui.T)
	ev := check.Evaluate(want, got)
	w := c.App.Writer
	fmt.Fprintln(w, ui.T("EvalCheckFiles", map[string]any{"Files": len(files), "Expected": len(want), "Found": len(got)}))
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, ui.T("EvalCheckHeader", nil))
	for _, s := range append(ev.ByRule, ev.Total) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.1f%%\t%.1f%%\n", s.Rule, s.TP, s.FP, s.FN, 100*s.Precision(), 100*s.Recall())
	}
	tw.Flush()
	for _, f := range ev.Missed {
		fmt.Fprintln(w, ui.T("EvalCheckMissed", map[string]any{"Finding": fmt.Sprintf("%s:%d:%d: %s %s %q", f.File, f.Line, f.Column, f.Rule, f.Term, f.Found)}))
	}
	for _, f := range ev.Spurious {
		fmt.Fprintln(w, ui.T("EvalCheckSpurious", map[string]any{"Finding": check.TextLine(f)}))
	}
	if len(ev.Missed) > 0 || len(ev.Spurious) > 0 {
		return findings
	}
	return nil
}
