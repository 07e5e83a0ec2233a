package main

import (
	"errors"

	"github.com/urfave/cli/v2"

	"bitext/internal/aligneval"
	"bitext/locales"
)

func init() { registerEval(evalAlignCommand) }

func evalAlignCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "align",
		Usage:       ui.T("AlignEvalUsage", nil),
		Description: ui.T("AlignEvalDescription", nil),
		ArgsUsage:   ui.T("AlignEvalArgs", nil),
		Flags: []cli.Flag{
			&cli.StringSliceFlag{Name: "gold", Usage: ui.T("AlignEvalFlagGold", nil)},
			&cli.StringFlag{Name: "paragraphs", Usage: ui.T("AlignEvalFlagParagraphs", nil)},
			&cli.StringSliceFlag{Name: "pairs", Usage: ui.T("AlignEvalFlagPairs", nil)},
			&cli.Float64Flag{Name: "rate", Value: 0.05, Usage: ui.T("AlignEvalFlagRate", nil)},
			&cli.IntFlag{Name: "doc-size", Value: 20, Usage: ui.T("AlignEvalFlagDocSize", nil)},
			&cli.Int64Flag{Name: "seed", Value: 1, Usage: ui.T("AlignEvalFlagSeed", nil)},
			&cli.StringFlag{Name: "lexicon", Usage: ui.T("AlignEvalFlagLexicon", nil)},
			&cli.StringFlag{Name: "tm", Usage: ui.T("AlignEvalFlagTM", nil)},
			&cli.Float64Flag{Name: "min-f1", Usage: ui.T("AlignEvalFlagMinF1", nil)},
			&cli.BoolFlag{Name: "second-pass", Usage: ui.T("AlignEvalFlagSecondPass", nil)},
			&cli.IntFlag{Name: "batch", Usage: ui.T("AlignEvalFlagBatch", nil)},
			&cli.BoolFlag{Name: "core-lexicon", Value: true, Usage: ui.T("AlignFlagCoreLexicon", nil)},
		},
		Action: func(c *cli.Context) error {
			o := aligneval.Options{
				Gold:        append(c.StringSlice("gold"), c.Args().Slice()...),
				Paragraphs:  c.String("paragraphs"),
				Pairs:       c.StringSlice("pairs"),
				Rate:        c.Float64("rate"),
				DocSize:     c.Int("doc-size"),
				Seed:        c.Int64("seed"),
				MinF1:       c.Float64("min-f1"),
				SecondPass:  c.Bool("second-pass"),
				Batch:       c.Int("batch"),
				CoreLexicon: c.Bool("core-lexicon"),
			}
			if len(o.Gold) == 0 && o.Paragraphs == "" && len(o.Pairs) == 0 {
				return badInput(errors.New(ui.T("AlignEvalErrNoInput", nil)))
			}
			if o.Rate < 0 || o.Rate > 0.25 || o.DocSize < 1 {
				return badInput(errors.New(ui.T("AlignEvalErrPerturb", nil)))
			}
			if o.Batch < 0 || (o.Batch > 0 && !o.SecondPass) {
				return badInput(errors.New(ui.T("AlignEvalErrBatch", nil)))
			}
			if o.MinF1 < 0 || o.MinF1 > 1 {
				return badInput(errors.New(ui.T("AlignEvalErrMinF1", nil)))
			}
			var err error
			if o.Lexicon, err = loadAlignLexicon(ui, c.String("lexicon"), c.String("tm")); err != nil {
				return err
			}
			return aligneval.Run(c.App.Writer, ui, o)
		},
	}
}
