package export

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"bitext/article"
)

// TSVHeader is the first line WriteTSV writes.
const TSVHeader = "doc\trow\tpara\tsource_segs\ttarget_segs\tsource\ttarget\tconfidence\tband\tscore\ttm_target\tterms\tfindings"

var tsvEscaper = strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`)

// WriteTSV writes d as tab-separated values: the TSVHeader line, then one
// line per row. Backslash, tab, newline and carriage return in a field are
// written \\, \t, \n and \r, so every row is one line and nothing is lost.
// Segment lists are comma-separated indices; para is -1 for the headline;
// confidence is empty for a segment in no link; terms lists the glossary
// entry ids found in the row and findings its findings as rule:severity.
func WriteTSV(w io.Writer, d *article.Article) error {
	if err := check(d); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	bw.WriteString(TSVHeader)
	bw.WriteByte('\n')
	for n, r := range d.Rows() {
		m, ok := d.RowMatch(r)
		band, score, tmTarget := article.BandNew, "", ""
		if ok {
			band, score, tmTarget = m.Band(), strconv.Itoa(m.Score), m.Target
		}
		conf := ""
		if r.Linked {
			conf = formatConfidence(r.Confidence)
		}
		var terms []string
		for _, i := range r.Source {
			for _, t := range d.Source[i].Terms {
				terms = append(terms, t.Entry)
			}
		}
		for _, i := range r.Target {
			for _, t := range d.Target[i].Terms {
				terms = append(terms, t.Entry)
			}
		}
		var finds []string
		for _, f := range d.RowFindings(r) {
			finds = append(finds, f.Rule+":"+string(f.Severity))
		}
		fields := []string{
			d.DocID(), strconv.Itoa(n + 1), strconv.Itoa(r.Para), ints(r.Source), ints(r.Target),
			article.JoinText(d.Source, r.Source), article.JoinText(d.Target, r.Target),
			conf, string(band), score, tmTarget, strings.Join(terms, ","), strings.Join(finds, ","),
		}
		for i, f := range fields {
			if i > 0 {
				bw.WriteByte('\t')
			}
			tsvEscaper.WriteString(bw, f)
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: tsv: %w", err)
	}
	return nil
}

func ints(s []int) string {
	var b strings.Builder
	for i, n := range s {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(n))
	}
	return b.String()
}

// JSON lines records.

type jsonDoc struct {
	Type     string        `json:"type"` // "doc"
	ID       string        `json:"id"`
	Headline string        `json:"headline,omitempty"`
	Byline   string        `json:"byline,omitempty"`
	Date     string        `json:"date,omitempty"`
	SrcLang  string        `json:"src_lang,omitempty"`
	TgtLang  string        `json:"tgt_lang,omitempty"`
	Rows     int           `json:"rows"`
	Findings []jsonFinding `json:"findings,omitempty"`
}

type jsonRow struct {
	Type       string        `json:"type"` // "row"
	Doc        string        `json:"doc"`
	Row        int           `json:"row"`
	Para       int           `json:"para"`
	Source     string        `json:"source"`
	Target     string        `json:"target"`
	SourceSegs []int         `json:"source_segs"`
	TargetSegs []int         `json:"target_segs"`
	Linked     bool          `json:"linked"`
	Confidence *float64      `json:"confidence,omitempty"`
	Band       article.Band  `json:"band"`
	Match      *jsonMatch    `json:"match,omitempty"`
	Terms      []jsonTerm    `json:"terms,omitempty"`
	Findings   []jsonFinding `json:"findings,omitempty"`
}

type jsonMatch struct {
	Kind   string `json:"kind"`
	Score  int    `json:"score"`
	Source string `json:"source"`
	Target string `json:"target"`
	Origin string `json:"origin,omitempty"`
}

type jsonTerm struct {
	Side      string `json:"side"`
	Seg       int    `json:"seg"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Entry     string `json:"entry"`
	Preferred string `json:"preferred,omitempty"`
	Note      string `json:"note,omitempty"`
}

type jsonFinding struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Side     string `json:"side,omitempty"`
	Seg      int    `json:"seg"`
	Start    int    `json:"start,omitempty"`
	End      int    `json:"end,omitempty"`
	Message  string `json:"message"`
}

func toJSONFindings(fs []article.Finding) []jsonFinding {
	var out []jsonFinding
	for _, f := range fs {
		out = append(out, jsonFinding{Rule: f.Rule, Severity: f.Severity, Side: f.Side, Seg: f.Seg, Start: f.Start, End: f.End, Message: f.Message})
	}
	return out
}

