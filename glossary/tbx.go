package glossary

import (
	"bitext/internal/xmlio"
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/language"
)

// sniff guesses the format of r from its first bytes and returns a reader
// that still has them.
func sniff(r io.Reader) (Format, io.Reader, error) {
	br := bufio.NewReaderSize(r, 4096)
	head, err := br.Peek(4096)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return FormatAuto, br, err
	}
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	head = bytes.TrimLeft(head, " \t\r\n")
	switch {
	case len(head) > 0 && head[0] == '<':
		return FormatTBX, br, nil
	default:
		line := head
		if i := bytes.IndexByte(line, '\n'); i >= 0 {
			line = line[:i]
		}
		if bytes.IndexByte(line, '\t') >= 0 {
			return FormatTSV, br, nil
		}
	}
	return FormatCSV, br, nil
}

// pendingTerm is a tig/termSec read but not yet added: case and short
// forms are settled at the end of the entry.
type pendingTerm struct {
	raw       string
	lang      language.Tag
	status    Status
	cs        int8 // 0 default, 1 yes, -1 no
	shortForm bool // termType shortForm: the Short of the preferred term
	short     string
	set       int // index of the langSet/langSec in the entry
	line, col int
	ctx       Term // From, Until, Related, NotIn, Context, NotWith of the term
}

// tbx reads TBX v2 (martif) and v3 (tbx) files. See the package doc for
// the data categories read.
func (d *decoder) tbx(r io.Reader) error {
	data, err := readAll(r)
	if err != nil {
		return fmt.Errorf("glossary: %s: %w", d.file, err)
	}
	if err := d.checkText(data, 0); err != nil {
		return err
	}
	// The fast tokenizer reads the plain XML that glossaries are; on
	// anything else (or any error) the file is read again with
	// encoding/xml, which also gives the error messages.
	if !d.slowXML {
		fast := &decoder{file: d.file}
		if err := fast.tbxTokens(xmlio.NewPlain(data)); err == nil {
			*d = *fast
			return nil
		}
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	return d.tbxTokens(dec)
}

// readAll is io.ReadAll with the buffer sized from the reader's length
// when it tells it (a file, a bytes or strings reader): one allocation
// instead of a doubling series.
func readAll(r io.Reader) ([]byte, error) {
	size := 0
	switch v := r.(type) {
	case interface{ Len() int }:
		size = v.Len()
	case interface{ Stat() (os.FileInfo, error) }:
		if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() {
			size = int(fi.Size())
		}
	}
	if size <= 0 {
		return io.ReadAll(r)
	}
	buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
	_, err := buf.ReadFrom(r)
	return buf.Bytes(), err
}

// tokenSource is what tbxTokens reads: an *xml.Decoder or an *xmlio.Plain.
type tokenSource interface {
	Token() (xml.Token, error)
	InputPos() (line, column int)
}

// tbxTokens reads a TBX document from its tokens.
func (d *decoder) tbxTokens(dec tokenSource) error {
	var (
		root   string
		e      *Entry
		terms  []pendingTerm
		cur    *pendingTerm
		lang   language.Tag
		langOK bool
		set    int
		inTig  bool
	)
	syntax := func(err error) error {
		line, col := dec.InputPos()
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			if se.Line != line {
				col = 0 // the column is known only on the decoder's line
			}
			return &SyntaxError{File: d.file, Line: se.Line, Col: col, Msg: se.Msg}
		}
		return &SyntaxError{File: d.file, Line: line, Col: col, Msg: err.Error()}
	}
	for {
		// Where the next token starts: element positions point at '<'.
		startLine, startCol := dec.InputPos()
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return syntax(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			line, col := startLine, startCol
			name := t.Name.Local
			if root == "" {
				root = name
				if name != "martif" && name != "tbx" {
					return &SyntaxError{File: d.file, Line: line, Col: col, Msg: fmt.Sprintf("not a TBX file: the root element is <%s>, not <martif> or <tbx>", name)}
				}
				continue
			}
			switch name {
			case "termEntry", "conceptEntry":
				e = d.tbxEntry(t, line, col)
				terms, set = terms[:0], 0 // endTBXEntry keeps none of them
			case "langSet", "langSec":
				if e == nil {
					continue
				}
				set++
				lang, langOK = d.lang(attr(t, "lang"), line, col)
			case "tig", "ntig", "termSec":
				if e == nil || set == 0 {
					continue
				}
				inTig = true
				terms = append(terms, pendingTerm{lang: lang, set: set})
				cur = &terms[len(terms)-1]
				if !langOK {
					cur.set = -1 // dropped: the language tag was reported
				}
			case "term":
				if !inTig || cur == nil {
					continue
				}
				cur.line, cur.col = dec.InputPos() // the text after <term>
				s, err := innerText(dec)
				if err != nil {
					return syntax(err)
				}
				cur.raw = s
			case "termNote", "descrip", "admin", "note":
				if e == nil {
					continue
				}
				typ := attr(t, "type")
				s, err := innerText(dec)
				if err != nil {
					return syntax(err)
				}
				v := strings.TrimSpace(s)
				if inTig && cur != nil {
					d.tbxTermNote(cur, e, name, typ, v, line, col)
					continue
				}
				d.tbxEntryNote(e, name, typ, v, line, col)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "tig", "ntig", "termSec":
				inTig, cur = false, nil
			case "termEntry", "conceptEntry":
				if e != nil {
					d.endTBXEntry(e, terms)
					d.entries = append(d.entries, e)
				}
				e, terms = nil, nil
			}
		}
	}
	if root == "" {
		return &SyntaxError{File: d.file, Line: 1, Col: 1, Msg: "empty file: no TBX root element"}
	}
	return nil
}

