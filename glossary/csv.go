package glossary

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"bitext/textfile"
)

// Columns is the header of CSV and TSV glossaries, in the order WriteCSV
// writes it. Reading, the columns may come in any order; id, lang and term
// are required.
var Columns = []string{"id", "type", "lang", "term", "status", "case", "short", "note", "from", "until"}

// ContextColumns are the optional term columns read after Columns and
// written only when some term uses them: form_from and form_until (the
// days the form itself was right, YYYY-MM-DD), related (words that show the
// entry is rendered: demonyms, capitals), not_in (longer words in which the
// form names something else), context (the form counts only with one of
// these words) and not_with (it does not count with one of them). Lists
// are separated by |.
var ContextColumns = []string{"form_from", "form_until", "related", "not_in", "context", "not_with"}

// table reads a CSV (sep ',') or TSV (sep '\t') glossary: one row per term,
// rows with the same id forming one entry.
func (d *decoder) table(r io.Reader, sep rune) error {
	data, err := readAll(r)
	if err != nil {
		return fmt.Errorf("glossary: %s: %w", d.file, err) // reading failed, not the content
	}
	if err := d.checkText(data, textfile.MaxGlossaryLine); err != nil {
		return err
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = sep
	cr.Comment = '#'
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	if sep == '\t' {
		cr.LazyQuotes = true
	}
	syntax := d.csvErr
	header, err := cr.Read()
	if err == io.EOF {
		return &SyntaxError{File: d.file, Line: 1, Col: 1, Msg: "empty file: no header"}
	}
	if err != nil {
		return syntax(err)
	}
	header = append([]string(nil), header...) // ReuseRecord
	// A layout reads wide sheets; a file in the usual layout (a term
	// column) is read as usual, so that a run's house glossary and an
	// agency's sheet can be listed together.
	if l := d.layout; l != nil && !hasColumn(header, "term") {
		return d.wide(cr, header, l)
	}
	if l := guessLayout(header); l != nil {
		return d.wide(cr, header, l)
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if h == "language" {
			h = "lang"
		}
		known := false
		for _, c := range append(Columns[:len(Columns):len(Columns)], ContextColumns...) {
			known = known || c == h
		}
		line, c := cr.FieldPos(i)
		if !known {
			msg := fmt.Sprintf("unknown column %q (columns: %s)", h, strings.Join(Columns, ","))
			if !hasColumn(header, "term") {
				msg = fmt.Sprintf("unknown column %q (columns: %s; a sheet with one row per entry needs a column layout, e.g. --columns name_ko=ko,name_en=en)", h, strings.Join(Columns, ","))
			}
			return &SyntaxError{File: d.file, Line: line, Col: c, Msg: msg}
		}
		if _, dup := col[h]; dup {
			return &SyntaxError{File: d.file, Line: line, Col: c, Msg: fmt.Sprintf("column %q twice", h)}
		}
		col[h] = i
	}
	for _, req := range []string{"id", "lang", "term"} {
		if _, ok := col[req]; !ok {
			return &SyntaxError{File: d.file, Line: 1, Col: 1, Msg: fmt.Sprintf("header lacks the %q column", req)}
		}
	}
	type entryInfo struct {
		e                            *Entry
		typeSet, noteSet             bool
		typeLine, noteLine, fromLine int
		fromSet, untilSet            bool
		untilLine                    int
	}
	// About three rows an entry (an entry in Korean and English with a
	// deprecated form): the map sized once, not rehashed as it grows.
	rows := bytes.Count(data, []byte{'\n'})
	byID := make(map[string]*entryInfo, rows/3+1)
	var infoBlock []entryInfo
	var entryBlock []Entry
	d.entries = slices.Grow(d.entries, rows/3+1)
	// The columns' indexes, -1 for one the header lacks.
	at := func(name string) int {
		if i, ok := col[name]; ok {
			return i
		}
		return -1
	}
	cID, cType, cNote, cStatus, cLang, cCase, cTerm, cShort := at("id"), at("type"), at("note"), at("status"), at("lang"), at("case"), at("term"), at("short")
	cFrom, cUntil, cFormFrom, cFormUntil := at("from"), at("until"), at("form_from"), at("form_until")
	cRelated, cNotIn, cContext, cNotWith := at("related"), at("not_in"), at("context"), at("not_with")
	type defaultCase struct {
		e *Entry
		t *Term
	}
	byDefault := make([]defaultCase, 0, rows) // a row each at most
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return syntax(err)
		}
		field := func(i int) (string, int, int) {
			if i < 0 {
				return "", 0, 0
			}
			if i >= len(rec) {
				line, _ := cr.FieldPos(0)
				return "", line, 0
			}
			line, c := cr.FieldPos(i)
			return rec[i], line, c
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // blank line with spaces
		}
		id, line, idCol := field(cID)
		id = strings.TrimSpace(id)
		if id == "" {
			d.problem(line, idCol, Error, CodeSyntax, true, map[string]any{"Err": "row without an id"}, "row without an id")
			continue
		}
		info := byID[id]
		if info == nil {
			// Entries and their reading state come from blocks, as terms
			// do (addTerm): one allocation for many.
			if len(infoBlock) == 0 {
				infoBlock, entryBlock = make([]entryInfo, 128), make([]Entry, 128)
			}
			info = &infoBlock[0]
			info.e = &entryBlock[0]
			infoBlock, entryBlock = infoBlock[1:], entryBlock[1:]
			*info.e = Entry{ID: id, Type: TermType, File: d.file, Line: line}
			byID[id] = info
			d.entries = append(d.entries, info.e)
		}
		e := info.e
		// Entry-level columns: the first non-empty value counts; a
		// different one later is an error.
		if v, l, c := field(cType); strings.TrimSpace(v) != "" {
			t, ok := ParseType(v)
			switch {
			case !ok:
				d.problem(l, c, Error, CodeSyntax, true, map[string]any{"Err": "unknown type " + v}, "unknown entry type %q (person, title, organization, place, term)", v)
			case !info.typeSet:
				e.Type, info.typeSet, info.typeLine = t, true, l
			case t != e.Type:
				d.problem(l, c, Error, CodeSyntax, true, map[string]any{"Err": "type conflict"}, "entry %s is %s here but %s at line %d", id, t, e.Type, info.typeLine)
			}
		}
		// A note on a deprecated or superseded row belongs to that form
		// ("not used since 2013"); on other rows, to the entry.
		termNote := ""
		if v, l, c := field(cNote); strings.TrimSpace(v) != "" {
			v = strings.TrimSpace(v)
			sv, _, _ := field(cStatus)
			if st, _ := ParseStatus(sv); st == Deprecated || st == Superseded {
				termNote = v
				v = ""
			}
			switch {
			case v == "":
			case !info.noteSet:
				e.Note, info.noteSet, info.noteLine = v, true, l
			case v != e.Note:
				d.problem(l, c, Error, CodeSyntax, true, map[string]any{"Err": "note conflict"}, "entry %s has another note at line %d", id, info.noteLine)
			}
		}
		for _, dc := range []struct {
			name string
			col  int
			dst  *time.Time
			set  *bool
			at   *int
		}{{"from", cFrom, &e.From, &info.fromSet, &info.fromLine}, {"until", cUntil, &e.Until, &info.untilSet, &info.untilLine}} {
			v, l, c := field(dc.col)
			if strings.TrimSpace(v) == "" {
				continue
			}
			tm, err := parseDay(v)
			switch {
			case err != nil:
				d.problem(l, c, Error, CodeBadDates, true, map[string]any{"ID": id, "Date": v}, "%s %q is not a YYYY-MM-DD date", dc.name, v)
			case !*dc.set:
				*dc.dst, *dc.set, *dc.at = tm, true, l
			case !tm.Equal(*dc.dst):
				d.problem(l, c, Error, CodeBadDates, true, map[string]any{"ID": id, "Date": v}, "entry %s has another %s date at line %d", id, dc.name, *dc.at)
			}
		}
		lv, ll, lc := field(cLang)
		tag, ok := d.lang(lv, ll, lc)
		sv, sl, sc := field(cStatus)
		st, sok := ParseStatus(sv)
		if !sok {
			d.problem(sl, sc, Error, CodeSyntax, true, map[string]any{"Err": "unknown status " + sv}, "unknown status %q (preferred, admitted, deprecated, superseded)", sv)
		}
		cv, cl, cc := field(cCase)
		cs := 0
		switch strings.ToLower(strings.TrimSpace(cv)) {
		case "":
		case "yes", "true", "sensitive", "cs":
			cs = 1
		case "no", "false", "insensitive", "ci":
			cs = -1
		default:
			d.problem(cl, cc, Error, CodeSyntax, true, map[string]any{"Err": "bad case " + cv}, "case must be yes or no, not %q", cv)
		}
		tv, tl, tc := field(cTerm)
		short, sl2, sc2 := field(cShort)
		if !ok || !d.termLength(tv, tl, tc) || !d.termLength(short, sl2, sc2) {
			continue
		}
		n := len(e.Terms)
		d.addTerm(e, tv, tag, st, cs > 0, short, tl, tc)
		if len(e.Terms) > n {
			t := e.Terms[n]
			t.Note = termNote
			for _, dc := range []struct {
				name string
				col  int
				dst  *time.Time
			}{{"form_from", cFormFrom, &t.From}, {"form_until", cFormUntil, &t.Until}} {
				v, l, c := field(dc.col)
				tm, err := parseDay(v)
				if err != nil {
					d.problem(l, c, Error, CodeBadDates, true, map[string]any{"ID": id, "Date": v}, "%s %q is not a YYYY-MM-DD date", dc.name, v)
				}
				*dc.dst = tm
			}
			for _, lc := range []struct {
				col int
				dst *[]string
			}{{cRelated, &t.Related}, {cNotIn, &t.NotIn}, {cContext, &t.Context}, {cNotWith, &t.NotWith}} {
				v, _, _ := field(lc.col)
				*lc.dst = splitList(v)
			}
		}
		if cs == 0 && len(e.Terms) > n {
			byDefault = append(byDefault, defaultCase{e, e.Terms[n]})
		}
	}
	// Case sensitivity by type, now that every entry's type is known.
	for _, dc := range byDefault {
		dc.t.CaseSensitive = dc.e.Type.CaseSensitiveByDefault()
	}
	return nil
}

