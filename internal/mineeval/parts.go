package mineeval

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"bitext/internal/exitcode"
	"bitext/locales"
)

// Part is a part of ../shared the miner is measured on.
type Part struct {
	Name, Corpus, Ref string
	From, To          int
}

// Parts are the development part (the rules were tuned on it) and the
// held-out part (its reference was written before the miner ran on it,
// and it was only looked at to report).
var Parts = []Part{
	{"dev", "corpus/kpc-news-v1.dev.ko-en.tsv", "internal/mineeval/testdata/kpc-dev-1-200.ref.tsv", 1, 200},
	{"held-out", "corpus/kpc-news-v1.test.ko-en.tsv", "internal/mineeval/testdata/kpc-test-1-200.ref.tsv", 1, 200},
}

// Settings are those of `bitext eval mine`.
type Settings struct {
	Shared, RefDir string // the ../shared folder; the folder Parts' Ref paths are relative to
	Part           string // only this part ("" all)
	Top, MinCount  int
	Lexicon        bool
	Verbose        bool // list the judged candidates and the missed names
	// Floors on the held-out part: precision of the top candidates and
	// recall of the names in 2+ units.
	MinPrecision, MinRecall float64
}

// Evaluate measures each part as s says and writes the report to w in
// the interface language of ui; a held-out figure below its floor gives
// exitcode.ErrFindings after the whole report.
func Evaluate(ctx context.Context, w io.Writer, ui *locales.Localizer, s Settings) error {
	dir, err := os.MkdirTemp("", "bitext-mineeval")
	if err != nil {
		return exitcode.AsEnvironment(err)
	}
	defer os.RemoveAll(dir)
	below := false
	for i, p := range Parts {
		if s.Part != "" && s.Part != p.Name {
			continue
		}
		corpus := filepath.Join(s.Shared, p.Corpus)
		if _, err := os.Stat(corpus); err != nil {
			return exitcode.InputFile(ui, corpus, err)
		}
		sub := filepath.Join(dir, fmt.Sprint(i))
		if err := os.Mkdir(sub, 0o755); err != nil {
			return exitcode.AsEnvironment(err)
		}
		rep, err := Run(ctx, Options{Corpus: corpus, From: p.From, To: p.To,
			Reference: filepath.Join(s.RefDir, p.Ref), TMDir: sub, Top: s.Top, MinCount: s.MinCount, Lexicon: s.Lexicon})
		if err != nil {
			return exitcode.AsBadInput(err)
		}
		found, total := rep.Recall(false)
		rfound, rtotal := rep.Recall(true)
		fmt.Fprintln(w, ui.T("MineEvalPart", map[string]any{"Part": p.Name, "Corpus": p.Corpus, "From": p.From, "To": p.To,
			"Units": rep.Units, "Candidates": rep.Candidates}))
		fmt.Fprintf(w, "  precision@%d %.3f (%d judged)\n", s.Top, rep.Precision(), len(rep.Top))
		fmt.Fprintf(w, "  recall %.3f (%d/%d names); recall of names in 2+ units %.3f (%d/%d)\n",
			ratio(found, total), found, total, ratio(rfound, rtotal), rfound, rtotal)
		if s.Verbose {
			writeJudged(w, rep)
		}
		if p.Name == "held-out" && (rep.Precision() < s.MinPrecision || ratio(rfound, rtotal) < s.MinRecall) {
			below = true
		}
	}
	if below {
		fmt.Fprintln(w, ui.T("MineEvalBelow", nil))
		return exitcode.ErrFindings
	}
	return nil
}

// writeJudged lists the judged top candidates and the repeated names the
// miner missed.
func writeJudged(w io.Writer, rep *Report) {
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

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
