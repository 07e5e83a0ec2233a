package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime/debug"
	"strings"

	"github.com/urfave/cli/v2"
	"golang.org/x/text/language"

	"bitext/atomicfile"
	"bitext/internal/report"
	"bitext/locales"
	"bitext/tm"
	"bitext/tm/sqlite"
)

func init() { register(newTMCommand) }

// tmFlag is the --tm flag, on the tm command and each subcommand.
func tmFlag(ui *locales.Localizer) cli.Flag {
	return &cli.StringFlag{Name: "tm", Usage: ui.T("TMFlagPath", nil)}
}

// tmPath finds --tm on the subcommand or on tm itself, else BITEXT_TM,
// else ./bitext.tm.
func tmPath(c *cli.Context) string {
	for _, lc := range c.Lineage() {
		if lc.Command != nil && lc.IsSet("tm") {
			return lc.String("tm")
		}
	}
	return tm.Location("", os.Getenv)
}

func openTM(ui *locales.Localizer, c *cli.Context) (tm.Store, string, error) {
	path := tmPath(c)
	s, err := tm.Open(c.Context, path)
	if err != nil {
		return nil, path, environment(errors.New(ui.T("TMErrOpen", map[string]any{"Path": displayTM(path), "Err": err})))
	}
	return s, path, nil
}

// storeErr classifies an error of the store: bad input errors stay bad
// input, the rest is the environment (a file that cannot be written).
func storeErr(ui *locales.Localizer, path string, err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, context.Canceled) {
		return err
	}
	return environment(errors.New(ui.T("TMErrStore", map[string]any{"Path": displayTM(path), "Err": err})))
}

func newTMCommand(ui *locales.Localizer) *cli.Command {
	cmd := &cli.Command{
		Name:        "tm",
		Usage:       ui.T("TMUsage", nil),
		Description: ui.T("TMDescription", nil),
		Flags:       []cli.Flag{tmFlag(ui)},
		Subcommands: []*cli.Command{
			tmImportCommand(ui),
			tmExportCommand(ui),
			tmLookupCommand(ui),
			tmConcordanceCommand(ui),
			tmStatsCommand(ui),
		},
	}
	for _, f := range tmExtraCommands {
		cmd.Subcommands = append(cmd.Subcommands, f(ui))
	}
	return cmd
}

// tmExtraCommands are more tm subcommands from cmd_tm_*.go files.
var tmExtraCommands []commandFunc

func tmImportCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "import",
		Usage:       ui.T("TMImportUsage", nil),
		Description: ui.T("TMImportDescription", nil),
		ArgsUsage:   ui.T("TMImportArgs", nil),
		Flags:       []cli.Flag{tmFlag(ui)},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return badInput(errors.New(ui.T("TMErrImportArgs", nil)))
			}
			return runTMImport(ui, c, c.Args().Slice())
		},
	}
}

// importMemoryLimit is the soft memory limit of an import (unless
// GOMEMLIMIT says otherwise): the garbage collector works harder near it,
// keeping a million-unit import under 1 GB.
const importMemoryLimit = 640 << 20

func runTMImport(ui *locales.Localizer, c *cli.Context, files []string) (err error) {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(importMemoryLimit)
	}
	// Every input can be opened before the TM is opened (or created).
	if err := importError(ui, "", tm.CheckFiles(files)); err != nil {
		return err
	}
	summary := func(file string, res tm.ImportResult) {
		fmt.Fprintln(c.App.Writer, ui.T("TMImportSummary", summaryData(file, res)))
	}
	var total tm.ImportResult
	file, created := tm.NewFile(tmPath(c))
	if created {
		// A new memory is built in a private file and linked into place:
		// a failed or killed import leaves no file at the path.
		total, err = sqlite.CreateFrom(c.Context, file, files, summary)
		if err := importError(ui, tmPath(c), err); err != nil {
			return err
		}
	}
	s, path, err := openTM(ui, c)
	if err != nil {
		return err
	}
	defer s.Close()
	if !created {
		total, err = tm.ImportFiles(c.Context, s, files, summary)
		if err := importError(ui, path, err); err != nil {
			return err
		}
	}
	if len(files) > 1 {
		fmt.Fprintln(c.App.Writer, ui.T("TMImportTotal", summaryData("", total)))
	}
	// The TM's lexicon, when it has one, learns the imported units too.
	return refreshTMLexicon(ui, c, s, path)
}

