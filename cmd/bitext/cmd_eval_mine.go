package main

import (
	"github.com/urfave/cli/v2"

	"bitext/internal/mineeval"
	"bitext/locales"
)

func init() { registerEval(evalMineCommand) }

func evalMineCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "mine",
		Usage:       ui.T("MineEvalUsage", nil),
		Description: ui.T("MineEvalDescription", nil),
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "shared", Value: "../shared", Usage: ui.T("MineEvalFlagShared", nil)},
			&cli.StringFlag{Name: "refdir", Value: ".", Usage: ui.T("MineEvalFlagRefdir", nil)},
			&cli.IntFlag{Name: "top", Value: 100, Usage: ui.T("MineEvalFlagTop", nil)},
			&cli.IntFlag{Name: "min-count", Value: 2, Usage: ui.T("MineFlagMinCount", nil)},
			&cli.Float64Flag{Name: "min-precision", Usage: ui.T("MineEvalFlagMinPrecision", nil)},
			&cli.Float64Flag{Name: "min-recall", Usage: ui.T("MineEvalFlagMinRecall", nil)},
			&cli.Float64Flag{Name: "min-judged", Usage: ui.T("MineEvalFlagMinJudged", nil)},
			&cli.StringFlag{Name: "verdicts", Usage: ui.T("MineEvalFlagVerdicts", nil)},
			&cli.BoolFlag{Name: "unjudged", Usage: ui.T("MineEvalFlagUnjudged", nil)},
			&cli.BoolFlag{Name: "lexicon", Usage: ui.T("MineEvalFlagLexicon", nil)},
			&cli.BoolFlag{Name: "core-lexicon", Value: true, Usage: ui.T("MineEvalFlagCoreLexicon", nil)},
			&cli.StringFlag{Name: "part", Usage: ui.T("MineEvalFlagPart", nil)},
			&cli.BoolFlag{Name: "verbose", Aliases: []string{"v"}, Usage: ui.T("MineEvalFlagVerbose", nil)},
		},
		Action: func(c *cli.Context) error {
			return mineeval.Evaluate(c.Context, c.App.Writer, ui, mineeval.Settings{Shared: c.String("shared"), RefDir: c.String("refdir"),
				Part: c.String("part"), Top: c.Int("top"), MinCount: c.Int("min-count"), Lexicon: c.Bool("lexicon"), Core: c.Bool("core-lexicon"),
				Verbose: c.Bool("verbose"), MinPrecision: c.Float64("min-precision"), MinRecall: c.Float64("min-recall"),
				MinJudged: c.Float64("min-judged"), Verdicts: c.String("verdicts"), Unjudged: c.Bool("unjudged")})
		},
	}
}
