package xmlio

import (
	"encoding/xml"
	"io"
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

// Token returns the next token. XML errors become the caller's errors at
// their position; the end of input is io.EOF.
func (t *Tokens) Token() (xml.Token, error) {
	tok, err := t.x.Token()
	if err == nil {
		return tok, nil
	}
	if err == io.EOF {
		return nil, io.EOF
	}
	line, col, msg, ok := t.cnt.TokenError(err)
	if ok {
		return nil, t.errorf(line, col, msg)
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
