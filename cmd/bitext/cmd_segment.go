package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"
	"golang.org/x/text/language"

	"bitext/locales"
	"bitext/segment"
	"bitext/srx"
	"bitext/textfile"
)

func init() { register(segmentCommand) }

type segmentOptions struct {
	lang           language.Tag // language.Und: auto
	srxPath        string
	wrapped        bool
	format         string
	replaceInvalid bool
	encoding       string
	files          []string
}

func segmentCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "segment",
		Usage:       ui.T("SegmentUsage", nil),
		Description: ui.T("SegmentDescription", nil),
		ArgsUsage:   ui.T("SegmentArgs", nil),
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "lang", Value: "auto", Usage: ui.T("SegmentFlagLang", nil)},
			&cli.StringFlag{Name: "srx", Usage: ui.T("SegmentFlagSRX", nil)},
			&cli.BoolFlag{Name: "wrapped", Usage: ui.T("SegmentFlagWrapped", nil)},
			&cli.StringFlag{Name: "format", Value: "text", Usage: ui.T("SegmentFlagFormat", nil)},
			&cli.BoolFlag{Name: "replace-invalid", Usage: ui.T("SegmentFlagReplaceInvalid", nil)},
			&cli.StringFlag{Name: "encoding", Value: "auto", Usage: ui.T("SegmentFlagEncoding", nil)},
		},
		Action: func(c *cli.Context) error {
			o := segmentOptions{
				srxPath:        c.String("srx"),
				wrapped:        c.Bool("wrapped"),
				format:         c.String("format"),
				replaceInvalid: c.Bool("replace-invalid"),
				files:          c.Args().Slice(),
			}
			var err error
			if o.encoding, err = textfile.ParseEncoding(c.String("encoding")); err != nil {
				return badInput(errors.New(ui.T("SegmentErrEncoding", map[string]any{"Encoding": c.String("encoding")})))
			}
			if o.lang, err = segmentLangFlag(ui, c.String("lang")); err != nil {
				return err
			}
			if len(o.files) == 0 {
				o.files = []string{"-"}
			}
			return runSegment(ui, c.App.Reader, c.App.Writer, c.App.ErrWriter, o)
		},
	}
}

// segmentLangFlag reads --lang: auto, or a language tag (ko uses the
// Korean rules, any other language the English ones).
func segmentLangFlag(ui *locales.Localizer, v string) (language.Tag, error) {
	if v == "auto" || v == "" {
		return language.Und, nil
	}
	return langFlagValue(ui, "lang", v)
}

// loadSRX reads an SRX file for --srx: a file that cannot be opened is an
// environment error, rules that cannot be used are bad input.
func loadSRX(ui *locales.Localizer, path string) (*srx.Rules, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, inputFileError(ui, path, err)
	}
	defer f.Close()
	rules, err := srx.Parse(f, path)
	if err != nil {
		return nil, badInput(err)
	}
	return rules, nil
}

func runSegment(ui *locales.Localizer, stdin io.Reader, stdout, stderr io.Writer, o segmentOptions) error {
	opt := segment.FileOptions{Options: segment.Options{Lang: o.lang, Wrapped: o.wrapped, ReplaceInvalid: o.replaceInvalid}, Encoding: o.encoding}
	if o.srxPath != "" {
		rules, err := loadSRX(ui, o.srxPath)
		if err != nil {
			return err
		}
		opt.SRX = rules
	}
	w, err := segment.NewWriter(stdout, o.format)
	if err != nil {
		return badInput(errors.New(ui.T("SegmentErrFormat", map[string]any{"Format": o.format})))
	}
	for _, name := range o.files {
		var r io.Reader = stdin
		label := ""
		if name != "-" {
			f, err := os.Open(name)
			if err != nil {
				return inputFileError(ui, name, err)
			}
			defer f.Close()
			r, label = f, name
		}
		opt.OnDetect = func(det textfile.Detection) { segmentNote(ui, stderr, displayName(name), det) }
		if err := segment.SplitFile(w, r, label, opt); err != nil {
			var we *segment.WriteError
			if errors.As(err, &we) {
				return environment(errors.New(ui.T("ErrWrite", map[string]any{"Path": "-", "Err": we.Err})))
			}
			w.Flush()
			var te *textfile.Error
			var ie *segment.InputError
			switch {
			case errors.As(err, &te):
				return badInput(errors.New(ui.T(te.MessageID(), te.MessageData())))
			case errors.As(err, &ie):
				return badInput(ie)
			}
			return environment(fmt.Errorf("%s: %w", displayName(name), err))
		}
	}
	if err := w.Flush(); err != nil {
		return environment(errors.New(ui.T("ErrWrite", map[string]any{"Path": "-", "Err": errors.Unwrap(err)})))
	}
	return nil
}

// segmentNote says on standard error which legacy encoding an input was
// read in, and why (nothing for UTF-8 or a declared encoding).
func segmentNote(ui *locales.Localizer, stderr io.Writer, name string, det textfile.Detection) {
	if det.Declared || det.Encoding == "" || det.Encoding == textfile.UTF8 {
		return
	}
	fmt.Fprintln(stderr, ui.T("SegmentEncodingNote", map[string]any{"File": name, "Encoding": det.Encoding, "Evidence": det.Evidence}))
}

func displayName(name string) string {
	if name == "-" {
		return "stdin"
	}
	return name
}
