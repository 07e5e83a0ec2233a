package glossary

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// Status is the administrative status of a term.
type Status int

// The statuses of TBX-Basic. A term without a status is Admitted, except
// that the first term of a language of an entry without a preferred term
// becomes Preferred when the glossary is read.
const (
	Admitted   Status = iota // allowed, not the first choice (also: no status given)
	Preferred                // the form to use
	Deprecated               // forbidden
	Superseded               // forbidden: an older form replaced by the preferred one
)

var statusNames = [...]string{"admitted", "preferred", "deprecated", "superseded"}

// String returns the status as written in CSV files: "preferred",
// "admitted", "deprecated" or "superseded".
func (s Status) String() string {
	if s >= 0 && int(s) < len(statusNames) {
		return statusNames[s]
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

// Forbidden reports whether the status forbids the form (Deprecated or
// Superseded).
func (s Status) Forbidden() bool { return s == Deprecated || s == Superseded }

// ParseStatus parses a CSV status word ("preferred", "admitted",
// "deprecated", "superseded", also "forbidden" for deprecated) or a TBX
// administrativeStatus value ("preferredTerm-admn-sts", ...). The empty
// string is Admitted.
func ParseStatus(s string) (Status, bool) {
	switch s { // the TBX values as written, without a copy
	case "preferredTerm-admn-sts":
		return Preferred, true
	case "admittedTerm-admn-sts":
		return Admitted, true
	case "deprecatedTerm-admn-sts":
		return Deprecated, true
	case "supersededTerm-admn-sts":
		return Superseded, true
	}
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimSuffix(s, "term-admn-sts")
	switch s {
	case "", "admitted":
		return Admitted, true
	case "preferred":
		return Preferred, true
	case "deprecated", "forbidden", "notrecommended":
		return Deprecated, true
	case "superseded":
		return Superseded, true
	}
	return Admitted, false
}

// Type is the kind of concept an entry stands for.
type Type string

// The entry types. Names and titles (person, title, organization, place)
// are case-sensitive by default; terms are not.
const (
	Person       Type = "person"
	Title        Type = "title"
	Organization Type = "organization"
	Place        Type = "place"
	TermType     Type = "term"
)

// Types lists the entry types in the order of the documentation.
var Types = []Type{Person, Title, Organization, Place, TermType}

// ParseType parses an entry type; the empty string is TermType.
func ParseType(s string) (Type, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return TermType, true
	}
	for _, t := range Types {
		if string(t) == s {
			return t, true
		}
	}
	return TermType, false
}

// CaseSensitiveByDefault reports whether terms of type t are matched
// case-sensitively unless the glossary says otherwise.
func (t Type) CaseSensitiveByDefault() bool { return t != TermType }

// Term is one form of a concept in one language.
type Term struct {
	Text          string       // the form, NFC
	Lang          language.Tag // BCP 47
	Status        Status
	CaseSensitive bool
	Short         string // person: the short form allowed after the first mention, e.g. "Chung"
	Line, Col     int    // position in the source file (1-based; 0 when unknown)
	// Note is a note on this form alone ("not used since the 2013
	// reorganisation"), as written on a deprecated or superseded row of a
	// CSV file or inside a TBX term section; the entry's note is
	// Entry.Note.
	Note string

	// From and Until bound the days the form itself was right (both
	// inclusive, zero = open): "Ministry of Foreign Affairs and Trade" is
	// superseded, but was the ministry's name from 1998 to 2013, so an
	// article of 2010 that uses it is right (see UsedAt).
	From, Until time.Time
	// Related lists words of the same language that show the entry is
	// rendered without naming it: demonyms and adjectives (Chinese for
	// China), a capital standing for its government (Pyongyang), "the
	// South". They count only where a finding says a form is absent.
	Related []string
	// NotIn lists longer words or phrases holding the form in which it
	// names something else: 남북한 ("both Koreas") for 북한, 세계 대전 for
	// 대전 (Daejeon).
	NotIn []string
	// Context, when set, makes the form count only when one of these
	// words is in the same text (the pair, for bilingual input): 조국 is
	// the person Cho Kuk only beside 장관, 법무부 ...; else "homeland".
	Context []string
	// NotWith lists words with which the form does not count: 민주당 beside
	// 미국 or Democrats is the US party, not the Korean one.
	NotWith []string

	// windows, for a form listed again in its entry with the same status
	// and another window (Speaker Nancy Pelosi 2007-2011 and 2019-2023),
	// are all those rows, this one included, in glossary order: the form
	// is right in any of them (At, UsedAt). Nil for a form listed once.
	windows []*Term
}

// Windows returns the rows of the form t in its entry when it is listed
// again there with the same status and another window (t among them, in
// glossary order), else nil.
func (t *Term) Windows() []*Term { return t.windows }

// At returns the row of the form t whose window holds day when the form
// is listed with several windows: the row right that day, else the one
// whose window ended last before it, else the one that starts first. A
// form listed once, a zero day or a nil t gives t.
func (t *Term) At(day time.Time) *Term {
	if t == nil || t.windows == nil || day.IsZero() {
		return t
	}
	d := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)
	var ended, first *Term
	for _, u := range t.windows {
		if (u.From.IsZero() || !d.Before(u.From)) && (u.Until.IsZero() || !d.After(u.Until)) {
			return u
		}
		if !u.Until.IsZero() && d.After(u.Until) {
			if ended == nil || u.Until.After(ended.Until) {
				ended = u
			}
		} else if first == nil || u.From.Before(first.From) {
			first = u
		}
	}
	if ended != nil {
		return ended
	}
	return first
}

