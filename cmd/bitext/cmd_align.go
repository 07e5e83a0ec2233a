package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/urfave/cli/v2"
	"golang.org/x/text/language"

	"bitext/align"
	"bitext/atomicfile"
	"bitext/glossary"
	"bitext/locales"
	"bitext/segment"
	"bitext/tm"
	_ "bitext/tm/sqlite" // the sqlite backend, for --into-tm
	"bitext/tmx"
	"bitext/xliff"
)

func init() { register(newAlignCommand) }

type alignOptions struct {
	presegmented           bool
	glossary               string
	format                 string
	output                 string
	sourceLang, targetLang string
	intoTM                 bool
	tm                     string
	threshold              float64
	source, target         string
	lexicon                string
}

func newAlignCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "align",
		Usage:       ui.T("AlignUsage", nil),
		Description: ui.T("AlignDescription", nil),
		ArgsUsage:   ui.T("AlignArgs", nil),
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "presegmented", Usage: ui.T("AlignFlagPresegmented", nil)},
			&cli.StringFlag{Name: "glossary", Usage: ui.T("AlignFlagGlossary", nil)},
			&cli.StringFlag{Name: "format", Value: "tsv", Usage: ui.T("AlignFlagFormat", nil)},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: ui.T("AlignFlagOutput", nil)},
			&cli.BoolFlag{Name: "into-tm", Usage: ui.T("AlignFlagIntoTM", nil)},
			&cli.StringFlag{Name: "tm", Usage: ui.T("AlignFlagTM", nil)},
			&cli.StringFlag{Name: "lexicon", Usage: ui.T("AlignFlagLexicon", nil)},
			&cli.Float64Flag{Name: "min-confidence", Value: 0.9, Usage: ui.T("AlignFlagMinConfidence", nil)},
			&cli.StringFlag{Name: "source-lang", Usage: ui.T("AlignFlagSourceLang", nil)},
			&cli.StringFlag{Name: "target-lang", Usage: ui.T("AlignFlagTargetLang", nil)},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 2 {
				return badInput(errors.New(ui.T("AlignErrArgs", nil)))
			}
			o := alignOptions{
				presegmented: c.Bool("presegmented"),
				glossary:     c.String("glossary"),
				format:       c.String("format"),
				output:       c.String("output"),
				sourceLang:   c.String("source-lang"),
				targetLang:   c.String("target-lang"),
				intoTM:       c.Bool("into-tm"),
				tm:           c.String("tm"),
				lexicon:      c.String("lexicon"),
				threshold:    c.Float64("min-confidence"),
				source:       c.Args().Get(0),
				target:       c.Args().Get(1),
			}
			return runAlign(ui, c, o)
		},
	}
}

// alignSide is one input file, segmented.
type alignSide struct {
	lang  language.Tag
	segs  []string
	paras []int
}

func runAlign(ui *locales.Localizer, c *cli.Context, o alignOptions) error {
	switch o.format {
	case "tsv", "json", "html", "tmx", "xliff":
	default:
		return badInput(errors.New(ui.T("AlignErrFormat", map[string]any{"Format": o.format})))
	}
	if o.threshold < 0 || o.threshold > 1 {
		return badInput(errors.New(ui.T("AlignErrThreshold", map[string]any{"Value": o.threshold})))
	}
	if o.source == "-" && o.target == "-" {
		return badInput(errors.New(ui.T("AlignErrTwoStdin", nil)))
	}
	src, err := readAlignSide(ui, c.App.Reader, o.source, o.sourceLang, "source-lang", o.presegmented)
	if err != nil {
		return err
	}
	tgt, err := readAlignSide(ui, c.App.Reader, o.target, o.targetLang, "target-lang", o.presegmented)
	if err != nil {
		return err
	}
	opts := align.Options{SourceLang: src.lang, TargetLang: tgt.lang}
	if o.glossary != "" {
		g, err := glossary.Load(o.glossary)
		if err != nil {
			var se *glossary.SyntaxError
			if errors.As(err, &se) {
				return badInput(err)
			}
			return inputFileError(ui, o.glossary, err)
		}
		opts.Terms = &alignGlossaryTerms{g: g, matchers: map[language.Tag]*glossary.Matcher{}}
	}
	if !o.presegmented {
		opts.SourceParas, opts.TargetParas = src.paras, tgt.paras
	}
	// The lexicon stored with the TM (bitext tm lexicon), when there is one.
	lexTM := ""
	if o.tm != "" || o.intoTM {
		lexTM = tm.Location(o.tm, os.Getenv)
	}
	if opts.Lexicon, err = loadAlignLexicon(ui, o.lexicon, lexTM); err != nil {
		return err
	}
	links, err := align.Align(src.segs, tgt.segs, opts)
	if err != nil {
		return badInput(err)
	}
	write := func(w io.Writer) error { return writeAlignment(w, o, src, tgt, links) }
	if o.output == "" || o.output == "-" {
		if err := write(c.App.Writer); err != nil {
			return environment(err)
		}
	} else if err := atomicfile.Write(o.output, write); err != nil {
		return environment(errors.New(ui.T("ErrWrite", map[string]any{"Path": o.output, "Err": err})))
	}
	if !o.intoTM {
		return nil
	}
	units := alignUnits(o, src, tgt, links, o.threshold)
	path := tm.Location(o.tm, os.Getenv)
	store, err := tm.Open(c.Context, path)
	if err != nil {
		return environment(errors.New(ui.T("AlignErrTM", map[string]any{"Path": path, "Err": err})))
	}
	defer store.Close()
	res, err := store.Add(c.Context, units)
	if err != nil {
		return environment(errors.New(ui.T("AlignErrTM", map[string]any{"Path": path, "Err": err})))
	}
	fmt.Fprintln(c.App.ErrWriter, ui.N("AlignStored", len(units), map[string]any{
		"Path": path, "Added": res.Added, "Skipped": len(links) - len(units),
	}))
	return nil
}

