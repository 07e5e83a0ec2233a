package check

import (
	"io"
	"strings"

	"golang.org/x/text/language"

	"bitext/article"
	"bitext/xliff"
)

// XLIFF checks the units of an XLIFF 2.x or 1.2 document: source and
// target languages come from the file (else from opt, else Korean and
// English). Each <file> is one document (an article, as bitext run writes
// it), read back into an article (a unit is a source segment, linked to
// its target when it has one) and checked with Article: the pairs of
// units with a target, and each side's text for the monolingual rules
// (units without a target are not translated yet and count for the source
// side only). The byline's unit (layout note "byline") is checked as a
// byline (see Document).
func (c *Checker) XLIFF(r io.Reader, file string, opt Options) ([]Finding, error) {
	dec := xliff.NewDecoder(r)
	dec.File = file
	var out []Finding
	var doc *docReader
	var cur *xliff.File
	flush := func() {
		if doc != nil {
			out = append(out, c.Article(file, doc.a, opt.Date)...)
		}
		doc = nil
	}
	for {
		u, err := dec.Next()
		if err == io.EOF {
			flush()
			Sort(out)
			return out, nil
		}
		if err != nil {
			return out, err
		}
		if f := dec.CurrentFile(); f != cur || doc == nil {
			flush()
			cur = f
			src, tgt := orLang(opt.SourceLang, language.Korean), orLang(opt.TargetLang, language.English)
			name := ""
			if f != nil {
				if t, err := language.Parse(f.SrcLang); err == nil && opt.SourceLang == language.Und {
					src = t
				}
				if t, err := language.Parse(f.TrgLang); err == nil && opt.TargetLang == language.Und {
					tgt = t
				}
				name = f.Original
			}
			doc = newDoc(name, src, tgt)
		}
		pos := article.Position{Unit: u.ID, Line: u.Line, Column: u.Col}
		para := 0
		if isBylineUnit(u.Notes) {
			para = article.BylinePara
		}
		var tgt *article.Segment
		if u.Target != "" {
			tgt = &article.Segment{Text: u.Target, Pos: pos, Para: para}
		}
		doc.add(&article.Segment{Text: u.Source, Pos: pos, Para: para}, tgt, -1)
	}
}

// isBylineUnit reports whether a unit's notes mark it as a pretranslated
// original's byline: the layout note (category bitext-layout) "byline"
// that bitext run writes (package export, LayoutCategory; export.UnitLayout
// reads it the same way).
func isBylineUnit(notes []xliff.Note) bool {
	for _, n := range notes {
		if n.Category == "bitext-layout" {
			return strings.TrimSpace(n.Value) == "byline"
		}
	}
	return false
}