// otherWindow reports whether u is the form t listed again in an entry
// with the same status and case and another window.
func otherWindow(t, u *Term) bool {
	return u != t && u.Status == t.Status && u.CaseSensitive == t.CaseSensitive &&
		(!u.From.Equal(t.From) || !u.Until.Equal(t.Until)) && collide(t, u)
}

// overlap reports whether the windows of t and u share a day.
func overlap(t, u *Term) bool {
	return (t.Until.IsZero() || u.From.IsZero() || !u.From.After(t.Until)) &&
		(u.Until.IsZero() || t.From.IsZero() || !t.From.After(u.Until))
}

// linkWindows sets the windows of the forms of e listed more than once
// with the same status and different windows.
func linkWindows(e *Entry) {
	for i, t := range e.Terms {
		if t.windows != nil {
			continue
		}
		var all []*Term
		for _, u := range e.Terms[i+1:] {
			if u.windows == nil && otherWindow(t, u) {
				if all == nil {
					all = []*Term{t}
				}
				all = append(all, u)
			}
		}
		for _, u := range all {
			u.windows = all
		}
	}
}

// UsedAt reports whether a forbidden form was right on day t: its own
// validity (From, Until) is set and holds t (one of its windows, for a
// form listed with several: At). A zero t (no date known) gives
// false, so the form is reported.
func (t *Term) UsedAt(day time.Time) bool {
	if t.windows != nil && !day.IsZero() {
		t = t.At(day)
	}
	if day.IsZero() || t.From.IsZero() && t.Until.IsZero() {
		return false
	}
	d := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)
	return (t.From.IsZero() || !d.Before(t.From)) && (t.Until.IsZero() || !d.After(t.Until))
}

// Conditional reports whether the form counts only in some contexts
// (Context, NotWith or NotIn set).
func (t *Term) Conditional() bool {
	return len(t.Context) > 0 || len(t.NotWith) > 0 || len(t.NotIn) > 0
}

// Entry is a concept: one person, title, organization, place or term, with
// its forms in each language.
type Entry struct {
	ID          string
	Type        Type
	Note        string
	From, Until time.Time // validity, both days inclusive; zero = open
	Terms       []*Term
	File        string // source file
	Line        int    // line of the entry in File
}

