package main

import (
	"errors"

	"github.com/urfave/cli/v2"

	"bitext/internal/segeval"
	"bitext/locales"
)

func init() { registerEval(evalSegmentCommand) }

func evalSegmentCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "segment",
		Usage:       ui.T("SegmentEvalUsage", nil),
		Description: ui.T("SegmentEvalDescription", nil),
		Flags: []cli.Flag{
			&cli.StringSliceFlag{Name: "cases", Usage: ui.T("SegmentEvalFlagCases", nil)},
			&cli.StringFlag{Name: "lang", Value: "auto", Usage: ui.T("SegmentFlagLang", nil)},
			&cli.BoolFlag{Name: "speed", Usage: ui.T("SegmentEvalFlagSpeed", nil)},
			&cli.StringFlag{Name: "size", Value: "100MB", Usage: ui.T("SegmentEvalFlagSize", nil)},
			&cli.StringFlag{Name: "dir", Usage: ui.T("SegmentEvalFlagDir", nil)},
			&cli.Float64Flag{Name: "min-sentences", Usage: ui.T("SegmentEvalFlagMinSentences", nil)},
			&cli.Float64Flag{Name: "min-cases", Usage: ui.T("SegmentEvalFlagMinCases", nil)},
		},
		Action: func(c *cli.Context) error {
			o := segeval.Options{Cases: c.StringSlice("cases"), Speed: c.Bool("speed"), Dir: c.String("dir"),
				MinSentences: c.Float64("min-sentences"), MinCases: c.Float64("min-cases")}
			if o.MinSentences < 0 || o.MinSentences > 1 || o.MinCases < 0 || o.MinCases > 1 {
				return badInput(errors.New(ui.T("SegmentEvalErrFloor", nil)))
			}
			var err error
			if o.Lang, err = segmentLangFlag(ui, c.String("lang")); err != nil {
				return err
			}
			if o.Size, err = segeval.ParseSize(c.String("size")); err != nil {
				return badInput(errors.New(ui.T("SegmentEvalErrSize", map[string]any{"Value": c.String("size")})))
			}
			if len(o.Cases) == 0 && !o.Speed {
				return badInput(errors.New(ui.T("SegmentEvalErrNoInput", nil)))
			}
			return segeval.Run(c.App.Writer, ui, o)
		},
	}
}
