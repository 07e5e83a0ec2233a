package glossary

import (
	"encoding/csv"
	"fmt"
	"io"
	"regexp"
	"strings"

	"golang.org/x/text/language"
)

// A Layout reads a "wide" glossary sheet: one row per entry, one column per
// language and kind of form, as agencies publish them
// (name_ko,name_en,abbr_en,type), instead of one row per term.
//
// Its text form is a comma-separated list of COLUMN=TARGET, the target
// being a language tag with an optional status (ko, en, en:admitted,
// en:deprecated; a preferred form when none is given; en:short, the short
// form of the preferred term in that language), an entry field (id, type,
// note, from, until) or - (the column is left out); @type=TYPE gives
// Layout.Type:
//
//	name_ko=ko,name_en=en,abbr_en=en:admitted,type=type,@type=organization
//
// A sheet whose header is all name_LANG, abbr_LANG (or short_LANG,
// acronym_LANG), type, note and id columns is read this way without a
// Layout (ReadLayout's guess).
type Layout struct {
	Columns []LayoutColumn
	// Type is the entry type of rows whose type column is empty or holds a
	// word that is not a type (ministry, agency, ...); without it such a
	// word is an error. The zero value is term.
	Type Type
}

// LayoutColumn maps one column of a wide sheet.
type LayoutColumn struct {
	Name   string // the header, compared without case
	Field  string // id, type, note, from, until, "-" (left out), or "" for a term
	Lang   language.Tag
	Status Status
	Short  bool // the short form of the preferred term in Lang
}

// ParseLayout reads a layout's text form.
func ParseLayout(spec string) (*Layout, error) {
	l := &Layout{}
	for _, part := range strings.Split(spec, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		name, target, ok := strings.Cut(part, "=")
		name, target = strings.ToLower(strings.TrimSpace(name)), strings.TrimSpace(target)
		if !ok || name == "" || target == "" {
			return nil, fmt.Errorf("glossary: columns: %q is not COLUMN=TARGET", part)
		}
		if name == "@type" {
			t, ok := ParseType(target)
			if !ok {
				return nil, fmt.Errorf("glossary: columns: %q: unknown entry type %q (person, title, organization, place, term)", part, target)
			}
			l.Type = t
			continue
		}
		c := LayoutColumn{Name: name}
		switch t := strings.ToLower(target); t {
		case "id", "type", "note", "from", "until", "-":
			c.Field = t
		default:
			tag, status, _ := strings.Cut(target, ":")
			lt, err := language.Parse(strings.ReplaceAll(tag, "_", "-"))
			if err != nil {
				return nil, fmt.Errorf("glossary: columns: %q: %q is not a field (id, type, note, from, until, -) or a language tag", part, tag)
			}
			c.Lang, c.Status = lt, Preferred
			switch s := strings.ToLower(strings.TrimSpace(status)); s {
			case "":
			case "short":
				c.Short = true
			default:
				st, ok := ParseStatus(s)
				if !ok {
					return nil, fmt.Errorf("glossary: columns: %q: unknown status %q (preferred, admitted, deprecated, superseded, short)", part, status)
				}
				c.Status = st
			}
		}
		for _, o := range l.Columns {
			if o.Name == c.Name {
				return nil, fmt.Errorf("glossary: columns: column %q mapped twice", name)
			}
		}
		l.Columns = append(l.Columns, c)
	}
	if len(l.Columns) == 0 {
		return nil, fmt.Errorf("glossary: columns: no column mapped")
	}
	terms := 0
	for _, c := range l.Columns {
		if c.Field == "" && !c.Short {
			terms++
		}
	}
	if terms == 0 {
		return nil, fmt.Errorf("glossary: columns: no column holds terms")
	}
	return l, nil
}

// String is the layout's text form.
func (l *Layout) String() string {
	parts := make([]string, len(l.Columns))
	for i, c := range l.Columns {
		target := c.Field
		if target == "" {
			target = c.Lang.String()
			switch {
			case c.Short:
				target += ":short"
			case c.Status != Preferred:
				target += ":" + c.Status.String()
			}
		}
		parts[i] = c.Name + "=" + target
	}
	if l.Type != "" {
		parts = append(parts, "@type="+string(l.Type))
	}
	return strings.Join(parts, ",")
}

var wideHeader = regexp.MustCompile(`^(name|abbr|short|acronym)_([a-z]{2,3}(?:-[a-z0-9]+)*)$`)

// guessLayout recognises a wide sheet from its header: every column is
// name_LANG, abbr_LANG/short_LANG/acronym_LANG, id, type or note, with at
// least one name_ column. It returns nil for any other header.
func guessLayout(header []string) *Layout {
	l := &Layout{}
	names := 0
	for _, h := range header {
		h = normHeader(h)
		c := LayoutColumn{Name: h}
		switch h {
		case "id", "type", "note":
			c.Field = h
		default:
			m := wideHeader.FindStringSubmatch(h)
			if m == nil {
				return nil
			}
			tag, err := language.Parse(m[2])
			if err != nil {
				return nil
			}
			c.Lang, c.Status = tag, Preferred
			if m[1] == "name" {
				names++
			} else {
				c.Status = Admitted
			}
		}
		l.Columns = append(l.Columns, c)
	}
	if names == 0 {
		return nil
	}
	return l
}