// alignOrigin is the Origin.Alignment of the units the command makes.
const alignOrigin = "alignment"

// alignUnits turns the links that have both sides and a confidence of at
// least min into TM units; 1-0 and 0-1 links are never units.
func alignUnits(o alignOptions, src, tgt *alignSide, links []align.Link, min float64) []tm.Unit {
	var units []tm.Unit
	for _, l := range links {
		if len(l.Source) == 0 || len(l.Target) == 0 || l.Confidence < min {
			continue
		}
		st, tt := alignJoin(src.segs, l.Source), alignJoin(tgt.segs, l.Target)
		if strings.TrimSpace(st) == "" || strings.TrimSpace(tt) == "" {
			continue // blank lines of presegmented input
		}
		u := tm.Unit{
			SourceLang: src.lang,
			Variants: []tm.Variant{
				{Lang: src.lang, Text: st},
				{Lang: tgt.lang, Text: tt},
			},
			Context: tm.Context{DocID: o.source},
			Origin:  tm.Origin{File: o.source, Alignment: alignOrigin, Confidence: l.Confidence},
		}
		if i := l.Source[0]; i > 0 {
			u.Context.Prev = tm.SegmentHash(src.segs[i-1])
		}
		if i := l.Source[len(l.Source)-1]; i+1 < len(src.segs) {
			u.Context.Next = tm.SegmentHash(src.segs[i+1])
		}
		units = append(units, u)
	}
	return units
}

