package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

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
			if o.format != "text" && o.format != "jsonl" {
				return badInput(errors.New(ui.T("SegmentErrFormat", map[string]any{"Format": o.format})))
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

// segmentJSON is one line of --format jsonl.
type segmentJSON struct {
	File  string `json:"file,omitempty"`
	Para  int    `json:"para"`
	Index int    `json:"index"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// segmentInput is one input of segment as the segmenter reads it: through
// package textfile (encoding detected with evidence, NUL and control
// characters refused with FILE:LINE:COL, NFC), streamed when it is UTF-8;
// with --replace-invalid, the bytes as they are (the segmenter replaces
// what is not text), in NFC.
func segmentInput(r io.Reader, label string, o segmentOptions) (io.Reader, *textfile.Reader) {
	if o.replaceInvalid {
		return norm.NFC.Reader(r), nil
	}
	lang := textfile.AnyLang
	if o.lang != language.Und {
		if base, _ := o.lang.Base(); base.String() == "ko" {
			lang = textfile.Korean
		} else {
			lang = textfile.English
		}
	}
	name := label
	if name == "" {
		name = "-"
	}
	tr := textfile.NewReader(name, r, o.encoding, lang, textfile.Limits{FormFeed: true})
	return tr, tr
}

func runSegment(ui *locales.Localizer, stdin io.Reader, stdout, stderr io.Writer, o segmentOptions) error {
	opt := segment.Options{Lang: o.lang, Wrapped: o.wrapped, ReplaceInvalid: o.replaceInvalid}
	if o.srxPath != "" {
		rules, err := loadSRX(ui, o.srxPath)
		if err != nil {
			return err
		}
		opt.SRX = rules
	}
	w := bufio.NewWriterSize(stdout, 64<<10)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	first := true
	for _, name := range o.files {
		var r io.Reader = stdin
		label := ""
		if name != "-" {
			f, err := os.Open(name)
			if err != nil {
				return inputFileError(ui, name, err)
			}
			defer f.Close()
			r = f
			label = name
		}
		in, tr := segmentInput(r, label, o)
		sc := segment.NewScanner(in, opt)
		para := -1
		noted := false
		for sc.Scan() {
			if tr != nil && !noted {
				noted = true
				segmentNote(ui, stderr, displayName(name), tr.Detection())
			}
			s := sc.Segment()
			if o.format == "jsonl" {
				// Offsets into the file for UTF-8 in NFC (a byte order
				// mark counted); else into the text as read.
				skip := 0
				if tr != nil {
					skip = tr.Detection().Skipped
				}
				if err := enc.Encode(segmentJSON{File: label, Para: s.Para, Index: s.Index, Text: s.Text, Start: s.Start + skip, End: s.End + skip}); err != nil {
					return environment(err)
				}
				continue
			}
			if s.Para != para && !first {
				w.WriteByte('\n')
			}
			para = s.Para
			first = false
			w.WriteString(s.Text)
			if err := w.WriteByte('\n'); err != nil {
				return environment(errors.New(ui.T("ErrWrite", map[string]any{"Path": "-", "Err": err})))
			}
		}
		if err := sc.Err(); err != nil {
			w.Flush()
			var te *textfile.Error
			if errors.As(err, &te) {
				return badInput(errors.New(ui.T(te.MessageID(), te.MessageData())))
			}
			var ie *segment.InputError
			if errors.As(err, &ie) {
				if label == "" {
					ie.File = "-"
				} else {
					ie.File = label
				}
				return badInput(ie)
			}
			return environment(fmt.Errorf("%s: %w", displayName(name), err))
		}
		if tr != nil && !noted {
			segmentNote(ui, stderr, displayName(name), tr.Detection())
		}
	}
	if err := w.Flush(); err != nil {
		return environment(errors.New(ui.T("ErrWrite", map[string]any{"Path": "-", "Err": err})))
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
