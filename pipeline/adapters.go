package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/text/language"

	"bitext/align"
	"bitext/article"
	"bitext/glossary"
	"bitext/lexicon"
	"bitext/segment"
	"bitext/tm"
)

// Setup says what the default steps use besides the config: the glossary
// files (the config's and the command line's) and the TM location.
type Setup struct {
	Glossaries []string
	TM         string // path or data source name of the TM; "" = no TM
	// Today is the day glossary validity is checked against (zero: now).
	Today time.Time
	// Text gives the export pages' labels in the interface language, by
	// message id (see export.LabelIDs); nil gives English.
	Text func(id string) string
	// UILang is the language of Text's labels (a BCP 47 tag, "" for
	// English): the export pages' lang attribute where the labels are.
	UILang string
	// Say gives the check findings in the interface language, by message
	// id and data (package check's ids); nil gives English.
	Say func(id string, data map[string]any) string
}

// StepError is a step that cannot be set up: a glossary that does not
// parse (bad input) or a TM that cannot be opened (Env).
type StepError struct {
	Step string
	Env  bool
	Err  error
}

func (e *StepError) Error() string {
	msg := e.Err.Error()
	if strings.HasPrefix(msg, e.Step+": ") { // "glossary: house.csv:3:1: ...", said once
		return "pipeline: " + msg
	}
	return "pipeline: " + e.Step + ": " + msg
}
func (e *StepError) Unwrap() error { return e.Err }

// NewSteps builds the run's steps from bitext's packages: segment,
// glossary (with its checks), align, the TM and the export formats. Steps
// that need what is not there (no glossary file, no TM) are left nil and
// noted. The returned closer closes the TM.
func NewSteps(ctx context.Context, cfg Config, set Setup) (Steps, io.Closer, error) {
	var st Steps
	closer := io.Closer(nopCloser{})
	st.Segmenter = segmentStep{}
	sig := []string{"segment"}

	// Glossary.
	var g *glossary.Glossary
	if len(set.Glossaries) == 0 {
		st.Notes = append(st.Notes, note("glossary", NoteNoGlossary))
	} else {
		var gs []*glossary.Glossary
		h := sha256.New()
		var gopt glossary.Options
		if cfg.Glossary.Columns != "" {
			l, err := glossary.ParseLayout(cfg.Glossary.Columns)
			if err != nil {
				return st, closer, &StepError{Step: "glossary", Err: err}
			}
			gopt.Layout = l
		}
		for _, f := range set.Glossaries {
			data, err := os.ReadFile(f)
			if err != nil {
				return st, closer, &StepError{Step: "glossary", Err: err}
			}
			h.Write(data)
			gl, err := glossary.LoadWith(f, gopt)
			if err != nil {
				return st, closer, &StepError{Step: "glossary", Err: err}
			}
			gs = append(gs, gl)
		}
		var conflicts []glossary.Conflict
		g, conflicts = glossary.Merge(gs...)
		for _, c := range conflicts {
			st.Notes = append(st.Notes, article.Note{Step: "glossary", Reason: c.String(), ID: c.MessageID(), Data: c.MessageData()})
		}
		today := set.Today
		if today.IsZero() {
			today = time.Now()
		}
		tf := &termStep{g: g, src: cfg.SourceTag(), tgt: cfg.TargetTag()}
		st.Terms = tf
		sig = append(sig, "glossary="+hex.EncodeToString(h.Sum(nil)))
		if ch := newChecker(g, cfg, today, set.Say); ch != nil {
			st.Checker = ch
			sig = append(sig, "check")
		}
	}
	if st.Checker == nil {
		st.Notes = append(st.Notes, note("check", NoteNoChecker))
	}

	// Alignment, with the lexicon stored with the TM (bitext tm lexicon)
	// when there is one.
	as := alignStep{g: g, core: cfg.Align.Core()}
	if as.core {
		// The core lexicon's version: a run with another one aligns again.
		sig = append(sig, "core-lexicon="+lexicon.CoreSum())
	}
	if set.TM != "" {
		if b, err := os.ReadFile(lexicon.PathFor(set.TM)); err == nil {
			lex, err := lexicon.Read(strings.NewReader(string(b)), lexicon.PathFor(set.TM))
			if err != nil {
				return st, closer, &StepError{Step: "align", Err: err}
			}
			as.lex = lex
			sum := sha256.Sum256(b)
			sig = append(sig, "lexicon="+hex.EncodeToString(sum[:8]))
		}
	}
	st.Aligner = as
	sig = append(sig, "align")

	// TM.
	switch {
	case set.TM == "":
		st.Notes = append(st.Notes, note("tm", NoteNoTM))
	case len(tm.Schemes()) == 0:
		st.Notes = append(st.Notes, note("tm", NoteNoTMBackend))
	default:
		store, err := tm.Open(ctx, set.TM)
		if err != nil {
			return st, closer, &StepError{Step: "tm", Env: true, Err: err}
		}
		st.Memory = memoryStep{s: store, lexicon: lexicon.PathFor(set.TM)}
		closer = store
		sig = append(sig, "tm")
	}

	// Exports.
	st.Formats = exportFormats(set.Text, set.UILang)
	if len(st.Formats) == 0 {
		st.Notes = append(st.Notes, note("export", NoteNoFormats))
	}
	st.Signature = fmt.Sprint(sig)
	return st, closer, nil
}

