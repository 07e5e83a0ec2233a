package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"bitext/internal/mineeval"
	"bitext/locales"
)

func init() { registerEval(evalMineCommand) }

type evalMinePart struct {
	name, corpus, ref string
	from, to          int
}

// evalMineParts are the parts of ../shared the miner is measured on: the
// development part (the rules were tuned on it) and the held-out part
// (its reference was written before the miner ran on it, and it was only
// looked at to report).
var evalMineParts = []evalMinePart{
	{"dev", "corpus/kpc-news-v1.dev.ko-en.tsv", "internal/mineeval/testdata/kpc-dev-1-200.ref.tsv", 1, 200},
	{"held-out", "corpus/kpc-news-v1.test.ko-en.tsv", "internal/mineeval/testdata/kpc-test-1-200.ref.tsv", 1, 200},
}

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
			&cli.BoolFlag{Name: "lexicon", Usage: ui.T("MineEvalFlagLexicon", nil)},
			&cli.StringFlag{Name: "part", Usage: ui.T("MineEvalFlagPart", nil)},
			&cli.BoolFlag{Name: "verbose", Aliases: []string{"v"}, Usage: ui.T("MineEvalFlagVerbose", nil)},
		},
		Action: func(c *cli.Context) error {
			dir, err := os.MkdirTemp("", "bitext-mineeval")
			if err != nil {
				return environment(err)
			}
			defer os.RemoveAll(dir)
			w := c.App.Writer
			below := false
			for i, p := range evalMineParts {
				if c.String("part") != "" && c.String("part") != p.name {
					continue
				}
				corpus := filepath.Join(c.String("shared"), p.corpus)
				if _, err := os.Stat(corpus); err != nil {
					return inputFileError(ui, corpus, err)
				}
				sub := filepath.Join(dir, fmt.Sprint(i))
				if err := os.Mkdir(sub, 0o755); err != nil {
					return environment(err)
				}
				rep, err := mineeval.Run(c.Context, mineeval.Options{Corpus: corpus, From: p.from, To: p.to,
					Reference: filepath.Join(c.String("refdir"), p.ref), TMDir: sub, Top: c.Int("top"), MinCount: c.Int("min-count"), Lexicon: c.Bool("lexicon")})
				if err != nil {
					return badInput(err)
				}
				found, total := rep.Recall(false)
				rfound, rtotal := rep.Recall(true)
				fmt.Fprintln(w, ui.T("MineEvalPart", map[string]any{"Part": p.name, "Corpus": p.corpus, "From": p.from, "To": p.to,
					"Units": rep.Units, "Candidates": rep.Candidates}))
				fmt.Fprintf(w, "  precision@%d %.3f (%d judged)\n", c.Int("top"), rep.Precision(), len(rep.Top))
				fmt.Fprintf(w, "  recall %.3f (%d/%d names); recall of names in 2+ units %.3f (%d/%d)\n",
					mineRatio(found, total), found, total, mineRatio(rfound, rtotal), rfound, rtotal)
				if c.Bool("verbose") {
					for _, j := range rep.Top {
						mark := "-"
						if j.Correct {
							mark = "+"
						}
						fmt.Fprintf(w, "    %s %3d %s = %s (%s, %d units)\n", mark, j.Rank, j.Ko, j.En, j.Type, j.Units)
					}
					for _, r := range rep.Refs {
						if !r.Found && r.Repeated {
							fmt.Fprintf(w, "    missed %s = %s\n", r.Ko, r.En)
						}
					}
				}
				if p.name == "held-out" && (rep.Precision() < c.Float64("min-precision") || mineRatio(rfound, rtotal) < c.Float64("min-recall")) {
					below = true
				}
			}
			if below {
				fmt.Fprintln(w, ui.T("MineEvalBelow", nil))
				return findings
			}
			return nil
		},
	}
}

func mineRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
