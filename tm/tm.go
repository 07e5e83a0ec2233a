// Package tm is the newsroom's translation memory: the model of a unit,
// the Store interface every backend implements, the fuzzy scorer with its
// explained scores, and a registry of backends opened by data source name.
//
// A unit holds one sentence in several languages (BCP 47 tags), where it
// came from and how far it was reviewed (Origin: alignment with its
// confidence, translator, TMX import; unreviewed to final; at equal score
// a lookup ranks the more trusted first), its context in the document
// (document id and hashes of the previous and next source segments), who
// made and changed it, and the notes and properties of TMX. Text is kept in
// Unicode NFC; inline markup of TMX (ph, bpt, ept, it, hi) is kept verbatim
// in Variant.Markup beside the plain text.
//
// Lookup, ranking and scoring live here, once: a backend's Store.Lookup
// binds an Index (exact ids, document frequencies, posting lists, source
// variants, variants, whole units) to one read and calls Lookup with it,
// so every backend returns the same matches for the same memory. What only
// backends need (the stored forms of tags and extra fields, keys, index
// terms) is in tm/internal.
//
// Backends register themselves like database/sql drivers; the command
// imports bitext/tm/sqlite for its side effect and opens a path:
//
//	store, err := tm.Open(ctx, "sqlite:"+path)
//	if err != nil {
//		return err
//	}
//	defer store.Close()
//	res, err := store.Add(ctx, units) // res.Added, res.Updated, res.Alternatives
//	matches, err := store.Lookup(ctx, tm.Query{
//		Text: "The meeting starts at 10 a.m.", Source: language.English,
//		Target: language.Korean, Min: 75, Top: 5,
//	})
//
// Duplicates: a unit with the same source and target texts as a stored unit
// is the same unit (its change time is updated); the same source with
// another target is kept as an alternative, and lookups return both.
package tm

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"bitext/localize"
	"bitext/tm/internal/terms"
)

// Unit is a translation unit: one segment in several languages.
type Unit struct {
	// ID is assigned by the store; zero for a unit not yet stored.
	ID int64
	// TUID is the tuid of TMX, kept as given.
	TUID string
	// SourceLang is the language of the source variant; language.Und means
	// any variant may be the source (TMX srclang "*all*").
	SourceLang language.Tag
	Variants   []Variant
	Context    Context
	Origin     Origin
	Creator    string
	Created    time.Time
	Changer    string
	Changed    time.Time
	Notes      []Note
	Props      []Prop
}

// Variant is the text of a unit in one language.
type Variant struct {
	Lang language.Tag
	// Text is the plain text in NFC: inline codes dropped, the text of hi
	// kept.
	Text string
	// Markup is the TMX seg content with its inline elements (ph, bpt, ept,
	// it, hi, ut, sub) as XML; empty when the segment is plain text.
	Markup string
	Props  []Prop
	Notes  []Note
}

// Context says where a unit's source segment stood in its document.
type Context struct {
	DocID string
	// Prev and Next are SegmentHash values of the neighbouring source
	// segments; empty at the start or end of a document or when unknown.
	Prev, Next string
}

// IsZero reports whether nothing of c is known.
func (c Context) IsZero() bool { return c.DocID == "" && c.Prev == "" && c.Next == "" }

// Origin records where a unit came from (its provenance) and how far it
// was reviewed.
type Origin struct {
	// Kind says who made the unit: the aligner, a translator, or a TMX
	// file imported from elsewhere; empty when unknown.
	Kind       OriginKind
	File       string  // the imported file or article
	Alignment  string  // the aligner or method that paired the segments
	Confidence float64 // the aligner's confidence, 0..1; 0 when unknown
	Translator string
	// Review is the unit's review state; empty reads as Unreviewed.
	Review Review
}

// OriginKind says who made a unit.
type OriginKind string

// The kinds of origin.
const (
	OriginAlignment  OriginKind = "alignment"  // paired by the aligner, never confirmed by a person
	OriginTranslator OriginKind = "translator" // translated, changed or confirmed by a translator
	OriginTMX        OriginKind = "tmx"        // imported from a TMX file that does not say
)