func normHeader(h string) string {
	return strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
}

// wide reads the rows of a wide sheet after its header: one entry a row.
func (d *decoder) wide(cr *csv.Reader, header []string, l *Layout) error {
	at := make([]int, len(l.Columns)) // column index of each mapped column
	for i, c := range l.Columns {
		at[i] = -1
		for j, h := range header {
			if normHeader(h) == c.Name {
				at[i] = j
			}
		}
		if at[i] < 0 {
			return &SyntaxError{File: d.file, Line: 1, Col: 1, Msg: fmt.Sprintf("header lacks the column %q of the layout %s", c.Name, l)}
		}
	}
	for j, h := range header {
		mapped := false
		for _, k := range at {
			mapped = mapped || k == j
		}
		if !mapped {
			line, col := cr.FieldPos(j)
			return &SyntaxError{File: d.file, Line: line, Col: col,
				Msg: fmt.Sprintf("column %q is not in the layout %s (map it, or leave it out with %s=-)", normHeader(h), l, normHeader(h))}
		}
	}
	ids := map[string]int{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return d.csvErr(err)
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		line, _ := cr.FieldPos(0)
		d.wideRow(cr, rec, l, at, line, ids)
	}
}

// wideRow reads one row of a wide sheet as an entry.
func (d *decoder) wideRow(cr *csv.Reader, rec []string, l *Layout, at []int, line int, ids map[string]int) {
	e := &Entry{Type: l.Type, File: d.file, Line: line}
	if e.Type == "" {
		e.Type = TermType
	}
	field := func(i int) (string, int, int) {
		if at[i] >= len(rec) {
			return "", line, 0
		}
		ln, col := cr.FieldPos(at[i])
		return strings.TrimSpace(rec[at[i]]), ln, col
	}
	for i, c := range l.Columns {
		v, ln, col := field(i)
		if v == "" {
			continue
		}
		switch c.Field {
		case "id":
			e.ID = v
		case "note":
			e.Note = v
		case "type":
			t, ok := ParseType(v)
			switch {
			case ok:
				e.Type = t
			case l.Type != "":
				// a word that is not a type (ministry, agency): the layout's
			default:
				d.problem(ln, col, Error, CodeSyntax, true, map[string]any{"Err": "unknown type " + v},
					"unknown entry type %q (person, title, organization, place, term; a layout can give a default type)", v)
			}
		case "from", "until":
			tm, err := parseDay(v)
			if err != nil {
				d.problem(ln, col, Error, CodeBadDates, true, map[string]any{"ID": e.ID, "Date": v}, "%s %q is not a YYYY-MM-DD date", c.Field, v)
				continue
			}
			if c.Field == "from" {
				e.From = tm
			} else {
				e.Until = tm
			}
		}
	}
	// Terms, in the layout's order; a short column names the short form
	// of the last preferred term of its language.
	for i, c := range l.Columns {
		if c.Field != "" || c.Short {
			continue
		}
		v, ln, col := field(i)
		if v == "" || !d.termLength(v, ln, col) {
			continue
		}
		short := ""
		for k, s := range l.Columns {
			if s.Short && s.Lang == c.Lang && c.Status == Preferred {
				short, _, _ = field(k)
			}
		}
		d.addTerm(e, v, c.Lang, c.Status, e.Type.CaseSensitiveByDefault(), short, ln, col)
	}
	if len(e.Terms) == 0 {
		return // a row with no forms: nothing to match
	}
	if e.ID == "" {
		e.ID = slugID(e)
	}
	if n := ids[e.ID]; n > 0 {
		ids[e.ID] = n + 1
		e.ID = fmt.Sprintf("%s-%d", e.ID, n+1)
	} else {
		ids[e.ID] = 1
	}
	d.entries = append(d.entries, e)
}

// slugID makes an entry id from its first Latin-script form ("Ministry of
// Education" → "ministry-of-education"), else its first form.
func slugID(e *Entry) string {
	pick := e.Terms[0].Text
	for _, t := range e.Terms {
		if s, _ := t.Lang.Script(); s.String() == "Latn" {
			pick = t.Text
			break
		}
	}
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(pick) {
		if r == ' ' || r == '-' || r == '_' || r == '.' || r == ',' || r == '\'' || r == '(' || r == ')' {
			dash = b.Len() > 0
			continue
		}
		if dash {
			b.WriteByte('-')
			dash = false
		}
		b.WriteRune(r)
	}
	if b.Len() == 0 {
		return "entry"
	}
	return b.String()
}