// importError says an error of tm.CheckFiles or tm.ImportFiles: a file
// that cannot be opened as inputFileError says, a folder or bad TMX bad
// input, the store's errors as storeErr says.
func importError(ui *locales.Localizer, path string, err error) error {
	var fe *tm.FileError
	var pe *fs.PathError
	switch {
	case errors.As(err, &fe) && errors.Is(fe.Err, tm.ErrIsFolder):
		return badInput(errors.New(ui.T("ErrOpen", map[string]any{"Path": fe.File, "Err": ui.T("ErrIsFolder", nil)})))
	case errors.As(err, &fe) && errors.As(fe.Err, &pe):
		return inputFileError(ui, fe.File, fe.Err)
	case errors.As(err, &fe):
		return badInput(errors.New(ui.T("TMErrImport", map[string]any{"Err": fe.Err, "File": fe.File})))
	}
	return storeErr(ui, path, err)
}

func summaryData(file string, r tm.ImportResult) map[string]any {
	return map[string]any{"File": file, "Added": r.Added, "Updated": r.Updated, "Alternatives": r.Alternatives, "Skipped": r.Skipped}
}

func tmExportCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "export",
		Usage:       ui.T("TMExportUsage", nil),
		Description: ui.T("TMExportDescription", nil),
		Flags: []cli.Flag{
			tmFlag(ui),
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: ui.T("TMFlagOut", nil)},
			&cli.StringFlag{Name: "source-lang", Usage: ui.T("TMExportFlagSourceLang", nil)},
			&cli.StringFlag{Name: "target-lang", Usage: ui.T("TMExportFlagTargetLang", nil)},
		},
		Action: func(c *cli.Context) error {
			out := c.String("out")
			if out == "" || c.NArg() > 0 {
				return badInput(errors.New(ui.T("TMErrExportArgs", nil)))
			}
			var langs []language.Tag
			for _, f := range []string{"source-lang", "target-lang"} {
				if v := c.String(f); v != "" {
					t, err := langFlagValue(ui, f, v)
					if err != nil {
						return err
					}
					langs = append(langs, t)
				}
			}
			s, path, err := openTM(ui, c)
			if err != nil {
				return err
			}
			defer s.Close()
			n := 0
			write := func(w io.Writer) error {
				var err error
				n, err = tm.ExportTMX(c.Context, s, w, tm.ExportOptions{Langs: langs})
				return err
			}
			if out == "-" {
				err = write(c.App.Writer)
			} else {
				err = atomicfile.Write(out, write)
			}
			if err != nil {
				return storeErr(ui, path, err)
			}
			if out != "-" {
				fmt.Fprintln(c.App.Writer, ui.N("TMExportSummary", n, map[string]any{"Path": out}))
			}
			return nil
		},
	}
}

func tmLookupCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "lookup",
		Usage:       ui.T("TMLookupUsage", nil),
		Description: ui.T("TMLookupDescription", nil),
		ArgsUsage:   ui.T("TMLookupArgs", nil),
		Flags: []cli.Flag{
			tmFlag(ui),
			&cli.StringFlag{Name: "source-lang", Usage: ui.T("TMFlagSourceLang", nil)},
			&cli.StringFlag{Name: "target-lang", Usage: ui.T("TMFlagTargetLang", nil)},
			&cli.IntFlag{Name: "min", Value: tm.DefaultMin, Usage: ui.T("TMFlagMin", nil)},
			&cli.IntFlag{Name: "top", Value: tm.DefaultTop, Usage: ui.T("TMFlagTop", nil)},
			&cli.StringFlag{Name: "format", Value: "text", Usage: ui.T("TMFlagFormat", nil)},
			&cli.StringFlag{Name: "doc", Usage: ui.T("TMFlagDoc", nil)},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return badInput(errors.New(ui.T("TMErrLookupArgs", nil)))
			}
			o := report.LookupOptions{Min: c.Int("min"), Top: c.Int("top"), DocID: c.String("doc")}
			var err error
			if o.JSON, err = jsonFormat(ui, c); err != nil {
				return err
			}
			if o.Min < 0 || o.Min > 100 || o.Top < 1 {
				return badInput(errors.New(ui.T("TMErrMinTop", nil)))
			}
			if o.Source, err = optionalLang(ui, c, "source-lang"); err != nil {
				return err
			}
			if o.Target, err = optionalLang(ui, c, "target-lang"); err != nil {
				return err
			}
			texts := []string{strings.Join(c.Args().Slice(), " ")}
			if texts[0] == "-" {
				if texts, err = lines(c.App.Reader); err != nil {
					return badInput(errors.New(ui.T("TMErrRead", map[string]any{"Path": "-", "Err": err})))
				}
			}
			s, path, err := openTM(ui, c)
			if err != nil {
				return err
			}
			defer s.Close()
			return storeErr(ui, path, report.Lookup(c.Context, c.App.Writer, ui, s, texts, o))
		},
	}
}

// lines reads the non-blank lines of r, trimmed.
func lines(r io.Reader) ([]string, error) {
	var texts []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if t := strings.TrimSpace(sc.Text()); t != "" {
			texts = append(texts, t)
		}
	}
	return texts, sc.Err()
}

// jsonFormat reads --format: text (false) or json (true).
func jsonFormat(ui *locales.Localizer, c *cli.Context) (bool, error) {
	switch f := c.String("format"); f {
	case "text", "json":
		return f == "json", nil
	default:
		return false, badInput(errors.New(ui.T("TMErrFormat", map[string]any{"Format": f})))
	}
}

// optionalLang reads a language flag: Und when not given.
func optionalLang(ui *locales.Localizer, c *cli.Context, flag string) (language.Tag, error) {
	if v := c.String(flag); v != "" {
		return langFlagValue(ui, flag, v)
	}
	return language.Und, nil
}

func tmConcordanceCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "concordance",
		Usage:       ui.T("TMConcordanceUsage", nil),
		Description: ui.T("TMConcordanceDescription", nil),
		ArgsUsage:   ui.T("TMConcordanceArgs", nil),
		Flags: []cli.Flag{
			tmFlag(ui),
			&cli.StringFlag{Name: "lang", Usage: ui.T("TMFlagLang", nil)},
			&cli.IntFlag{Name: "limit", Value: 20, Usage: ui.T("TMFlagLimit", nil)},
			&cli.StringFlag{Name: "format", Value: "text", Usage: ui.T("TMFlagFormat", nil)},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return badInput(errors.New(ui.T("TMErrConcordanceArgs", nil)))
			}
			asJSON, err := jsonFormat(ui, c)
			if err != nil {
				return err
			}
			lang, err := optionalLang(ui, c, "lang")
			if err != nil {
				return err
			}
			s, path, err := openTM(ui, c)
			if err != nil {
				return err
			}
			defer s.Close()
			query := strings.Join(c.Args().Slice(), " ")
			us, err := s.Concordance(c.Context, tm.ConcordanceQuery{Text: query, Lang: lang, Limit: c.Int("limit")})
			if err != nil {
				return storeErr(ui, path, err)
			}
			return report.Concordance(c.App.Writer, ui, us, asJSON)
		},
	}
}

func tmStatsCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:  "stats",
		Usage: ui.T("TMStatsUsage", nil),
		Flags: []cli.Flag{
			tmFlag(ui),
			&cli.StringFlag{Name: "format", Value: "text", Usage: ui.T("TMFlagFormat", nil)},
		},
		Action: func(c *cli.Context) error {
			asJSON, err := jsonFormat(ui, c)
			if err != nil {
				return err
			}
			s, path, err := openTM(ui, c)
			if err != nil {
				return err
			}
			defer s.Close()
			st, err := s.Stats(c.Context)
			if err != nil {
				return storeErr(ui, path, err)
			}
			return report.Stats(c.App.Writer, ui, displayTM(path), st, asJSON)
		},
	}
}
