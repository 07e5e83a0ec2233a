package export

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"bitext/article"
	"bitext/tm"
	"bitext/tmx"
	"bitext/xliff"
)

// Alignment is what bitext align produces: the sentences of two texts and
// the links between them, without TM matches, terms or findings.
type Alignment struct {
	// Name is the source file's name (XLIFF's original, TMX's document).
	Name string
	// Source and Target are the two texts' sentences; SourceParas and
	// TargetParas, when not nil, give each sentence's paragraph.
	Source, Target           []string
	SourceParas, TargetParas []int
	SourceLang, TargetLang   language.Tag
	Links                    []AlignmentLink
}

// AlignmentLink is one link of an Alignment: the article model's link,
// with its type (1-1, 2-1, 1-0, ...).
type AlignmentLink = article.Link

// AlignmentFormats are the formats WriteAlignment writes.
var AlignmentFormats = []string{"tsv", "json", "html", "tmx", "xliff"}

// WriteAlignment writes a in one of AlignmentFormats:
//   - tsv: source indexes, target indexes, confidence, source text, target
//     text (0-based indexes, comma-separated, empty for none);
//   - json: the two sentence lists and the links, one a line;
//   - html: the side-by-side page of WriteHTML, links below
//     o.LowConfidence flagged;
//   - tmx: the links with both sides and a confidence of at least
//     minConfidence (AlignmentUnits);
//   - xliff: XLIFF 2.1, one unit per link with a source (a 1-0 link is a
//     unit without target, state initial); the type and confidence in a
//     note.
func WriteAlignment(w io.Writer, format string, a *Alignment, o *Options) error {
	bw := bufio.NewWriter(w)
	var err error
	switch format {
	case "xliff":
		err = writeAlignmentXLIFF(bw, a)
	case "tmx":
		err = writeAlignmentTMX(bw, a)
	case "json":
		err = writeAlignmentJSON(bw, a)
	case "html":
		err = WriteHTML(bw, a.Article(), o)
	case "tsv":
		for _, l := range a.Links {
			fmt.Fprintf(bw, "%s\t%s\t%.4f\t%s\t%s\n", indexList(l.Source), indexList(l.Target), l.Confidence,
				oneField(a.join(a.Source, l.Source)), oneField(a.join(a.Target, l.Target)))
		}
	default:
		return fmt.Errorf("export: unknown alignment format %q", format)
	}
	if err != nil {
		return err
	}
	return bw.Flush()
}

// Article is the alignment as an article, for the writers of whole
// articles.
func (a *Alignment) Article() *article.Article {
	d := &article.Article{Name: a.Name, Src: a.SourceLang, Tgt: a.TargetLang}
	segs := func(texts []string, paras []int) []article.Segment {
		out := make([]article.Segment, len(texts))
		for i, t := range texts {
			out[i].Text = t
			if i < len(paras) {
				out[i].Para = paras[i]
			}
		}
		return out
	}
	d.Source, d.Target = segs(a.Source, a.SourceParas), segs(a.Target, a.TargetParas)
	d.Links = append(d.Links, a.Links...)
	return d
}

// AlignmentUnits turns the links that have both sides and a confidence of
// at least min into TM units with origin "alignment" and the link's
// confidence; 1-0 and 0-1 links and blank sides are never units.
func AlignmentUnits(a *Alignment, min float64) []tm.Unit {
	var units []tm.Unit
	for _, l := range a.Links {
		if len(l.Source) == 0 || len(l.Target) == 0 || l.Confidence < min {
			continue
		}
		st, tt := a.join(a.Source, l.Source), a.join(a.Target, l.Target)
		if strings.TrimSpace(st) == "" || strings.TrimSpace(tt) == "" {
			continue // blank lines of presegmented input
		}
		u := tm.Unit{
			SourceLang: a.SourceLang,
			Variants: []tm.Variant{
				{Lang: a.SourceLang, Text: st},
				{Lang: a.TargetLang, Text: tt},
			},
			Context: tm.Context{DocID: a.Name},
			Origin: tm.Origin{Kind: tm.OriginAlignment, File: a.Name, Alignment: "alignment", Confidence: l.Confidence,
				Review: tm.Unreviewed},
		}
		if i := l.Source[0]; i > 0 {
			u.Context.Prev = tm.SegmentHash(a.Source[i-1])
		}
		if i := l.Source[len(l.Source)-1]; i+1 < len(a.Source) {
			u.Context.Next = tm.SegmentHash(a.Source[i+1])
		}
		units = append(units, u)
	}
	return units
}

