package tmx

import (
	"bitext/internal/xmlio"
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Encoder writes a TMX 1.4b document to a stream, one unit at a time. The
// output validates against tmx14.dtd.
type Encoder struct {
	w      *bufio.Writer
	b      strings.Builder
	err    error
	closed bool
}

// Defaults for the header attributes that TMX 1.4b requires, used when the
// Header given to NewEncoder leaves them empty.
const (
	DefaultCreationTool = "bitext"
	DefaultToolVersion  = "0.1"
	DefaultSegType      = "sentence"
	DefaultOTmf         = "bitext"
	DefaultAdminLang    = "en"
	DefaultSrcLang      = "*all*"
	DefaultDataType     = "plaintext"
)

// NewEncoder writes the XML declaration, the document type, the <tmx> and
// <header> elements and opens <body>. Required header attributes left empty
// get the Default values. Close must be called to end the document.
func NewEncoder(w io.Writer, h *Header) (*Encoder, error) {
	if h == nil {
		h = &Header{}
	}
	if h.SegType != "" && !validSegType(h.SegType) {
		return nil, fmt.Errorf("tmx: header segtype %q: want block, paragraph, sentence or phrase", h.SegType)
	}
	e := &Encoder{w: bufio.NewWriterSize(w, 64<<10)}
	b := &e.b
	b.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\">\n  <header")
	writeAttr(b, "creationtool", or(h.CreationTool, DefaultCreationTool), true)
	writeAttr(b, "creationtoolversion", or(h.CreationToolVersion, DefaultToolVersion), true)
	writeAttr(b, "segtype", or(h.SegType, DefaultSegType), true)
	writeAttr(b, "o-tmf", or(h.OTmf, DefaultOTmf), true)
	writeAttr(b, "adminlang", or(h.AdminLang, DefaultAdminLang), true)
	writeAttr(b, "srclang", or(h.SrcLang, DefaultSrcLang), true)
	writeAttr(b, "datatype", or(h.DataType, DefaultDataType), true)
	writeAttr(b, "o-encoding", h.OEncoding, false)
	writeAttr(b, "creationdate", h.CreationDate, false)
	writeAttr(b, "creationid", h.CreationID, false)
	writeAttr(b, "changedate", h.ChangeDate, false)
	writeAttr(b, "changeid", h.ChangeID, false)
	if len(h.Props)+len(h.Notes) == 0 {
		b.WriteString("/>\n")
	} else {
		b.WriteString(">\n")
		writeNotesProps(b, "    ", h.Notes, h.Props)
		b.WriteString("  </header>\n")
	}
	b.WriteString("  <body>\n")
	if err := e.flush(); err != nil {
		return nil, err
	}
	return e, nil
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func validSegType(s string) bool {
	switch s {
	case "block", "paragraph", "sentence", "phrase":
		return true
	}
	return false
}

// Encode writes one translation unit. A unit needs at least one variant,
// every variant a language, and segment markup must be well-formed and use
// only TMX inline elements; otherwise Encode returns an error and writes
// nothing. Line and Col are not written.
func (e *Encoder) Encode(tu *TU) error {
	if e.err != nil {
		return e.err
	}
	if e.closed {
		return errors.New("tmx: encode after close")
	}
	if err := checkTU(tu); err != nil {
		return err
	}
	b := &e.b
	b.WriteString("    <tu")
	writeAttr(b, "tuid", tu.TUID, false)
	writeAttr(b, "datatype", tu.DataType, false)
	writeAttr(b, "usagecount", tu.UsageCount, false)
	writeAttr(b, "lastusagedate", tu.LastUsageDate, false)
	writeAttr(b, "creationtool", tu.CreationTool, false)
	writeAttr(b, "creationtoolversion", tu.CreationToolVersion, false)
	writeAttr(b, "creationdate", tu.CreationDate, false)
	writeAttr(b, "creationid", tu.CreationID, false)
	writeAttr(b, "changedate", tu.ChangeDate, false)
	writeAttr(b, "segtype", tu.SegType, false)
	writeAttr(b, "changeid", tu.ChangeID, false)
	writeAttr(b, "o-tmf", tu.OTmf, false)
	writeAttr(b, "srclang", tu.SrcLang, false)
	b.WriteString(">\n")
	writeNotesProps(b, "      ", tu.Notes, tu.Props)
	for i := range tu.Variants {
		v := &tu.Variants[i]
		b.WriteString("      <tuv")
		writeAttr(b, "xml:lang", v.Lang, true)
		writeAttr(b, "creationdate", v.CreationDate, false)
		writeAttr(b, "creationid", v.CreationID, false)
		writeAttr(b, "changedate", v.ChangeDate, false)
		writeAttr(b, "changeid", v.ChangeID, false)
		b.WriteString(">\n")
		writeNotesProps(b, "        ", v.Notes, v.Props)
		b.WriteString("        <seg>")
		b.WriteString(v.Seg.XML)
		b.WriteString("</seg>\n      </tuv>\n")
	}
	b.WriteString("    </tu>\n")
	if b.Len() >= 32<<10 {
		return e.flush()
	}
	return nil
}

// Close ends the document and flushes it. It does not close the writer.
func (e *Encoder) Close() error {
	if e.closed {
		return e.err
	}
	e.closed = true
	if e.err != nil {
		return e.err
	}
	e.b.WriteString("  </body>\n</tmx>\n")
	if err := e.flush(); err != nil {
		return err
	}
	if err := e.w.Flush(); err != nil {
		e.err = fmt.Errorf("tmx: %w", err)
	}
	return e.err
}

func (e *Encoder) flush() error {
	_, err := e.w.WriteString(e.b.String())
	e.b.Reset()
	if err != nil {
		e.err = fmt.Errorf("tmx: %w", err)
	}
	return e.err
}

func writeAttr(b *strings.Builder, name, value string, always bool) {
	if value == "" && !always {
		return
	}
	b.WriteByte(' ')
	b.WriteString(name)
	b.WriteString(`="`)
	xmlio.EscapeAttr(b, value)
	b.WriteByte('"')
}

func writeNotesProps(b *strings.Builder, indent string, notes []Note, props []Prop) {
	for _, p := range props {
		b.WriteString(indent)
		b.WriteString("<prop")
		writeAttr(b, "type", p.Type, true)
		writeAttr(b, "xml:lang", p.Lang, false)
		writeAttr(b, "o-encoding", p.OEncoding, false)
		b.WriteByte('>')
		xmlio.EscapeText(b, p.Value)
		b.WriteString("</prop>\n")
	}
	for _, n := range notes {
		b.WriteString(indent)
		b.WriteString("<note")
		writeAttr(b, "xml:lang", n.Lang, false)
		writeAttr(b, "o-encoding", n.OEncoding, false)
		b.WriteByte('>')
		xmlio.EscapeText(b, n.Value)
		b.WriteString("</note>\n")
	}
}

func tuName(tu *TU) string {
	if tu.TUID != "" {
		return fmt.Sprintf("tu %q", tu.TUID)
	}
	return "tu"
}

func checkTU(tu *TU) error {
	if len(tu.Variants) == 0 {
		return fmt.Errorf("tmx: %s has no variants", tuName(tu))
	}
	if tu.SegType != "" && !validSegType(tu.SegType) {
		return fmt.Errorf("tmx: %s: segtype %q: want block, paragraph, sentence or phrase", tuName(tu), tu.SegType)
	}
	for i := range tu.Variants {
		v := &tu.Variants[i]
		if v.Lang == "" {
			return fmt.Errorf("tmx: %s: variant %d has no language", tuName(tu), i+1)
		}
		if err := CheckSeg(v.Seg); err != nil {
			return fmt.Errorf("tmx: %s: %s segment: %w", tuName(tu), v.Lang, err)
		}
	}
	return nil
}

// inline lists the elements TMX 1.4b allows inside <seg> and the elements
// each allows in turn.
var inline = map[string]map[string]bool{
	"seg": {"bpt": true, "ept": true, "ph": true, "it": true, "hi": true, "ut": true},
	"hi":  {"bpt": true, "ept": true, "ph": true, "it": true, "hi": true, "ut": true},
	"sub": {"bpt": true, "ept": true, "ph": true, "it": true, "hi": true, "ut": true},
	"bpt": {"sub": true}, "ept": {"sub": true}, "ph": {"sub": true}, "it": {"sub": true}, "ut": {"sub": true},
}

// CheckSeg reports whether s is well-formed segment content for TMX 1.4b:
// character data allowed in XML, and only the inline elements bpt, ept, ph,
// it, hi, ut and sub, nested as the DTD allows. DEL and the C1 controls
// (U+0080-U+009F), which XML allows but the reader refuses (in a TM they are
// text decoded in the wrong encoding), are refused too, written or as
// character references, so that the writer writes nothing its reader
// refuses.
func CheckSeg(s Seg) error {
	if !strings.ContainsAny(s.XML, "<&") {
		if xmlio.NeedsEscape(strings.ReplaceAll(s.XML, ">", "")) || strings.Contains(s.XML, "]]>") {
			return errors.New("character not allowed in XML")
		}
		return discouraged(s.XML)
	}
	d := xml.NewDecoder(strings.NewReader("<seg>" + s.XML + "</seg>"))
	var stack []string
	for {
		t, err := d.RawToken()
		if err == io.EOF {
			if len(stack) != 0 {
				return errors.New("unclosed element")
			}
			return nil
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				return errors.New(se.Msg)
			}
			return err
		}
		switch t := t.(type) {
		case xml.StartElement:
			name := t.Name.Local
			if t.Name.Space != "" {
				name = t.Name.Space + ":" + name
			}
			if len(stack) > 0 && !inline[stack[len(stack)-1]][name] {
				return fmt.Errorf("element <%s> not allowed in <%s>", name, stack[len(stack)-1])
			}
			if len(stack) == 0 && name != "seg" {
				return fmt.Errorf("element <%s> outside <seg>", name)
			}
			stack = append(stack, name)
		case xml.EndElement:
			name := t.Name.Local
			if t.Name.Space != "" {
				name = t.Name.Space + ":" + name
			}
			if len(stack) == 0 || stack[len(stack)-1] != name {
				return fmt.Errorf("unexpected </%s>", name)
			}
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				// The wrapper closed early: "</seg>" inside the content.
				if _, err := d.RawToken(); err != io.EOF {
					return errors.New("unexpected </seg>")
				}
				return nil
			}
		case xml.CharData:
			if err := discouraged(string(t)); err != nil {
				return err
			}
		case xml.Directive, xml.ProcInst:
			return errors.New("directive or processing instruction in segment")
		}
	}
}

// discouraged returns an error naming the first DEL or C1 control of s.
func discouraged(s string) error {
	for _, r := range s {
		if r == 0x7F || r >= 0x80 && r <= 0x9F {
			return fmt.Errorf("control character U+%04X is not text", r)
		}
	}
	return nil
}