// forbidden reports whether a status is deprecated or superseded, whose
// rows' notes belong to the form.
func forbidden(st Status) bool { return st == Deprecated || st == Superseded }

// entryNoteRow is the index of the term on whose row WriteCSV writes the
// entry's note: the first that is not deprecated or superseded, since a
// note on such a row belongs to the form. An entry without one cannot
// keep its note in CSV (TBX keeps it).
func entryNoteRow(e *Entry) int {
	for i, t := range e.Terms {
		if !forbidden(t.Status) {
			return i
		}
	}
	return -1
}

// hasColumn reports whether header has the column name.
func hasColumn(header []string, name string) bool {
	for _, h := range header {
		if normHeader(h) == name {
			return true
		}
	}
	return false
}

// csvErr turns an error of the CSV reader into a *SyntaxError at its
// position, or, when reading itself failed, an error naming the file.
func (d *decoder) csvErr(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &SyntaxError{File: d.file, Line: pe.Line, Col: pe.Column, Msg: pe.Err.Error()}
	}
	return fmt.Errorf("glossary: %s: %w", d.file, err) // reading failed, not the content
}

// WriteCSV writes the glossary as CSV (sep ',') or TSV (sep '\t') with the
// Columns header, one row per term. Entries are sorted by their preferred
// Korean form with Korean collation (then by their preferred English form
// and id); an entry's terms keep their order. The type is written on every
// row, note and dates on the entry's first row, case only where it differs
// from the type's default.
func (g *Glossary) WriteCSV(w io.Writer, sep rune) error {
	cw := csv.NewWriter(w)
	cw.Comma = sep
	ext := false
	for _, e := range g.Entries {
		for _, t := range e.Terms {
			ext = ext || !t.From.IsZero() || !t.Until.IsZero() || len(t.Related) > 0 || t.Conditional()
		}
	}
	header := Columns
	if ext {
		header = append(Columns[:len(Columns):len(Columns)], ContextColumns...)
	}
	if err := cw.Write(header); err != nil {
		return fmt.Errorf("glossary: %w", err)
	}
	for _, e := range g.Sorted() {
		for i, t := range e.Terms {
			cs := ""
			if t.CaseSensitive != e.Type.CaseSensitiveByDefault() {
				cs = "no"
				if t.CaseSensitive {
					cs = "yes"
				}
			}
			note, from, until := "", "", ""
			if i == 0 {
				from, until = day(e.From), day(e.Until)
			}
			if forbidden(t.Status) {
				note = t.Note
			} else if i == entryNoteRow(e) {
				note = e.Note
			}
			row := []string{e.ID, string(e.Type), t.Lang.String(), t.Text, t.Status.String(), cs, t.Short, note, from, until}
			if ext {
				row = append(row, day(t.From), day(t.Until), strings.Join(t.Related, "|"), strings.Join(t.NotIn, "|"),
					strings.Join(t.Context, "|"), strings.Join(t.NotWith, "|"))
			}
			if err := cw.Write(row); err != nil {
				return fmt.Errorf("glossary: %w", err)
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("glossary: %w", err)
	}
	return nil
}

// Sorted returns the entries sorted for export: by preferred Korean form
// with Korean collation (entries without one last), then by preferred
// English form, then by id.
func (g *Glossary) Sorted() []*Entry {
	type keyed struct {
		e      *Entry
		ko, en string
	}
	ks := make([]keyed, len(g.Entries))
	for i, e := range g.Entries {
		k := keyed{e: e}
		if t := g.Preferred(e, language.Korean); t != nil {
			k.ko = t.Text
		}
		if t := g.Preferred(e, language.English); t != nil {
			k.en = t.Text
		}
		ks[i] = k
	}
	col := collate.New(language.Korean)
	var buf collate.Buffer
	keys := make([][]byte, len(ks))
	for i, k := range ks {
		keys[i] = col.KeyFromString(&buf, k.ko)
	}
	idx := make([]int, len(ks))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		x, y := ks[idx[a]], ks[idx[b]]
		if (x.ko == "") != (y.ko == "") {
			return x.ko != ""
		}
		if c := compareBytes(keys[idx[a]], keys[idx[b]]); c != 0 {
			return c < 0
		}
		if x.en != y.en {
			return x.en < y.en
		}
		return x.e.ID < y.e.ID
	})
	out := make([]*Entry, len(idx))
	for i, j := range idx {
		out[i] = ks[j].e
	}
	return out
}

