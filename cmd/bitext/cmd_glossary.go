package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/urfave/cli/v2"
	"golang.org/x/text/language"

	"bitext/atomicfile"
	"bitext/glossary"
	"bitext/internal/exitcode"
	"bitext/internal/report"
	"bitext/locales"
)

func init() { register(glossaryCommand) }

func glossaryCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "glossary",
		Usage:       ui.T("GlossaryUsage", nil),
		Description: ui.T("GlossaryDescription", nil),
		Subcommands: []*cli.Command{
			{
				Name:        "lint",
				Usage:       ui.T("GlossaryLintUsage", nil),
				Description: ui.T("GlossaryLintDescription", nil),
				ArgsUsage:   ui.T("GlossaryFilesArgs", nil),
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "fail-on", Value: "error", Usage: ui.T("GlossaryFlagFailOn", nil)},
					columnsFlag(ui),
				},
				Action: func(c *cli.Context) error { return glossaryLint(ui, c) },
			},
			{
				Name:        "export",
				Usage:       ui.T("GlossaryExportUsage", nil),
				Description: ui.T("GlossaryExportDescription", nil),
				ArgsUsage:   ui.T("GlossaryFilesArgs", nil),
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: ui.T("GlossaryFlagOut", nil)},
					&cli.StringFlag{Name: "format", Usage: ui.T("GlossaryFlagFormat", nil)},
					columnsFlag(ui),
				},
				Action: func(c *cli.Context) error { return glossaryExport(ui, c) },
			},
			{
				Name:        "match",
				Usage:       ui.T("GlossaryMatchUsage", nil),
				Description: ui.T("GlossaryMatchDescription", nil),
				ArgsUsage:   ui.T("GlossaryMatchArgs", nil),
				Flags: []cli.Flag{
					&cli.StringSliceFlag{Name: "glossary", Aliases: []string{"g"}, Usage: ui.T("GlossaryFlagGlossary", nil)},
					&cli.StringFlag{Name: "lang", Value: "auto", Usage: ui.T("GlossaryFlagLang", nil)},
					&cli.BoolFlag{Name: "short", Usage: ui.T("GlossaryFlagShort", nil)},
					columnsFlag(ui),
					&cli.StringFlag{Name: "date", Usage: ui.T("GlossaryFlagDate", nil)},
				},
				Action: func(c *cli.Context) error { return glossaryMatch(ui, c) },
			},
			glossaryMineCommand(ui),
		},
	}
}

// glossaryFiles checks that the named glossary files can be opened: a
// missing file is bad input (exit 2), an unreadable one the environment
// (exit 3).
func glossaryFiles(ui *locales.Localizer, files []string) error {
	if len(files) == 0 {
		return badInput(errors.New(ui.T("GlossaryErrNoFiles", nil)))
	}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			e := errors.New(ui.T("ErrOpen", map[string]any{"Path": f, "Err": exitcode.PathReason(err)}))
			if errors.Is(err, fs.ErrNotExist) {
				return badInput(e)
			}
			return environment(e)
		}
		fh.Close()
	}
	return nil
}

// glossaryLoad checks that the files can be opened, then reads and merges
// them.
func glossaryLoad(ui *locales.Localizer, c *cli.Context, files []string) (*glossary.Glossary, error) {
	if err := glossaryFiles(ui, files); err != nil {
		return nil, err
	}
	return loadGlossaries(ui, c, files)
}

func glossaryLint(ui *locales.Localizer, c *cli.Context) error {
	files := c.Args().Slice()
	var failOn glossary.Severity
	switch c.String("fail-on") {
	case "error":
		failOn = glossary.Error
	case "warning":
		failOn = glossary.Warning
	default:
		return badInput(errors.New(ui.T("GlossaryErrFailOn", map[string]any{"Value": c.String("fail-on")})))
	}
	if err := glossaryFiles(ui, files); err != nil {
		return err
	}
	o, err := glossaryOptions(ui, c)
	if err != nil {
		return err
	}
	probs := glossary.LintWith(o, files...)
	report.GlossaryProblems(c.App.Writer, c.App.ErrWriter, ui, probs, len(files))
	for _, p := range probs {
		if p.Stop { // a file that cannot be read as a glossary is bad input
			return badInput(&glossary.SyntaxError{File: p.File, Line: p.Line, Col: p.Col, Msg: p.Message})
		}
	}
	for _, p := range probs {
		if p.Severity >= failOn {
			return findings
		}
	}
	return nil
}

func glossaryExport(ui *locales.Localizer, c *cli.Context) error {
	out := c.String("out")
	format := glossary.FormatAuto
	if f := c.String("format"); f != "" {
		var ok bool
		format, ok = glossary.ParseFormat(f)
		if !ok || format == glossary.FormatAuto {
			return badInput(errors.New(ui.T("GlossaryErrFormat", map[string]any{"Value": f})))
		}
	}
	if format == glossary.FormatAuto {
		format = glossary.FormatOf(out)
		if format == glossary.FormatAuto {
			format = glossary.FormatCSV
		}
	}
	g, err := glossaryLoad(ui, c, c.Args().Slice())
	if err != nil {
		return err
	}
	write := func(w io.Writer) error { return g.WriteFormat(w, format) }
	if out == "" || out == "-" {
		return write(c.App.Writer)
	}
	if err := atomicfile.Write(out, write); err != nil {
		return environment(errors.New(ui.T("ErrWrite", map[string]any{"Path": out, "Err": exitcode.PathReason(err)})))
	}
	fmt.Fprintln(c.App.ErrWriter, ui.T("GlossaryExported", map[string]any{
		"Entries": ui.N("GlossaryEntries", len(g.Entries), nil), "Path": out, "Format": format.String(),
	}))
	return nil
}

func glossaryMatch(ui *locales.Localizer, c *cli.Context) error {
	lang := language.Und // --lang auto (the default): each text's own
	var err error
	if c.String("lang") != "auto" {
		if lang, err = langFlagValue(ui, "lang", c.String("lang")); err != nil {
			return err
		}
	}
	opt := glossary.MatchOptions{ShortForms: c.Bool("short")}
	if d := c.String("date"); d != "" {
		opt.At, err = time.Parse(time.DateOnly, d)
		if err != nil {
			return badInput(errors.New(ui.T("GlossaryErrDate", map[string]any{"Value": d})))
		}
	}
	g, err := glossaryLoad(ui, c, c.StringSlice("glossary"))
	if err != nil {
		return err
	}
	var texts []string
	if c.NArg() > 0 {
		texts = c.Args().Slice()
	} else {
		data, err := io.ReadAll(c.App.Reader)
		if err != nil {
			return environment(err)
		}
		texts = strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	}
	return report.GlossaryMatches(c.App.Writer, g, texts, lang, opt)
}
