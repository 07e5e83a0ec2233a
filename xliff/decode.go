package xliff

import (
	"bitext/internal/xmlio"
	"bitext/textfile"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Decoder reads an XLIFF 2.x or 1.2 document one unit at a time; memory
// does not grow with the number of units.
type Decoder struct {
	// File names the input in errors; it may be left empty.
	File string

	tok    *xmlio.Tokens
	hdr    *Header
	v2     bool
	file   *File // file being read
	groups int   // depth of <group> elements in the file
	nfiles int
	done   bool
	err    error
}

// NewDecoder returns a decoder reading from r. UTF-8 (with or without a
// byte order mark), UTF-16 and encodings declared in the XML declaration
// are accepted.
func NewDecoder(r io.Reader) *Decoder {
	d := &Decoder{}
	d.tok = xmlio.NewTokens(r, func(line, col int, msg string) error {
		return d.errorf(line, col, "%s", msg)
	}, func(line, col int, err error) error {
		return fmt.Errorf("xliff: %s%d:%d: %w", xmlio.FilePrefix(d.File), line, col, err)
	})
	return d
}

// Decode reads a whole document. Use a Decoder for large files.
func Decode(r io.Reader) (*Document, error) {
	d := NewDecoder(r)
	h, err := d.Header()
	if err != nil {
		return nil, err
	}
	doc := &Document{Version: h.Version, SrcLang: h.SrcLang, TrgLang: h.TrgLang}
	var cur *File
	for {
		u, err := d.Next()
		if err == io.EOF {
			return doc, nil
		}
		if err != nil {
			return nil, err
		}
		if f := d.CurrentFile(); f != cur {
			cur = f
			doc.Files = append(doc.Files, *f)
		}
		last := &doc.Files[len(doc.Files)-1]
		last.Units = append(last.Units, *u)
	}
}

// Header reads the document's start and returns its version and languages.
// Version is as written in the file ("2.0", "2.1", "2.2" or "1.2"). For
// XLIFF 1.2 the languages are those of the first file.
func (d *Decoder) Header() (*Header, error) {
	if d.hdr == nil && d.err == nil {
		d.err = d.readHeader()
	}
	if d.err != nil && d.hdr == nil {
		return nil, d.err
	}
	h := *d.hdr
	return &h, nil
}

// CurrentFile returns the file the last unit returned by Next belongs to,
// without its units; nil before the first file.
func (d *Decoder) CurrentFile() *File { return d.file }

// Next returns the next unit, or io.EOF after the last one. Units in
// groups are returned like the others. Text is plain: inline codes are
// dropped, and the text inside XLIFF 2 pc and mrk and XLIFF 1.2 g and mrk is
// kept; a cp element gives its character.
//
// An XLIFF 2 unit with several segments is read as one: Source joins the
// sources of its segments and ignorables in order; Target joins their
// targets (an ignorable without a target adds its source), or is empty if
// any segment has no target; State is the least advanced segment state
// (initial < translated < reviewed < final); Segments counts the segments.
func (d *Decoder) Next() (*Unit, error) {
	if d.hdr == nil {
		if _, err := d.Header(); err != nil {
			return nil, err
		}
	}
	if d.err != nil {
		return nil, d.err
	}
	u, err := d.next()
	if err != nil {
		d.err = err
	}
	return u, err
}

func (d *Decoder) next() (*Unit, error) {
	for !d.done {
		line, col := d.tok.Where()
		t, err := d.tok.TokenIn()
		if err != nil {
			return nil, err
		}
		switch t := t.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "file":
				if d.file != nil {
					return nil, d.errorf(line, col, "<file> inside <file>")
				}
				if err := d.startFile(t, line, col); err != nil {
					return nil, err
				}
			case "group", "body":
				if d.file == nil {
					return nil, d.errorf(line, col, "<%s> outside <file>", t.Name.Local)
				}
				if t.Name.Local == "group" {
					d.groups++
				}
			case "notes":
				// File notes; group notes are skipped.
				if !d.v2 || d.file == nil || d.groups > 0 {
					if err := d.tok.Skip(); err != nil {
						return nil, err
					}
					continue
				}
				ns, err := d.readNotes2()
				if err != nil {
					return nil, err
				}
				d.file.Notes = append(d.file.Notes, ns...)
			case "header":
				if d.v2 || d.file == nil {
					if err := d.tok.Skip(); err != nil {
						return nil, err
					}
					continue
				}
				if err := d.readHeader12(); err != nil {
					return nil, err
				}
			case "unit", "trans-unit":
				if d.v2 != (t.Name.Local == "unit") {
					return nil, d.errorf(line, col, "<%s> in an XLIFF %s document", t.Name.Local, d.hdr.Version)
				}
				if d.file == nil {
					return nil, d.errorf(line, col, "<%s> outside <file>", t.Name.Local)
				}
				if d.v2 {
					return d.readUnit2(t, line, col)
				}
				return d.readUnit12(t, line, col)
			default:
				if err := d.tok.Skip(); err != nil {
					return nil, err
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "file":
				d.file = nil
				d.groups = 0
			case "group":
				d.groups--
			case "xliff":
				d.done = true
			}
		}
	}
	// Read to the end so that garbage after </xliff> is reported.
	for {
		_, err := d.tok.Token()
		if err == io.EOF {
			return nil, io.EOF
		}
		if err != nil {
			return nil, err
		}
	}
}

