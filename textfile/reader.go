package textfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// PrefixSize is how much of a stream NewReader reads before it decides
// on the encoding: a stream that ends within it is read whole by Decode;
// a longer one that is UTF-8 this far is streamed, the rest checked as it
// is read; a longer one that is not is read whole (legacy encodings and
// UTF-16).
const PrefixSize = 1 << 20

// prefixSize is PrefixSize, smaller in tests.
var prefixSize = PrefixSize

// Reader reads a text stream as clean NFC UTF-8, as Decode does a file,
// without holding a UTF-8 stream in memory: see NewReader.
type Reader struct {
	name string
	src  io.Reader
	enc  string
	lang Lang
	lim  Limits
	det  Detection
	out  io.Reader
	err  error
	init bool
}

// NewReader returns a Reader of src, named name in errors ("-" for
// standard input). enc, lang and l are Decode's. The first PrefixSize
// bytes decide: a UTF-8 stream (with or without a byte order mark) is
// streamed, checked as it passes (invalid UTF-8, NUL and control
// characters, lines over l.MaxLine are an *Error with the line and
// column, after the text before them) and normalized to NFC as it goes;
// a stream that ends within the prefix, or is not UTF-8 there, is read
// whole and decoded by Decode, with its detection. Read returns an
// *Error for text that is not clean, and src's errors as they are.
//
//	r := textfile.NewReader("big.txt", f, textfile.Auto, textfile.AnyLang, textfile.Limits{MaxLine: textfile.MaxArticleLine})
//	sc := bufio.NewScanner(r) // NFC UTF-8 lines
func NewReader(name string, src io.Reader, enc string, lang Lang, l Limits) *Reader {
	return &Reader{name: name, src: src, enc: enc, lang: lang, lim: l}
}

// Detection says which encoding was used and why; valid after the first
// Read.
func (r *Reader) Detection() Detection { return r.det }

func (r *Reader) Read(p []byte) (int, error) {
	if !r.init {
		r.init = true
		r.err = r.start()
	}
	if r.out == nil {
		return 0, r.err
	}
	return r.out.Read(p)
}

var utf8BOM = []byte("\xef\xbb\xbf")

func (r *Reader) start() error {
	enc, err := ParseEncoding(r.enc)
	if err != nil {
		return err
	}
	prefix := make([]byte, max(prefixSize, 4)) // room for a byte order mark
	n, err := io.ReadFull(r.src, prefix)
	prefix = prefix[:n]
	switch {
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return r.whole(prefix, enc)
	case err != nil:
		return err
	}
	body, bom := prefix, bytes.HasPrefix(prefix, utf8BOM)
	if bom {
		body = body[len(utf8BOM):]
	}
	utf16 := bytes.HasPrefix(prefix, []byte{0xFF, 0xFE}) || bytes.HasPrefix(prefix, []byte{0xFE, 0xFF})
	if !utf16 && (bom || enc == Auto || enc == UTF8) && utf8.Valid(completeRunes(body)) {
		r.det = Detection{Encoding: UTF8, Declared: enc != Auto}
		switch {
		case bom:
			r.det.Evidence, r.det.Skipped = "UTF-8 byte order mark", len(utf8BOM)
		case enc != Auto:
			r.det.Evidence = "declared"
		default:
			r.det.Evidence = fmt.Sprintf("valid UTF-8 in the first %s bytes (the rest checked as it is read)", thousands(prefixSize))
		}
		chk := &checker{name: r.name, src: io.MultiReader(bytes.NewReader(body), r.src), lim: r.lim, line: 1, col: 1,
			declared: enc == UTF8}
		r.out = &nfcReader{src: chk}
		return nil
	}
	all, err := io.ReadAll(io.MultiReader(bytes.NewReader(prefix), r.src))
	if err != nil {
		return err
	}
	return r.whole(all, enc)
}

// whole decodes a stream read whole.
func (r *Reader) whole(data []byte, enc string) error {
	text, det, err := Decode(r.name, data, enc, r.lang, r.lim)
	r.det = det
	if err != nil {
		return err
	}
	r.out = strings.NewReader(text)
	return nil
}

// completeRunes is b without an incomplete UTF-8 sequence at its end (a
// prefix cut in the middle of a character).
func completeRunes(b []byte) []byte {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:]) {
				return b[:i]
			}
			break
		}
	}
	return b
}