// Active reports whether the entry is valid on day t: From and Until are
// inclusive and a zero date is open.
func (e *Entry) Active(t time.Time) bool {
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	if !e.From.IsZero() && day.Before(e.From) {
		return false
	}
	if !e.Until.IsZero() && day.After(e.Until) {
		return false
	}
	return true
}

// TermsIn returns the terms of e in language lang (matched on the base
// language: "en" also gives "en-US" terms), in glossary order.
func (e *Entry) TermsIn(lang language.Tag) []*Term {
	// Counted first, so that the list is allocated once (a Base for
	// each tag seen, not for each term: langOf).
	in := newLangOf(lang)
	n := 0
	for _, t := range e.Terms {
		if in.has(t.Lang) {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]*Term, 0, n)
	for _, t := range e.Terms {
		if in.has(t.Lang) {
			out = append(out, t)
		}
	}
	return out
}

// langOf tells the terms of one language (sameLang) from others, with
// the last other tag it saw and its answer remembered: a glossary's terms
// carry a few tags over and over, and Base is not free.
type langOf struct {
	tag, last  language.Tag
	base       language.Base
	seen, same bool // last is set; its answer
}

func newLangOf(lang language.Tag) langOf {
	b, _ := lang.Base()
	return langOf{tag: lang, base: b}
}

// has is sameLang(t, l.tag).
func (l *langOf) has(t language.Tag) bool {
	if t == l.tag {
		return true
	}
	if l.seen && t == l.last {
		return l.same
	}
	b, _ := t.Base()
	l.last, l.seen, l.same = t, true, b == l.base
	return l.same
}

// preferred is preferred(e, l.tag).
func (l *langOf) preferred(e *Entry) *Term {
	var admitted *Term
	for _, t := range e.Terms {
		if !l.has(t.Lang) {
			continue
		}
		if t.Status == Preferred {
			return t
		}
		if t.Status == Admitted && admitted == nil {
			admitted = t
		}
	}
	return admitted
}

// sameLang compares base languages; und matches nothing but und.
func sameLang(a, b language.Tag) bool {
	if a == b {
		return true
	}
	ba, _ := a.Base()
	bb, _ := b.Base()
	return ba == bb
}

// Glossary is a set of entries read from one or more files. Change
// Entries only before the first call of Matcher, Lookup or EntryOf, which
// cache what they build from them.
type Glossary struct {
	Entries []*Entry

	mu       sync.Mutex
	matchers map[matcherKey]*Matcher
	byID     map[string]*Entry
	byTerm   map[*Term]*Entry
}

// EntryOf returns the entry that holds term t, or nil.
func (g *Glossary) EntryOf(t *Term) *Entry {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.byTerm == nil {
		g.byTerm = map[*Term]*Entry{}
		for _, e := range g.Entries {
			for _, u := range e.Terms {
				g.byTerm[u] = e
			}
		}
	}
	return g.byTerm[t]
}

// Lookup returns the entry with the given id, or nil.
func (g *Glossary) Lookup(id string) *Entry {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.byID == nil || len(g.byID) != len(g.Entries) {
		g.byID = make(map[string]*Entry, len(g.Entries))
		for _, e := range g.Entries {
			if _, ok := g.byID[e.ID]; !ok {
				g.byID[e.ID] = e
			}
		}
	}
	return g.byID[id]
}

// Preferred returns the preferred term of e in lang: the first Preferred
// term, else the first Admitted one, else nil.
func (g *Glossary) Preferred(e *Entry, lang language.Tag) *Term {
	return preferred(e, lang)
}

func preferred(e *Entry, lang language.Tag) *Term {
	var admitted *Term
	for _, t := range e.Terms {
		if !sameLang(t.Lang, lang) {
			continue
		}
		if t.Status == Preferred {
			return t
		}
		if t.Status == Admitted && admitted == nil {
			admitted = t
		}
	}
	return admitted
}