// WriteJSONL writes d as JSON lines: a first record of type "doc" (id,
// headline, byline, date, languages, number of rows, findings about the
// whole article), then one record of type "row" per row, with the joined
// source and target texts, the segment indices, the link's confidence, the
// TM band and match, the glossary terms (byte offsets in their segment)
// and the findings.
func WriteJSONL(w io.Writer, d *article.Article) error {
	if err := check(d); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	rows := d.Rows()
	head := jsonDoc{Type: "doc", ID: d.DocID(), Headline: d.Headline(), Byline: d.Byline(), Date: d.Date(),
		SrcLang: langString(d, article.SourceSide), TgtLang: langString(d, article.TargetSide), Rows: len(rows),
		Findings: toJSONFindings(d.ArticleFindings())}
	if err := enc.Encode(head); err != nil {
		return fmt.Errorf("export: jsonl: %w", err)
	}
	for n, r := range rows {
		jr := jsonRow{Type: "row", Doc: d.DocID(), Row: n + 1, Para: r.Para,
			Source: article.JoinText(d.Source, r.Source), Target: article.JoinText(d.Target, r.Target),
			SourceSegs: nonNil(r.Source), TargetSegs: nonNil(r.Target), Linked: r.Linked,
			Band: article.BandNew, Findings: toJSONFindings(d.RowFindings(r))}
		if r.Linked {
			c := r.Confidence
			jr.Confidence = &c
		}
		if m, ok := d.RowMatch(r); ok {
			jr.Band = m.Band()
			jr.Match = &jsonMatch{Kind: m.Kind, Score: m.Score, Source: m.Source, Target: m.Target, Origin: m.Origin}
		}
		addTerms := func(side string, segs []article.Segment, idx []int) {
			for _, i := range idx {
				for _, t := range segs[i].Terms {
					text := ""
					if validSpan(segs[i].Text, t.Start, t.End) {
						text = segs[i].Text[t.Start:t.End]
					}
					jr.Terms = append(jr.Terms, jsonTerm{Side: side, Seg: i, Start: t.Start, End: t.End, Text: text,
						Entry: t.Entry, Preferred: t.Preferred(), Note: t.Note})
				}
			}
		}
		addTerms(article.SourceSide, d.Source, r.Source)
		addTerms(article.TargetSide, d.Target, r.Target)
		if err := enc.Encode(jr); err != nil {
			return fmt.Errorf("export: jsonl: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: jsonl: %w", err)
	}
	return nil
}

func nonNil(s []int) []int {
	if s == nil {
		return []int{}
	}
	return s
}

var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "|", `\|`, "&", `\&`, "~", `\~`, "#", `\#`,
	"\r\n", "<br>", "\n", "<br>", "\r", "<br>",
)

// WriteMarkdown writes d as a Markdown (CommonMark/GFM) table: the headline
// as a title, byline and date, then one table row per row with the
// paragraph, the original, the edition, the TM match and the alignment
// confidence (flagged when low), and the findings as a list. Markdown
// punctuation in the texts is backslash-escaped.
func WriteMarkdown(w io.Writer, d *article.Article, o *Options) error {
	if err := check(d); err != nil {
		return err
	}
	l := o.labels()
	bw := bufio.NewWriter(w)
	title := d.Headline()
	if title == "" {
		title = d.DocID()
	}
	fmt.Fprintf(bw, "# %s\n\n", mdEscaper.Replace(title))
	var meta []string
	if d.Byline() != "" {
		meta = append(meta, mdEscaper.Replace(d.Byline()))
	}
	if d.Date() != "" {
		meta = append(meta, mdEscaper.Replace(d.Date()))
	}
	if len(meta) > 0 {
		fmt.Fprintf(bw, "%s\n\n", strings.Join(meta, " · "))
	}
	if len(d.Source) == 0 {
		fmt.Fprintf(bw, "%s\n\n", mdEscaper.Replace(l.NoOriginal))
	}
	src, tgt := l.Source, l.target(d)
	if s := langString(d, article.SourceSide); s != "" {
		src += " (" + s + ")"
	}
	if s := langString(d, article.TargetSide); s != "" {
		tgt += " (" + s + ")"
	}
	fmt.Fprintf(bw, "| ¶ | %s | %s | %s | %s |\n|---:|---|---|---:|---|\n",
		mdEscaper.Replace(src), mdEscaper.Replace(tgt), mdEscaper.Replace(l.Match), mdEscaper.Replace(l.Confidence))
	low := o.low()
	prev := article.HeadlinePara - 1
	for _, r := range d.Rows() {
		para := ""
		if r.Para != prev {
			if r.Para == article.HeadlinePara {
				para = mdEscaper.Replace(l.Headline)
			} else {
				para = strconv.Itoa(r.Para + 1)
			}
			prev = r.Para
		}
		match := mdEscaper.Replace(l.New)
		if m, ok := d.RowMatch(r); ok {
			match = percent(m.Score)
			if m.Band() == article.Band101 {
				match = "101%"
			}
		}
		conf := mdEscaper.Replace(l.Unaligned)
		if r.Linked {
			conf = formatConfidence(r.Confidence)
			if r.Confidence < low {
				conf += " ⚠ " + mdEscaper.Replace(l.LowConfidence)
			}
		}
		fmt.Fprintf(bw, "| %s | %s | %s | %s | %s |\n", para,
			mdEscaper.Replace(article.JoinText(d.Source, r.Source)), mdEscaper.Replace(article.JoinText(d.Target, r.Target)), match, conf)
	}
	if len(d.Findings) > 0 {
		fmt.Fprintf(bw, "\n## %s\n\n", mdEscaper.Replace(l.Findings))
		for _, f := range d.Findings {
			where := mdEscaper.Replace(l.Article)
			if f.Seg >= 0 {
				where = fmt.Sprintf("%s %d", sideLabel(l, d, f.Side), f.Seg+1)
			}
			fmt.Fprintf(bw, "- **%s** (%s, %s): %s\n", mdEscaper.Replace(f.Rule), mdEscaper.Replace(severityLabel(l, f.Severity)),
				where, mdEscaper.Replace(f.Message))
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: markdown: %w", err)
	}
	return nil
}

func sideLabel(l Labels, d *article.Article, s string) string {
	if s == article.TargetSide {
		return mdEscaper.Replace(l.target(d))
	}
	return mdEscaper.Replace(l.Source)
}

func severityLabel(l Labels, s string) string {
	switch s {
	case article.Error:
		return l.SeverityError
	case article.Warning:
		return l.SeverityWarn
	case article.Info:
		return l.SeverityInfo
	}
	return string(s)
}
