// Package xmlio holds what the tmx, xliff and glossary (TBX) codecs share
// to read and write XML: a byte reader that knows the line and column of
// every offset, encoding sniffing (BOM, UTF-16, declared legacy charsets),
// escaping of text and attributes, and Plain, the fast tokenizer of the
// plain XML glossaries are written in (ErrNotPlain sends anything else back
// to encoding/xml). It is internal: the codecs are the public API.

package xmlio

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Counter is the byte reader under the XML decoder. Because it implements
// io.ByteReader, encoding/xml reads from it without buffering ahead, so the
// Counter knows the line and column of every offset the decoder reports
// (InputOffset is at most one byte behind, after an unread byte).
type Counter struct {
	r          *bufio.Reader
	n          int64 // bytes consumed
	line, col  int   // position of the next byte
	pline, pcl int   // position of the last byte consumed
	last       byte  // the last byte consumed
	// rec holds the bytes consumed since Record: the token being read,
	// where an error in its text is looked for.
	rec []byte
}

// Record starts recording the bytes consumed, from the one at offset off
// (the current offset or the one before it, as in Pos).
func (c *Counter) Record(off int64) {
	c.rec = c.rec[:0]
	if cap(c.rec) > 1<<20 {
		c.rec = nil // a huge token is not kept for the next one
	}
	if off == c.n-1 {
		c.rec = append(c.rec, c.last)
	}
}

// Recorded returns the bytes consumed since Record.
func (c *Counter) Recorded() []byte { return c.rec }

// NewCounter returns a Counter reading r from line 1, column 1.
func NewCounter(r io.Reader) *Counter {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	return &Counter{r: br, line: 1, col: 1, pline: 1, pcl: 1}
}

// ReadByte reads one byte and advances the position.
func (c *Counter) ReadByte() (byte, error) {
	b, err := c.r.ReadByte()
	if err != nil {
		return b, err
	}
	c.n++
	c.last = b
	c.rec = append(c.rec, b)
	c.pline, c.pcl = c.line, c.col
	if b == '\n' {
		c.line++
		c.col = 1
	} else if b&0xC0 != 0x80 {
		c.col++
	}
	return b, nil
}

// Read reads bytes one at a time, so the position stays exact.
func (c *Counter) Read(p []byte) (int, error) {
	for i := range p {
		b, err := c.ReadByte()
		if err != nil {
			return i, err
		}
		p[i] = b
	}
	return len(p), nil
}

// Next returns the line and column of the next byte to be read.
func (c *Counter) Next() (line, col int) { return c.line, c.col }

// Line and Col are the two halves of Next.
func (c *Counter) Line() int { return c.line }

// Col is the column of the next byte to be read.
func (c *Counter) Col() int { return c.col }

// Last returns the line and column of the last byte read.
func (c *Counter) Last() (line, col int) { return c.pline, c.pcl }

// Pos returns the line and column of byte offset off, which must be the
// current offset or the one before it.
func (c *Counter) Pos(off int64) (int, int) {
	if off == c.n-1 {
		return c.pline, c.pcl
	}
	return c.line, c.col
}

// TokenError maps an error of xml.Decoder.Token read through c to the
// place and text to report: a syntax error at the last byte read, the end
// of input where the input ended early. ok is false for other errors (a
// failing reader), which the caller wraps as they are, at the last byte.
func (c *Counter) TokenError(err error) (line, col int, msg string, ok bool) {
	line, col = c.Last()
	var se *xml.SyntaxError
	switch {
	case errors.As(err, &se) && se.Msg == "unexpected EOF", errors.Is(err, io.ErrUnexpectedEOF):
		line, col = c.Next()
		return line, col, "unexpected end of file", true
	case errors.As(err, &se):
		return line, col, se.Msg, true
	}
	return line, col, "", false
}

// Sniff looks at the first bytes of r and returns a UTF-8 reader: a UTF-8
// byte order mark is dropped, UTF-16 (with a byte order mark, or starting
// with "<?" in either byte order) is converted. utf16 reports the latter.
func Sniff(r io.Reader) (out *bufio.Reader, utf16 bool) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(4)
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		br.Discard(3)
		return br, false
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}), bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		dec := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
		return bufio.NewReaderSize(transform.NewReader(br, dec), 64<<10), true
	case bytes.Equal(head, []byte{'<', 0, '?', 0}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewDecoder()
		return bufio.NewReaderSize(transform.NewReader(br, dec), 64<<10), true
	case bytes.Equal(head, []byte{0, '<', 0, '?'}):
		dec := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewDecoder()
		return bufio.NewReaderSize(transform.NewReader(br, dec), 64<<10), true
	}
	return br, false
}

// CharsetReader returns the xml.Decoder CharsetReader for an input whose
// first bytes were sniffed: a UTF-16 declaration is accepted when the input
// was already converted from UTF-16; other legacy encodings (ISO-8859-1,
// windows-1252, EUC-KR, ...) are converted through a new Counter that
// continues the position of the old one.
func CharsetReader(utf16 bool, cnt **Counter) func(string, io.Reader) (io.Reader, error) {
	return func(label string, input io.Reader) (io.Reader, error) {
		l := strings.ToLower(strings.TrimSpace(label))
		if strings.HasPrefix(l, "utf-16") || l == "ucs-2" || l == "iso-10646-ucs-2" {
			if utf16 {
				return input, nil
			}
			return nil, fmt.Errorf("encoding %q declared but the file is not UTF-16 (no byte order mark)", label)
		}
		enc, err := htmlindex.Get(l)
		if err != nil {
			return nil, fmt.Errorf("unsupported encoding %q", label)
		}
		old := *cnt
		nc := NewCounter(transform.NewReader(input, enc.NewDecoder()))
		nc.n, nc.line, nc.col, nc.pline, nc.pcl, nc.last = old.n, old.line, old.col, old.pline, old.pcl, old.last
		*cnt = nc
		return nc, nil
	}
}