// Format is a glossary file format.
type Format int

// The formats Decode reads.
const (
	FormatAuto Format = iota // by content: TBX when it starts with '<', TSV when the header has a tab, else CSV
	FormatTBX                // TBX v2 (martif, TBX-Basic) or v3 (ISO 30042:2019)
	FormatCSV                // comma-separated, see the package doc for the header
	FormatTSV                // tab-separated, same columns
)

// String returns "auto", "tbx", "csv" or "tsv".
func (f Format) String() string {
	switch f {
	case FormatTBX:
		return "tbx"
	case FormatCSV:
		return "csv"
	case FormatTSV:
		return "tsv"
	}
	return "auto"
}

// ParseFormat parses "tbx", "csv", "tsv" or "auto".
func ParseFormat(s string) (Format, bool) {
	switch strings.ToLower(s) {
	case "tbx":
		return FormatTBX, true
	case "csv":
		return FormatCSV, true
	case "tsv", "tab":
		return FormatTSV, true
	case "", "auto":
		return FormatAuto, true
	}
	return FormatAuto, false
}

// FormatOf returns the format of a file name by its extension (.tbx, .xml,
// .csv, .tsv, .tab), FormatAuto for any other.
func FormatOf(path string) Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".tbx", ".xml":
		return FormatTBX
	case ".csv":
		return FormatCSV
	case ".tsv", ".tab":
		return FormatTSV
	}
	return FormatAuto
}

// SyntaxError is an error in a glossary file.
type SyntaxError struct {
	File      string
	Line, Col int
	Msg       string
}

func (e *SyntaxError) Error() string {
	return "glossary: " + position(e.File, e.Line, e.Col) + e.Msg
}

// MessageID and MessageData give the localized form of the error.
func (e *SyntaxError) MessageID() string { return "GlossarySyntaxError" }

// MessageData returns the template data of the localized message.
func (e *SyntaxError) MessageData() map[string]any {
	return map[string]any{"Pos": strings.TrimSuffix(position(e.File, e.Line, e.Col), ": "), "Msg": e.Msg}
}

func position(file string, line, col int) string {
	if file == "" {
		file = "-"
	}
	switch {
	case line > 0 && col > 0:
		return fmt.Sprintf("%s:%d:%d: ", file, line, col)
	case line > 0:
		return fmt.Sprintf("%s:%d: ", file, line)
	}
	return file + ": "
}

// Options tune LoadWith and DecodeWith; the zero value reads as Load does.
type Options struct {
	// Layout reads CSV and TSV files as wide sheets, one row per entry
	// (see Layout); nil reads one row per term, or a wide sheet whose
	// header is recognised.
	Layout *Layout
}

// Load reads a glossary file. The format comes from the extension (.tbx,
// .xml, .csv, .tsv) or, for other names, from the content. Errors in the
// file are *SyntaxError; a file that cannot be read gives the *os.PathError.
func Load(path string) (*Glossary, error) { return LoadWith(path, Options{}) }

// LoadWith is Load with options.
func LoadWith(path string, o Options) (*Glossary, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return nil, &SyntaxError{File: path, Msg: msgFolder}
	}
	return DecodeWith(f, FormatOf(path), path, o)
}

// Decode reads a glossary in format from r; name is the file name used in
// positions and in Entry.File. Errors in the content are *SyntaxError;
// other errors come from reading r.
func Decode(r io.Reader, format Format, name string) (*Glossary, error) {
	return DecodeWith(r, format, name, Options{})
}

// DecodeWith is Decode with options.
func DecodeWith(r io.Reader, format Format, name string, o Options) (*Glossary, error) {
	g, probs, err := decodeWith(r, format, name, o)
	if err != nil {
		return nil, err
	}
	for _, p := range probs {
		if p.fatal {
			return nil, &SyntaxError{File: p.File, Line: p.Line, Col: p.Col, Msg: p.Message}
		}
	}
	return g, nil
}