func (d *Decoder) errorf(line, col int, format string, args ...any) error {
	return &SyntaxError{File: d.File, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
}

func attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Space == "" && a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func (d *Decoder) readHeader() error {
	root, line, col, err := d.tok.Root("xliff", "an XLIFF")
	if err != nil {
		return err
	}
	v := attr(root, "version")
	switch {
	case strings.HasPrefix(v, "2."):
		d.v2 = true
	case strings.HasPrefix(v, "1."):
	case v == "" && root.Name.Space == NS2:
		d.v2, v = true, "2.0"
	case v == "" && root.Name.Space == NS12:
		v = "1.2"
	default:
		return d.errorf(line, col, "XLIFF version %q not supported: want 2.x or 1.2", v)
	}
	d.hdr = &Header{Version: v}
	if d.v2 {
		d.hdr.SrcLang, d.hdr.TrgLang = attr(root, "srcLang"), attr(root, "trgLang")
		return nil
	}
	// XLIFF 1.2: the languages are on the first <file>.
	for {
		line, col := d.tok.Where()
		t, err := d.tok.TokenIn()
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.StartElement:
			if t.Name.Local == "file" {
				if err := d.startFile(t, line, col); err != nil {
					return err
				}
				d.hdr.SrcLang, d.hdr.TrgLang = d.file.SrcLang, d.file.TrgLang
				return nil
			}
			if err := d.tok.Skip(); err != nil {
				return err
			}
		case xml.EndElement:
			d.done = true
			return nil
		}
	}
}

func (d *Decoder) startFile(se xml.StartElement, line, col int) error {
	d.nfiles++
	f := &File{ID: attr(se, "id"), Original: attr(se, "original")}
	if d.v2 {
		f.SrcLang, f.TrgLang = d.hdr.SrcLang, d.hdr.TrgLang
	} else {
		f.SrcLang, f.TrgLang = attr(se, "source-language"), attr(se, "target-language")
		if f.ID == "" {
			f.ID = "f" + strconv.Itoa(d.nfiles)
		}
	}
	d.file = f
	return nil
}

// readHeader12 reads an XLIFF 1.2 file <header>: its notes are kept.
func (d *Decoder) readHeader12() error {
	return d.tok.Children(func(c xml.StartElement, line, col int) error {
		if c.Name.Local == "note" {
			n, err := d.readNote(c)
			d.file.Notes = append(d.file.Notes, n)
			return err
		}
		return d.tok.Skip()
	})
}

// plain returns the character data of the element just started; child
// elements contribute their text.
func (d *Decoder) plain() (string, error) {
	var b strings.Builder
	for depth := 1; ; {
		t, err := d.tok.TokenIn()
		if err != nil {
			return "", err
		}
		switch t := t.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
			if depth == 0 {
				return b.String(), nil
			}
		}
	}
}

func (d *Decoder) readNote(se xml.StartElement) (Note, error) {
	n := Note{Category: attr(se, "category"), AppliesTo: attr(se, "appliesTo")}
	if !d.v2 {
		n.Category, n.AppliesTo = attr(se, "from"), attr(se, "annotates")
		if n.AppliesTo == "general" {
			n.AppliesTo = ""
		}
	}
	if p, err := strconv.Atoi(attr(se, "priority")); err == nil && p >= 1 && p <= 10 {
		n.Priority = p
	}
	v, err := d.plain()
	n.Value = v
	return n, err
}

func (d *Decoder) readNotes2() ([]Note, error) {
	var notes []Note
	err := d.tok.Children(func(c xml.StartElement, line, col int) error {
		if c.Name.Local != "note" {
			return d.tok.Skip()
		}
		n, err := d.readNote(c)
		notes = append(notes, n)
		return err
	})
	return notes, err
}

