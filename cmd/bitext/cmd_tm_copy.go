package main

import (
	"errors"
	"fmt"

	"github.com/urfave/cli/v2"

	"bitext/locales"
	"bitext/tm"
	_ "bitext/tm/postgres" // the postgres backend
)

func tmCopyCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "copy",
		Usage:       ui.T("PGCopyUsage", nil),
		Description: ui.T("PGCopyDescription", nil),
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "from", Required: true, Usage: ui.T("PGFlagFrom", nil)},
			&cli.StringFlag{Name: "to", Required: true, Usage: ui.T("PGFlagTo", nil)},
		},
		Action: func(c *cli.Context) error {
			from, to := c.String("from"), c.String("to")
			if from == to {
				return badInput(errors.New(ui.T("PGErrCopySame", nil)))
			}
			src, err := tm.Open(c.Context, from)
			if err != nil {
				return environment(errors.New(ui.T("TMErrOpen", map[string]any{"Path": displayTM(from), "Err": err})))
			}
			defer src.Close()
			dst, err := tm.Open(c.Context, to)
			if err != nil {
				return environment(errors.New(ui.T("TMErrOpen", map[string]any{"Path": displayTM(to), "Err": err})))
			}
			defer dst.Close()
			n, res, err := tm.Copy(c.Context, dst, src)
			if err != nil {
				return environment(errors.New(ui.T("PGErrCopy", map[string]any{"From": displayTM(from), "To": displayTM(to), "Err": err})))
			}
			fmt.Fprintln(c.App.Writer, ui.T("PGCopySummary", map[string]any{"Units": n, "From": displayTM(from), "To": displayTM(to),
				"Added": res.Added, "Updated": res.Updated, "Alternatives": res.Alternatives}))
			return nil
		},
	}
}
