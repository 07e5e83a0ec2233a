package xmlio

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Tokens reads an XML document token by token and knows where each token
// starts: the reading core the tmx and xliff decoders share. Errors are
// made by the caller's functions, so that each package reports its own
// error type.
type Tokens struct {
	x      *xml.Decoder
	cnt    *Counter
	errorf func(line, col int, msg string) error
	wrap   func(line, col int, err error) error
}

// NewTokens reads XML from r: UTF-8 (with or without a byte order mark),
// UTF-16, or an encoding declared in the XML declaration. errorf makes the
// caller's syntax error at a position; wrap makes its error for an XML
// error whose message has no position of its own.
func NewTokens(r io.Reader, errorf func(line, col int, msg string) error, wrap func(line, col int, err error) error) *Tokens {
	br, utf16 := Sniff(r)
	t := &Tokens{cnt: NewCounter(br), errorf: errorf, wrap: wrap}
	t.x = xml.NewDecoder(t.cnt)
	t.x.CharsetReader = CharsetReader(utf16, &t.cnt)
	return t
}

// Where returns the line and column where the next token starts.
func (t *Tokens) Where() (line, col int) { return t.cnt.Pos(t.x.InputOffset()) }

// End returns the line and column just past what has been read: where an
// unexpected end of the input is reported.
func (t *Tokens) End() (line, col int) { return t.cnt.Line(), t.cnt.Col() }

// Root reads up to the document's root element and returns it with the
// line and column where it starts. A document with no element is the
// caller's error at its end ("no <tmx> element: empty document"); a root
// element other than want is the caller's error at the root, named as
// name says ("not a TMX document: root element is <x>, want <tmx>").
func (t *Tokens) Root(want, name string) (se xml.StartElement, line, col int, err error) {
	for {
		line, col = t.Where()
		tok, err := t.Token()
		if err == io.EOF {
			el, ec := t.End()
			return se, el, ec, t.errorf(el, ec, fmt.Sprintf("no <%s> element: empty document", want))
		}
		if err != nil {
			return se, line, col, err
		}
		if se, ok := tok.(xml.StartElement); ok {
			if se.Name.Local != want {
				return se, line, col, t.errorf(line, col, fmt.Sprintf("not %s document: root element is <%s>, want <%s>", name, se.Name.Local, want))
			}
			return se, line, col, nil
		}
	}
}

// Token returns the next token. XML errors become the caller's errors at
// their position; the end of input is io.EOF.
//
// Character data is returned in Unicode NFC; the control characters XML
// allows but discourages (DEL and the C1 controls U+0080-U+009F, which in
// a translation file are text decoded in the wrong encoding) are errors
// at their position. encoding/xml itself rejects bytes that are not UTF-8
// and the other control characters.
func (t *Tokens) Token() (xml.Token, error) {
	off := t.x.InputOffset()
	line, col := t.cnt.Pos(off)
	t.cnt.Record(off)
	tok, err := t.x.Token()
	if err == nil {
		if cd, ok := tok.(xml.CharData); ok {
			nfc, err := t.charData(cd, line, col)
			if err != nil || nfc == nil {
				return tok, err // tok unchanged: no new interface value
			}
			return nfc, nil
		}
		return tok, nil
	}
	if err == io.EOF {
		return nil, io.EOF
	}
	eline, ecol, msg, ok := t.cnt.TokenError(err)
	if ok {
		// encoding/xml checks a text after reading it: the bad
		// character is found in the bytes of the token.
		if msg == "invalid UTF-8" || strings.HasPrefix(msg, "illegal character code") {
			if l, c, found := firstBad(t.cnt.Recorded(), line, col); found {
				eline, ecol = l, c
			}
		}
		return nil, t.errorf(eline, ecol, msg)
	}
	return nil, t.wrap(line, col, err)
}

// TokenIn is Token for a point inside an element: the end of input is an
// error.
func (t *Tokens) TokenIn() (xml.Token, error) {
	tok, err := t.Token()
	if err == io.EOF {
		line, col := t.End()
		return nil, t.errorf(line, col, "unexpected end of file")
	}
	return tok, err
}

// Skip skips to the end of the element whose start tag was just read.
func (t *Tokens) Skip() error {
	for depth := 1; depth > 0; {
		tok, err := t.TokenIn()
		if err != nil {
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return nil
}

// Children calls f for every child element of the element just started,
// with the position of its start tag, up to the element's end tag; f must
// consume the child.
func (t *Tokens) Children(f func(se xml.StartElement, line, col int) error) error {
	for {
		line, col := t.Where()
		tok, err := t.TokenIn()
		if err != nil {
			return err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if err := f(tok, line, col); err != nil {
				return err
			}
		case xml.EndElement:
			return nil
		}
	}
}

// FilePrefix returns "FILE:" for a named input, "" for an unnamed one: the
// start of an error's position.
func FilePrefix(file string) string {
	if file == "" {
		return ""
	}
	return file + ":"
}

// MaxText is the longest run of character data Tokens returns, in bytes:
// a segment, a note, a pattern. Longer text is an error (no translation
// segment is a megabyte long; a file that says so is broken or hostile).
const MaxText = 1 << 20

// charData checks character data that starts at line:col and returns its
// NFC form when that differs, else nil.
func (t *Tokens) charData(cd xml.CharData, line, col int) (xml.CharData, error) {
	if len(cd) > MaxText {
		return nil, t.errorf(line, col, fmt.Sprintf("text of %d bytes; the longest allowed is %d (1 MiB)", len(cd), MaxText))
	}
	ascii := true
	for _, c := range cd {
		if c >= utf8.RuneSelf || c == 0x7F {
			ascii = false
			break
		}
	}
	if ascii {
		return nil, nil
	}
	for _, r := range string(cd) {
		if r == 0x7F || (r >= 0x80 && r <= 0x9F) {
			return nil, t.errorf(line, col, fmt.Sprintf("control character U+%04X", r))
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	if !norm.NFC.IsNormal(cd) {
		return xml.CharData(norm.NFC.Bytes(cd)), nil
	}
	return nil, nil
}

// firstBad returns the position of the first byte of data (which starts at
// line:col) that is not UTF-8 or is a character XML does not allow.
func firstBad(data []byte, line, col int) (int, int, bool) {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if (r == utf8.RuneError && n == 1) || !xmlChar(r) {
			return line, col, true
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += n
	}
	return 0, 0, false
}

// xmlChar reports whether XML 1.0 allows r.
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}