// checker passes a UTF-8 stream through, checking it as Check does a
// file: the bytes before the first fault are passed, then the fault is
// an *Error.
type checker struct {
	name     string
	src      io.Reader
	lim      Limits
	declared bool
	buf      [64 << 10]byte
	start    int // buf[start:ready] is checked, not yet passed
	ready    int
	end      int // buf[ready:end] is read, not yet checked (an incomplete character)
	eof      bool
	err      error // the fault after buf[:ready], or the source's error
	// Position of buf[ready]: line, column (characters), offset; and the
	// offset where the line starts.
	line, col int
	off       int
	lineStart int
}

func (c *checker) Read(p []byte) (int, error) {
	for c.start == c.ready {
		if c.err != nil {
			return 0, c.err
		}
		if c.eof {
			return 0, io.EOF
		}
		c.fill()
	}
	n := copy(p, c.buf[c.start:c.ready])
	c.start += n
	return n, nil
}

// fill reads more and checks it.
func (c *checker) fill() {
	// The unchecked tail to the front.
	k := copy(c.buf[:], c.buf[c.ready:c.end])
	c.start, c.ready, c.end = 0, 0, k
	n, err := c.src.Read(c.buf[c.end:])
	c.end += n
	if err == io.EOF {
		c.eof = true
	} else if err != nil {
		c.err = err
	}
	c.check()
}

func (c *checker) check() {
	b := c.buf[:c.end]
	i := c.ready
	if c.lim.MaxLine == 0 {
		// The fast way for clean text: validated at once, the position
		// moved by counting; the slow way below finds a fault's place.
		part := b[i:]
		if !c.eof && c.err == nil {
			part = completeRunes(part)
		}
		if clean(part, c.lim.FormFeed) {
			c.advance(part)
			c.ready = i + len(part)
			return
		}
	}
	for i < len(b) {
		ch := b[i]
		if ch < utf8.RuneSelf {
			if ch == '\n' {
				if c.lim.MaxLine > 0 && c.off-c.lineStart > c.lim.MaxLine {
					c.fault(i, &Error{File: c.name, Line: c.line, Col: 1, Offset: c.lineStart, Msg: fmt.Sprintf("line longer than %s bytes", thousands(c.lim.MaxLine))})
					return
				}
				c.line, c.col, c.lineStart = c.line+1, 1, c.off+1
			} else {
				if (ch < 0x20 || ch == 0x7F) && IsControl(rune(ch), c.lim.FormFeed) {
					c.fault(i, c.at(Describe(rune(ch))))
					return
				}
				c.col++
			}
			i++
			c.off++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			if !utf8.FullRune(b[i:]) && !c.eof && c.err == nil {
				break // the rest of the character is still to be read
			}
			msg := fmt.Sprintf("byte 0x%02X is not UTF-8", ch)
			if c.declared {
				msg += " (declared utf-8)"
			} else {
				msg += " (the text before it was read as UTF-8)"
			}
			c.fault(i, c.at(msg))
			return
		}
		if IsControl(r, c.lim.FormFeed) {
			c.fault(i, c.at(Describe(r)))
			return
		}
		i += n
		c.off += n
		c.col++
	}
	c.ready = i
	if c.eof && c.err == nil && c.ready == c.end && c.lim.MaxLine > 0 && c.off-c.lineStart > c.lim.MaxLine {
		c.err = &Error{File: c.name, Line: c.line, Col: 1, Offset: c.lineStart, Msg: fmt.Sprintf("line longer than %s bytes", thousands(c.lim.MaxLine))}
	}
}

// clean reports whether b is UTF-8 without NUL or control characters.
func clean(b []byte, ff bool) bool {
	if !utf8.Valid(b) {
		return false
	}
	for i, ch := range b {
		switch {
		case ch < 0x20:
			if ch != '\n' && ch != '\t' && ch != '\r' && (ch != '\f' || !ff) {
				return false
			}
		case ch == 0x7F:
			return false
		case ch == 0xC2: // U+0080-U+009F are C2 80 to C2 9F
			if i+1 < len(b) && b[i+1] < 0xA0 {
				return false
			}
		}
	}
	return true
}