type nopCloser struct{}

func (nopCloser) Close() error { return nil }

type segmentStep struct{}

func (segmentStep) Split(text string, lang language.Tag) []article.Segment {
	var out []article.Segment
	for _, s := range segment.Split(text, lang) {
		out = append(out, article.Segment{Para: s.Para, Index: s.Index, Text: s.Text, Start: s.Start, End: s.End})
	}
	return out
}

// termStep finds glossary terms in segments.
type termStep struct {
	g        *glossary.Glossary
	src, tgt language.Tag
}

func (t *termStep) other(lang language.Tag) language.Tag {
	if tm.SameLanguage(lang, t.src) {
		return t.tgt
	}
	return t.src
}

func (t *termStep) FindAll(text string, lang language.Tag) []article.TermHit {
	var out []article.TermHit
	other := t.other(lang)
	for _, m := range t.g.Matcher(lang).FindAll(text) {
		h := article.TermHit{Start: m.Start, End: m.End, Term: text[m.Start:m.End], Entry: m.Entry.ID, Note: m.Entry.Note}
		if p := t.g.Preferred(m.Entry, other); p != nil {
			h.Targets = append(h.Targets, p.Text)
		}
		for _, tt := range m.Entry.TermsIn(other) {
			if len(h.Targets) > 0 && tt.Text == h.Targets[0] || tt.Status.Forbidden() {
				continue
			}
			h.Targets = append(h.Targets, tt.Text)
		}
		out = append(out, h)
	}
	return out
}

type alignTerms struct{ g *glossary.Glossary }

func (a alignTerms) Terms(text string, lang language.Tag) []string {
	var ids []string
	for _, m := range a.g.Matcher(lang).FindAll(text) {
		ids = append(ids, m.Entry.ID)
	}
	return ids
}

type alignStep struct {
	g   *glossary.Glossary
	lex *lexicon.Lexicon
	// core adds the core lexicon (align.Options.CoreLexicon).
	core bool
	// second is the lexicon of the batch's second pass (LearnBatch).
	second *lexicon.Lexicon
}

// LearnBatch learns from the run's first-pass links (align.LearnFromLinks)
// and returns the aligner that aligns again, with what it learned, the
// articles whose links were not confident.
func (s alignStep) LearnBatch(docs []firstPass) Aligner {
	// Each confident link is one 1-1 pair of its texts here.
	var batch []align.Pair
	var links [][]align.Link
	for _, d := range docs {
		var p align.Pair
		var ls []align.Link
		for i, x := range d.pairs {
			p.Source = append(p.Source, x[0])
			p.Target = append(p.Target, x[1])
			ls = append(ls, align.Link{Source: []int{i}, Target: []int{i}, Confidence: 1})
		}
		batch, links = append(batch, p), append(links, ls)
	}
	s.second = align.LearnFromLinks(batch, links, s.lex)
	return s
}