// marks records the byte spans of marked text in a unit's source, by id.
type marks map[string][2]int

// text reads the content of a source or target element as plain text and
// appends it to b; mrk (and sm/em) spans are recorded in m when m is not
// nil, as offsets in b.
func (d *Decoder) text(b *strings.Builder, m marks) error {
	type frame struct {
		id    string
		start int
	}
	var stack []frame
	for {
		line, col := d.tok.Where()
		t, err := d.tok.TokenIn()
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.StartElement:
			name := t.Name.Local
			switch {
			case d.v2 && name == "cp":
				n, err := strconv.ParseUint(attr(t, "hex"), 16, 32)
				if err == nil && n <= 0x10FFFF {
					// A control character is no text, whichever way it
					// is written: it must not reach a TM.
					if textfile.IsControl(rune(n), false) {
						return d.errorf(line, col, "<cp hex=%q/> is %s", attr(t, "hex"), textfile.Describe(rune(n)))
					}
					b.WriteRune(rune(n))
				}
				if err := d.tok.Skip(); err != nil {
					return err
				}
			case d.v2 && name == "sm":
				if m != nil && attr(t, "id") != "" {
					m[attr(t, "id")] = [2]int{b.Len(), -1}
				}
				if err := d.tok.Skip(); err != nil {
					return err
				}
			case d.v2 && name == "em":
				if sp, ok := m[attr(t, "startRef")]; ok && sp[1] < 0 {
					m[attr(t, "startRef")] = [2]int{sp[0], b.Len()}
				}
				if err := d.tok.Skip(); err != nil {
					return err
				}
			case d.v2 && (name == "ph" || name == "sc" || name == "ec"),
				!d.v2 && (name == "x" || name == "bx" || name == "ex" || name == "bpt" || name == "ept" || name == "ph" || name == "it" || name == "sub"):
				// Inline codes: their content is native code, not text.
				if err := d.tok.Skip(); err != nil {
					return err
				}
			default: // pc, mrk, g and unknown elements: keep the text
				id := ""
				if name == "mrk" {
					id = attr(t, "id")
				}
				stack = append(stack, frame{id, b.Len()})
			}
		case xml.EndElement:
			if len(stack) == 0 {
				return nil
			}
			f := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if f.id != "" && m != nil {
				m[f.id] = [2]int{f.start, b.Len()}
			}
		}
	}
}

func (d *Decoder) textString() (string, error) {
	var b strings.Builder
	err := d.text(&b, nil)
	return b.String(), err
}

func (d *Decoder) readUnit2(se xml.StartElement, line, col int) (*Unit, error) {
	u := &Unit{ID: attr(se, "id"), Line: line, Col: col}
	if u.ID == "" {
		return nil, d.errorf(line, col, "<unit> without id")
	}
	var src, trg strings.Builder
	m := marks{}
	missing := false // a segment without target
	state := -1
	err := d.tok.Children(func(c xml.StartElement, cl, cc int) error {
		switch {
		case c.Name.Local == "segment" || c.Name.Local == "ignorable":
			seg := c.Name.Local == "segment"
			if seg {
				u.Segments++
				s := attr(c, "state")
				if s == "" {
					s = StateInitial
				}
				if !validState(s) {
					return d.errorf(cl, cc, "segment state %q: want initial, translated, reviewed or final", s)
				}
				if r := stateRank(s); state < 0 || r < state {
					state = r
					u.State = s
					u.SubState = attr(c, "subState")
				}
			}
			var segSrc, segTrg string
			hasTrg := false
			err := d.tok.Children(func(c xml.StartElement, _, _ int) error {
				switch c.Name.Local {
				case "source":
					start := src.Len()
					err := d.text(&src, m)
					segSrc = src.String()[start:]
					return err
				case "target":
					hasTrg = true
					s, err := d.textString()
					segTrg = s
					return err
				}
				return d.tok.Skip()
			})
			if err != nil {
				return err
			}
			switch {
			case hasTrg:
				trg.WriteString(segTrg)
			case seg:
				missing = true
			default:
				trg.WriteString(segSrc)
			}
			return nil
		case c.Name.Local == "notes":
			ns, err := d.readNotes2()
			u.Notes = append(u.Notes, ns...)
			return err
		case c.Name.Local == "matches" && c.Name.Space == NSMtc:
			return d.tok.Children(func(c xml.StartElement, _, _ int) error {
				if c.Name.Local != "match" {
					return d.tok.Skip()
				}
				mt, err := d.readMatch(c, attr(c, "similarity"))
				mt.Type, mt.SubType = attr(c, "type"), attr(c, "subType")
				if f, perr := strconv.ParseFloat(strings.TrimSpace(attr(c, "matchQuality")), 64); perr == nil && f >= 0 && f <= 100 {
					mt.Quality = f
				}
				u.Matches = append(u.Matches, mt)
				return err
			})
		case c.Name.Local == "glossary" && c.Name.Space == NSGls:
			return d.tok.Children(func(c xml.StartElement, _, _ int) error {
				if c.Name.Local != "glossEntry" {
					return d.tok.Skip()
				}
				g, err := d.readGlossEntry(c)
				u.Glossary = append(u.Glossary, g)
				return err
			})
		}
		return d.tok.Skip()
	})
	if err != nil {
		return nil, err
	}
	if state < 0 {
		u.State = StateInitial
	}
	u.Source = src.String()
	if !missing {
		u.Target = trg.String()
	}
	for i, g := range u.Glossary {
		if sp, ok := m[strings.TrimPrefix(g.Ref, "#")]; ok && strings.HasPrefix(g.Ref, "#") && sp[1] >= sp[0] {
			u.Glossary[i].Start, u.Glossary[i].End = sp[0], sp[1]
		}
	}
	return u, nil
}

