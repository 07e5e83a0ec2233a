package tmx

import (
	"bitext/internal/xmlio"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

const xmlURL = "http://www.w3.org/XML/1998/namespace"

// Decoder reads a TMX document from a stream, one unit at a time.
type Decoder struct {
	// File names the input in errors; it may be left empty.
	File string

	tok   *xmlio.Tokens
	hdr   *Header
	state int // see the constants below
	err   error
}

const (
	stStart  = iota // nothing read yet
	stInTMX         // inside <tmx>, header possibly read, body not started
	stInBody        // inside <body>
	stDone          // </body> read or document ended
)

// NewDecoder returns a decoder reading TMX from r. Files in UTF-8 (with or
// without a byte order mark), in UTF-16 and in encodings declared in the
// XML declaration are accepted.
func NewDecoder(r io.Reader) *Decoder {
	d := &Decoder{}
	d.tok = xmlio.NewTokens(r, func(line, col int, msg string) error {
		return d.errorf(line, col, "%s", msg)
	}, func(line, col int, err error) error {
		return fmt.Errorf("tmx: %s%d:%d: %w", xmlio.FilePrefix(d.File), line, col, err)
	})
	return d
}

// Header reads the document up to its <body> and returns the header. A
// document without a <header> gives an empty Header.
func (d *Decoder) Header() (*Header, error) {
	if d.state == stStart && d.err == nil {
		d.err = d.readHeader()
	}
	if d.hdr == nil && d.err != nil {
		return nil, d.err
	}
	if d.hdr == nil {
		d.hdr = &Header{}
	}
	return d.hdr, nil
}

// Next returns the next translation unit, or io.EOF after the last one.
// Errors in the input are *SyntaxError values and are final.
func (d *Decoder) Next() (*TU, error) {
	if d.err != nil {
		return nil, d.err
	}
	if d.state == stStart {
		if _, err := d.Header(); err != nil {
			return nil, err
		}
	}
	for d.state == stInTMX || d.state == stInBody {
		line, col := d.tok.Where()
		t, err := d.tok.Token()
		if err != nil {
			d.err = err
			return nil, err
		}
		switch t := t.(type) {
		case xml.StartElement:
			if d.state == stInBody && t.Name.Local == "tu" {
				tu, err := d.readTU(t, line, col)
				if err != nil {
					d.err = err
					return nil, err
				}
				return tu, nil
			}
			if d.state == stInTMX && t.Name.Local == "body" {
				d.state = stInBody
				continue
			}
			if err := d.tok.Skip(); err != nil {
				d.err = err
				return nil, err
			}
		case xml.EndElement:
			if d.state == stInBody {
				d.state = stInTMX // </body>
			} else {
				d.state = stDone // </tmx>
			}
		}
	}
	// Read to the end so that garbage after </tmx> is reported.
	if d.state == stDone {
		for {
			_, err := d.tok.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				d.err = err
				return nil, err
			}
		}
		d.state = stDone + 1
	}
	d.err = io.EOF
	return nil, io.EOF
}

// errorf returns a *SyntaxError at line, col.
func (d *Decoder) errorf(line, col int, format string, args ...any) error {
	return &SyntaxError{File: d.File, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
}

func (d *Decoder) readHeader() error {
	if _, _, _, err := d.tok.Root("tmx", "a TMX"); err != nil {
		return err
	}
	d.state = stInTMX
	for {
		t, err := d.tok.TokenIn()
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "header":
				h, err := d.readHeaderElem(t)
				if err != nil {
					return err
				}
				d.hdr = h
			case "body":
				d.state = stInBody
				return nil
			default:
				if err := d.tok.Skip(); err != nil {
					return err
				}
			}
		case xml.EndElement:
			d.state = stDone
			return nil
		}
	}
}

func attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Space == "" && a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// langAttr returns xml:lang, or the TMX 1.1 lang attribute.
func langAttr(se xml.StartElement) string {
	lang := ""
	for _, a := range se.Attr {
		if a.Name.Local != "lang" {
			continue
		}
		if a.Name.Space == xmlURL {
			return a.Value
		}
		if a.Name.Space == "" {
			lang = a.Value
		}
	}
	return lang
}

func (d *Decoder) readHeaderElem(se xml.StartElement) (*Header, error) {
	h := &Header{
		CreationTool:        attr(se, "creationtool"),
		CreationToolVersion: attr(se, "creationtoolversion"),
		SegType:             attr(se, "segtype"),
		OTmf:                attr(se, "o-tmf"),
		AdminLang:           attr(se, "adminlang"),
		SrcLang:             attr(se, "srclang"),
		DataType:            attr(se, "datatype"),
		CreationDate:        attr(se, "creationdate"),
		CreationID:          attr(se, "creationid"),
		ChangeDate:          attr(se, "changedate"),
		ChangeID:            attr(se, "changeid"),
		OEncoding:           attr(se, "o-encoding"),
	}
	err := d.tok.Children(func(c xml.StartElement, line, col int) error {
		switch c.Name.Local {
		case "prop":
			p, err := d.readProp(c)
			h.Props = append(h.Props, p)
			return err
		case "note":
			n, err := d.readNote(c)
			h.Notes = append(h.Notes, n)
			return err
		}
		return d.tok.Skip() // ude and unknown elements
	})
	return h, err
}

