package main

import (
	"errors"
	"fmt"

	"github.com/urfave/cli/v2"

	"bitext/glossary"
	"bitext/locales"
)

// columnsFlag is --columns, the layout of wide glossary sheets (one row
// per entry), shared by the commands that read glossaries.
func columnsFlag(ui *locales.Localizer) cli.Flag {
	return &cli.StringFlag{Name: "columns", Usage: ui.T("GlossaryFlagColumns", nil)}
}

// glossaryOptions reads --columns.
func glossaryOptions(ui *locales.Localizer, c *cli.Context) (glossary.Options, error) {
	var o glossary.Options
	if spec := c.String("columns"); spec != "" {
		l, err := glossary.ParseLayout(spec)
		if err != nil {
			return o, badInput(errors.New(ui.T("GlossaryErrColumns", map[string]any{"Err": err})))
		}
		o.Layout = l
	}
	return o, nil
}

// loadGlossaries reads and merges the glossaries, a later one overriding
// an earlier one (glossary.Merge); conflicts are reported on stderr. A
// missing file is bad input (exit 2), an unreadable one the environment
// (exit 3), a malformed one bad input with its position.
func loadGlossaries(ui *locales.Localizer, c *cli.Context, files []string) (*glossary.Glossary, error) {
	o, err := glossaryOptions(ui, c)
	if err != nil {
		return nil, err
	}
	var gs []*glossary.Glossary
	for _, f := range files {
		g, err := glossary.LoadWith(f, o)
		if err != nil {
			return nil, openError(ui, f, err)
		}
		gs = append(gs, g)
	}
	g, conflicts := glossary.Merge(gs...)
	for _, cf := range conflicts {
		fmt.Fprintf(c.App.ErrWriter, "bitext: %s\n", ui.T(cf.MessageID(), cf.MessageData()))
	}
	return g, nil
}