// Review is the review state of a unit, from Unreviewed to Final.
type Review string

// The review states, weakest first.
const (
	Unreviewed Review = "unreviewed"
	Translated Review = "translated"
	Reviewed   Review = "reviewed"
	Final      Review = "final"
)

// Rank orders review states: Unreviewed (and empty or unknown) 0,
// Translated 1, Reviewed 2, Final 3.
func (r Review) Rank() int {
	switch r {
	case Translated:
		return 1
	case Reviewed:
		return 2
	case Final:
		return 3
	}
	return 0
}

// ParseReview parses a review state's name; "" is Unreviewed.
func ParseReview(s string) (Review, error) {
	switch r := Review(strings.TrimSpace(s)); r {
	case "":
		return Unreviewed, nil
	case Unreviewed, Translated, Reviewed, Final:
		return r, nil
	}
	return "", fmt.Errorf("tm: unknown review state %q (want unreviewed, translated, reviewed or final)", s)
}

// ParseOriginKind parses an origin kind's name; "" is unknown.
func ParseOriginKind(s string) (OriginKind, error) {
	switch k := OriginKind(strings.TrimSpace(s)); k {
	case "", OriginAlignment, OriginTranslator, OriginTMX:
		return k, nil
	}
	return "", fmt.Errorf("tm: unknown origin %q (want alignment, translator or tmx)", s)
}

// Trust orders origins at equal score: a translator's unit (or any unit
// whose review state is above Unreviewed) above an aligned or unknown
// one, and a reviewed or final unit above a merely translated one. It is
// the review state's rank, with a translator's unit at least Translated.
func (o Origin) Trust() int {
	r := o.Review.Rank()
	if o.Kind == OriginTranslator && r < 1 {
		r = 1
	}
	return r
}

// Stronger returns whichever of o and p has the higher Trust (o when
// equal): a unit stored again keeps the better of its provenances, so a
// translator confirming an aligned unit makes it the translator's.
func (o Origin) Stronger(p Origin) Origin {
	if p.Trust() > o.Trust() {
		return p
	}
	return o
}

// String describes the origin for people: "translator kim, reviewed",
// "alignment 0.44, unreviewed", "tmx markets.tmx, translated".
func (o Origin) String() string {
	var b strings.Builder
	kind := string(o.Kind)
	if kind == "" {
		kind = "unknown"
	}
	b.WriteString(kind)
	switch {
	case o.Kind == OriginAlignment && o.Confidence > 0:
		b.WriteString(" " + strconv.FormatFloat(o.Confidence, 'f', 2, 64))
	case o.Kind == OriginTranslator && o.Translator != "" && o.Translator != string(OriginTranslator):
		b.WriteString(" " + o.Translator)
	case o.Kind == OriginTMX && o.File != "":
		b.WriteString(" " + o.File)
	}
	r := o.Review
	if r == "" {
		r = Unreviewed
	}
	b.WriteString(", " + string(r))
	return b.String()
}

// Prop is a TMX property: a typed value, optionally for one language.
type Prop struct {
	Type, Lang, Value string
}

// Note is a TMX note.
type Note struct {
	Lang, Value string
}

// Variant returns the first variant in the language of tag (compared by
// base language, so en matches en-US), or nil.
func (u *Unit) Variant(tag language.Tag) *Variant {
	for i := range u.Variants {
		if SameLanguage(u.Variants[i].Lang, tag) {
			return &u.Variants[i]
		}
	}
	return nil
}

// Source returns the source variant: the one in SourceLang, else the first.
func (u *Unit) Source() *Variant {
	if u.SourceLang != language.Und {
		if v := u.Variant(u.SourceLang); v != nil {
			return v
		}
	}
	if len(u.Variants) == 0 {
		return nil
	}
	return &u.Variants[0]
}

// Normalize puts the texts of u into NFC and fills Text from Markup when
// only the markup is given. Stores call it on every unit they add.
func (u *Unit) Normalize() {
	for i := range u.Variants {
		v := &u.Variants[i]
		v.Markup = terms.NFC(v.Markup)
		v.Text = terms.NFC(v.Text)
		if v.Text == "" && v.Markup != "" {
			v.Text = PlainText(v.Markup)
		}
	}
}

