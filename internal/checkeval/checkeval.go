// Package checkeval is the evaluation behind `bitext eval check`: the
// checker's findings scored against the expected findings kept beside a
// folder of planted articles (Expected), or against the verdicts of a
// judged set of real pairs read from ../shared (Judged), with precision
// and recall by rule and the false alarms per 1,000 pairs.
//
//	err := checkeval.Expected(os.Stdout, ui, load, "testdata/check/planted", nil, nil)
package checkeval

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"bitext/check"
	"bitext/glossary"
	"bitext/internal/exitcode"
	"bitext/locales"
)

// LoadFunc reads and merges glossary files, its errors already marked
// with their exit code.
type LoadFunc func(files []string) (*glossary.Glossary, error)

// Expected checks the articles of dir with the glossaries (else the ones
// dir's GLOSSARY file lists) and scores the findings against
// dir/expected.jsonl, writing the report to w; a missed or spurious
// finding gives exitcode.ErrFindings after the report.
func Expected(w io.Writer, ui *locales.Localizer, load LoadFunc, dir string, glossaries []string, missing []glossary.Type) error {
	return ExpectedTM(w, ui, load, dir, glossaries, missing, nil)
}

// ExpectedTM is Expected with the lexicon of a translation memory
// (check.Checker.TMLexicon; nil: none).
func ExpectedTM(w io.Writer, ui *locales.Localizer, load LoadFunc, dir string, glossaries []string, missing []glossary.Type, lex *check.TMLexicon) error {
	if len(glossaries) == 0 {
		list, err := GlossaryList(dir)
		if err != nil {
			return exitcode.Open(ui, filepath.Join(dir, "GLOSSARY"), err)
		}
		glossaries = list
	}
	g, err := load(glossaries)
	if err != nil {
		return err
	}
	expPath := filepath.Join(dir, "expected.jsonl")
	f, err := os.Open(expPath)
	if err != nil {
		return exitcode.Open(ui, expPath, err)
	}
	want, err := ReadExpected(f, expPath)
	f.Close()
	if err != nil {
		return exitcode.AsBadInput(err)
	}
	ck := check.New(g)
	ck.Missing = missing
	ck.TMLexicon = lex
	files, got, err := ck.Dir(dir, check.Options{})
	if err != nil {
		return exitcode.Open(ui, dir, err)
	}
	check.Localize(got, ui.T)
	ev := Evaluate(want, got)
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
		return exitcode.ErrFindings
	}
	return nil
}

// JudgedOptions are the settings of eval check --judged.
type JudgedOptions struct {
	Dir, Shared  string // the judged set's folder; the ../shared folder its pairs are read from
	Glossaries   []string
	MinPrecision float64 // < 0: no floor
	MaxFalse     float64 // false alarms per 1,000 pairs; < 0: no ceiling
	Unjudged     bool    // list the unjudged findings with their pair, as verdict lines to fill in
	Confident    bool    // only pairs of confident alignment (JudgedPair.Confident)
	Part         string  // only this part ("" all)
	Missing      []glossary.Type
	FailOn       check.Severity // the findings at or above it are what fails CI; 0: error
	// TM gives the lexicon of a translation memory (check.Checker.TMLexicon)
	// for the sets that read a shared file, by the file's base name, and
	// under "" for the others; nil: none. Cross-fitting gives each corpus
	// a memory learned from the others.
	TM map[string]*check.TMLexicon
}