func writeAlignmentXLIFF(w io.Writer, a *Alignment) error {
	enc, err := xliff.NewEncoder(w, xliff.Header{SrcLang: a.SourceLang.String(), TrgLang: a.TargetLang.String()})
	if err != nil {
		return err
	}
	if err := enc.StartFile(xliff.File{ID: "f1", Original: filepath.Base(a.Name)}); err != nil {
		return err
	}
	// One unit per link with a source; 0-1 links have nothing to
	// translate and are left out.
	for k, l := range a.Links {
		if len(l.Source) == 0 {
			continue
		}
		u := xliff.Unit{
			ID:     fmt.Sprintf("u%d", k+1),
			Source: a.join(a.Source, l.Source),
			Target: a.join(a.Target, l.Target),
			State:  "translated",
			Notes:  []xliff.Note{{Category: "alignment", Value: fmt.Sprintf("%s %.4f", l.Type(), l.Confidence)}},
		}
		if len(l.Target) == 0 {
			u.State = "initial"
		}
		if err := enc.EncodeUnit(&u); err != nil {
			return err
		}
	}
	return enc.Close()
}

func writeAlignmentTMX(w io.Writer, a *Alignment) error {
	enc, err := tmx.NewEncoder(w, &tmx.Header{CreationTool: "bitext", SegType: "sentence", SrcLang: a.SourceLang.String()})
	if err != nil {
		return err
	}
	units := AlignmentUnits(a, 0)
	for i := range units {
		if err := enc.Encode(tm.ToTMX(&units[i])); err != nil {
			return err
		}
	}
	return enc.Close()
}

// writeAlignmentJSON writes the segment lists, then one link a line as
// compact JSON.
func writeAlignmentJSON(w *bufio.Writer, a *Alignment) error {
	enc := func(v any) (string, error) {
		var b strings.Builder
		e := json.NewEncoder(&b)
		e.SetEscapeHTML(false)
		err := e.Encode(v)
		return strings.TrimSuffix(b.String(), "\n"), err
	}
	nonNil := func(s []string) []string {
		if s == nil {
			return []string{}
		}
		return s
	}
	src, err := enc(nonNil(a.Source))
	if err != nil {
		return err
	}
	tgt, err := enc(nonNil(a.Target))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "{\n  \"source\": %s,\n  \"target\": %s,\n  \"links\": [", src, tgt)
	for k, l := range a.Links {
		if k > 0 {
			w.WriteByte(',')
		}
		l.Confidence = math.Round(l.Confidence*1e4) / 1e4
		if l.Source == nil {
			l.Source = []int{}
		}
		if l.Target == nil {
			l.Target = []int{}
		}
		s, err := enc(l)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "\n    %s", s)
	}
	if len(a.Links) > 0 {
		w.WriteString("\n  ")
	}
	w.WriteString("]\n}\n")
	return nil
}

func (a *Alignment) join(segs []string, idx []int) string {
	parts := make([]string, len(idx))
	for k, i := range idx {
		parts[k] = segs[i]
	}
	return strings.Join(parts, " ")
}

func indexList(idx []int) string {
	parts := make([]string, len(idx))
	for k, i := range idx {
		parts[k] = strconv.Itoa(i)
	}
	return strings.Join(parts, ",")
}

func oneField(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ").Replace(s)
}
