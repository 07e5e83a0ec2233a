package xliff

import (
	"bitext/internal/xmlio"
	"bitext/textfile"
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Encoder writes an XLIFF document one unit at a time.
type Encoder struct {
	w       *bufio.Writer
	b       strings.Builder
	h       Header
	v2      bool
	file    *File // current file; its start tag is written with its first unit (XLIFF 2)
	opened  bool  // the current file's start tag is written
	nfiles  int
	units   int // units in the current file
	unitIDs map[string]bool
	err     error
	closed  bool
}

// NewEncoder starts a document. Version is "2.1" (the default) or "1.2";
// SrcLang is required and, like TrgLang, must be a language tag.
func NewEncoder(w io.Writer, h Header) (*Encoder, error) {
	if h.Version == "" {
		h.Version = Version21
	}
	if h.Version != Version21 && h.Version != Version12 {
		return nil, fmt.Errorf("xliff: version %q: want 2.1 or 1.2", h.Version)
	}
	if !isLanguage(h.SrcLang) {
		return nil, fmt.Errorf("xliff: source language %q is not a language tag", h.SrcLang)
	}
	if h.TrgLang != "" && !isLanguage(h.TrgLang) {
		return nil, fmt.Errorf("xliff: target language %q is not a language tag", h.TrgLang)
	}
	e := &Encoder{w: bufio.NewWriterSize(w, 64<<10), h: h, v2: h.Version == Version21}
	b := &e.b
	b.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	if e.v2 {
		b.WriteString(`<xliff xmlns="` + NS2 + `" xmlns:mtc="` + NSMtc + `" xmlns:gls="` + NSGls + `" version="2.1"`)
		writeAttr(b, "srcLang", h.SrcLang)
		writeAttr(b, "trgLang", h.TrgLang)
		b.WriteString(">\n")
	} else {
		b.WriteString(`<xliff xmlns="` + NS12 + `" version="1.2">` + "\n")
	}
	return e, e.flush()
}

// Encode writes a whole document.
func Encode(w io.Writer, d *Document) error {
	e, err := NewEncoder(w, Header{Version: d.Version, SrcLang: d.SrcLang, TrgLang: d.TrgLang})
	if err != nil {
		return err
	}
	for i := range d.Files {
		if err := e.StartFile(d.Files[i]); err != nil {
			return err
		}
		for j := range d.Files[i].Units {
			if err := e.EncodeUnit(&d.Files[i].Units[j]); err != nil {
				return err
			}
		}
	}
	return e.Close()
}

// StartFile ends the current file, if any, and starts f; f.Units is
// ignored (write them with EncodeUnit). In XLIFF 2 the file ID must be an
// NMTOKEN ("f1", "f2"... when empty) and a file needs at least one unit.
func (e *Encoder) StartFile(f File) error {
	if err := e.usable(); err != nil {
		return err
	}
	if err := e.endFile(); err != nil {
		return err
	}
	e.nfiles++
	if f.ID == "" {
		f.ID = "f" + strconv.Itoa(e.nfiles)
	}
	if e.v2 && !IsNMTOKEN(f.ID) {
		return e.fail(fmt.Errorf("xliff: file id %q is not an NMTOKEN (letters, digits, . - _ :)", f.ID))
	}
	for i, n := range f.Notes {
		if err := controlFree(fmt.Sprintf("note %d", i+1), n.Value); err != nil {
			return e.fail(fmt.Errorf("xliff: file %q: %w", f.ID, err))
		}
	}
	if !e.v2 {
		if f.SrcLang == "" {
			f.SrcLang = e.h.SrcLang
		}
		if f.TrgLang == "" {
			f.TrgLang = e.h.TrgLang
		}
		if !isLanguage(f.SrcLang) || f.TrgLang != "" && !isLanguage(f.TrgLang) {
			return e.fail(fmt.Errorf("xliff: file %q: languages %q, %q are not language tags", f.ID, f.SrcLang, f.TrgLang))
		}
	}
	f.Units = nil
	e.file = &f
	e.opened = false
	e.units = 0
	e.unitIDs = map[string]bool{}
	if !e.v2 {
		e.openFile()
	}
	return nil
}

func (e *Encoder) usable() error {
	if e.err != nil {
		return e.err
	}
	if e.closed {
		return errors.New("xliff: encoder is closed")
	}
	return nil
}

func (e *Encoder) fail(err error) error {
	e.err = err
	return err
}

func (e *Encoder) openFile() {
	f, b := e.file, &e.b
	if e.v2 {
		b.WriteString("  <file")
		writeAttr(b, "id", f.ID)
		writeAttr(b, "original", f.Original)
		b.WriteString(">\n")
		if len(f.Notes) > 0 {
			b.WriteString("    <notes>\n")
			writeNotes2(b, "      ", f.Notes)
			b.WriteString("    </notes>\n")
		}
	} else {
		b.WriteString("  <file")
		writeAttr(b, "original", or(f.Original, f.ID))
		writeAttr(b, "source-language", f.SrcLang)
		writeAttr(b, "target-language", f.TrgLang)
		b.WriteString(` datatype="plaintext">` + "\n")
		if len(f.Notes) > 0 {
			b.WriteString("    <header>\n")
			writeNotes12(b, "      ", f.Notes)
			b.WriteString("    </header>\n")
		}
		b.WriteString("    <body>\n")
	}
	e.opened = true
}

func (e *Encoder) endFile() error {
	if e.file == nil {
		return nil
	}
	if e.v2 && e.units == 0 {
		return e.fail(fmt.Errorf("xliff: file %q has no units (XLIFF 2 needs at least one)", e.file.ID))
	}
	if e.v2 {
		e.b.WriteString("  </file>\n")
	} else {
		e.b.WriteString("    </body>\n  </file>\n")
	}
	e.file = nil
	return e.flush()
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// EncodeUnit writes a unit into the current file (a file "f1" is started
// if there is none). Nothing is written when the unit is refused.
func (e *Encoder) EncodeUnit(u *Unit) error {
	if err := e.usable(); err != nil {
		return err
	}
	if e.file == nil {
		if err := e.StartFile(File{}); err != nil {
			return err
		}
	}
	if err := e.check(u); err != nil {
		return err // the encoder stays usable
	}
	if !e.opened {
		e.openFile()
	}
	e.unitIDs[u.ID] = true
	e.units++
	if e.v2 {
		e.unit2(u)
	} else {
		e.unit12(u)
	}
	if e.b.Len() >= 32<<10 {
		return e.flush()
	}
	return nil
}

var matchTypes = map[string]bool{"am": true, "mt": true, "icm": true, "idm": true, "tb": true, "tm": true, "other": true}

func (e *Encoder) check(u *Unit) error {
	name := fmt.Sprintf("unit %q", u.ID)
	switch {
	case u.ID == "":
		return errors.New("xliff: unit without id")
	case e.v2 && !IsNMTOKEN(u.ID):
		return fmt.Errorf("xliff: %s: id is not an NMTOKEN (letters, digits, . - _ :)", name)
	case e.unitIDs[u.ID]:
		return fmt.Errorf("xliff: %s: id used twice in file %q", name, e.file.ID)
	case u.State != "" && !validState(u.State):
		return fmt.Errorf("xliff: %s: state %q: want initial, translated, reviewed or final", name, u.State)
	case u.SubState != "" && (u.State == "" || !validSubState(u.SubState)):
		return fmt.Errorf("xliff: %s: subState %q: want prefix:value, with a state", name, u.SubState)
	case u.OriginalState != "" && !validState12(u.OriginalState):
		return fmt.Errorf("xliff: %s: XLIFF 1.2 state %q is not one of XLIFF 1.2's", name, u.OriginalState)
	}
	for _, m := range u.Matches {
		if math.IsNaN(m.Similarity) || m.Similarity < 0 || m.Similarity > 100 {
			return fmt.Errorf("xliff: %s: match similarity %v: want 0 to 100", name, m.Similarity)
		}
		if m.Type != "" && !matchTypes[m.Type] {
			return fmt.Errorf("xliff: %s: match type %q: want am, mt, icm, idm, tb, tm or other", name, m.Type)
		}
		if math.IsNaN(m.Quality) || m.Quality < 0 || m.Quality > 100 {
			return fmt.Errorf("xliff: %s: match quality %v: want 0 to 100", name, m.Quality)
		}
		if m.SubType != "" && (m.Type == "" || !validSubState(m.SubType)) {
			return fmt.Errorf("xliff: %s: match subType %q: want prefix:value, with a type", name, m.SubType)
		}
		for _, md := range m.Meta {
			if md.Type == "" {
				return fmt.Errorf("xliff: %s: match metadata without a type", name)
			}
		}
	}
	for _, n := range u.Notes {
		if err := checkNote(n); err != nil {
			return fmt.Errorf("xliff: %s: %w", name, err)
		}
	}
	for _, g := range u.Glossary {
		if g.ID != "" && !IsNMTOKEN(g.ID) {
			return fmt.Errorf("xliff: %s: glossary entry id %q is not an NMTOKEN", name, g.ID)
		}
	}
	if err := checkText(u); err != nil {
		return fmt.Errorf("xliff: %s: %w", name, err)
	}
	return nil
}

// checkText refuses a unit whose text has a control character: a C0
// control other than tab, line feed and carriage return, DEL or a C1
// control (U+0080-U+009F). The reader refuses them however they are
// written (raw, or as an XLIFF 2 cp element), because in a translation
// file they are never text: C1 controls are Windows-1252 punctuation read
// as Latin-1 (U+0085 is "…", U+0093 and U+0094 are curly quotes), C0
// controls are binary debris. XML 1.0 allows DEL and the C1 controls as
// characters but discourages them, and XLIFF 2 does not allow cp for a
// character XML allows, so there is no way to write them that the reader
// would take; the writer refuses them rather than write a file its own
// reader refuses, or change the text behind the caller's back.
func checkText(u *Unit) error {
	if err := controlFree("source", u.Source); err != nil {
		return err
	}
	if err := controlFree("target", u.Target); err != nil {
		return err
	}
	for i, n := range u.Notes {
		if err := controlFree(fmt.Sprintf("note %d", i+1), n.Value); err != nil {
			return err
		}
	}
	for i, m := range u.Matches {
		what := fmt.Sprintf("match %d ", i+1)
		if err := controlFree(what+"source", m.Source); err != nil {
			return err
		}
		if err := controlFree(what+"target", m.Target); err != nil {
			return err
		}
		for _, md := range m.Meta {
			if err := controlFree(what+"metadata "+md.Type, md.Value); err != nil {
				return err
			}
		}
	}
	for i, g := range u.Glossary {
		what := fmt.Sprintf("glossary entry %d ", i+1)
		for _, f := range [...]struct{ name, s string }{{"term", g.Term}, {"translation", g.Translation}, {"definition", g.Definition}} {
			if err := controlFree(what+f.name, f.s); err != nil {
				return err
			}
		}
	}
	return nil
}

// controlFree returns an error naming the first control character of s
// (see checkText) and its place, counted in characters from 1.
func controlFree(what, s string) error {
	n := 0
	for _, r := range s {
		n++
		if textfile.IsControl(r, false) {
			return fmt.Errorf("%s: %s at character %d is not text", what, textfile.Describe(r), n)
		}
	}
	return nil
}

func checkNote(n Note) error {
	if n.Priority < 0 || n.Priority > 10 {
		return fmt.Errorf("note priority %d: want 1 to 10", n.Priority)
	}
	if n.AppliesTo != "" && n.AppliesTo != "source" && n.AppliesTo != "target" {
		return fmt.Errorf("note applies to %q: want source or target", n.AppliesTo)
	}
	return nil
}

// span is a term to mark in the source.
type span struct {
	start, end int
	id         string
}

// termSpans returns the glossary spans to mark, sorted, without overlaps,
// and for each entry the mrk id it refers to ("" when not marked).
func termSpans(u *Unit) ([]span, []string) {
	refs := make([]string, len(u.Glossary))
	idx := make([]int, 0, len(u.Glossary))
	for i, g := range u.Glossary {
		if g.End > g.Start && g.Start >= 0 && g.End <= len(u.Source) &&
			utf8.RuneStart(u.Source[g.Start]) && (g.End == len(u.Source) || utf8.RuneStart(u.Source[g.End])) {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return u.Glossary[idx[a]].Start < u.Glossary[idx[b]].Start })
	var spans []span
	for _, i := range idx {
		g := u.Glossary[i]
		if n := len(spans); n > 0 {
			last := spans[n-1]
			if g.Start == last.start && g.End == last.end {
				refs[i] = last.id // same term, several entries
				continue
			}
			if g.Start < last.end {
				continue
			}
		}
		id := "m" + strconv.Itoa(len(spans)+1)
		spans = append(spans, span{g.Start, g.End, id})
		refs[i] = id
	}
	return spans, refs
}

func (e *Encoder) unit2(u *Unit) {
	b := &e.b
	spans, refs := termSpans(u)
	b.WriteString("    <unit")
	writeAttr(b, "id", u.ID)
	if needsPreserve(u.Source) || needsPreserve(u.Target) {
		b.WriteString(` xml:space="preserve"`)
	}
	b.WriteString(">\n")
	if len(u.Matches) > 0 {
		b.WriteString("      <mtc:matches>\n")
		for _, m := range u.Matches {
			b.WriteString(`        <mtc:match ref="#s1"`)
			writeAttr(b, "similarity", formatSimilarity(m.Similarity))
			if m.Quality > 0 {
				writeAttr(b, "matchQuality", formatSimilarity(m.Quality))
			}
			writeAttr(b, "origin", m.Origin)
			writeAttr(b, "type", m.Type)
			if m.Type != "" {
				writeAttr(b, "subType", m.SubType)
			}
			b.WriteString(">\n")
			writeMeta(b, m.Meta)
			b.WriteString("          <source>")
			writeContent(b, m.Source, true)
			b.WriteString("</source>\n          <target>")
			writeContent(b, m.Target, true)
			b.WriteString("</target>\n        </mtc:match>\n")
		}
		b.WriteString("      </mtc:matches>\n")
	}
	if len(u.Glossary) > 0 {
		b.WriteString("      <gls:glossary>\n")
		for i, g := range u.Glossary {
			b.WriteString("        <gls:glossEntry")
			writeAttr(b, "id", g.ID)
			if refs[i] != "" {
				writeAttr(b, "ref", "#"+refs[i])
			}
			b.WriteString(">\n          <gls:term")
			writeAttr(b, "source", g.TermSource)
			b.WriteString(">")
			xmlio.EscapeText(b, g.Term)
			b.WriteString("</gls:term>\n")
			if g.Translation != "" {
				b.WriteString("          <gls:translation>")
				xmlio.EscapeText(b, g.Translation)
				b.WriteString("</gls:translation>\n")
			}
			if g.Definition != "" {
				b.WriteString("          <gls:definition>")
				xmlio.EscapeText(b, g.Definition)
				b.WriteString("</gls:definition>\n")
			}
			b.WriteString("        </gls:glossEntry>\n")
		}
		b.WriteString("      </gls:glossary>\n")
	}
	if len(u.Notes) > 0 {
		b.WriteString("      <notes>\n")
		writeNotes2(b, "        ", u.Notes)
		b.WriteString("      </notes>\n")
	}
	b.WriteString(`      <segment id="s1"`)
	if u.State != "" {
		writeAttr(b, "state", u.State)
		if u.SubState != "" {
			writeAttr(b, "subState", u.SubState)
		}
	}
	b.WriteString(">\n        <source>")
	writeMarked(b, u.Source, spans, ` type="term"`, "id", true)
	b.WriteString("</source>\n")
	// A target is written when there is text, or when the state says the
	// unit is translated (XLIFF 2 requires a target for those states).
	if u.Target != "" || u.State != "" && u.State != StateInitial {
		b.WriteString("        <target>")
		writeContent(b, u.Target, true)
		b.WriteString("</target>\n")
	}
	b.WriteString("      </segment>\n    </unit>\n")
}

func (e *Encoder) unit12(u *Unit) {
	b := &e.b
	spans, _ := termSpans(u)
	b.WriteString("      <trans-unit")
	writeAttr(b, "id", u.ID)
	if u.State == StateReviewed || u.State == StateFinal {
		b.WriteString(` approved="yes"`)
	}
	if needsPreserve(u.Source) || needsPreserve(u.Target) {
		b.WriteString(` xml:space="preserve"`)
	}
	b.WriteString(">\n        <source>")
	writeMarked(b, u.Source, spans, ` mtype="term"`, "mid", false)
	b.WriteString("</source>\n")
	if u.Target != "" || u.State != "" && u.State != StateInitial {
		b.WriteString("        <target")
		st := State21To12(u.State)
		if u.OriginalState != "" {
			st = u.OriginalState
		}
		writeAttr(b, "state", st)
		b.WriteString(">")
		writeContent(b, u.Target, false)
		b.WriteString("</target>\n")
	}
	writeNotes12(b, "        ", u.Notes)
	for _, g := range u.Glossary {
		b.WriteString(`        <note from="bitext-glossary">`)
		xmlio.EscapeText(b, glossNote(g))
		b.WriteString("</note>\n")
	}
	for _, m := range u.Matches {
		b.WriteString("        <alt-trans")
		writeAttr(b, "match-quality", formatSimilarity(m.Similarity))
		writeAttr(b, "origin", m.Origin)
		b.WriteString(">\n          <source>")
		writeContent(b, m.Source, false)
		b.WriteString("</source>\n          <target>")
		writeContent(b, m.Target, false)
		b.WriteString("</target>\n        </alt-trans>\n")
	}
	b.WriteString("      </trans-unit>\n")
}

// writeMeta writes a candidate's metadata: one mda:metaGroup per run of
// items with the same category, the namespace declared on mda:metadata
// (a file without metadata declares nothing more).
func writeMeta(b *strings.Builder, meta []Meta) {
	if len(meta) == 0 {
		return
	}
	b.WriteString(`          <mda:metadata xmlns:mda="` + NSMda + `">` + "\n")
	for i, md := range meta {
		if i == 0 || md.Category != meta[i-1].Category {
			if i > 0 {
				b.WriteString("            </mda:metaGroup>\n")
			}
			b.WriteString("            <mda:metaGroup")
			writeAttr(b, "category", md.Category)
			b.WriteString(">\n")
		}
		b.WriteString("              <mda:meta")
		writeAttr(b, "type", md.Type)
		b.WriteString(">")
		xmlio.EscapeText(b, md.Value)
		b.WriteString("</mda:meta>\n")
	}
	b.WriteString("            </mda:metaGroup>\n          </mda:metadata>\n")
}

// glossNote is the text of the XLIFF 1.2 note for a glossary entry:
// "term = translation (definition)".
func glossNote(g GlossEntry) string {
	s := g.Term + " = " + g.Translation
	if g.Definition != "" {
		s += " (" + g.Definition + ")"
	}
	return s
}

func formatSimilarity(f float64) string {
	return strconv.FormatFloat(f, 'f', -1, 64)
}

func needsPreserve(s string) bool {
	if s == "" {
		return false
	}
	return s[0] == ' ' || s[len(s)-1] == ' ' || strings.ContainsAny(s, "\n\t\r") || strings.Contains(s, "  ")
}

func writeNotes2(b *strings.Builder, indent string, notes []Note) {
	for _, n := range notes {
		b.WriteString(indent + "<note")
		writeAttr(b, "appliesTo", n.AppliesTo)
		writeAttr(b, "category", n.Category)
		if n.Priority > 0 {
			writeAttr(b, "priority", strconv.Itoa(n.Priority))
		}
		b.WriteString(">")
		xmlio.EscapeText(b, n.Value)
		b.WriteString("</note>\n")
	}
}

func writeNotes12(b *strings.Builder, indent string, notes []Note) {
	for _, n := range notes {
		b.WriteString(indent + "<note")
		if n.Priority > 0 {
			writeAttr(b, "priority", strconv.Itoa(n.Priority))
		}
		writeAttr(b, "from", n.Category)
		writeAttr(b, "annotates", n.AppliesTo)
		b.WriteString(">")
		xmlio.EscapeText(b, n.Value)
		b.WriteString("</note>\n")
	}
}

func writeAttr(b *strings.Builder, name, value string) {
	if value == "" {
		return
	}
	b.WriteByte(' ')
	b.WriteString(name)
	b.WriteString(`="`)
	xmlio.EscapeAttr(b, value)
	b.WriteByte('"')
}

// writeContent writes source or target text. Characters XML does not allow
// become <cp hex="..."/> in XLIFF 2 (cp is true) and U+FFFD in 1.2; as
// control characters are refused before (checkText), these are only the
// noncharacters U+FFFE and U+FFFF. Invalid UTF-8 becomes U+FFFD.
func writeContent(b *strings.Builder, s string, cp bool) {
	if !cp {
		xmlio.EscapeText(b, s)
		return
	}
	last := 0
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if (r != utf8.RuneError || w > 1) && xmlio.IsXMLChar(r) {
			i += w
			continue
		}
		xmlio.EscapeText(b, s[last:i])
		if r == utf8.RuneError {
			b.WriteString("\uFFFD") // invalid UTF-8: no code point to keep
		} else {
			fmt.Fprintf(b, `<cp hex="%04X"/>`, r)
		}
		i += w
		last = i
	}
	xmlio.EscapeText(b, s[last:])
}

// writeMarked writes s with the spans wrapped in <mrk>.
func writeMarked(b *strings.Builder, s string, spans []span, typ, idAttr string, cp bool) {
	pos := 0
	for _, sp := range spans {
		writeContent(b, s[pos:sp.start], cp)
		b.WriteString("<mrk " + idAttr + `="` + sp.id + `"` + typ + ">")
		writeContent(b, s[sp.start:sp.end], cp)
		b.WriteString("</mrk>")
		pos = sp.end
	}
	writeContent(b, s[pos:], cp)
}

// Close ends the document and flushes it; it does not close the writer.
func (e *Encoder) Close() error {
	if e.closed {
		return e.err
	}
	e.closed = true
	if e.err != nil {
		return e.err
	}
	if e.nfiles == 0 {
		return e.fail(errors.New("xliff: document has no files"))
	}
	if err := e.endFile(); err != nil {
		return err
	}
	e.b.WriteString("</xliff>\n")
	if err := e.flush(); err != nil {
		return err
	}
	if err := e.w.Flush(); err != nil {
		return e.fail(fmt.Errorf("xliff: %w", err))
	}
	return nil
}

func (e *Encoder) flush() error {
	_, err := e.w.WriteString(e.b.String())
	e.b.Reset()
	if err != nil {
		return e.fail(fmt.Errorf("xliff: %w", err))
	}
	return nil
}