// Judged checks the real pairs of a judged set and scores the findings
// against the verdicts kept in the folder, writing the report to w and
// the floors missed to errw (then exitcode.ErrFindings).
func Judged(w, errw io.Writer, ui *locales.Localizer, load LoadFunc, o JudgedOptions) error {
	glossaries := o.Glossaries
	if len(glossaries) == 0 {
		list, err := GlossaryList(o.Dir)
		if err != nil {
			return exitcode.Open(ui, filepath.Join(o.Dir, "GLOSSARY"), err)
		}
		glossaries = list
	}
	g, err := load(glossaries)
	if err != nil {
		return err
	}
	setsPath := filepath.Join(o.Dir, "sets.tsv")
	f, err := os.Open(setsPath)
	if err != nil {
		return exitcode.Open(ui, setsPath, err)
	}
	sets, err := ReadJudgedSets(f, setsPath)
	f.Close()
	if err != nil {
		return exitcode.AsBadInput(err)
	}
	vPath := filepath.Join(o.Dir, "verdicts.tsv")
	var verdicts []Verdict
	if f, err := os.Open(vPath); err == nil {
		verdicts, err = ReadVerdicts(f, vPath)
		f.Close()
		if err != nil {
			return exitcode.AsBadInput(err)
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return exitcode.Open(ui, vPath, err)
	}
	for name := range o.TM {
		if name != "" && !slices.ContainsFunc(sets, func(s JudgedSet) bool { return filepath.Base(s.File) == name }) {
			return exitcode.AsBadInput(errors.New(ui.T("CheckErrTMCorpus", map[string]any{"Value": name + "=", "File": name})))
		}
	}
	ck := check.New(g)
	ck.Missing = o.Missing
	segments := map[string]int{}
	pairText := map[string]JudgedPair{}
	var got []check.Finding
	var kept []JudgedSet
	drop := map[string]bool{}
	converted := map[string]*check.Checker{}
	for _, s := range sets {
		if o.Part != "" && s.Part != o.Part {
			continue
		}
		kept = append(kept, s)
		pairs, err := LoadJudgedPairs(o.Shared, s)
		if err != nil {
			return exitcode.Open(ui, filepath.Join(o.Shared, s.File), err)
		}
		if o.Confident {
			n := 0
			for _, p := range pairs {
				if !p.Confident() {
					drop[PairKey(s.Name, p.Line)] = true
					n++
				}
			}
			segments[s.Part] -= n
		}
		segments[s.Part] += len(pairs)
		if o.Unjudged {
			for _, p := range pairs {
				pairText[fmt.Sprintf("%s:%d", s.Name, p.Line)] = p
			}
		}
		sck := ck
		lex := o.TM[filepath.Base(s.File)]
		if lex == nil {
			lex = o.TM[""]
		}
		lexKey := fmt.Sprintf("|tm=%p", lex)
		if lex != nil {
			if converted[lexKey] == nil {
				c := check.New(g)
				c.Missing = o.Missing
				c.TMLexicon = lex
				converted[lexKey] = c
			}
			sck = converted[lexKey]
		}
		if len(s.Glossary) > 0 {
			key := "glossary=" + strings.Join(s.Glossary, "|") + lexKey
			if converted[key] == nil {
				var files []string
				for _, f := range s.Glossary {
					files = append(files, filepath.Join(o.Dir, filepath.FromSlash(f)))
				}
				gs, err := load(files)
				if err != nil {
					return err
				}
				c := check.New(gs)
				c.Missing = o.Missing
				c.TMLexicon = lex
				converted[key] = c
			}
			sck = converted[key]
		}
		if len(s.Convert) > 0 {
			key := strings.Join(s.Convert, "|") + lexKey
			if converted[key] == nil {
				gc, err := loadConverted(ui, o.Shared, s.Convert)
				if err != nil {
					return err
				}
				c := check.New(gc)
				c.Missing = o.Missing
				c.TMLexicon = lex
				converted[key] = c
			}
			sck = converted[key]
		}
		for _, f := range CheckJudged(sck, s, pairs) {
			if len(s.Rules) == 0 || slices.Contains(s.Rules, f.Rule) {
				got = append(got, f)
			}
		}
	}
	if o.Confident {
		got, verdicts = DropPairs(got, verdicts, drop)
	}
	res := EvaluateJudged(kept, segments, got, verdicts)
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
	// What fails CI (bitext check --fail-on, default error): the precision
	// of those findings alone, per part.
	failOn := o.FailOn
	if failOn == 0 {
		failOn = check.Error
	}
	var failing []check.Finding
	for _, f := range got {
		if f.Severity >= failOn {
			failing = append(failing, f)
		}
	}
	for _, s := range EvaluateJudged(kept, segments, failing, verdicts).Scores {
		if s.Rule == "all" {
			fmt.Fprintln(w, ui.T("EvalCheckJudgedFailing", map[string]any{"Part": s.Part, "Level": failOn.String(),
				"Findings": s.Findings, "Real": s.Real, "False": s.False, "Unjudged": s.Unjudged,
				"Precision": fmt.Sprintf("%.1f%%", 100*s.Precision())}))
		}
	}
	check.Localize(res.FalseHits, ui.T)
	for _, f := range res.FalseHits {
		fmt.Fprintln(w, ui.T("EvalCheckJudgedFalse", map[string]any{"Finding": fmt.Sprintf("%s:%s: %s %s %q", f.File, f.Unit, f.Rule, f.Term, f.Found)}))
	}
	for _, v := range res.Missed {
		line := strconv.Itoa(v.Line)
		if v.Occurrence > 0 {
			line += "#" + strconv.Itoa(v.Occurrence) // the nth of identical findings (session 21, helper T40)
		}
		fmt.Fprintln(w, ui.T("EvalCheckJudgedMissed", map[string]any{"Verdict": fmt.Sprintf("%s:%s: %s %s %q", v.Set, line, v.Rule, v.Term, v.Found)}))
	}
	check.Localize(res.Unjudged, ui.T)
	for _, f := range res.Unjudged {
		if o.Unjudged {
			// An article's findings name the set with ArticleSuffix; its
			// pairs are the set's own (session 25: the lines printed empty).
			p := pairText[fmt.Sprintf("%s:%s", strings.TrimSuffix(f.File, ArticleSuffix), f.Unit)]
			fmt.Fprintf(w, "%s\t?\t%s\n#\tko: %s\n#\ten: %s\n", FormatVerdict(f), f.Message, p.Source, p.Target)
			continue
		}
		fmt.Fprintln(w, ui.T("EvalCheckJudgedUnjudged", map[string]any{"Finding": FormatVerdict(f)}))
	}
	fail := false
	if o.MinPrecision >= 0 {
		for _, s := range res.Scores {
			if s.Real+s.False > 0 && s.Precision() < o.MinPrecision {
				fmt.Fprintln(errw, ui.T("EvalCheckJudgedBelow", map[string]any{"Part": s.Part, "Rule": s.Rule,
					"Precision": fmt.Sprintf("%.3f", s.Precision()), "Min": o.MinPrecision}))
				fail = true
			}
		}
	}
	if o.MaxFalse >= 0 {
		for p, n := range res.Segments {
			if perK := 1000 * float64(falseByPart[p]) / float64(max(n, 1)); perK > o.MaxFalse {
				fmt.Fprintln(errw, ui.T("EvalCheckJudgedTooMany", map[string]any{"Part": p, "PerK": fmt.Sprintf("%.2f", perK), "Max": o.MaxFalse}))
				fail = true
			}
		}
	}
	if fail {
		return exitcode.ErrFindings
	}
	return nil
}

// loadConverted reads third-party glossaries of the shared folder and
// converts them (ConvertShared), the later over the earlier.
func loadConverted(ui *locales.Localizer, shared string, files []string) (*glossary.Glossary, error) {
	var gs []*glossary.Glossary
	for _, f := range files {
		path := filepath.Join(shared, filepath.FromSlash(f))
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, exitcode.Open(ui, path, err)
		}
		g, err := ConvertShared(f, data)
		if err != nil {
			return nil, exitcode.AsBadInput(err)
		}
		gs = append(gs, g)
	}
	g, _ := glossary.Merge(gs...)
	return g, nil
}
