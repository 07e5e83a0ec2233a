package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"time"

	"github.com/urfave/cli/v2"
	"golang.org/x/text/language"

	"bitext/align"
	"bitext/atomicfile"
	"bitext/export"
	"bitext/glossary"
	"bitext/locales"
	"bitext/tm"
	_ "bitext/tm/sqlite" // the sqlite backend, for --into-tm
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
	date                   string // the article's date, YYYY-MM-DD
	core                   bool   // --core-lexicon
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
			&cli.BoolFlag{Name: "core-lexicon", Value: true, Usage: ui.T("AlignFlagCoreLexicon", nil)},
			&cli.Float64Flag{Name: "min-confidence", Value: 0.9, Usage: ui.T("AlignFlagMinConfidence", nil)},
			&cli.StringFlag{Name: "date", Usage: ui.T("AlignFlagDate", nil)},
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
				date:         c.String("date"),
				core:         c.Bool("core-lexicon"),
				threshold:    c.Float64("min-confidence"),
				source:       c.Args().Get(0),
				target:       c.Args().Get(1),
			}
			return runAlign(ui, c, o)
		},
	}
}

func runAlign(ui *locales.Localizer, c *cli.Context, o alignOptions) error {
	if !slices.Contains(export.AlignmentFormats, o.format) {
		return badInput(errors.New(ui.T("AlignErrFormat", map[string]any{"Format": o.format})))
	}
	if o.threshold < 0 || o.threshold > 1 {
		return badInput(errors.New(ui.T("AlignErrThreshold", map[string]any{"Value": o.threshold})))
	}
	if o.source == "-" && o.target == "-" {
		return badInput(errors.New(ui.T("AlignErrTwoStdin", nil)))
	}
	date, err := alignDate(ui, o.date)
	if err != nil {
		return err
	}
	src, err := readAlignSide(ui, c.App.Reader, o.source, o.sourceLang, "source-lang", o.presegmented)
	if err != nil {
		return err
	}
	tgt, err := readAlignSide(ui, c.App.Reader, o.target, o.targetLang, "target-lang", o.presegmented)
	if err != nil {
		return err
	}
	opts := align.Options{SourceLang: src.Lang, TargetLang: tgt.Lang, Date: date, CoreLexicon: o.core}
	if o.glossary != "" {
		g, err := glossary.Load(o.glossary)
		if err != nil {
			var se *glossary.SyntaxError
			if errors.As(err, &se) {
				return badInput(err)
			}
			return inputFileError(ui, o.glossary, err)
		}
		opts.Terms = g.TermFinder()
	}
	if !o.presegmented {
		opts.SourceParas, opts.TargetParas = src.Paras, tgt.Paras
	}
	// The lexicon stored with the TM (bitext tm lexicon), when there is one.
	lexTM := ""
	if o.tm != "" || o.intoTM {
		lexTM = tm.Location(o.tm, os.Getenv)
	}
	if opts.Lexicon, err = loadAlignLexicon(ui, o.lexicon, lexTM); err != nil {
		return err
	}
	links, err := align.Align(src.Segs, tgt.Segs, opts)
	if err != nil {
		return badInput(err)
	}
	a := export.NewAlignment(o.source, src, tgt, links)
	// Links below 0.9 are flagged on the page; there is no TM column.
	eo := &export.Options{Labels: export.NewLabels(func(id string) string { return ui.T(id, nil) }), UILang: ui.Tag.String(),
		LowConfidence: 0.9, NoTM: true}
	write := func(w io.Writer) error { return export.WriteAlignment(w, o.format, a, eo) }
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
	units := export.AlignmentUnits(a, o.threshold)
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

// alignDate parses --date (YYYY-MM-DD; "" is no date).
func alignDate(ui *locales.Localizer, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, badInput(errors.New(ui.T("AlignErrDate", map[string]any{"Value": s})))
	}
	return d, nil
}

// readAlignSide reads one input file (- standard input) and segments it.
func readAlignSide(ui *locales.Localizer, stdin io.Reader, path, lang, flag string, preseg bool) (*align.Side, error) {
	tag := language.Und
	if lang != "" {
		t, err := language.Parse(lang)
		if err != nil {
			return nil, badInput(errors.New(ui.T("ErrBadLangTag", map[string]any{"Flag": flag, "Value": lang})))
		}
		tag = t
	}
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
	side, err := align.ReadSide(path, data, tag, preseg)
	return side, badInput(err)
}