// readMatch reads the source and target of an mtc:match or alt-trans.
func (d *Decoder) readMatch(se xml.StartElement, similarity string) (Match, error) {
	mt := Match{Origin: attr(se, "origin")}
	s := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(similarity), "%"))
	if f, err := strconv.ParseFloat(s, 64); err == nil && f >= 0 && f <= 100 {
		mt.Similarity = f
	}
	err := d.tok.Children(func(c xml.StartElement, _, _ int) error {
		switch c.Name.Local {
		case "source":
			s, err := d.textString()
			mt.Source = s
			return err
		case "target":
			s, err := d.textString()
			mt.Target = s
			return err
		case "metadata":
			if c.Name.Space == NSMda {
				return d.readMeta(&mt.Meta, "")
			}
		}
		return d.tok.Skip()
	})
	return mt, err
}

// readMeta reads the groups of an mda:metadata or mda:metaGroup (of
// category cat) into meta, nested groups flattened with their own
// category.
func (d *Decoder) readMeta(meta *[]Meta, cat string) error {
	return d.tok.Children(func(c xml.StartElement, _, _ int) error {
		switch {
		case c.Name.Space != NSMda:
		case c.Name.Local == "metaGroup":
			return d.readMeta(meta, attr(c, "category"))
		case c.Name.Local == "meta":
			v, err := d.plain()
			*meta = append(*meta, Meta{Category: cat, Type: attr(c, "type"), Value: v})
			return err
		}
		return d.tok.Skip()
	})
}

func (d *Decoder) readGlossEntry(se xml.StartElement) (GlossEntry, error) {
	g := GlossEntry{ID: attr(se, "id"), Ref: attr(se, "ref")}
	seenTr := false
	err := d.tok.Children(func(c xml.StartElement, _, _ int) error {
		var err error
		switch c.Name.Local {
		case "term":
			g.TermSource = attr(c, "source")
			g.Term, err = d.plain()
		case "translation":
			var s string
			s, err = d.plain()
			if !seenTr { // the model keeps the first translation
				g.Translation, seenTr = s, true
			}
		case "definition":
			g.Definition, err = d.plain()
		default:
			err = d.tok.Skip()
		}
		return err
	})
	return g, err
}

func (d *Decoder) readUnit12(se xml.StartElement, line, col int) (*Unit, error) {
	u := &Unit{ID: attr(se, "id"), Line: line, Col: col, Segments: 1}
	if u.ID == "" {
		return nil, d.errorf(line, col, "<trans-unit> without id")
	}
	hasTarget := false
	err := d.tok.Children(func(c xml.StartElement, cl, cc int) error {
		var err error
		switch c.Name.Local {
		case "source":
			u.Source, err = d.textString()
		case "target":
			hasTarget = true
			u.OriginalState = attr(c, "state")
			u.Target, err = d.textString()
		case "note":
			var n Note
			n, err = d.readNote(c)
			u.Notes = append(u.Notes, n)
		case "alt-trans":
			var mt Match
			mt, err = d.readMatch(c, attr(c, "match-quality"))
			u.Matches = append(u.Matches, mt)
		default:
			err = d.tok.Skip()
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	u.State = State12To21(u.OriginalState, attr(se, "approved") == "yes", hasTarget && u.Target != "")
	return u, nil
}
