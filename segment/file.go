package segment

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"bitext/textfile"
)

// Output formats of a Writer.
const (
	FormatText  = "text"  // one sentence a line, a blank line between paragraphs
	FormatJSONL = "jsonl" // one JSON object a sentence, with file, paragraph and offsets
)

// FileOptions says how SplitFile reads and writes one input.
type FileOptions struct {
	Options
	// Encoding is the input's encoding for package textfile: "" or
	// textfile.Auto detects it with evidence. Ignored with
	// ReplaceInvalid, which reads the bytes as they are.
	Encoding string
	// OnDetect, when set, is called once per file with how its encoding
	// was decided, before its first sentence is written.
	OnDetect func(textfile.Detection)
}

// SplitFile segments the text read from r and writes its sentences to w.
// name names the input in errors and in JSON lines ("" for standard
// input: errors say "-", lines leave the file out). The input goes
// through package textfile: its encoding detected with evidence, NUL and
// control characters refused with FILE:LINE:COL (a *textfile.Error), NFC;
// UTF-8 is streamed. With ReplaceInvalid the bytes are taken as they are
// (the segmenter replaces what is not text) and only put in NFC.
//
// Errors of w are returned wrapped in a *WriteError, so that a caller
// can tell them from bad input.
func SplitFile(w *Writer, r io.Reader, name string, o FileOptions) error {
	label := name
	if label == "" {
		label = "-"
	}
	var in io.Reader
	var tr *textfile.Reader
	if o.ReplaceInvalid {
		in = norm.NFC.Reader(r)
	} else {
		enc := o.Encoding
		if enc == "" {
			enc = textfile.Auto
		}
		tr = textfile.NewReader(label, r, enc, textLang(o.Lang), textfile.Limits{FormFeed: true})
		in = tr
	}
	w.para = -1 // a new file starts a new paragraph
	detected := false
	detect := func() {
		if tr != nil && !detected && o.OnDetect != nil {
			o.OnDetect(tr.Detection())
		}
		detected = true
	}
	sc := NewScanner(in, o.Options)
	for sc.Scan() {
		detect()
		s := sc.Segment()
		if tr != nil {
			// Offsets into the file for UTF-8 in NFC (a byte order mark
			// counted); else into the text as read.
			skip := tr.Detection().Skipped
			s.Start, s.End = s.Start+skip, s.End+skip
		}
		if err := w.Write(name, s); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		var ie *InputError
		if errors.As(err, &ie) {
			ie.File = label
		}
		return err
	}
	detect()
	return nil
}

// textLang is the language hint textfile decides legacy encodings by.
func textLang(lang language.Tag) textfile.Lang {
	if lang == language.Und {
		return textfile.AnyLang
	}
	if base, _ := lang.Base(); base.String() == "ko" {
		return textfile.Korean
	}
	return textfile.English
}

// WriteError is an error of the Writer's destination.
type WriteError struct{ Err error }

func (e *WriteError) Error() string { return "segment: write: " + e.Err.Error() }
func (e *WriteError) Unwrap() error { return e.Err }

// A Writer writes sentences in one of the output formats. Its text
// format puts a blank line between paragraphs, also from one file to the
// next.
type Writer struct {
	w      *bufio.Writer
	enc    *json.Encoder
	format string
	para   int
	first  bool
}

// NewWriter returns a Writer of format (FormatText or FormatJSONL) to w.
func NewWriter(w io.Writer, format string) (*Writer, error) {
	if format != FormatText && format != FormatJSONL {
		return nil, fmt.Errorf("segment: unknown output format %q", format)
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &Writer{w: bw, enc: enc, format: format, para: -1, first: true}, nil
}

// jsonLine is one line of FormatJSONL.
type jsonLine struct {
	File  string `json:"file,omitempty"`
	Para  int    `json:"para"`
	Index int    `json:"index"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Write writes one sentence of file.
func (sw *Writer) Write(file string, s Segment) error {
	if sw.format == FormatJSONL {
		if err := sw.enc.Encode(jsonLine{File: file, Para: s.Para, Index: s.Index, Text: s.Text, Start: s.Start, End: s.End}); err != nil {
			return &WriteError{err}
		}
		return nil
	}
	if s.Para != sw.para && !sw.first {
		sw.w.WriteByte('\n')
	}
	sw.para, sw.first = s.Para, false
	sw.w.WriteString(s.Text)
	if err := sw.w.WriteByte('\n'); err != nil {
		return &WriteError{err}
	}
	return nil
}

// Flush writes what is buffered.
func (sw *Writer) Flush() error {
	if err := sw.w.Flush(); err != nil {
		return &WriteError{err}
	}
	return nil
}
