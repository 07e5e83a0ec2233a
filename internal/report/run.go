package report

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"bitext/internal/exitcode"
	"bitext/locales"
	"bitext/pipeline"
)

// Run writes the findings of a run, one a line as FILE:LINE:COL:
// severity: message [rule], and its summary; out is the out folder.
func Run(w io.Writer, ui *locales.Localizer, rep *pipeline.Report, out string) {
	sev := map[string]string{"error": ui.T("CheckSeverityError", nil), "warning": ui.T("CheckSeverityWarning", nil)}
	for _, a := range rep.Articles {
		for _, f := range a.Findings {
			file := a.Edition
			if (f.Side == "source" || a.Edition == "") && a.Original != "" {
				// A pretranslated original's target findings are placed
				// in the original too (its pre-fills are in no input).
				file = a.Original
			}
			line, col := f.Line, f.Column
			if line == 0 {
				line, col = 1, 1
			}
			s := f.Severity
			if l, ok := sev[s]; ok {
				s = l
			}
			fmt.Fprintf(w, "%s:%d:%d: %s: %s [%s]\n", file, line, col, s, f.Message, f.Rule)
		}
	}
	t := rep.Totals
	fmt.Fprintln(w, ui.N("RunSummary", t.Articles, map[string]any{
		"Done": t.Done, "Unchanged": t.Unchanged, "Failed": t.Failed, "NotRun": t.NotRun,
		"Segments": t.Segments, "Terms": t.Terms, "Findings": t.Findings,
		"Links": t.Links, "Low": t.LowLinks, "Units": t.Units,
	}))
	if t.Unstored > 0 {
		fmt.Fprintln(w, ui.N("RunUnstored", t.Unstored, nil))
	}
	if t.Pretranslated > 0 {
		fmt.Fprintln(w, ui.N("RunPretranslated", t.Pretranslated, map[string]any{"Segments": t.Prefilled}))
	}
	if r := rep.Recovered; r != nil {
		fmt.Fprintln(w, ui.T("RunRecovered", map[string]any{"Articles": r.Articles, "Units": r.Units}))
	}
	b := t.Bands
	fmt.Fprintln(w, ui.T("RunBands", map[string]any{
		"B101": b.InContext, "B100": b.Exact, "B95": b.High, "B85": b.Mid, "B75": b.Low, "New": b.New,
	}))
	for _, n := range rep.Notes {
		step, reason := n.Localize(ui.T)
		fmt.Fprintln(w, ui.T("RunSkippedStep", map[string]any{"Step": step, "Reason": reason}))
	}
	fmt.Fprintln(w, ui.T("RunOpen", map[string]any{"Path": filepath.Join(out, pipeline.ReportHTML)}))
}

// RunError says the error of pipeline.Run in the interface language,
// marked with its exit code: an interrupted run 130, articles that failed
// 2 (3 when one could not be written), the journal and the environment 3,
// anything else 2. rep is the run's report, nil when there is none.
func RunError(ui *locales.Localizer, rep *pipeline.Report, err error) error {
	if err == nil {
		return nil
	}
	var fe *pipeline.FailedError
	var ee *pipeline.EnvError
	var ie *pipeline.InputError
	var je *pipeline.JournalError
	switch {
	case errors.As(err, &je):
		return exitcode.AsEnvironment(err)
	case errors.Is(err, pipeline.ErrInterrupted):
		if rep == nil { // stopped while waiting for the out folder
			rep = &pipeline.Report{}
		}
		return &exitcode.Error{Code: exitcode.Interrupted, Err: errors.New(ui.T("RunInterrupted", map[string]any{"Done": rep.Totals.Done + rep.Totals.Unchanged, "Total": rep.Totals.Articles}))}
	case errors.As(err, &fe):
		msg := errors.New(ui.N("RunFailed", len(fe.Failed), map[string]any{"List": strings.Join(fe.Failed, "\n")}))
		if errors.As(err, &ee) {
			// An article that could not be written (a full disk) is the
			// environment's fault, not the input's.
			return exitcode.AsEnvironment(msg)
		}
		return exitcode.AsBadInput(msg)
	case errors.As(err, &ee):
		return exitcode.AsEnvironment(err)
	case errors.As(err, &ie):
		return exitcode.AsBadInput(err)
	}
	return exitcode.AsBadInput(err)
}
