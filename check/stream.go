package check

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Streams reports whether a Stream writes format f as the findings come
// (text, JSON, SARIF, GitHub commands and Code Quality) rather than
// holding them all until Close (JUnit and checkstyle, which group the
// findings by file).
func Streams(f Format) bool {
	switch f {
	case FormatText, FormatJSON, FormatSARIF, FormatGitHub, FormatCodeQuality:
		return true
	}
	return false
}

// Stream writes findings in a format as they are made, file by file, so
// that a large run does not hold them all: Add localizes and encodes a
// batch (which the caller may then reuse), Close ends the report. The
// bytes are those Write gives for all the batches in order, localized
// with Localize (TestStreamSameBytes). The formats that Streams does
// not list are held (copied) and written by Close.
type Stream struct {
	w       io.Writer
	f       Format
	opt     WriteOptions
	sum     Summary
	max     Severity // the highest severity added
	any     bool     // some finding added
	open    bool     // the JSON report's findings array begun
	held    []Finding
	buf     []byte       // one finding's bytes
	scratch bytes.Buffer // enc's
	sev     map[Severity]string
	err     error

	// SARIF: the document before and after its results, the rules'
	// indexes; Code Quality: the fingerprints' counts.
	head, tail string
	index      map[string]int
	seen       map[string]int
	enc        *json.Encoder // writes into scratch

	// The messages of number findings said so far, by their data (a
	// large run says the same few thousand again and again), and the one
	// map of their data given to Render.
	said map[numberMessage]string
	num  map[string]any
}

// numberMessage is what a number finding's message says: its id and
// data (Finding.MessageData).
type numberMessage struct{ id, found, value, side string }

// maxSaid bounds a Stream's messages of number findings kept.
const maxSaid = 1 << 14

// NewStream starts a report of format f written to w: give every batch
// of findings to Add and then call Close. w should buffer (a Stream
// writes a finding at a time) and, for an all-or-nothing report, hold
// the bytes until Close returns without error.
func NewStream(w io.Writer, f Format, opt *WriteOptions) (*Stream, error) {
	if _, ok := ParseFormat(string(f)); !ok {
		return nil, fmt.Errorf("check: unknown format %q", f)
	}
	s := &Stream{w: w, f: f, sum: Summary{ByRule: map[string]int{}}}
	if opt != nil {
		s.opt = *opt
	}
	if s.opt.Render == nil {
		s.opt.Render = English
	}
	switch f {
	case FormatText:
		s.sev = map[Severity]string{Error: s.opt.Render("CheckSeverityError", nil), Warning: s.opt.Render("CheckSeverityWarning", nil)}
	case FormatSARIF:
		// The document without results, cut where they go.
		_, index := sarifRunOf(&s.opt)
		var b bytes.Buffer
		if err := writeSARIF(&b, nil, &s.opt); err != nil {
			return nil, err
		}
		const empty = `"results": []`
		doc := b.String()
		if strings.Count(doc, empty) != 1 {
			return nil, fmt.Errorf("check: SARIF document has %d places for results", strings.Count(doc, empty))
		}
		i := strings.Index(doc, empty) + len(empty) - 1
		s.head, s.tail, s.index = doc[:i], doc[i:], index
		s.enc = s.encoder(strings.Repeat(" ", 8))
	case FormatCodeQuality:
		s.seen = map[string]int{}
		s.enc = s.encoder("  ")
	}
	return s, nil
}

// Add localizes fs with the stream's Render (Localize), counts them and
// writes them (or, for a format Streams does not list, keeps a copy).
// fs may be changed and reused once Add returns.
func (s *Stream) Add(fs []Finding) error {
	if s.err != nil {
		return s.err
	}
	if len(fs) == 0 {
		return nil
	}
	s.localize(fs)
	for i := range fs {
		f := &fs[i]
		switch f.Severity {
		case Error:
			s.sum.Errors++
		case Warning:
			s.sum.Warnings++
		}
		s.sum.ByRule[f.Rule]++
		if !s.any || f.Severity > s.max {
			s.max = f.Severity
		}
		s.any = true
		f.text()
	}
	s.sum.Findings += len(fs)
	if !Streams(s.f) {
		s.held = append(s.held, fs...)
		return nil
	}
	for i := range fs {
		f := &fs[i]
		b := s.buf[:0]
		switch s.f {
		case FormatText:
			sv, ok := s.sev[f.Severity]
			if !ok {
				sv = f.Severity.String()
			}
			b = fmt.Appendf(b, "%s:%d:%d: %s: %s [%s]\n", f.File, f.Line, f.Column, sv, oneLine(f.Message), f.Rule)
		case FormatJSON:
			if !s.open {
				b = append(b, "{\n  \"findings\": [\n"...)
				s.open = true
			} else {
				b = append(b, ",\n"...)
			}
			b = appendFindingJSON(append(b, "    "...), f)
		case FormatGitHub:
			b = appendGitHub(b, f)
		case FormatSARIF, FormatCodeQuality:
			// An element of the document's array (SARIF's results, Code
			// Quality's issues), indented as encoding/json indents the
			// whole document.
			if !s.open {
				if s.f == FormatSARIF {
					b = append(b, s.head...)
				} else {
					b = append(b, '[')
				}
				b = append(b, '\n')
				s.open = true
			} else {
				b = append(b, ",\n"...)
			}
			s.scratch.Reset()
			var err error
			if s.f == FormatSARIF {
				b = append(b, "        "...)
				err = s.enc.Encode(sarifResultOf(f, s.index))
			} else {
				b = append(b, "  "...)
				err = s.enc.Encode(codeQualityOf(f, s.seen))
			}
			if err != nil {
				s.err = err
				return err
			}
			b = append(b, bytes.TrimSuffix(s.scratch.Bytes(), []byte("\n"))...)
		}
		s.buf = b
		if _, err := s.w.Write(b); err != nil {
			s.err = err
			return err
		}
	}
	return nil
}