// endTBXEntry turns the pending terms of an entry into terms.
func (d *decoder) endTBXEntry(e *Entry, terms []pendingTerm) {
	for i := range terms {
		p := &terms[i]
		if !p.shortForm || p.set < 0 {
			continue
		}
		// The short form belongs to the closest usable term before it in
		// its language set, else to the preferred (or first usable) one.
		var target *pendingTerm
		for j := i - 1; j >= 0; j-- {
			q := &terms[j]
			if q.set != p.set || q.shortForm {
				continue
			}
			if !q.status.Forbidden() {
				target = q
			}
			break
		}
		for j := range terms {
			if target != nil {
				break
			}
			q := &terms[j]
			if q.set != p.set || q.shortForm || q.status.Forbidden() {
				continue
			}
			if q.status == Preferred {
				target = q
			}
		}
		for j := range terms {
			if target != nil {
				break
			}
			q := &terms[j]
			if q.set == p.set && !q.shortForm && !q.status.Forbidden() {
				target = q
			}
		}
		if target != nil {
			target.short = p.raw
		}
	}
	for i := range terms {
		p := &terms[i]
		if p.shortForm || p.set < 0 {
			continue
		}
		cs := e.Type.CaseSensitiveByDefault()
		if p.cs != 0 {
			cs = p.cs > 0
		}
		line, col := p.line, p.col
		if line == 0 {
			line = e.Line
		}
		if !d.termLength(p.raw, line, col) || !d.termLength(p.short, line, col) {
			continue
		}
		n := len(e.Terms)
		d.addTerm(e, p.raw, p.lang, p.status, cs, p.short, line, col)
		if len(e.Terms) > n {
			t := e.Terms[n]
			t.From, t.Until, t.Related, t.NotIn, t.Context, t.NotWith = p.ctx.From, p.ctx.Until, p.ctx.Related, p.ctx.NotIn, p.ctx.Context, p.ctx.NotWith
			t.Note = p.ctx.Note
		}
	}
}

// attr returns the value of the attribute local (any namespace).
func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// innerText reads the text of the current element up to its end tag,
// inline markup included as text.
func innerText(dec tokenSource) (string, error) {
	if x, ok := dec.(*xmlio.Plain); ok {
		if s, ok := x.PlainText(); ok {
			return s, nil
		}
	}
	var b strings.Builder
	depth := 1
	for depth > 0 {
		tok, err := dec.Token()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return "", err
		}
		switch t := tok.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return b.String(), nil
}

