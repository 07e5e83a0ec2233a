package report

import (
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/language"

	"bitext/glossary"
	"bitext/locales"
	"bitext/segment"
)

// GlossaryProblems writes the problems glossary lint found in files
// glossaries, one a line as FILE:LINE:COL: severity: text [code], to w,
// and the count of errors and warnings to errw.
func GlossaryProblems(w, errw io.Writer, ui *locales.Localizer, probs []glossary.Problem, files int) {
	errs, warns := 0, 0
	for _, p := range probs {
		sev := ui.T("GlossaryWarning", nil)
		if p.Severity == glossary.Error {
			sev = ui.T("GlossaryError", nil)
			errs++
		} else {
			warns++
		}
		pos := p.File
		if p.Line > 0 {
			pos += fmt.Sprintf(":%d", p.Line)
			if p.Col > 0 {
				pos += fmt.Sprintf(":%d", p.Col)
			}
		}
		fmt.Fprintf(w, "%s: %s: %s [%s]\n", pos, sev, problemText(ui, p), p.Code)
	}
	fmt.Fprintln(errw, ui.T("GlossaryLintSummary", map[string]any{
		"Errors":   ui.N("GlossaryErrors", errs, nil),
		"Warnings": ui.N("GlossaryWarnings", warns, nil),
		"Files":    ui.N("GlossaryFiles", files, nil),
	}))
}

// problemText says a lint problem in the interface language: a status
// by its name, a syntax problem's detail as the system's text.
func problemText(ui *locales.Localizer, p glossary.Problem) string {
	id := p.MessageID()
	if id == "" || !ui.Has(id) {
		return ui.Text(p.Message)
	}
	data := p.MessageData()
	if p.Code == glossary.CodeSyntax {
		data["Err"] = ui.Text(p.Message) // the reader's own detail
	}
	for _, k := range []string{"Status", "OtherStatus"} {
		if s, ok := data[k].(string); ok {
			data[k] = ui.T("GlossaryStatus"+strings.ToUpper(s[:1])+s[1:], nil)
		}
	}
	return ui.T(id, data)
}

// GlossaryMatches writes the glossary's matches in each text, one a line:
// the text's number, the byte range, the entry ids, the term's status
// and the form found (+suffix). lang Und takes each text as Korean when
// Hangul is a fifth of its letters, else English, as check does.
func GlossaryMatches(w io.Writer, g *glossary.Glossary, texts []string, lang language.Tag, opt glossary.MatchOptions) error {
	auto := lang == language.Und
	matchers := map[language.Tag]*glossary.Matcher{}
	for i, text := range texts {
		if auto {
			lang = segment.DetectLang(text)
		}
		m := matchers[lang]
		if m == nil {
			m = g.MatcherWith(lang, opt)
			matchers[lang] = m
		}
		for _, mt := range m.FindAll(text) {
			form := text[mt.Start:mt.End]
			extra := ""
			if mt.Suffix != "" {
				extra = " +" + mt.Suffix
			}
			status := mt.Term.Status.String()
			if mt.Short {
				status = "short"
			}
			id := mt.Entry.ID
			for _, e := range mt.Entries[1:] {
				id += "|" + e.ID // a form or short form several entries share
			}
			if _, err := fmt.Fprintf(w, "%d:%d-%d\t%s\t%s\t%s%s\n", i+1, mt.Start, mt.End, id, status, form, extra); err != nil {
				return err
			}
		}
	}
	return nil
}