// text returns the character data of the element just started; child
// elements are skipped.
func (d *Decoder) text() (string, error) {
	var b strings.Builder
	for {
		t, err := d.tok.TokenIn()
		if err != nil {
			return "", err
		}
		switch t := t.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.StartElement:
			if err := d.tok.Skip(); err != nil {
				return "", err
			}
		case xml.EndElement:
			return b.String(), nil
		}
	}
}

func (d *Decoder) readProp(se xml.StartElement) (Prop, error) {
	v, err := d.text()
	return Prop{Type: attr(se, "type"), Lang: langAttr(se), OEncoding: attr(se, "o-encoding"), Value: v}, err
}

func (d *Decoder) readNote(se xml.StartElement) (Note, error) {
	v, err := d.text()
	return Note{Lang: langAttr(se), OEncoding: attr(se, "o-encoding"), Value: v}, err
}

func (d *Decoder) readTU(se xml.StartElement, line, col int) (*TU, error) {
	tu := &TU{
		TUID:                attr(se, "tuid"),
		SrcLang:             attr(se, "srclang"),
		DataType:            attr(se, "datatype"),
		SegType:             attr(se, "segtype"),
		OTmf:                attr(se, "o-tmf"),
		CreationTool:        attr(se, "creationtool"),
		CreationToolVersion: attr(se, "creationtoolversion"),
		CreationDate:        attr(se, "creationdate"),
		CreationID:          attr(se, "creationid"),
		ChangeDate:          attr(se, "changedate"),
		ChangeID:            attr(se, "changeid"),
		UsageCount:          attr(se, "usagecount"),
		LastUsageDate:       attr(se, "lastusagedate"),
		Line:                line,
		Col:                 col,
	}
	err := d.tok.Children(func(c xml.StartElement, cl, cc int) error {
		switch c.Name.Local {
		case "prop":
			p, err := d.readProp(c)
			tu.Props = append(tu.Props, p)
			return err
		case "note":
			n, err := d.readNote(c)
			tu.Notes = append(tu.Notes, n)
			return err
		case "tuv":
			v, err := d.readTUV(c, cl, cc)
			if err != nil {
				return err
			}
			tu.Variants = append(tu.Variants, v)
			return nil
		}
		return d.tok.Skip()
	})
	if err != nil {
		return nil, err
	}
	return tu, nil
}

func (d *Decoder) readTUV(se xml.StartElement, line, col int) (TUV, error) {
	v := TUV{
		Lang:         langAttr(se),
		CreationDate: attr(se, "creationdate"),
		CreationID:   attr(se, "creationid"),
		ChangeDate:   attr(se, "changedate"),
		ChangeID:     attr(se, "changeid"),
	}
	if v.Lang == "" {
		return v, d.errorf(line, col, "<tuv> without xml:lang")
	}
	seen := false
	err := d.tok.Children(func(c xml.StartElement, cl, cc int) error {
		switch c.Name.Local {
		case "prop":
			p, err := d.readProp(c)
			v.Props = append(v.Props, p)
			return err
		case "note":
			n, err := d.readNote(c)
			v.Notes = append(v.Notes, n)
			return err
		case "seg":
			if seen {
				return d.errorf(cl, cc, "<tuv> with more than one <seg>")
			}
			seen = true
			s, err := d.readSeg()
			v.Seg = s
			return err
		}
		return d.tok.Skip()
	})
	if err == nil && !seen {
		err = d.errorf(line, col, "<tuv xml:lang=%q> without <seg>", v.Lang)
	}
	return v, err
}

// readSeg returns the inner XML of the <seg> just started, canonically.
func (d *Decoder) readSeg() (Seg, error) {
	var b strings.Builder
	depth := 0
	open := false // a start tag is written without its closing ">"
	for {
		t, err := d.tok.TokenIn()
		if err != nil {
			return Seg{}, err
		}
		switch t := t.(type) {
		case xml.CharData:
			if open {
				b.WriteByte('>')
				open = false
			}
			xmlio.EscapeText(&b, string(t))
		case xml.StartElement:
			if open {
				b.WriteByte('>')
			}
			b.WriteByte('<')
			writeName(&b, t.Name)
			for _, a := range t.Attr {
				b.WriteByte(' ')
				writeName(&b, a.Name)
				b.WriteString(`="`)
				xmlio.EscapeAttr(&b, a.Value)
				b.WriteByte('"')
			}
			open = true
			depth++
		case xml.EndElement:
			if depth == 0 {
				return Seg{XML: b.String()}, nil
			}
			depth--
			if open {
				b.WriteString("/>")
				open = false
				continue
			}
			b.WriteString("</")
			writeName(&b, t.Name)
			b.WriteByte('>')
		}
		// Comments, processing instructions and directives are dropped.
	}
}

// writeName writes an element or attribute name. encoding/xml replaces a
// bound prefix by its namespace URL; the xml prefix is restored, and other
// namespace URLs are dropped (the xmlns attributes stay in place).
func writeName(b *strings.Builder, n xml.Name) {
	switch {
	case n.Space == "":
	case n.Space == xmlURL:
		b.WriteString("xml:")
	case strings.ContainsAny(n.Space, ":/"):
	default:
		b.WriteString(n.Space)
		b.WriteByte(':')
	}
	b.WriteString(n.Local)
}
