package pipeline

import (
	"io"

	"bitext/export"
)

// exportFormat is a format of package export behind the Format interface.
type exportFormat struct {
	f    export.Format
	opts *export.Options
}

func (e exportFormat) Name() string { return e.f.Name }
func (e exportFormat) Ext() string  { return e.f.Ext }
func (e exportFormat) Write(w io.Writer, a *Article) error {
	return e.f.Write(w, a.Doc(), e.opts)
}

// exportFormats returns every format of package export; text gives the
// pages' labels in the interface language uiLang (nil: English).
func exportFormats(text func(id string) string, uiLang string) []Format {
	opts := &export.Options{Labels: export.DefaultLabels(), LowConfidence: MinStoreConfidence}
	if text != nil {
		opts.Labels = export.NewLabels(text)
		opts.UILang = uiLang
	}
	var out []Format
	for _, f := range export.Formats() {
		out = append(out, exportFormat{f: f, opts: opts})
	}
	return out
}

// Doc returns the article as package export's bilingual document.
func (a *Article) Doc() *export.Doc {
	d := &export.Doc{
		ID: a.Base, Headline: a.Edition.Headline, Byline: a.Edition.Byline, Date: a.Edition.Date,
		SourceLang: a.Src, TargetLang: a.Tgt,
	}
	conv := func(segs []Segment) []export.Segment {
		out := make([]export.Segment, len(segs))
		for i, s := range segs {
			out[i] = export.Segment{Text: s.Text, Para: s.Para}
		}
		return out
	}
	d.Source, d.Target = conv(a.Source), conv(a.Target)
	side := func(name string) []export.Segment {
		if name == "source" {
			return d.Source
		}
		return d.Target
	}
	for _, h := range a.Terms {
		segs := side(h.Side)
		if h.Seg < 0 || h.Seg >= len(segs) {
			continue
		}
		t := export.Term{Start: h.Start, End: h.End, Entry: h.Entry, Note: h.Note}
		if len(h.Targets) > 0 {
			t.Preferred = h.Targets[0]
		}
		segs[h.Seg].Terms = append(segs[h.Seg].Terms, t)
	}
	if a.Matches != nil {
		segs := side(a.MatchSide)
		for i, m := range a.Matches {
			if m == nil || i >= len(segs) {
				continue
			}
			segs[i].Matches = []export.Match{{Kind: export.MatchKind(m.Kind), Score: m.Score, Source: m.Source, Target: m.Target, Origin: m.Origin}}
		}
	}
	for _, l := range a.Links {
		d.Links = append(d.Links, export.Link{Source: l.Source, Target: l.Target, Confidence: l.Confidence})
	}
	for _, f := range a.Findings {
		d.Findings = append(d.Findings, export.Finding{Rule: f.Rule, Severity: export.Severity(f.Severity), Message: f.Message,
			Side: export.Side(f.Side), Seg: f.Seg, Start: f.Start, End: f.End})
	}
	return d
}
