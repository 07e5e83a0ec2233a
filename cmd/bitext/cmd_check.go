package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/urfave/cli/v2"
	"golang.org/x/text/language"

	"bitext/check"
	"bitext/glossary"
	"bitext/lexicon"
	"bitext/locales"
)

func init() { register(checkCommand) }

type checkOptions struct {
	glossaries []string
	format     check.Format
	failOn     check.Severity
	lang       language.Tag // Und: auto
	paths      []string
	date       time.Time       // --date: the articles' day; zero: no dates applied
	missing    []glossary.Type // --missing: types target-term-missing reports
	omissions  bool            // --number-omissions: numbers on one side only too
	tm         string          // --tm: the memory whose lexicon reads renderings
}

func checkCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "check",
		Usage:       ui.T("CheckUsage", nil),
		Description: ui.T("CheckDescription", nil),
		ArgsUsage:   ui.T("CheckArgs", nil),
		Flags: []cli.Flag{
			&cli.StringSliceFlag{Name: "glossary", Aliases: []string{"g"}, Usage: ui.T("CheckFlagGlossary", nil)},
			columnsFlag(ui),
			&cli.StringFlag{Name: "format", Value: "text", Usage: ui.T("CheckFlagFormat", nil)},
			&cli.StringFlag{Name: "fail-on", Value: "error", Usage: ui.T("CheckFlagFailOn", nil)},
			&cli.StringFlag{Name: "lang", Value: "auto", Usage: ui.T("CheckFlagLang", nil)},
			&cli.StringFlag{Name: "date", Usage: ui.T("CheckFlagDate", nil)},
			&cli.StringFlag{Name: "missing", Value: "person", Usage: ui.T("CheckFlagMissing", nil)},
			&cli.BoolFlag{Name: "number-omissions", Usage: ui.T("CheckFlagNumberOmissions", nil)},
			&cli.StringFlag{Name: "tm", Usage: ui.T("CheckFlagTM", nil)},
		},
		Action: func(c *cli.Context) error {
			o, err := checkParse(ui, c)
			if err != nil {
				return err
			}
			return runCheck(ui, c, o)
		},
	}
}

func checkParse(ui *locales.Localizer, c *cli.Context) (checkOptions, error) {
	o := checkOptions{glossaries: c.StringSlice("glossary"), paths: c.Args().Slice()}
	if len(o.glossaries) == 0 {
		return o, badInput(errors.New(ui.T("CheckErrNoGlossary", nil)))
	}
	if len(o.paths) == 0 {
		return o, badInput(errors.New(ui.T("CheckErrNoPath", nil)))
	}
	f, ok := check.ParseFormat(c.String("format"))
	if !ok {
		var names []string
		for _, f := range check.Formats {
			names = append(names, string(f))
		}
		return o, badInput(errors.New(ui.T("CheckErrFormat", map[string]any{"Name": c.String("format"), "Known": strings.Join(names, ", ")})))
	}
	o.format = f
	sev, ok := check.ParseSeverity(c.String("fail-on"))
	if !ok {
		return o, badInput(errors.New(ui.T("CheckErrFailOn", map[string]any{"Value": c.String("fail-on")})))
	}
	o.failOn = sev
	if d := c.String("date"); d != "" {
		t, err := time.Parse(time.DateOnly, d)
		if err != nil {
			return o, badInput(errors.New(ui.T("CheckErrDate", map[string]any{"Value": d})))
		}
		o.date = t
	}
	ts, ok := check.ParseMissing(c.String("missing"))
	if !ok {
		return o, badInput(errors.New(ui.T("CheckErrMissing", map[string]any{"Value": c.String("missing")})))
	}
	o.missing = ts
	o.omissions = c.Bool("number-omissions")
	o.tm = c.String("tm")
	switch l := c.String("lang"); l {
	case "auto", "":
		o.lang = language.Und
	default:
		tag, err := langFlagValue(ui, "lang", l)
		if err != nil {
			return o, err
		}
		o.lang = tag
	}
	return o, nil
}