// datedAligner is an Aligner that also uses the article's date
// (align.Options.Date).
type datedAligner interface {
	AlignDated(src, tgt []article.Segment, srcLang, tgtLang language.Tag, date time.Time) []article.Link
}

func (s alignStep) Align(src, tgt []article.Segment, srcLang, tgtLang language.Tag) []article.Link {
	return s.AlignDated(src, tgt, srcLang, tgtLang, time.Time{})
}

// AlignDated aligns with the article's date (zero: unknown).
func (s alignStep) AlignDated(src, tgt []article.Segment, srcLang, tgtLang language.Tag, date time.Time) []article.Link {
	st := make([]string, len(src))
	sp := make([]int, len(src))
	for i, x := range src {
		st[i], sp[i] = x.Text, x.Para
	}
	tt := make([]string, len(tgt))
	tp := make([]int, len(tgt))
	for i, x := range tgt {
		tt[i], tp[i] = x.Text, x.Para
	}
	opts := align.Options{SourceLang: srcLang, TargetLang: tgtLang, Date: date, CoreLexicon: s.core}
	// Paragraph structure only helps when both sides have the same number
	// of paragraphs; editions often merge or split them.
	if countParas(src) == countParas(tgt) {
		opts.SourceParas, opts.TargetParas = sp, tp
	}
	if s.g != nil {
		opts.Terms = alignTerms{s.g}
	}
	opts.Lexicon, opts.SecondPass = s.lex, s.second
	links, err := align.Align(st, tt, opts)
	if err != nil {
		return nil
	}
	out := make([]article.Link, len(links))
	for i, l := range links {
		out[i] = article.Link{Source: l.Source, Target: l.Target, Confidence: l.Confidence}
	}
	return out
}

func countParas(segs []article.Segment) int {
	n, last := 0, -2
	for _, s := range segs {
		if s.Para != last {
			n++
			last = s.Para
		}
	}
	return n
}

// memoryStep is the TM behind the Memory interface; lexicon is where the
// TM's lexicon is stored when it has one (lexicon.PathFor).
type memoryStep struct {
	s       tm.Store
	lexicon string
}

// refreshLexicon relearns the TM's lexicon after an import, when the TM
// has one (lexicon.Refresh); it returns the lexicon's path and whether
// there was one to refresh.
func (m memoryStep) refreshLexicon(ctx context.Context) (string, bool, error) {
	lex, err := lexicon.Refresh(ctx, m.s, m.lexicon)
	return m.lexicon, lex != nil, err
}

// Lookup returns the matches of q at or above its threshold, best first,
// at most q.Top (tm.DefaultTop when 0): each with its origin as
// Origin.String says it ("translator, reviewed", "alignment 0.44,
// unreviewed") and its parts (OriginKind, Review, Confidence), a fuzzy
// match's translation auto-localised (tm.Localize: the query's numbers,
// dates and weekdays put in; Localized set).
func (m memoryStep) Lookup(ctx context.Context, q Query) ([]article.Match, error) {
	tq := tmQuery(q)
	ms, err := m.s.Lookup(ctx, tq)
	if err != nil {
		return nil, err
	}
	return localizedMatches(tq, ms), nil
}

// allLookup is a TM that looks up several queries in one read
// (tm/sqlite's Store).
type allLookup interface {
	LookupAll(ctx context.Context, qs []tm.Query) ([][]tm.Match, error)
}

// LookupAll is Lookup of every query of qs (memoryLookupAll), in one read
// of the TM when it can.
func (m memoryStep) LookupAll(ctx context.Context, qs []Query) ([][]article.Match, error) {
	tqs := make([]tm.Query, len(qs))
	for i, q := range qs {
		tqs[i] = tmQuery(q)
	}
	var all [][]tm.Match
	if a, ok := m.s.(allLookup); ok {
		var err error
		if all, err = a.LookupAll(ctx, tqs); err != nil {
			return nil, err
		}
	} else {
		all = make([][]tm.Match, len(tqs))
		for i, tq := range tqs {
			ms, err := m.s.Lookup(ctx, tq)
			if err != nil {
				return nil, err
			}
			all[i] = ms
		}
	}
	out := make([][]article.Match, len(qs))
	for i, ms := range all {
		out[i] = localizedMatches(tqs[i], ms)
	}
	return out, nil
}

