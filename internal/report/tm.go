// Package report writes what bitext's commands show on the terminal, in
// the interface language (or as JSON where a command offers it): the
// matches of TM lookups, concordance units and statistics (tm.go), the
// problems of glossary lint and the matches of glossary match
// (glossary.go), and the findings and summary of a run (run.go). The
// work itself is the library packages'; a new terminal output goes here.
//
//	err = report.Lookup(ctx, os.Stdout, ui, store, []string{"물가가 올랐다."}, report.LookupOptions{Min: 70, Top: 5})
package report

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"

	"golang.org/x/text/language"

	"bitext/locales"
	"bitext/tm"
	"bitext/tmx"
)

// LookupOptions are the settings of a lookup.
type LookupOptions struct {
	// Source and Target are the languages; Und: Korean for a text with
	// Hangul and English otherwise, and the other one of the two.
	Source, Target language.Tag
	Min, Top       int
	DocID          string // the document the texts come from (in-context matches)
	JSON           bool
}

// lookupResult is the JSON form of one query's matches.
type lookupResult struct {
	Query   string      `json:"query"`
	Source  string      `json:"source_lang"`
	Target  string      `json:"target_lang"`
	Matches []jsonMatch `json:"matches"`
}

type jsonMatch struct {
	Kind        tm.Kind        `json:"kind"`
	Score       int            `json:"score"`
	Source      string         `json:"source"`
	Target      string         `json:"target"`
	Suggestion  string         `json:"suggestion,omitempty"`
	Explanation tm.Explanation `json:"explanation"`
	UnitID      int64          `json:"unit_id"`
	TUID        string         `json:"tuid,omitempty"`
	DocID       string         `json:"doc,omitempty"`
	Origin      string         `json:"origin,omitempty"`
	Provenance  provenance     `json:"provenance"`
	Changed     string         `json:"changed,omitempty"`
}

// Lookup looks each text up in s and writes its matches to w. Its errors
// are the store's or w's.
func Lookup(ctx context.Context, w io.Writer, ui *locales.Localizer, s tm.Store, texts []string, o LookupOptions) error {
	var results []lookupResult
	for _, text := range texts {
		src, tgt := Languages(text, o.Source, o.Target)
		q := tm.Query{Text: text, Source: src, Target: tgt, Min: o.Min, Top: o.Top, Context: tm.Context{DocID: o.DocID}}
		ms, err := s.Lookup(ctx, q)
		if err != nil {
			return err
		}
		tm.Localize(q, ms)
		if o.JSON {
			results = append(results, jsonResult(text, src, tgt, ms))
			continue
		}
		writeMatches(w, ui, text, len(texts) > 1, ms)
	}
	if o.JSON {
		return encode(w, results)
	}
	return nil
}

func jsonResult(text string, src, tgt language.Tag, ms []tm.Match) lookupResult {
	r := lookupResult{Query: text, Source: src.String(), Target: tgt.String(), Matches: []jsonMatch{}}
	for _, m := range ms {
		jm := jsonMatch{Kind: m.Kind, Score: m.Score, Source: m.Source.Text, Target: m.Target.Text,
			Suggestion: m.Suggestion, Explanation: m.Explanation, UnitID: m.Unit.ID, TUID: m.Unit.TUID,
			DocID: m.Unit.Context.DocID, Origin: m.Unit.Origin.File, Provenance: provenanceOf(m.Unit.Origin)}
		if !m.Unit.Changed.IsZero() {
			jm.Changed = tmx.FormatDate(m.Unit.Changed)
		}
		r.Matches = append(r.Matches, jm)
	}
	return r
}

// writeMatches writes one text's matches; several texts each under a
// "> text" heading.
func writeMatches(w io.Writer, ui *locales.Localizer, text string, heading bool, ms []tm.Match) {
	if heading {
		fmt.Fprintf(w, "> %s\n", text)
	}
	if len(ms) == 0 {
		fmt.Fprintln(w, ui.T("TMLookupNone", nil))
	}
	for _, m := range ms {
		fmt.Fprintf(w, "%s %d\t%s\n\t%s\n", kindName(ui, m.Kind), m.Score, m.Source.Text, m.Target.Text)
		if m.Suggestion != "" {
			fmt.Fprintf(w, "\t%s\n", ui.T("TMLookupSuggestion", map[string]any{"Text": m.Suggestion}))
		}
		if m.Kind == tm.Fuzzy {
			fmt.Fprintf(w, "\t%s\n", explain(ui, m.Explanation))
		}
		fmt.Fprintf(w, "\t%s\n", ui.T("TMOrigin", map[string]any{"Origin": m.Unit.Origin.String()}))
	}
	if heading {
		fmt.Fprintln(w)
	}
}

// Languages chooses the languages of a lookup: src and tgt when given,
// else Korean for text with Hangul and English otherwise, and the other
// one of the two as the target.
func Languages(text string, src, tgt language.Tag) (language.Tag, language.Tag) {
	if src == language.Und {
		src = language.English
		if tm.HasCJK(text) {
			src = language.Korean
		}
	}
	if tgt == language.Und {
		tgt = language.Korean
		if tm.SameLanguage(src, language.Korean) {
			tgt = language.English
		}
	}
	return src, tgt
}