// decodeWith reads r leniently: what Decode would reject is reported as a
// fatal problem, and reading goes on where it can.
func decodeWith(r io.Reader, format Format, name string, o Options) (*Glossary, []Problem, error) {
	if format == FormatAuto {
		var err error
		format, r, err = sniff(r)
		if err != nil {
			return nil, nil, fmt.Errorf("glossary: %s: %w", name, err)
		}
	}
	d := &decoder{file: name, layout: o.Layout}
	var err error
	switch format {
	case FormatTBX:
		err = d.tbx(r)
	case FormatTSV:
		err = d.table(r, '\t')
	default:
		err = d.table(r, ',')
	}
	if err != nil {
		return nil, d.problems, err
	}
	d.finish()
	return &Glossary{Entries: d.entries}, d.problems, nil
}

// decoder collects entries and problems while reading one file.
type decoder struct {
	slowXML  bool           // tests: read TBX with encoding/xml only
	ids      map[string]int // TBX entry id -> line
	langs    map[string]language.Tag
	file     string
	entries  []*Entry
	problems []Problem
	// termBlock is where addTerm takes its next Term from.
	termBlock []Term
	// layout reads CSV and TSV as wide sheets (LoadWith).
	layout *Layout
}

func (d *decoder) problem(line, col int, sev Severity, code string, fatal bool, data map[string]any, format string, args ...any) {
	d.problems = append(d.problems, Problem{
		File: d.file, Line: line, Col: col, Severity: sev, Code: code,
		Message: fmt.Sprintf(format, args...), Data: data, fatal: fatal,
	})
}

// addTerm checks and appends a term read at line:col. raw is the text as
// written in the file.
func (d *decoder) addTerm(e *Entry, raw string, lang language.Tag, st Status, cs bool, short string, line, col int) {
	text := strings.TrimSpace(raw)
	if text == "" {
		d.problem(line, col, Error, CodeEmptyTerm, false, map[string]any{"ID": e.ID}, "empty term in entry %s", e.ID)
		return
	}
	if text != raw {
		d.problem(line, col, Warning, CodePaddedTerm, false, map[string]any{"Term": text}, "term %q has leading or trailing space", text)
	}
	if !ascii(text) && !isNFC(text) && !norm.NFC.IsNormalString(text) { // isNFC: a fast yes
		d.problem(line, col, Warning, CodeNotNFC, false, map[string]any{"Term": text}, "term %q is not in Unicode NFC", text)
		text = norm.NFC.String(text)
	}
	if short = strings.TrimSpace(short); !ascii(short) && !isNFC(short) {
		short = norm.NFC.String(short)
	}
	// Terms are allocated in blocks: one allocation for many terms.
	if len(d.termBlock) == 0 {
		d.termBlock = make([]Term, 256)
	}
	t := &d.termBlock[0]
	d.termBlock = d.termBlock[1:]
	*t = Term{Text: text, Lang: lang, Status: st, CaseSensitive: cs, Short: short, Line: line, Col: col}
	e.Terms = append(e.Terms, t)
}