// tmQuery is q as the TM takes it.
func tmQuery(q Query) tm.Query {
	tq := tm.Query{Text: q.Text, Source: q.Src, Target: q.Tgt, Min: q.Threshold, Top: q.Top}
	if q.Prev != "" {
		tq.Context.Prev = tm.SegmentHash(q.Prev)
	}
	if q.Next != "" {
		tq.Context.Next = tm.SegmentHash(q.Next)
	}
	return tq
}

// localizedMatches is ms, the TM's matches for tq, auto-localised and as
// the article holds them; nil for none.
func localizedMatches(tq tm.Query, ms []tm.Match) []article.Match {
	if len(ms) == 0 {
		return nil
	}
	tm.Localize(tq, ms)
	out := make([]article.Match, 0, len(ms))
	for _, c := range ms {
		out = append(out, articleMatch(c))
	}
	return out
}

// articleMatch is a TM match as the article holds it.
func articleMatch(c tm.Match) article.Match {
	o := c.Unit.Origin
	out := article.Match{Score: c.Score, Source: c.Source.Text, Target: c.Target.Text, Origin: o.String(),
		OriginKind: string(o.Kind), Review: string(o.Review)}
	if o.Kind == tm.OriginAlignment {
		out.Confidence = o.Confidence
	}
	if out.Review == "" {
		out.Review = string(tm.Unreviewed)
	}
	if c.Localized != nil {
		out.Target, out.Localized = c.Suggestion, true
	}
	switch c.Kind {
	case tm.InContext:
		out.Kind = article.InContext
	case tm.Exact:
		out.Kind = article.Exact
	default:
		out.Kind = article.Fuzzy
	}
	return out
}

// tmUnit is the TM's unit of a pair: aligned (origin alignment with the
// link's confidence, unreviewed) or a translator's (with the review state
// the import read).
func tmUnit(u Unit) tm.Unit {
	x := tm.Unit{
		SourceLang: u.Src,
		Variants:   []tm.Variant{{Lang: u.Src, Text: u.Source}, {Lang: u.Tgt, Text: u.Target}},
		Context:    tm.Context{DocID: u.Doc},
		Origin: tm.Origin{Kind: tm.OriginAlignment, File: u.Doc, Alignment: "bitext align", Confidence: u.Confidence,
			Review: tm.Unreviewed},
		Creator: "bitext run",
	}
	if u.Origin == "translator" {
		review := tm.Review(u.Review)
		if review.Rank() == 0 {
			review = tm.Translated
		}
		x.Origin = tm.Origin{Kind: tm.OriginTranslator, File: u.File, Review: review}
		x.Creator = "bitext import"
	}
	if u.Prev != "" {
		x.Context.Prev = tm.SegmentHash(u.Prev)
	}
	if u.Next != "" {
		x.Context.Next = tm.SegmentHash(u.Next)
	}
	return x
}

// storable returns the pairs the TM can store (tm.Storable: a source
// text and a translation) and how many it cannot, so that a run reports
// them instead of dropping them silently.
func storable(units []Unit) ([]Unit, int) {
	keep := make([]Unit, 0, len(units))
	for _, u := range units {
		x := tmUnit(u)
		if tm.Check(&x) == nil {
			keep = append(keep, u)
		}
	}
	return keep, len(units) - len(keep)
}

// Add stores the pairs; those the TM cannot store are left out (callers
// count them first with storable).
func (m memoryStep) Add(ctx context.Context, units []Unit) error {
	tu := make([]tm.Unit, 0, len(units))
	for _, u := range units {
		tu = append(tu, tmUnit(u))
	}
	tu, _ = tm.Storable(tu)
	if len(tu) == 0 {
		return nil
	}
	_, err := m.s.Add(ctx, tu)
	return err
}