func compareBytes(a, b []byte) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return len(a) - len(b)
}

// splitList splits a |-separated list, trimming each item and dropping
// empty ones.
func splitList(v string) []string {
	if strings.IndexByte(v, '|') < 0 {
		// One item or none: most rows leave these columns empty.
		if v = strings.TrimSpace(v); v == "" {
			return nil
		}
		return []string{v}
	}
	var out []string
	for _, x := range strings.Split(v, "|") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// checkText rejects glossary bytes that are not clean UTF-8 text: a byte
// that is not UTF-8, a NUL or control character, or (maxLine > 0) a line
// longer than maxLine bytes. The column counts bytes, as the CSV and XML
// readers' columns do.
func (d *decoder) checkText(data []byte, maxLine int) error {
	e := textfile.Check(d.file, data, textfile.Limits{MaxLine: maxLine})
	if e == nil {
		return nil
	}
	start := bytes.LastIndexByte(data[:e.Offset], '\n') + 1
	return &SyntaxError{File: d.file, Line: e.Line, Col: e.Offset - start + 1, Msg: e.Msg}
}

// termLength reports whether a term (or short form) is within
// textfile.MaxTerm characters; a longer one is a fatal problem.
func (d *decoder) termLength(s string, line, col int) bool {
	if len(s) <= textfile.MaxTerm {
		return true
	}
	if n := utf8.RuneCountInString(s); n > textfile.MaxTerm {
		d.problem(line, col, Error, CodeTooLong, true, map[string]any{"Length": n, "Max": textfile.MaxTerm},
			"term of %d characters; the longest allowed is %d", n, textfile.MaxTerm)
		return false
	}
	return true
}