// ascii reports whether s is ASCII only (and so in NFC).
func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// finish applies the defaults: in each language of an entry without a
// preferred term, the first admitted term becomes preferred; and checks
// entry-level facts.
func (d *decoder) finish() {
	kept := d.entries[:0]
	for _, e := range d.entries {
		if len(e.Terms) == 0 {
			d.problem(e.Line, 0, Warning, CodeEmptyEntry, false, map[string]any{"ID": e.ID}, "entry %s has no terms and is left out", e.ID)
			continue
		}
		kept = append(kept, e)
	}
	d.entries = kept
	for _, e := range d.entries {
		var done []language.Base
	terms:
		for _, t := range e.Terms {
			base, _ := t.Lang.Base()
			for _, b := range done {
				if b == base {
					continue terms
				}
			}
			done = append(done, base)
			var first *Term
			hasPref := false
			for _, u := range e.Terms {
				if ub, _ := u.Lang.Base(); ub != base {
					continue
				}
				if u.Status == Preferred {
					hasPref = true
					break
				}
				if u.Status == Admitted && first == nil {
					first = u
				}
			}
			if !hasPref && first != nil {
				first.Status = Preferred
			}
		}
		if !e.From.IsZero() && !e.Until.IsZero() && e.Until.Before(e.From) {
			d.problem(e.Line, 0, Error, CodeBadDates, false, map[string]any{"ID": e.ID, "From": day(e.From), "Until": day(e.Until)},
				"entry %s ends (%s) before it starts (%s)", e.ID, day(e.Until), day(e.From))
		}
		linkWindows(e) // after the promotion of an admitted form above
	}
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// parseDay parses a YYYY-MM-DD date; "" is the zero time.
func parseDay(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.DateOnly, s)
}

// parseLang parses a language tag and says what is wrong with it.
func parseLang(s string) (language.Tag, string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return language.Und, "missing language tag"
	}
	tag, err := language.Parse(s)
	if err != nil {
		return language.Und, fmt.Sprintf("%q is not a BCP 47 language tag", s)
	}
	return tag, ""
}

// suspiciousLang lists valid tags that are usually country codes typed
// for a language.
var suspiciousLang = map[string]string{"kr": "ko", "jp": "ja", "cn": "zh", "us": "en", "uk": "en", "gb": "en"}

func (d *decoder) lang(s string, line, col int) (language.Tag, bool) {
	if tag, ok := d.langs[s]; ok {
		return tag, true
	}
	tag, msg := parseLang(s)
	if msg != "" {
		d.problem(line, col, Error, CodeBadLang, true, map[string]any{"Tag": s}, "%s", msg)
		return tag, false
	}
	if strings.Contains(s, "_") {
		d.problem(line, col, Warning, CodeBadLang, false, map[string]any{"Tag": s, "Want": tag.String()},
			"language tag %q uses an underscore; BCP 47 writes %q", s, tag.String())
	}
	if want, ok := suspiciousLang[strings.ToLower(strings.TrimSpace(s))]; ok {
		d.problem(line, col, Warning, CodeBadLang, false, map[string]any{"Tag": s, "Want": want},
			"language tag %q is a country code; did you mean %q?", s, want)
	}
	if !strings.Contains(s, "_") && suspiciousLang[strings.ToLower(strings.TrimSpace(s))] == "" {
		if d.langs == nil {
			d.langs = map[string]language.Tag{}
		}
		d.langs[s] = tag // only clean tags: a warning is given at each use
	}
	return tag, true
}

// Conflict is a clash Merge resolved between two glossaries.
type Conflict struct {
	Kind    ConflictKind
	ID      string // id of the entry kept
	Term    string // the term in question (SameTerm)
	Lang    language.Tag
	Kept    *Entry // the later glossary's entry, which wins
	Dropped *Entry // the earlier entry (Replaced) or the entry that lost the term (SameTerm)
}

// ConflictKind says what clashed.
type ConflictKind int

const (
	// Replaced: both glossaries have an entry with the same id; the later
	// one replaces the earlier one whole.
	Replaced ConflictKind = iota + 1
	// SameTerm: entries with different ids claim the same form in the same
	// language; the later entry keeps it and the earlier one loses it.
	SameTerm
)

func (c Conflict) String() string {
	switch c.Kind {
	case Replaced:
		return fmt.Sprintf("%sentry %s replaces the entry of %s", position(c.Kept.File, c.Kept.Line, 0), c.ID, strings.TrimSuffix(position(c.Dropped.File, c.Dropped.Line, 0), ": "))
	default:
		return fmt.Sprintf("%s%q (%s) is claimed by entry %s, which wins over entry %s of %s", position(c.Kept.File, c.Kept.Line, 0), c.Term, c.Lang, c.ID, c.Dropped.ID, strings.TrimSuffix(position(c.Dropped.File, c.Dropped.Line, 0), ": "))
	}
}

