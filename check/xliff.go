package check

import (
	"io"

	"golang.org/x/text/language"

	"bitext/xliff"
)

// XLIFF checks the units of an XLIFF 2.x or 1.2 document: source and
// target languages come from the file (else from opt, else Korean and
// English). Each <file> is one document (an article, as bitext run writes
// it), checked with Document: the pairs of units with a target, and each
// side's text for the monolingual rules (units without a target are not
// translated yet and count for the source side only).
func (c *Checker) XLIFF(r io.Reader, file string, opt Options) ([]Finding, error) {
	dec := xliff.NewDecoder(r)
	dec.File = file
	var out []Finding
	var doc []Pair
	var cur *xliff.File
	for {
		u, err := dec.Next()
		if err == io.EOF {
			out = append(out, c.Document(file, doc, opt.Date)...)
			Sort(out)
			return out, nil
		}
		if err != nil {
			return out, err
		}
		if f := dec.CurrentFile(); f != cur {
			if len(doc) > 0 {
				out = append(out, c.Document(file, doc, opt.Date)...)
			}
			doc, cur = nil, f
		}
		src, tgt := orLang(opt.SourceLang, language.Korean), orLang(opt.TargetLang, language.English)
		if f := dec.CurrentFile(); f != nil {
			if t, err := language.Parse(f.SrcLang); err == nil && opt.SourceLang == language.Und {
				src = t
			}
			if t, err := language.Parse(f.TrgLang); err == nil && opt.TargetLang == language.Und {
				tgt = t
			}
		}
		doc = append(doc, Pair{
			Unit: u.ID, Source: u.Source, Target: u.Target, SourceLang: src, TargetLang: tgt,
			SourceLine: u.Line, SourceCol: u.Col, TargetLine: u.Line, TargetCol: u.Col,
		})
	}
}