// localize is Localize of fs with s's Render, a number finding's message
// taken from those said before when it has the same data (Render must
// say the same data the same way, as a localizer does).
func (s *Stream) localize(fs []Finding) {
	for i := range fs {
		f := &fs[i]
		switch {
		case f.MessageID == "":
		case f.Data == nil && f.Rule == RuleNumberMismatch:
			k := numberMessage{f.MessageID, f.Found, f.value, f.Side}
			if m, ok := s.said[k]; ok {
				f.Message = m
				continue
			}
			if s.num == nil {
				s.num = make(map[string]any, 3)
				s.said = map[numberMessage]string{}
			}
			s.num["Found"], s.num["Value"], s.num["Side"] = f.Found, f.value, sideValue(f.Side)
			f.Message = s.opt.Render(f.MessageID, s.num)
			if len(s.said) < maxSaid {
				s.said[k] = f.Message
			}
		default:
			f.Message = s.opt.Render(f.MessageID, f.Data)
		}
	}
}

// AtLeast reports whether some finding added has severity min or
// higher (the package's AtLeast of them all).
func (s *Stream) AtLeast(min Severity) bool { return s.any && s.max >= min }

// Close ends the report of the findings of files files and returns its
// summary (Summarize of them all).
func (s *Stream) Close(files int) (Summary, error) {
	s.sum.Files = files
	if s.err != nil {
		return s.sum, s.err
	}
	var err error
	switch {
	case !Streams(s.f):
		err = Write(s.w, s.f, s.held, s.sum, &s.opt)
	case s.f == FormatJSON:
		b := s.buf[:0]
		if s.sum.Findings == 0 {
			b = append(b, "{\n  \"findings\": [],\n"...)
		} else {
			b = append(b, "\n  ],\n"...)
		}
		b = append(b, "  \"summary\": "...)
		var sb bytes.Buffer
		enc := json.NewEncoder(&sb)
		enc.SetEscapeHTML(false)
		enc.SetIndent("  ", "  ")
		if err := enc.Encode(s.sum); err != nil {
			return s.sum, err
		}
		b = append(b, bytes.TrimSuffix(sb.Bytes(), []byte("\n"))...)
		b = append(b, "\n}\n"...)
		_, err = s.w.Write(b)
	case s.f == FormatSARIF:
		b := s.buf[:0]
		if s.open {
			b = append(b, "\n      "...)
		} else {
			b = append(b, s.head...)
		}
		b = append(b, s.tail...)
		_, err = s.w.Write(b)
	case s.f == FormatCodeQuality:
		b := append(s.buf[:0], "[]\n"...)
		if s.open {
			b = append(s.buf[:0], "\n]\n"...)
		}
		_, err = s.w.Write(b)
	}
	s.err = err
	return s.sum, err
}

// encoder returns a JSON encoder into s.scratch that indents as
// encoding/json indents a value at the given prefix, HTML not escaped.
func (s *Stream) encoder(prefix string) *json.Encoder {
	enc := json.NewEncoder(&s.scratch)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	return enc
}

// appendGitHub appends f as a GitHub Actions workflow command, as
// writeGitHub writes it.
func appendGitHub(b []byte, f *Finding) []byte {
	cmd := "warning"
	if f.Severity >= Error {
		cmd = "error"
	}
	return fmt.Appendf(b, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
		cmd, ghProp(filepath.ToSlash(f.File)), f.Line, f.Column, f.EndLine, f.EndColumn, ghProp("bitext "+f.Rule), ghData(f.Message))
}

// CheckFilesTo is CheckFiles giving the findings to s as they are made,
// file by file (a TSV file's a few pairs at a time), instead of returning
// them all: a large run then holds one file's findings at a time, or a
// few pairs' of a TSV file. An error is
// a *PathError naming the file; s has the findings of the files before.
func (c *Checker) CheckFilesTo(s *Stream, files []string, stdin io.Reader, opt Options) error {
	var batch []Finding // a TSV file's findings, the slice used again
	var addErr error    // s.Add's, kept apart from the file's errors
	add := func(fs []Finding) error { addErr = s.Add(fs); return addErr }
	for _, f := range files {
		var fs []Finding
		var err error
		switch {
		case f == "-":
			fs, err = c.Reader(stdin, "-", KindText, opt)
		case KindOf(f) == KindTSV:
			// Given to s a few pairs at a time (tsvEmit), the rest here.
			clear(batch) // what the last findings point to may go
			batch, err = c.tsvFileEmit(batch[:0], f, opt, add)
			fs = batch
		default:
			fs, err = c.File(f, opt)
		}
		if addErr != nil {
			return addErr
		}
		if err != nil {
			return &PathError{f, err}
		}
		if err := s.Add(fs); err != nil {
			return err
		}
	}
	return nil
}

// tsvFileEmit is tsvFile with tsvEmit.
func (c *Checker) tsvFileEmit(out []Finding, path string, opt Options, emit func([]Finding) error) ([]Finding, error) {
	f, err := os.Open(path)
	if err != nil {
		return out, err
	}
	defer f.Close()
	return c.tsvEmit(out, f, path, opt, emit)
}
