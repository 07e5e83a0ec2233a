package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"bitext/atomicfile"
	"bitext/lexicon"
	"bitext/locales"
	"bitext/tm"
)

func init() { tmExtraCommands = append(tmExtraCommands, tmLexiconCommand) }

type tmLexiconOptions struct {
	tm, output string
	iterations int
	maxUnits   int
}

func tmLexiconCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "lexicon",
		Usage:       ui.T("TMLexiconUsage", nil),
		Description: ui.T("TMLexiconDescription", nil),
		Flags: []cli.Flag{
			tmFlag(ui),
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: ui.T("TMLexiconFlagOutput", nil)},
			&cli.IntFlag{Name: "iterations", Value: lexicon.DefaultIterations, Usage: ui.T("TMLexiconFlagIterations", nil)},
			&cli.IntFlag{Name: "max-units", Value: lexicon.DefaultMaxUnits, Usage: ui.T("TMLexiconFlagMaxUnits", nil)},
		},
		Action: func(c *cli.Context) error {
			o := tmLexiconOptions{tm: tmPath(c), output: c.String("output"), iterations: c.Int("iterations"), maxUnits: c.Int("max-units")}
			if o.iterations < 1 || o.iterations > 50 {
				return badInput(errors.New(ui.T("TMLexiconErrIterations", nil)))
			}
			if o.maxUnits < 0 {
				return badInput(errors.New(ui.T("TMLexiconErrMaxUnits", nil)))
			}
			if o.output == "" {
				o.output = lexicon.PathFor(o.tm)
			}
			s, path, err := openTM(ui, c)
			if err != nil {
				return err
			}
			defer s.Close()
			lex, err := lexicon.Learn(c.Context, s, o.iterations, o.maxUnits)
			if err != nil {
				return storeErr(ui, path, err)
			}
			if err := atomicfile.Write(o.output, func(w io.Writer) error { return lex.Write(w) }); err != nil {
				return environment(errors.New(ui.T("TMLexiconErrWrite", map[string]any{"Path": o.output, "Err": err})))
			}
			fmt.Fprintln(c.App.Writer, ui.T("TMLexiconSummary", map[string]any{"Path": o.output, "Units": lex.Units(), "Stems": lex.Len()}))
			return nil
		},
	}
}

// refreshTMLexicon relearns the lexicon stored with the TM at path after an
// import, when the TM has one (lexicon.Refresh), and says so.
func refreshTMLexicon(ui *locales.Localizer, c *cli.Context, s tm.Store, path string) error {
	file := lexicon.PathFor(path)
	lex, err := lexicon.Refresh(c.Context, s, file)
	if err != nil {
		return environment(errors.New(ui.T("TMLexiconErrWrite", map[string]any{"Path": file, "Err": err})))
	}
	if lex != nil {
		fmt.Fprintln(c.App.Writer, ui.T("TMLexiconSummary", map[string]any{"Path": file, "Units": lex.Units(), "Stems": lex.Len()}))
	}
	return nil
}
