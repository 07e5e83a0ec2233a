package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"
	"golang.org/x/text/language"

	"bitext/atomicfile"
	"bitext/locales"
	"bitext/tm"
	_ "bitext/tm/sqlite" // the sqlite backend
	"bitext/tmx"
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
	for _, file := range files {
		f, err := os.Open(file)
		if err != nil {
			return inputFileError(ui, file, err)
		}
		fi, err := f.Stat()
		f.Close()
		if err == nil && fi.IsDir() {
			return badInput(errors.New(ui.T("ErrOpen", map[string]any{"Path": file, "Err": ui.T("ErrIsFolder", nil)})))
		}
	}
	created := newTMFile(tmPath(c))
	s, path, err := openTM(ui, c)
	if err != nil {
		return err
	}
	defer s.Close()
	defer func() {
		// A TM file this import created is removed when it fails with
		// nothing stored: no empty TM is left behind.
		if err != nil && created {
			if st, serr := s.Stats(context.Background()); serr == nil && st.Units == 0 {
				s.Close()
				for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
					os.Remove(path + suffix)
				}
			}
		}
	}()
	var total tm.ImportResult
	for _, file := range files {
		f, err := os.Open(file)
		if err != nil {
			return inputFileError(ui, file, err)
		}
		res, err := tm.ImportTMX(c.Context, s, bufio.NewReaderSize(f, 1<<16), file)
		f.Close()
		if err != nil {
			var se *tmx.SyntaxError
			var ie *tm.InputError
			if errors.As(err, &se) || errors.As(err, &ie) {
				return badInput(errors.New(ui.T("TMErrImport", map[string]any{"Err": err, "File": file})))
			}
			return storeErr(ui, path, err)
		}
		fmt.Fprintln(c.App.Writer, ui.T("TMImportSummary", summaryData(file, res)))
		total.Added += res.Added
		total.Updated += res.Updated
		total.Alternatives += res.Alternatives
		total.Skipped += res.Skipped
	}
	if len(files) > 1 {
		fmt.Fprintln(c.App.Writer, ui.T("TMImportTotal", summaryData("", total)))
	}
	return nil
}

// newTMFile reports whether path is a TM file that does not exist yet
// (not a database).
func newTMFile(path string) bool {
	if path == "" || isPostgres(path) || strings.Contains(path, "://") {
		return false
	}
	_, err := os.Stat(path)
	return os.IsNotExist(err)
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

type lookupOptions struct {
	sourceLang, targetLang string
	min, top               int
	format                 string
	doc                    string
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
			o := lookupOptions{sourceLang: c.String("source-lang"), targetLang: c.String("target-lang"),
				min: c.Int("min"), top: c.Int("top"), format: c.String("format"), doc: c.String("doc")}
			return runTMLookup(ui, c, o, strings.Join(c.Args().Slice(), " "))
		},
	}
}

// lookupResult is the JSON form of one query's matches.
type lookupResult struct {
	Query   string      `json:"query"`
	Source  string      `json:"source_lang"`
	Target  string      `json:"target_lang"`
	Matches []jsonMatch `json:"matches"`
}

type jsonMatch struct {
	Kind        tm.Kind        `json:"kind"`
	Score       int            `json:"score"`
	Source      string         `json:"source"`
	Target      string         `json:"target"`
	Suggestion  string         `json:"suggestion,omitempty"`
	Explanation tm.Explanation `json:"explanation"`
	UnitID      int64          `json:"unit_id"`
	TUID        string         `json:"tuid,omitempty"`
	DocID       string         `json:"doc,omitempty"`
	Origin      string         `json:"origin,omitempty"`
	Changed     string         `json:"changed,omitempty"`
}