// advance moves the position past clean text b.
func (c *checker) advance(b []byte) {
	if nl := bytes.Count(b, []byte{'\n'}); nl > 0 {
		last := bytes.LastIndexByte(b, '\n')
		c.line += nl
		c.col = 1 + utf8.RuneCount(b[last+1:])
		c.lineStart = c.off + last + 1
	} else {
		c.col += utf8.RuneCount(b)
	}
	c.off += len(b)
}

func (c *checker) at(msg string) *Error {
	return &Error{File: c.name, Line: c.line, Col: c.col, Offset: c.off, Msg: msg}
}

// fault passes the bytes before i, then e.
func (c *checker) fault(i int, e *Error) {
	c.ready, c.end = i, i
	c.err = e
}

// nfcReader normalizes a UTF-8 stream to NFC: each read is cut at its
// last normalization boundary, the part before it passed as it is when
// already in NFC (the usual case, and fast), normalized otherwise; the
// rest waits for the next read. (norm's own quick check reads Hangul at
// about 11 MB/s; appendNFC copies the usual news text as it is.) Unlike norm.Reader it passes all the text
// before an error of its source.
type nfcReader struct {
	src   io.Reader
	in    []byte // the part of the stream not yet normalized
	out   []byte
	pos   int
	err   error
	chunk [64 << 10]byte
}

func (r *nfcReader) Read(p []byte) (int, error) {
	for r.pos == len(r.out) {
		if r.err != nil {
			return 0, r.err
		}
		r.fill()
	}
	n := copy(p, r.out[r.pos:])
	r.pos += n
	return n, nil
}

func (r *nfcReader) fill() {
	n, err := r.src.Read(r.chunk[:])
	r.in = append(r.in, r.chunk[:n]...)
	cut := len(r.in)
	if err == nil {
		cut = norm.NFC.LastBoundary(r.in)
		if cut <= 0 {
			if len(r.in) < 1<<20 {
				return // no boundary yet: read on
			}
			cut = len(r.in) // a megabyte of combining marks: cut anyway
		}
	} else {
		r.err = err
	}
	r.out = appendNFC(r.out[:0], r.in[:cut])
	r.pos = 0
	r.in = append(r.in[:0], r.in[cut:]...)
}

// appendNFC appends b (UTF-8 that starts and ends at normalization
// boundaries) to out in NFC. Runs of characters that are in NFC and never
// combine with the character before them (stableRune: the usual news
// text) are copied; each other run is normalized together with the
// stable character before it, the run's ends being boundaries.
func appendNFC(out, b []byte) []byte {
	done := 0       // b[:done] is in out
	lastStable := 0 // start of the last stable character seen
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			lastStable = i
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if stableRune(r) {
			lastStable = i
			i += n
			continue
		}
		// An unstable run from i: normalized from the stable character
		// before it (a boundary) to the next stable one (another).
		start := max(lastStable, done)
		j := i + n
		for j < len(b) {
			r, n := utf8.DecodeRune(b[j:])
			if r < utf8.RuneSelf || stableRune(r) {
				break
			}
			j += n
		}
		out = append(out, b[done:start]...)
		out = norm.NFC.Append(out, b[start:j]...)
		done, i = j, j
		lastStable = j
	}
	return append(out, b[done:]...)
}

// stableRune reports whether r is in NFC and never combines with the
// character before it: ASCII and the rest below U+0300, Hangul
// syllables, punctuation of U+2010-U+205E, CJK punctuation U+3000-U+3029,
// Hangul compatibility jamo U+3131-U+318E, CJK squared units
// U+3380-U+33FF and the CJK ideographs of U+4E00-U+9FFF; fullwidth forms
// U+FF01-U+FF5E (TestStableNFC checks every one).
func stableRune(r rune) bool {
	switch {
	case r < 0x300:
		return r != utf8.RuneError
	case r >= 0xAC00 && r <= 0xD7A3:
		return true
	case r >= 0x2010 && r <= 0x205E:
		return true
	case r >= 0x3000 && r <= 0x3029:
		return true
	case r >= 0x3131 && r <= 0x318E:
		return true
	case r >= 0x3380 && r <= 0x33FF:
		return true
	case r >= 0x4E00 && r <= 0x9FFF:
		return true
	case r >= 0xFF01 && r <= 0xFF5E:
		return true
	}
	return false
}
