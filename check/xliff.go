package check

import (
	"io"

	"golang.org/x/text/language"

	"bitext/xliff"
)

// XLIFF checks the units of an XLIFF 2.x or 1.2 document: source and
// target languages come from the file (else from opt, else Korean and
// English); units without a target are skipped (not translated yet).
func (c *Checker) XLIFF(r io.Reader, file string, opt Options) ([]Finding, error) {
	dec := xliff.NewDecoder(r)
	dec.File = file
	var out []Finding
	for {
		u, err := dec.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		if u.Target == "" {
			continue
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
		out = append(out, c.Pair(file, Pair{
			Unit: u.ID, Source: u.Source, Target: u.Target, SourceLang: src, TargetLang: tgt,
			SourceLine: u.Line, SourceCol: u.Col, TargetLine: u.Line, TargetCol: u.Col,
		})...)
	}
}