func readAlignSide(ui *locales.Localizer, stdin io.Reader, path, lang, flag string, preseg bool) (*alignSide, error) {
	var data []byte
	var err error
	if path == "-" {
		data, err = io.ReadAll(stdin)
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, inputFileError(ui, path, err)
	}
	if !utf8.Valid(data) {
		return nil, badInput(errors.New(ui.T("AlignErrUTF8", map[string]any{"Path": path})))
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	side := &alignSide{}
	if preseg {
		text = strings.TrimSuffix(text, "\n")
		if text != "" {
			side.segs = strings.Split(text, "\n")
		}
	}
	if lang != "" {
		t, err := language.Parse(lang)
		if err != nil {
			return nil, badInput(errors.New(ui.T("ErrBadLangTag", map[string]any{"Flag": flag, "Value": lang})))
		}
		side.lang = t
	} else {
		side.lang = segment.DetectLang(text)
	}
	if !preseg {
		for _, s := range segment.Split(text, side.lang) {
			side.segs = append(side.segs, s.Text)
			side.paras = append(side.paras, s.Para)
		}
	}
	return side, nil
}

// alignGlossaryTerms finds the glossary entries named in a text for the
// aligner, with one matcher per language.
type alignGlossaryTerms struct {
	g        *glossary.Glossary
	matchers map[language.Tag]*glossary.Matcher
}

func (t *alignGlossaryTerms) Terms(text string, lang language.Tag) []string {
	m := t.matchers[lang]
	if m == nil {
		m = t.g.Matcher(lang)
		t.matchers[lang] = m
	}
	var ids []string
	for _, x := range m.FindAll(text) {
		if x.Entry != nil {
			ids = append(ids, x.Entry.ID)
		}
	}
	return ids
}

func writeAlignment(w io.Writer, o alignOptions, src, tgt *alignSide, links []align.Link) error {
	bw := bufio.NewWriter(w)
	switch o.format {
	case "xliff":
		enc, err := xliff.NewEncoder(bw, xliff.Header{SrcLang: src.lang.String(), TrgLang: tgt.lang.String()})
		if err != nil {
			return err
		}
		if err := enc.StartFile(xliff.File{ID: "f1", Original: filepath.Base(o.source)}); err != nil {
			return err
		}
		// One unit per link with a source; 0-1 links have nothing to
		// translate and are left out.
		for k, l := range links {
			if len(l.Source) == 0 {
				continue
			}
			u := xliff.Unit{
				ID:     fmt.Sprintf("u%d", k+1),
				Source: alignJoin(src.segs, l.Source),
				Target: alignJoin(tgt.segs, l.Target),
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
		if err := enc.Close(); err != nil {
			return err
		}
	case "tmx":
		enc, err := tmx.NewEncoder(bw, &tmx.Header{CreationTool: "bitext", SegType: "sentence", SrcLang: src.lang.String()})
		if err != nil {
			return err
		}
		units := alignUnits(o, src, tgt, links, 0)
		for i := range units {
			if err := enc.Encode(tm.ToTMX(&units[i])); err != nil {
				return err
			}
		}
		if err := enc.Close(); err != nil {
			return err
		}
	case "json":
		// One link a line, as compact JSON; the segment lists before them.
		enc := func(v any) string {
			var b strings.Builder
			e := json.NewEncoder(&b)
			e.SetEscapeHTML(false)
			if err := e.Encode(v); err != nil {
				panic(err) // strings and numbers always encode
			}
			return strings.TrimSuffix(b.String(), "\n")
		}
		fmt.Fprintf(bw, "{\n  \"source\": %s,\n  \"target\": %s,\n  \"links\": [", enc(alignNonNil(src.segs)), enc(alignNonNil(tgt.segs)))
		for k, l := range links {
			if k > 0 {
				bw.WriteByte(',')
			}
			l.Confidence = math.Round(l.Confidence*1e4) / 1e4
			fmt.Fprintf(bw, "\n    %s", enc(l))
		}
		if len(links) > 0 {
			bw.WriteString("\n  ")
		}
		bw.WriteString("]\n}\n")
	case "html":
		fmt.Fprint(bw, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>bitext align</title>\n<style>body{font-family:sans-serif}table{border-collapse:collapse}td{border:1px solid #ccc;padding:4px;vertical-align:top}td.c{text-align:right;color:#666}tr.low{background:#fff4e0}</style></head><body>\n<table>\n")
		for _, l := range links {
			class := ""
			if l.Confidence < 0.9 {
				class = ` class="low"`
			}
			fmt.Fprintf(bw, "<tr%s><td>%s</td><td>%s</td><td class=\"c\">%s %.2f</td></tr>\n", class,
				html.EscapeString(alignJoin(src.segs, l.Source)), html.EscapeString(alignJoin(tgt.segs, l.Target)), l.Type(), l.Confidence)
		}
		fmt.Fprint(bw, "</table>\n</body></html>\n")
	default: // tsv
		for _, l := range links {
			fmt.Fprintf(bw, "%s\t%s\t%.4f\t%s\t%s\n", alignIndexes(l.Source), alignIndexes(l.Target), l.Confidence,
				alignTSVField(alignJoin(src.segs, l.Source)), alignTSVField(alignJoin(tgt.segs, l.Target)))
		}
	}
	return bw.Flush()
}

func alignNonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func alignJoin(segs []string, idx []int) string {
	parts := make([]string, len(idx))
	for k, i := range idx {
		parts[k] = segs[i]
	}
	return strings.Join(parts, " ")
}

func alignIndexes(idx []int) string {
	parts := make([]string, len(idx))
	for k, i := range idx {
		parts[k] = fmt.Sprint(i)
	}
	return strings.Join(parts, ",")
}

func alignTSVField(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ").Replace(s)
}