func runTMLookup(ui *locales.Localizer, c *cli.Context, o lookupOptions, arg string) error {
	if o.format != "text" && o.format != "json" {
		return badInput(errors.New(ui.T("TMErrFormat", map[string]any{"Format": o.format})))
	}
	if o.min < 0 || o.min > 100 || o.top < 1 {
		return badInput(errors.New(ui.T("TMErrMinTop", nil)))
	}
	var texts []string
	if arg == "-" {
		sc := bufio.NewScanner(c.App.Reader)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			if t := strings.TrimSpace(sc.Text()); t != "" {
				texts = append(texts, t)
			}
		}
		if err := sc.Err(); err != nil {
			return badInput(errors.New(ui.T("TMErrRead", map[string]any{"Path": "-", "Err": err})))
		}
	} else {
		texts = []string{arg}
	}
	s, path, err := openTM(ui, c)
	if err != nil {
		return err
	}
	defer s.Close()
	var results []lookupResult
	w := c.App.Writer
	for _, text := range texts {
		src, tgt, err := lookupLangs(ui, o, text)
		if err != nil {
			return err
		}
		q := tm.Query{Text: text, Source: src, Target: tgt, Min: o.min, Top: o.top, Context: tm.Context{DocID: o.doc}}
		ms, err := s.Lookup(c.Context, q)
		if err != nil {
			return storeErr(ui, path, err)
		}
		if o.format == "json" {
			r := lookupResult{Query: text, Source: src.String(), Target: tgt.String(), Matches: []jsonMatch{}}
			for _, m := range ms {
				jm := jsonMatch{Kind: m.Kind, Score: m.Score, Source: m.Source.Text, Target: m.Target.Text,
					Suggestion: m.Suggestion, Explanation: m.Explanation, UnitID: m.Unit.ID, TUID: m.Unit.TUID,
					DocID: m.Unit.Context.DocID, Origin: m.Unit.Origin.File}
				if !m.Unit.Changed.IsZero() {
					jm.Changed = tmx.FormatDate(m.Unit.Changed)
				}
				r.Matches = append(r.Matches, jm)
			}
			results = append(results, r)
			continue
		}
		if len(texts) > 1 {
			fmt.Fprintf(w, "> %s\n", text)
		}
		if len(ms) == 0 {
			fmt.Fprintln(w, ui.T("TMLookupNone", nil))
		}
		for _, m := range ms {
			fmt.Fprintf(w, "%s %d\t%s\n\t%s\n", kindName(ui, m.Kind), m.Score, m.Source.Text, m.Target.Text)
			if m.Suggestion != "" {
				fmt.Fprintf(w, "\t%s\n", ui.T("TMLookupSuggestion", map[string]any{"Text": m.Suggestion}))
			}
			if m.Kind == tm.Fuzzy {
				fmt.Fprintf(w, "\t%s\n", explain(ui, m.Explanation))
			}
		}
		if len(texts) > 1 {
			fmt.Fprintln(w)
		}
	}
	if o.format == "json" {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(results)
	}
	return nil
}

// lookupLangs chooses the languages of a lookup: the flags, else Korean
// for text with Hangul and English otherwise, and the other one of the two
// as the target.
func lookupLangs(ui *locales.Localizer, o lookupOptions, text string) (language.Tag, language.Tag, error) {
	var src, tgt language.Tag
	var err error
	if o.sourceLang != "" {
		if src, err = langFlagValue(ui, "source-lang", o.sourceLang); err != nil {
			return src, tgt, err
		}
	} else if tm.HasCJK(text) {
		src = language.Korean
	} else {
		src = language.English
	}
	if o.targetLang != "" {
		if tgt, err = langFlagValue(ui, "target-lang", o.targetLang); err != nil {
			return src, tgt, err
		}
	} else if tm.SameLanguage(src, language.Korean) {
		tgt = language.English
	} else {
		tgt = language.Korean
	}
	return src, tgt, nil
}

func kindName(ui *locales.Localizer, k tm.Kind) string {
	switch k {
	case tm.Exact:
		return ui.T("TMKindExact", nil)
	case tm.InContext:
		return ui.T("TMKindInContext", nil)
	}
	return ui.T("TMKindFuzzy", nil)
}

