package export

import (
	"bufio"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"

	"bitext/article"
)

//go:embed page.html.tmpl
var pageTemplate string

var pageTmpl = template.Must(template.New("page").Parse(pageTemplate))

type htmlPage struct {
	UILang   string
	L        Labels
	Article  *article.Article
	Title    string
	SrcLang  string
	TgtLang  string
	SrcHead  string
	TgtHead  string
	Meta     []string
	Paras    []htmlPara
	All      []htmlFinding // every finding, for the list
	Bands    []htmlBand
	NoSource bool
	NoTM     bool
}

type htmlPara struct {
	Label string
	Rows  []htmlRow
}

type htmlRow struct {
	N        int
	Source   []htmlSeg
	Target   []htmlSeg
	Band     string // CSS class suffix
	BandName article.Band
	Percent  string // "97%" or the "new" label
	TMTitle  string
	Linked   bool
	Type     string // link type, "2-1"
	Conf     string
	Low      bool
}

// htmlSeg is one segment's markup, built by segHTML.
type htmlSeg = template.HTML

type htmlFinding struct {
	Class, Severity, Rule, Where, Message, Anchor string
}

type htmlBand struct {
	Band  article.Band
	Class string
	Count int
}

func bandClass(b article.Band) string {
	switch b {
	case article.Band101:
		return "b101"
	case article.Band100:
		return "b100"
	case article.Band95:
		return "b95"
	case article.Band85:
		return "b85"
	case article.Band75:
		return "b75"
	}
	return "bnew"
}

// WriteHTML writes d as a self-contained side-by-side page for editors:
// inline CSS and no scripts, fonts or images fetched, so it opens offline
// and prints (an @media print style keeps rows whole and colours on). Each
// paragraph is a group of rows and each alignment link a row; glossary
// terms are highlighted with the entry as a tooltip, findings are
// underlined by severity with their message as a tooltip and listed at the
// end, TM match percentages are coloured by band and links below
// Options.LowConfidence are flagged. Every text is escaped.
func WriteHTML(w io.Writer, d *article.Article, o *Options) error {
	if err := check(d); err != nil {
		return err
	}
	l := o.labels()
	p := htmlPage{UILang: o.uiLang(), L: l, Article: d, SrcLang: langString(d, article.SourceSide), TgtLang: langString(d, article.TargetSide),
		NoSource: len(d.Source) == 0, NoTM: o.noTM()}
	p.Title = d.Headline()
	if p.Title == "" {
		p.Title = d.DocID()
	}
	p.SrcHead, p.TgtHead = l.Source, l.target(d)
	if p.SrcLang != "" {
		p.SrcHead += " (" + p.SrcLang + ")"
	}
	if p.TgtLang != "" {
		p.TgtHead += " (" + p.TgtLang + ")"
	}
	if d.Byline() != "" {
		p.Meta = append(p.Meta, d.Byline())
	}
	if d.Date() != "" {
		p.Meta = append(p.Meta, d.Date())
	}
	if d.DocID() != "" {
		p.Meta = append(p.Meta, d.DocID())
	}
	counts := map[article.Band]int{}
	low := o.low()
	var sb strings.Builder
	seg := func(side string, segs []article.Segment, i int) htmlSeg {
		sb.Reset()
		segHTML(&sb, l, side, i, segs[i], d.SegmentFindings(side, i))
		return template.HTML(sb.String())
	}
	prev := article.HeadlinePara - 1
	for n, r := range d.Rows() {
		if r.Para != prev || len(p.Paras) == 0 {
			label := l.Headline
			if r.Para != article.HeadlinePara {
				label = l.Paragraph + " " + strconv.Itoa(r.Para+1)
			}
			p.Paras = append(p.Paras, htmlPara{Label: label})
			prev = r.Para
		}
		hr := htmlRow{N: n + 1, Linked: r.Linked}
		for _, i := range r.Source {
			hr.Source = append(hr.Source, seg(article.SourceSide, d.Source, i))
		}
		for _, i := range r.Target {
			hr.Target = append(hr.Target, seg(article.TargetSide, d.Target, i))
		}
		hr.BandName = article.BandNew
		hr.Percent = l.New
		if m, ok := d.RowMatch(r); ok {
			hr.BandName = m.Band()
			hr.Percent = percent(m.Score)
			if hr.BandName == article.Band101 {
				hr.Percent = "101%"
			}
			hr.TMTitle = l.MatchCandidate + " (" + string(m.Kind) + ")"
			if m.Origin != "" {
				hr.TMTitle += ", " + m.Origin
			}
			hr.TMTitle += "\n" + m.Source + "\n→ " + m.Target
		}
		hr.Band = bandClass(hr.BandName)
		counts[hr.BandName]++
		if r.Linked {
			hr.Type = r.Type()
			hr.Conf = formatConfidence(r.Confidence)
			hr.Low = r.Confidence < low
		}
		last := &p.Paras[len(p.Paras)-1]
		last.Rows = append(last.Rows, hr)
	}
	for _, b := range article.Bands {
		p.Bands = append(p.Bands, htmlBand{Band: b, Class: bandClass(b), Count: counts[b]})
	}
	for _, f := range d.Findings {
		hf := htmlFinding{Class: "sev-" + string(f.Severity), Severity: severityLabel(l, f.Severity), Rule: f.Rule, Message: f.Message, Where: l.Article}
		n := len(d.Source)
		if f.Side == article.TargetSide {
			n = len(d.Target)
		}
		if f.Seg >= 0 && f.Seg < n && (f.Side == article.SourceSide || f.Side == article.TargetSide) {
			side := l.Source
			if f.Side == article.TargetSide {
				side = l.target(d)
			}
			hf.Where = side + " " + strconv.Itoa(f.Seg+1)
			hf.Anchor = fmt.Sprintf("%c%d", f.Side[0], f.Seg+1)
		}
		p.All = append(p.All, hf)
	}
	bw := bufio.NewWriter(w)
	if err := pageTmpl.Execute(bw, p); err != nil {
		return fmt.Errorf("export: html: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: html: %w", err)
	}
	return nil
}