// checkFiles expands files and folders into the files to check
// (check.Files).
func checkFiles(ui *locales.Localizer, paths []string) ([]string, []string, error) {
	files, skipped, err := check.Files(paths)
	return files, skipped, pathError(ui, err)
}

// pathError says a check.PathError: a file of a kind check does not read
// is bad input, the others as openError says.
func pathError(ui *locales.Localizer, err error) error {
	var pe *check.PathError
	switch {
	case errors.Is(err, check.ErrUnsupported) && errors.As(err, &pe):
		return badInput(errors.New(ui.T("CheckErrKind", map[string]any{"Path": pe.Path})))
	case errors.As(err, &pe):
		return openError(ui, pe.Path, pe.Err)
	}
	return err
}

func runCheck(ui *locales.Localizer, c *cli.Context, o checkOptions) error {
	g, err := loadGlossaries(ui, c, o.glossaries)
	if err != nil {
		return err
	}
	files, skipped, err := checkFiles(ui, o.paths)
	if err != nil {
		return err
	}
	for _, f := range skipped {
		fmt.Fprintf(c.App.ErrWriter, "bitext: %s\n", ui.T("CheckSkipped", map[string]any{"Path": f}))
	}
	ck := check.New(g)
	ck.Missing = o.missing
	ck.NumberOmissions = o.omissions
	if ck.TMLexicon, err = loadCheckLexicon(ui, o.tm); err != nil {
		return err
	}
	opt := check.Options{Lang: o.lang, Date: o.date}
	var sum check.Summary
	var fail bool
	if check.Streams(o.format) {
		// Each file's findings are written as they are made into a spool
		// that reaches standard output only when every file is checked:
		// a file that cannot be read still leaves no report at all.
		var out spool
		defer out.Close()
		st, err := check.NewStream(&out, o.format, &check.WriteOptions{Render: ui.T, Files: files})
		if err != nil {
			return environment(err)
		}
		if err := ck.CheckFilesTo(st, files, c.App.Reader, opt); err != nil {
			var pe *check.PathError
			if errors.As(err, &pe) {
				return pathError(ui, err)
			}
			return environment(err)
		}
		if sum, err = st.Close(len(files)); err != nil {
			return environment(err)
		}
		if _, err := out.WriteTo(c.App.Writer); err != nil {
			return environment(err)
		}
		fail = st.AtLeast(o.failOn)
	} else {
		all, err := ck.CheckFiles(files, c.App.Reader, opt)
		if err != nil {
			return pathError(ui, err)
		}
		check.Localize(all, ui.T)
		sum = check.Summarize(len(files), all)
		host, _ := os.Hostname()
		err = check.Write(c.App.Writer, o.format, all, sum, &check.WriteOptions{Render: ui.T, Files: files, Hostname: host})
		if err != nil {
			return environment(err)
		}
		fail = check.AtLeast(all, o.failOn)
	}
	if o.format == check.FormatText {
		fmt.Fprintln(c.App.ErrWriter, ui.T("CheckSummary", map[string]any{"Files": sum.Files, "Errors": sum.Errors, "Warnings": sum.Warnings}))
	}
	if fail {
		return findings
	}
	return nil
}

// loadCheckLexicon reads the lexicon stored with the memory at tmPath
// (lexicon.PathFor) for check --tm: none without --tm; a memory without
// a lexicon file is bad input (check would read no rendering from it).
func loadCheckLexicon(ui *locales.Localizer, tmPath string) (*check.TMLexicon, error) {
	if tmPath == "" {
		return nil, nil
	}
	file := lexicon.PathFor(tmPath)
	if _, err := os.Stat(file); errors.Is(err, fs.ErrNotExist) {
		return nil, badInput(errors.New(ui.T("CheckErrTMLexicon", map[string]any{"Path": tmPath, "Lexicon": file})))
	}
	l, err := loadAlignLexicon(ui, file, "")
	if err != nil {
		return nil, err
	}
	return check.NewTMLexicon(l, 0), nil
}