func kindName(ui *locales.Localizer, k tm.Kind) string {
	switch k {
	case tm.Exact:
		return ui.T("TMKindExact", nil)
	case tm.InContext:
		return ui.T("TMKindInContext", nil)
	}
	return ui.T("TMKindFuzzy", nil)
}

func explain(ui *locales.Localizer, e tm.Explanation) string {
	unit := ui.T("TMUnitTokens", nil)
	if e.Mode == tm.Characters {
		unit = ui.T("TMUnitCharacters", nil)
	}
	s := ui.T("TMExplainBase", map[string]any{"Base": strconv.FormatFloat(e.Base, 'f', -1, 64), "Edits": e.Edits, "Length": e.Length, "Unit": unit})
	for _, p := range e.Penalties {
		s += ", " + ui.T("TMExplainPenalty", map[string]any{"Kind": penaltyName(ui, p.Kind), "Points": p.Points})
	}
	return s
}

func penaltyName(ui *locales.Localizer, kind string) string {
	id := map[string]string{"numbers": "TMPenaltyNumbers", "punctuation": "TMPenaltyPunctuation", "case": "TMPenaltyCase",
		"tags": "TMPenaltyTags", "whitespace": "TMPenaltyWhitespace"}[kind]
	if id == "" {
		return kind
	}
	return ui.T(id, nil)
}

// Concordance writes the units a concordance search found: each unit's
// variants, one a line, or the JSON form.
func Concordance(w io.Writer, ui *locales.Localizer, us []tm.Unit, asJSON bool) error {
	if asJSON {
		type jv struct {
			Lang string `json:"lang"`
			Text string `json:"text"`
		}
		type ju struct {
			ID         int64      `json:"unit_id"`
			Variants   []jv       `json:"variants"`
			DocID      string     `json:"doc,omitempty"`
			Provenance provenance `json:"provenance"`
		}
		out := []ju{}
		for _, u := range us {
			j := ju{ID: u.ID, DocID: u.Context.DocID, Provenance: provenanceOf(u.Origin)}
			for _, v := range u.Variants {
				j.Variants = append(j.Variants, jv{v.Lang.String(), v.Text})
			}
			out = append(out, j)
		}
		return encode(w, out)
	}
	if len(us) == 0 {
		fmt.Fprintln(w, ui.T("TMConcordanceNone", nil))
	}
	for _, u := range us {
		for i, v := range u.Variants {
			lead := "  "
			if i == 0 {
				lead = "- "
			}
			fmt.Fprintf(w, "%s%s\t%s\n", lead, v.Lang, v.Text)
		}
		fmt.Fprintf(w, "  %s\n", ui.T("TMOrigin", map[string]any{"Origin": u.Origin.String()}))
	}
	return nil
}

// provenance is the JSON form of a unit's origin and review state.
type provenance struct {
	Kind       string  `json:"kind"`   // alignment, translator, tmx; "" unknown
	Review     string  `json:"review"` // unreviewed, translated, reviewed, final
	File       string  `json:"file,omitempty"`
	Alignment  string  `json:"alignment,omitempty"`
	Confidence float64 `json:"confidence,omitempty"`
	Translator string  `json:"translator,omitempty"`
}

func provenanceOf(o tm.Origin) provenance {
	r := o.Review
	if r == "" {
		r = tm.Unreviewed
	}
	return provenance{Kind: string(o.Kind), Review: string(r), File: o.File, Alignment: o.Alignment,
		Confidence: o.Confidence, Translator: o.Translator}
}

// Stats writes a memory's statistics; path is the memory as it may be
// shown (a DSN without its password).
func Stats(w io.Writer, ui *locales.Localizer, path string, st tm.Stats, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"path": path, "units": st.Units, "languages": st.Languages, "bytes": st.Bytes,
			"oldest": dateOrNil(st.Oldest), "newest": dateOrNil(st.Newest)})
	}
	fmt.Fprintln(w, ui.T("TMStatsPath", map[string]any{"Path": path}))
	fmt.Fprintln(w, ui.N("TMStatsUnits", st.Units, nil))
	langs := make([]string, 0, len(st.Languages))
	for l := range st.Languages {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		fmt.Fprintln(w, ui.N("TMStatsLang", st.Languages[l], map[string]any{"Lang": l}))
	}
	if st.Units > 0 {
		fmt.Fprintln(w, ui.T("TMStatsDates", map[string]any{"Oldest": st.Oldest.Format("2006-01-02"), "Newest": st.Newest.Format("2006-01-02")}))
	}
	fmt.Fprintln(w, ui.T("TMStatsBytes", map[string]any{"Bytes": st.Bytes}))
	return nil
}

func dateOrNil(t interface{ IsZero() bool }) any {
	if t.IsZero() {
		return nil
	}
	return t
}

// encode writes v as indented JSON, without HTML escapes.
func encode(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