func explain(ui *locales.Localizer, e tm.Explanation) string {
	unit := ui.T("TMUnitTokens", nil)
	if e.Mode == tm.Characters {
		unit = ui.T("TMUnitCharacters", nil)
	}
	s := ui.T("TMExplainBase", map[string]any{"Base": strconv.FormatFloat(e.Base, 'f', -1, 64), "Edits": e.Edits, "Length": e.Length, "Unit": unit})
	for _, p := range e.Penalties {
		s += ", " + ui.T("TMExplainPenalty", map[string]any{"Kind": penaltyName(ui, p.Kind), "Points": p.Points})
	}
	return s
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
			format := c.String("format")
			if format != "text" && format != "json" {
				return badInput(errors.New(ui.T("TMErrFormat", map[string]any{"Format": format})))
			}
			lang := language.Und
			if v := c.String("lang"); v != "" {
				t, err := langFlagValue(ui, "lang", v)
				if err != nil {
					return err
				}
				lang = t
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
			w := c.App.Writer
			if format == "json" {
				type jv struct {
					Lang string `json:"lang"`
					Text string `json:"text"`
				}
				type ju struct {
					ID       int64  `json:"unit_id"`
					Variants []jv   `json:"variants"`
					DocID    string `json:"doc,omitempty"`
				}
				out := []ju{}
				for _, u := range us {
					j := ju{ID: u.ID, DocID: u.Context.DocID}
					for _, v := range u.Variants {
						j.Variants = append(j.Variants, jv{v.Lang.String(), v.Text})
					}
					out = append(out, j)
				}
				enc := json.NewEncoder(w)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				return enc.Encode(out)
			}
			if len(us) == 0 {
				fmt.Fprintln(w, ui.T("TMConcordanceNone", nil))
			}
			for _, u := range us {
				for i, v := range u.Variants {
					lead := "  "
					if i == 0 {
						lead = "- "
					}
					fmt.Fprintf(w, "%s%s\t%s\n", lead, v.Lang, v.Text)
				}
			}
			return nil
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
			format := c.String("format")
			if format != "text" && format != "json" {
				return badInput(errors.New(ui.T("TMErrFormat", map[string]any{"Format": format})))
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
			w := c.App.Writer
			if format == "json" {
				enc := json.NewEncoder(w)
				enc.SetIndent("", "  ")
				return enc.Encode(map[string]any{"path": displayTM(path), "units": st.Units, "languages": st.Languages, "bytes": st.Bytes,
					"oldest": dateOrEmpty(st.Oldest), "newest": dateOrEmpty(st.Newest)})
			}
			fmt.Fprintln(w, ui.T("TMStatsPath", map[string]any{"Path": displayTM(path)}))
			fmt.Fprintln(w, ui.N("TMStatsUnits", st.Units, nil))
			for _, l := range sortedKeys(st.Languages) {
				fmt.Fprintln(w, ui.N("TMStatsLang", st.Languages[l], map[string]any{"Lang": l}))
			}
			if st.Units > 0 {
				fmt.Fprintln(w, ui.T("TMStatsDates", map[string]any{"Oldest": st.Oldest.Format("2006-01-02"), "Newest": st.Newest.Format("2006-01-02")}))
			}
			fmt.Fprintln(w, ui.T("TMStatsBytes", map[string]any{"Bytes": st.Bytes}))
			return nil
		},
	}
}

func dateOrEmpty(t interface{ IsZero() bool }) any {
	if t.IsZero() {
		return nil
	}
	return t
}

func sortedKeys(m map[string]int) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	for i := 1; i < len(ks); i++ {
		for j := i; j > 0 && ks[j] < ks[j-1]; j-- {
			ks[j], ks[j-1] = ks[j-1], ks[j]
		}
	}
	return ks
}

func penaltyName(ui *locales.Localizer, kind string) string {
	id := map[string]string{"numbers": "TMPenaltyNumbers", "punctuation": "TMPenaltyPunctuation", "case": "TMPenaltyCase",
		"tags": "TMPenaltyTags", "whitespace": "TMPenaltyWhitespace"}[kind]
	if id == "" {
		return kind
	}
	return ui.T(id, nil)
}