// segHTML writes the markup of one segment: a span with the segment's id,
// glossary terms as <mark> with the entry as title, findings on a span as
// a span underlined by severity, and a marker for findings on the whole
// segment. It is the page's inner loop, so it is written by hand rather
// than by the template: every text and attribute value goes through
// template.HTMLEscapeString, and class names come from constants only.
func segHTML(b *strings.Builder, l Labels, side string, i int, s article.Segment, fs []article.Finding) {
	var whole []article.Finding
	for _, f := range fs {
		if f.Start == 0 && f.End == 0 {
			whole = append(whole, f)
		}
	}
	b.WriteString(`<span class="seg`)
	if len(whole) > 0 {
		b.WriteString(" finding sev-")
		b.WriteString(string(worst(whole)))
	}
	b.WriteString(`" id="`)
	if side == article.TargetSide {
		b.WriteByte('t')
	} else {
		b.WriteByte('s')
	}
	b.WriteString(strconv.Itoa(i + 1))
	b.WriteByte('"')
	if len(whole) > 0 {
		b.WriteString(` title="`)
		b.WriteString(template.HTMLEscapeString(findingTitle(l, whole)))
		b.WriteByte('"')
	}
	b.WriteByte('>')
	for _, p := range pieces(s.Text, s.Terms, fs) {
		if len(p.Findings) > 0 {
			b.WriteString(`<span class="finding sev-`)
			b.WriteString(string(worst(p.Findings)))
			b.WriteString(`" title="`)
			b.WriteString(template.HTMLEscapeString(findingTitle(l, p.Findings)))
			b.WriteString(`">`)
		}
		if len(p.Terms) > 0 {
			b.WriteString(`<mark class="term" title="`)
			b.WriteString(template.HTMLEscapeString(termTitle(l, p.Terms)))
			b.WriteString(`">`)
		}
		b.WriteString(template.HTMLEscapeString(p.Text))
		if len(p.Terms) > 0 {
			b.WriteString("</mark>")
		}
		if len(p.Findings) > 0 {
			b.WriteString("</span>")
		}
	}
	if len(whole) > 0 {
		b.WriteString(`<span class="marker">!</span>`)
	}
	b.WriteString("</span>")
}