// tbxEntry starts the entry of a <termEntry> or <conceptEntry> element at
// line and col, reporting a missing or repeated id.
func (d *decoder) tbxEntry(t xml.StartElement, line, col int) *Entry {
	name := t.Name.Local
	id := attr(t, "id")
	e := &Entry{ID: strings.TrimSpace(id), Type: TermType, File: d.file, Line: line}
	if e.ID == "" {
		d.problem(line, col, Error, CodeSyntax, true, map[string]any{"Err": "entry without an id"}, "<%s> without an id attribute", name)
	} else if prev, ok := d.ids[e.ID]; ok {
		d.problem(line, col, Error, CodeDuplicateID, true, map[string]any{"ID": e.ID, "Prev": fmt.Sprintf("%s:%d", d.file, prev)},
			"entry id %s is already used at %s:%d", e.ID, d.file, prev)
	} else {
		if d.ids == nil {
			d.ids = map[string]int{}
		}
		d.ids[e.ID] = line
	}
	return e
}

// tbxTermNote applies a note element (name, of type typ, with the value
// v) inside a term's <tig> to the pending term cur of entry e.
func (d *decoder) tbxTermNote(cur *pendingTerm, e *Entry, name, typ, v string, line, col int) {
	switch typ {
	case "administrativeStatus":
		st, ok := ParseStatus(v)
		if !ok {
			d.problem(line, col, Error, CodeSyntax, true, map[string]any{"Err": "unknown status " + v}, "unknown administrativeStatus %q", v)
		}
		cur.status = st
	case "termType":
		if v == "shortForm" {
			cur.shortForm = true
		}
	case "x-validFrom", "x-validUntil":
		tm, err := parseDay(v)
		if err != nil {
			d.problem(line, col, Error, CodeBadDates, true, map[string]any{"ID": e.ID, "Date": v}, "%s %q is not a YYYY-MM-DD date", typ, v)
		} else if typ == "x-validFrom" {
			cur.ctx.From = tm
		} else {
			cur.ctx.Until = tm
		}
	case "x-related":
		cur.ctx.Related = append(cur.ctx.Related, splitList(v)...)
	case "x-notIn":
		cur.ctx.NotIn = append(cur.ctx.NotIn, splitList(v)...)
	case "x-context":
		cur.ctx.Context = append(cur.ctx.Context, splitList(v)...)
	case "x-notWith":
		cur.ctx.NotWith = append(cur.ctx.NotWith, splitList(v)...)
	case "definition", "":
		if name == "note" || typ == "definition" {
			cur.ctx.Note = v // a note on the term, not the entry
		}
	case "x-caseSensitive", "caseSensitive":
		switch strings.ToLower(v) {
		case "yes", "true", "1":
			cur.cs = 1
		case "no", "false", "0":
			cur.cs = -1
		default:
			d.problem(line, col, Error, CodeSyntax, true, map[string]any{"Err": "bad case " + v}, "%s must be yes or no, not %q", typ, v)
		}
	}
}

// tbxEntryNote applies a note element (name, of type typ, with the value
// v) outside the terms to entry e.
func (d *decoder) tbxEntryNote(e *Entry, name, typ, v string, line, col int) {
	switch {
	case name == "note" || typ == "definition":
		if e.Note == "" {
			e.Note = v
		}
	case typ == "subjectField" || typ == "x-entryType" || typ == "entryType":
		if tt, ok := ParseType(v); ok && v != "" {
			e.Type = tt
		} else if typ != "subjectField" {
			d.problem(line, col, Error, CodeSyntax, true, map[string]any{"Err": "unknown type " + v}, "unknown entry type %q", v)
		}
	case typ == "x-validFrom" || typ == "x-validUntil":
		tm, err := parseDay(v)
		if err != nil {
			d.problem(line, col, Error, CodeBadDates, true, map[string]any{"ID": e.ID, "Date": v}, "%s %q is not a YYYY-MM-DD date", typ, v)
		} else if typ == "x-validFrom" {
			e.From = tm
		} else {
			e.Until = tm
		}
	}
}