// SameLanguage reports whether a and b have the same base language.
func SameLanguage(a, b language.Tag) bool {
	if a == language.Und || b == language.Und {
		return a == b
	}
	ab, _ := a.Base()
	bb, _ := b.Base()
	return ab == bb
}

// LangKey is the language part of the store's keys: the base language
// ("en", "ko"), or "und".
func LangKey(t language.Tag) string { return terms.LangKey(t) }

// SegmentHash is the hash of a segment's NFC text used in Context.Prev and
// Context.Next: 16 hex digits.
func SegmentHash(text string) string {
	h := terms.Hash(terms.NFC(text))
	return fmt.Sprintf("%016x", h)
}

// Kind is the kind of a match.
type Kind int

// The kinds of matches, best first.
const (
	Fuzzy     Kind = iota // similar text; Score below 100
	Exact                 // the same text (Score 100)
	InContext             // the same text in the same context (Score 101)
)

func (k Kind) String() string {
	switch k {
	case Exact:
		return "exact"
	case InContext:
		return "in-context"
	}
	return "fuzzy"
}

// MarshalText gives the kind's name for JSON.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText parses a kind's name.
func (k *Kind) UnmarshalText(b []byte) error {
	switch string(b) {
	case "exact":
		*k = Exact
	case "in-context":
		*k = InContext
	case "fuzzy":
		*k = Fuzzy
	default:
		return fmt.Errorf("tm: unknown match kind %q", b)
	}
	return nil
}

// Query is a lookup.
type Query struct {
	Text string
	// Markup is the query's segment with inline tags, if it has any; it
	// only counts tags for the tag penalty.
	Markup string
	// Source is the language of Text; Target the language wanted. Either
	// direction works: a unit stored en→ko answers a ko→en query.
	Source, Target language.Tag
	// Context of the query segment, for in-context exact matches.
	Context Context
	// Min is the lowest fuzzy score returned (default 75 when 0); Top the
	// most matches returned (default 5 when 0).
	Min, Top int
}

// Defaults of Query.
const (
	DefaultMin = 75
	DefaultTop = 5
)

// Match is one lookup result.
type Match struct {
	Unit   Unit
	Source Variant // the unit's variant in the query's source language
	Target Variant // the unit's variant in the target language
	Score  int     // 101 in-context, 100 exact, below 100 fuzzy
	Kind   Kind
	// Explanation tells how a fuzzy score was reached.
	Explanation Explanation
	// Suggestion is the target text with the query's numbers put in place
	// of the unit's, when numbers are the only difference; else empty.
	// Localize extends it to every fuzzy match whose numbers, dates, times
	// or weekdays can be carried over.
	Suggestion string
	// Localized are the replacements Localize made; nil when it made none.
	Localized []localize.Change
}

// ConcordanceQuery finds a word or phrase in the stored texts.
type ConcordanceQuery struct {
	Text string
	// Lang restricts the search to one language; language.Und searches
	// every language.
	Lang  language.Tag
	Limit int // default 50 when 0
}

// Outcome says what adding one unit did.
type Outcome int

// Outcomes of adding a unit.
const (
	Added       Outcome = iota // a new unit
	Updated                    // same source and target as a stored unit: times updated
	Alternative                // a new unit whose source is stored with another target
	Pending                    // not known until Commit (buffered); counted there
)

// AddResult counts what adding units did.
type AddResult struct {
	Added, Updated, Alternatives int
}

// Count adds one outcome to r.
func (r *AddResult) Count(o Outcome) {
	switch o {
	case Added:
		r.Added++
	case Updated:
		r.Updated++
	case Alternative:
		r.Alternatives++
	}
}

// Stats describes a store.
type Stats struct {
	Units     int
	Languages map[string]int // variants per base language
	Oldest    time.Time      // earliest creation time, zero when empty
	Newest    time.Time      // latest change time
	Bytes     int64          // size on disk, when known
}

// ExportOptions select what Iterate returns.
type ExportOptions struct {
	// Langs, when set, keeps only units that have every one of these
	// languages, and only their variants.
	Langs []language.Tag
}

