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

// judgedOptions are the flags of eval check --judged.
type judgedOptions struct {
	dir, shared  string
	glossaries   []string
	minPrecision float64 // < 0: no floor
	maxFalse     float64 // < 0: no ceiling
	unjudged     bool
	confident    bool // only pairs of confident alignment (JudgedPair.Confident)
	part         string
	missing      []glossary.Type
}

// evalJudged checks the real pairs of a judged set and scores the findings
// against the verdicts kept in the folder.
func evalJudged(ui *locales.Localizer, c *cli.Context, o judgedOptions) error {
	glossaries := o.glossaries
	if len(glossaries) == 0 {
		list, err := check.GlossaryList(o.dir)
		if err != nil {
			return openError(ui, filepath.Join(o.dir, "GLOSSARY"), err)
		}
		glossaries = list
	}
	g, err := loadGlossaries(ui, c, glossaries)
	if err != nil {
		return err
	}
	setsPath := filepath.Join(o.dir, "sets.tsv")
	f, err := os.Open(setsPath)
	if err != nil {
		return openError(ui, setsPath, err)
	}
	sets, err := check.ReadJudgedSets(f, setsPath)
	f.Close()
	if err != nil {
		return badInput(err)
	}
	vPath := filepath.Join(o.dir, "verdicts.tsv")
	var verdicts []check.Verdict
	if f, err := os.Open(vPath); err == nil {
		verdicts, err = check.ReadVerdicts(f, vPath)
		f.Close()
		if err != nil {
			return badInput(err)
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return openError(ui, vPath, err)
	}
	ck := check.New(g)
	ck.Missing = o.missing
	segments := map[string]int{}
	pairText := map[string]check.JudgedPair{}
	var got []check.Finding
	var kept []check.JudgedSet
	drop := map[string]bool{}
	for _, s := range sets {
		if o.part != "" && s.Part != o.part {
			continue
		}
		kept = append(kept, s)
		pairs, err := check.LoadJudgedPairs(o.shared, s)
		if err != nil {
			return openError(ui, filepath.Join(o.shared, s.File), err)
		}
		if o.confident {
			n := 0
			for _, p := range pairs {
				if !p.Confident() {
					drop[check.PairKey(s.Name, p.Line)] = true
					n++
				}
			}
			segments[s.Part] -= n
		}
		segments[s.Part] += len(pairs)
		if o.unjudged {
			for _, p := range pairs {
				pairText[fmt.Sprintf("%s:%d", s.Name, p.Line)] = p
			}
		}
		got = append(got, ck.CheckJudged(s, pairs)...)
	}
	if o.confident {
		got, verdicts = check.DropPairs(got, verdicts, drop)
	}
	res := check.EvaluateJudged(kept, segments, got, verdicts)
	w := c.App.Writer
	falseByPart := map[string]int{}
	for _, s := range res.Scores {
		if s.Rule == "all" {
			falseByPart[s.Part] = s.False
			perK := 0.0
			if n := res.Segments[s.Part]; n > 0 {
				perK = 1000 * float64(s.False) / float64(n)
			}
			fmt.Fprintln(w, ui.T("EvalCheckJudgedPart", map[string]any{"Part": s.Part, "Segments": res.Segments[s.Part],
				"Findings": s.Findings, "False": s.False, "PerK": fmt.Sprintf("%.2f", perK), "Unjudged": s.Unjudged}))
		}
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, ui.T("EvalCheckJudgedHeader", nil))
	for _, s := range res.Scores {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%.1f%%\t%.1f%%\n", s.Part, s.Rule, s.Findings, s.Real, s.False, s.Unjudged, s.Missed, 100*s.Precision(), 100*s.Recall())
	}
	tw.Flush()
	check.Localize(res.FalseHits, ui.T)
	for _, f := range res.FalseHits {
		fmt.Fprintln(w, ui.T("EvalCheckJudgedFalse", map[string]any{"Finding": fmt.Sprintf("%s:%s: %s %s %q", f.File, f.Unit, f.Rule, f.Term, f.Found)}))
	}
	for _, v := range res.Missed {
		fmt.Fprintln(w, ui.T("EvalCheckJudgedMissed", map[string]any{"Verdict": fmt.Sprintf("%s:%d: %s %s %q", v.Set, v.Line, v.Rule, v.Term, v.Found)}))
	}
	check.Localize(res.Unjudged, ui.T)
	for _, f := range res.Unjudged {
		if o.unjudged {
			p := pairText[fmt.Sprintf("%s:%s", f.File, f.Unit)]
			fmt.Fprintf(w, "%s\t?\t%s\n#\tko: %s\n#\ten: %s\n", check.FormatVerdict(f), f.Message, p.Source, p.Target)
			continue
		}
		fmt.Fprintln(w, ui.T("EvalCheckJudgedUnjudged", map[string]any{"Finding": check.FormatVerdict(f)}))
	}
	fail := false
	if o.minPrecision >= 0 {
		for _, s := range res.Scores {
			if s.Real+s.False > 0 && s.Precision() < o.minPrecision {
				fmt.Fprintln(c.App.ErrWriter, ui.T("EvalCheckJudgedBelow", map[string]any{"Part": s.Part, "Rule": s.Rule,
					"Precision": fmt.Sprintf("%.3f", s.Precision()), "Min": o.minPrecision}))
				fail = true
			}
		}
	}
	if o.maxFalse >= 0 {
		for p, n := range res.Segments {
			if perK := 1000 * float64(falseByPart[p]) / float64(max(n, 1)); perK > o.maxFalse {
				fmt.Fprintln(c.App.ErrWriter, ui.T("EvalCheckJudgedTooMany", map[string]any{"Part": p, "PerK": fmt.Sprintf("%.2f", perK), "Max": o.maxFalse}))
				fail = true
			}
		}
	}
	if fail {
		return findings
	}
	return nil
}
