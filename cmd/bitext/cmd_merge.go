package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"bitext/export"
	"bitext/locales"
	"bitext/pipeline"
)

func init() { register(newMergeCommand) }

type mergeOptions struct {
	format     string
	out        string
	output     string
	allowEmpty bool
	files      []string
}

func newMergeCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "merge",
		Usage:       ui.T("MergeUsage", nil),
		Description: ui.T("MergeDescription", nil),
		ArgsUsage:   ui.T("MergeArgs", nil),
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Usage: ui.T("MergeFlagFormat", nil)},
			&cli.StringFlag{Name: "out", Usage: ui.T("MergeFlagOut", nil)},
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: ui.T("MergeFlagOutput", nil)},
			&cli.BoolFlag{Name: "allow-empty", Usage: ui.T("MergeFlagAllowEmpty", nil)},
		},
		Action: func(c *cli.Context) error {
			o := mergeOptions{format: c.String("format"), out: c.String("out"), output: c.String("output"),
				allowEmpty: c.Bool("allow-empty"), files: c.Args().Slice()}
			if len(o.files) == 0 {
				return badInput(errors.New(ui.T("MergeErrNoInput", nil)))
			}
			if o.out != "" && o.output != "" {
				return badInput(errors.New(ui.T("MergeErrOutAndOutput", nil)))
			}
			if o.format != "" && export.ArticleExt(o.format) == "" {
				return badInput(errors.New(ui.T("MergeErrFormat", map[string]any{"Format": o.format})))
			}
			return runMerge(c, ui, o)
		},
	}
}

func runMerge(c *cli.Context, ui *locales.Localizer, o mergeOptions) error {
	files, err := pipeline.ImportFiles(o.files)
	var nx *pipeline.NoXLIFFError
	if errors.As(err, &nx) {
		return badInput(errors.New(ui.T("MergeErrNoXLIFF", nx.MessageData())))
	} else if err != nil {
		return environment(err)
	}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return inputFileError(ui, f, err)
		}
		fh.Close()
	}
	merged, err := pipeline.MergeBack(c.Context, pipeline.MergeBackOptions{
		Files: files, Format: o.format, OutDir: o.out, OutFile: o.output, AllowEmpty: o.allowEmpty})
	for _, m := range merged {
		for _, u := range m.FromSource {
			fmt.Fprintln(c.App.ErrWriter, ui.T("MergeWarnFromSource", map[string]any{"Unit": u.String()}))
		}
		if n := len(m.ToReview); n > 0 {
			fmt.Fprintln(c.App.ErrWriter, ui.N("MergeWarnToReview", n, map[string]any{"File": m.File, "First": m.ToReview[0].String()}))
		}
		if m.NoLayout {
			fmt.Fprintln(c.App.ErrWriter, ui.T("MergeWarnNoLayout", map[string]any{"File": m.File, "Name": m.Name}))
		}
		fmt.Fprintln(c.App.Writer, ui.N("MergeWrote", m.Units, map[string]any{"Path": m.Path, "File": m.File, "Paras": len(m.Text.Paras)}))
	}
	if err != nil {
		var ee *pipeline.EnvError
		if errors.As(err, &ee) {
			return environment(err)
		}
		return badInput(err)
	}
	return nil
}