// Select applies the options to u for a store's Iterate: it reports
// whether u is returned and, when Langs is set, keeps only their variants
// (in the order of Langs; the source language becomes the first of them
// when u's own is not kept).
func (o ExportOptions) Select(u *Unit) bool {
	if len(o.Langs) == 0 {
		return true
	}
	keep := make([]Variant, 0, len(o.Langs))
	for _, l := range o.Langs {
		v := u.Variant(l)
		if v == nil {
			return false
		}
		keep = append(keep, *v)
	}
	u.Variants = keep
	if u.Variant(u.SourceLang) == nil {
		u.SourceLang = keep[0].Lang
	}
	return true
}

// Store is a translation memory. Methods are safe for concurrent use.
type Store interface {
	// Add adds units in one transaction: all or none are stored.
	Add(ctx context.Context, units []Unit) (AddResult, error)
	// Begin starts a batch for streaming imports: units added to it are
	// stored when Commit returns, or not at all.
	Begin(ctx context.Context) (Batch, error)
	// Lookup returns the best matches for q, best first: in-context exact,
	// exact, then fuzzy by score.
	Lookup(ctx context.Context, q Query) ([]Match, error)
	// Concordance returns units with a variant containing the query text
	// (case-insensitively; whole words in spaced languages, any run of two
	// or more characters in Korean, Japanese and Chinese).
	Concordance(ctx context.Context, q ConcordanceQuery) ([]Unit, error)
	Stats(ctx context.Context) (Stats, error)
	// Iterate calls fn for every unit in the order they were added.
	Iterate(ctx context.Context, opt ExportOptions, fn func(Unit) error) error
	// IterateAfter is Iterate over the units with an id larger than after
	// (ids grow as units are added), for a reader that has seen the rest.
	IterateAfter(ctx context.Context, after int64, opt ExportOptions, fn func(Unit) error) error
	Close() error
}

// Batch is a transaction of a streaming import.
type Batch interface {
	// Add adds one unit. A backend that buffers writes returns Pending
	// and counts what the unit did in the result of Commit.
	Add(u Unit) (Outcome, error)
	Commit() (AddResult, error)
	// Rollback discards the batch; it is a no-op after Commit.
	Rollback() error
}

// ErrNoText is returned for a unit without a source text or with fewer than
// two variants.
var ErrNoText = errors.New("tm: a unit needs a source text and at least two variants")

// Check reports whether u can be stored.
func Check(u *Unit) error {
	if len(u.Variants) < 2 {
		return ErrNoText
	}
	if s := u.Source(); s == nil || strings.TrimSpace(s.Text) == "" {
		return ErrNoText
	}
	return nil
}

// Storable returns the units of units that Check accepts, in order, and
// how many it left out, for a caller that stores what it can and must
// report the rest (a count, never a silent drop).
func Storable(units []Unit) (keep []Unit, skipped int) {
	keep = make([]Unit, 0, len(units))
	for i := range units {
		if Check(&units[i]) != nil {
			skipped++
			continue
		}
		keep = append(keep, units[i])
	}
	return keep, skipped
}

// ParseKind parses "exact", "in-context" or "fuzzy".
func ParseKind(s string) (Kind, error) {
	var k Kind
	err := k.UnmarshalText([]byte(s))
	return k, err
}

// formatConfidence formats an alignment confidence for a TMX property.
func formatConfidence(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// ranksAbove reports whether a match of unit a at score sa ranks above
// one of b at sb, the order of lookups' matches: by score (in-context
// 101, exact 100, then fuzzy), then the most trusted origin
// (Origin.Trust: a translator's unit above an aligned one), then the most
// recently changed, then the oldest id.
func ranksAbove(sa int, a *Unit, sb int, b *Unit) bool {
	if sa != sb {
		return sa > sb
	}
	if ta, tb := a.Origin.Trust(), b.Origin.Trust(); ta != tb {
		return ta > tb
	}
	if !a.Changed.Equal(b.Changed) {
		return a.Changed.After(b.Changed)
	}
	return a.ID < b.ID
}
