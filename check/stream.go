package check

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
)

// Streams reports whether a Stream writes format f as the findings come
// (text, JSON and GitHub commands) rather than holding them all until
// Close (the formats that group findings by file or build one document:
// SARIF, JUnit, checkstyle, Code Quality).
func Streams(f Format) bool {
	switch f {
	case FormatText, FormatJSON, FormatGitHub:
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
	scratch bytes.Buffer // appendJSONString's
	sev     map[Severity]string
	err     error
}

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
	if f == FormatText {
		s.sev = map[Severity]string{Error: s.opt.Render("CheckSeverityError", nil), Warning: s.opt.Render("CheckSeverityWarning", nil)}
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
	Localize(fs, s.opt.Render)
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
			b = appendFindingJSON(append(b, "    "...), f, &s.scratch)
		case FormatGitHub:
			b = appendGitHub(b, f)
		}
		s.buf = b
		if _, err := s.w.Write(b); err != nil {
			s.err = err
			return err
		}
	}
	return nil
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
	}
	s.err = err
	return s.sum, err
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
// file by file (a TSV file's pairs together), instead of returning them
// all: a large run then holds one file's findings at a time. An error is
// a *PathError naming the file; s has the findings of the files before.
func (c *Checker) CheckFilesTo(s *Stream, files []string, stdin io.Reader, opt Options) error {
	var batch []Finding // a TSV file's findings, the slice used again
	for _, f := range files {
		var fs []Finding
		var err error
		switch {
		case f == "-":
			fs, err = c.Reader(stdin, "-", KindText, opt)
		case KindOf(f) == KindTSV:
			clear(batch) // what the last file's findings point to may go
			batch, err = c.tsvFile(batch[:0], f, opt)
			fs = batch
		default:
			fs, err = c.File(f, opt)
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