// MessageID and MessageData give the localized form of the conflict:
// GlossaryConflictReplaced or GlossaryConflictSameTerm.
func (c Conflict) MessageID() string {
	if c.Kind == Replaced {
		return "GlossaryConflictReplaced"
	}
	return "GlossaryConflictSameTerm"
}

// MessageData returns the template data of the localized message: Pos
// (where the winning entry is), ID, Term, Lang, Other (the losing entry's
// id) and OtherPos.
func (c Conflict) MessageData() map[string]any {
	return map[string]any{
		"Pos": strings.TrimSuffix(position(c.Kept.File, c.Kept.Line, 0), ": "), "ID": c.ID,
		"Term": c.Term, "Lang": c.Lang.String(), "Other": c.Dropped.ID,
		"OtherPos": strings.TrimSuffix(position(c.Dropped.File, c.Dropped.Line, 0), ": "),
	}
}

// Merge combines glossaries, the later ones over the earlier ones (a house
// glossary first, then a desk glossary):
//
//   - an entry whose id is already present replaces the earlier entry,
//     which keeps its place in the order (Conflict Replaced);
//   - a form (same language, same matching key) that an earlier entry with
//     another id also lists is removed from the earlier entry (Conflict
//     SameTerm). Duplicates inside one glossary are left alone: that is
//     for Lint.
//
// The inputs are not modified; entries that lose terms are copied.
func Merge(gs ...*Glossary) (*Glossary, []Conflict) {
	out := &Glossary{}
	// One glossary has no conflicts (its duplicates are left alone): its
	// entries as they are, without the maps of ids and keys.
	var one *Glossary
	n := 0
	for _, g := range gs {
		if g != nil {
			one, n = g, n+1
		}
	}
	if n == 1 {
		if len(one.Entries) > 0 {
			out.Entries = append([]*Entry(nil), one.Entries...)
		}
		return out, nil
	}
	var conflicts []Conflict
	type place struct{ idx, src int }
	type claim struct {
		place
		t *Term
	}
	pos := map[string]place{}      // id -> where it is in out.Entries
	claims := map[string][]claim{} // language + folded key -> entries that hold it
	key := func(t *Term) string {
		base, _ := t.Lang.Base()
		return base.String() + "\x00" + termKey(t.Text)
	}
	for gi, g := range gs {
		if g == nil {
			continue
		}
		for _, e := range g.Entries {
			p, dup := pos[e.ID]
			idx := len(out.Entries)
			if dup && p.src != gi {
				idx = p.idx
				conflicts = append(conflicts, Conflict{Kind: Replaced, ID: e.ID, Kept: e, Dropped: out.Entries[idx]})
				out.Entries[idx] = e
				pos[e.ID] = place{idx, gi}
			} else {
				if !dup {
					pos[e.ID] = place{idx, gi}
				}
				out.Entries = append(out.Entries, e)
			}
			for _, t := range e.Terms {
				k := key(t)
				for _, c := range claims[k] {
					if c.src == gi || c.idx == idx || !collide(c.t, t) {
						continue
					}
					prev := out.Entries[c.idx]
					var kept []*Term
					for _, u := range prev.Terms {
						if u != c.t {
							kept = append(kept, u)
						}
					}
					if len(kept) != len(prev.Terms) {
						cp := *prev
						cp.Terms = kept
						out.Entries[c.idx] = &cp
						conflicts = append(conflicts, Conflict{Kind: SameTerm, ID: e.ID, Term: t.Text, Lang: t.Lang, Kept: e, Dropped: &cp})
					}
				}
				claims[k] = append(claims[k], claim{place{idx, gi}, t})
			}
		}
	}
	return out, conflicts
}
