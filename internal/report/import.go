package report

import (
	"fmt"
	"io"
	"strings"

	"bitext/locales"
	"bitext/pipeline"
)

// Import writes what `bitext import` did: the units it refused with their
// positions, the summary, and the units it skipped by reason.
func Import(w io.Writer, ui *locales.Localizer, res *pipeline.ImportResult, tmPath string) {
	for _, r := range res.Refused {
		fmt.Fprintln(w, ui.T("ImportRefused", map[string]any{"File": r.File, "Line": r.Line, "Col": r.Col, "Unit": r.Unit, "Reason": r.Reason}))
	}
	fmt.Fprintln(w, ui.N("ImportSummary", res.Files, map[string]any{
		"Units": res.Units, "Imported": res.Imported, "Skipped": res.Skipped, "Refused": len(res.Refused), "TM": tmPath,
	}))
	if why := skippedWhy(ui, res.SkippedWhy); why != "" {
		fmt.Fprintln(w, ui.T("ImportSkippedWhy", map[string]any{"List": why}))
	}
}

// skippedWhy lists the units an import skipped by reason, in the
// interface language: "3 untouched, 1 needing review".
func skippedWhy(ui *locales.Localizer, why map[string]int) string {
	var parts []string
	for _, r := range []struct{ why, id string }{
		{pipeline.SkipUntouched, "ImportSkipUntouched"},
		{pipeline.SkipNeedsReview, "ImportSkipNeedsReview"},
		{pipeline.SkipEditionChanged, "ImportSkipEditionChanged"},
		{pipeline.SkipNotTranslated, "ImportSkipNotTranslated"},
		{pipeline.SkipNoTarget, "ImportSkipNoTarget"},
	} {
		if n := why[r.why]; n > 0 {
			parts = append(parts, ui.N(r.id, n, nil))
		}
	}
	return strings.Join(parts, ", ")
}
