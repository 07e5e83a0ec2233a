// Package article is the one model of a news article that bitext works on:
// a Korean original and, when there is one, its English edition, each with
// its layout (headline, byline, dateline, paragraphs), cut into segments,
// aligned by links with their confidence, with the glossary terms, TM
// matches and check findings of each segment, and notes on what was
// skipped.
//
// Package pipeline fills an Article step by step (see the README's layout
// section for which step fills which field), package export writes one in
// every export format, and package check reads the run's exports back into
// Articles. An Article is plain data: nothing here reads files or prints.
//
//	a := &article.Article{
//		Name: "n001", Src: language.Korean, Tgt: language.English,
//		Source: []article.Segment{{Text: "국회가 예산안을 통과시켰다."}},
//		Target: []article.Segment{{Text: "The National Assembly passed the budget."}},
//		Links:  []article.Link{{Source: []int{0}, Target: []int{0}, Confidence: 0.93}},
//	}
//	for _, r := range a.Rows() { ... }
//
// Three kinds of article fit the model: an original with its edition
// (aligned, both sides segmented), an edition alone (no Original: its
// segments are looked up in the TM from English), and an original alone
// to pretranslate (no Edition: the original's segments carry their TM
// matches, and the best match at or above a threshold is the pre-filled
// target, see Article.Pretranslate).
package article

import (
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

// Article is one article: what was read, and what each step found.
type Article struct {
	// Name is the article's name as the run's input names it
	// ("2026-05-14-budget"); ID is the name its exports carry (the base
	// name of its output files), Name when empty.
	Name string
	ID   string

	Src, Tgt language.Tag // languages of the original and of the edition

	// Original and Edition are the two texts with their layout; either may
	// be nil: an edition without an original, or an original to
	// pretranslate, which has no edition yet.
	Original *Text
	Edition  *Text

	// Source are the original's segments and Target the edition's, in
	// reading order (Segment.Index is the position in its slice).
	Source []Segment
	Target []Segment

	// Links align Source with Target (indices into the two slices): 1-1,
	// 1-2, 2-1, and 1-0 or 0-1 for a segment with no counterpart. A
	// segment in no link is a row of its own (Rows).
	Links []Link

	// Findings are the problems the checks found.
	Findings []Finding

	// BylineSeg is, for an original to pretranslate, its byline as a
	// segment to translate (Para BylinePara): no sentence of the body, but
	// an English edition writes it in English ("By Jung Ha-neul"), so it
	// is a unit of its own in the XLIFF files, looked up in the TM like the
	// body's segments, and bitext merge writes the translator's byline.
	// BylineTarget is its pre-filled translation (Pretranslate). Nil and
	// "" for other articles and for an original without a byline.
	BylineSeg    *Segment
	BylineTarget string

	// MatchSide is the side whose segments were looked up in the TM
	// (SourceSide when there is an original, else TargetSide), "" when
	// no TM was consulted; the matches are on those segments.
	MatchSide string

	// Notes say which steps were skipped for this article, and why.
	Notes []Note
}

// DocID is the name the exports give the article: ID, else Name.
func (a *Article) DocID() string {
	if a.ID != "" {
		return a.ID
	}
	return a.Name
}

// front is the text whose headline, byline and date the article shows:
// the edition's, else the original's.
func (a *Article) front() *Text {
	if a.Edition != nil {
		return a.Edition
	}
	return a.Original
}

// Headline is the edition's headline (the original's without an edition).
func (a *Article) Headline() string {
	if t := a.front(); t != nil {
		return t.Headline
	}
	return ""
}

// Byline is the edition's byline (the original's without an edition).
func (a *Article) Byline() string {
	if t := a.front(); t != nil {
		return t.Byline
	}
	return ""
}

// Date is the edition's date as written (the original's without an
// edition).
func (a *Article) Date() string {
	if t := a.front(); t != nil {
		return t.Date
	}
	return ""
}

// Side returns the segments of side (SourceSide or TargetSide).
func (a *Article) Side(side string) []Segment {
	if side == SourceSide {
		return a.Source
	}
	return a.Target
}

// Lang returns the language of side.
func (a *Article) Lang(side string) language.Tag {
	if side == SourceSide {
		return a.Src
	}
	return a.Tgt
}

// LookupSegments returns the segments the TM matches belong to (those of
// MatchSide), nil when no TM was consulted.
func (a *Article) LookupSegments() []Segment {
	switch a.MatchSide {
	case SourceSide:
		return a.Source
	case TargetSide:
		return a.Target
	}
	return nil
}

// TermCount is the number of glossary terms found on both sides.
func (a *Article) TermCount() int {
	n := 0
	for _, segs := range [][]Segment{a.Source, a.Target} {
		for _, s := range segs {
			n += len(s.Terms)
		}
	}
	return n
}

// Text is one side of an article taken out of its file: headline, byline,
// date and the body's paragraphs, markup removed.
type Text struct {
	Headline string   `json:"headline,omitempty"`
	Byline   string   `json:"byline,omitempty"`
	Date     string   `json:"date,omitempty"` // as written in the article
	Paras    []string `json:"paras"`
}

// ISODate returns the text's date as YYYY-MM-DD, or "" when it is not
// recognized or t is nil.
func (t *Text) ISODate() string {
	if t == nil {
		return ""
	}
	return ISODate(t.Date)
}

// HeadlinePara is the Para of the headline's segments.
const HeadlinePara = -1

// BylinePara is the Para of Article.BylineSeg (not HeadlinePara-1, which
// exports use for the place before the headline).
const BylinePara = -3

// The two sides of an article, as Finding.Side and MatchSide name them.
const (
	SourceSide = "source" // the original
	TargetSide = "target" // the edition
)

// Segment is one sentence of an article.
type Segment struct {
	// Para is the index of the segment's paragraph in its Text.Paras, or
	// HeadlinePara for the headline; Index is its position in the
	// article's segments on its side; Start and End are its byte offsets
	// in the paragraph.
	Para  int    `json:"para"`
	Index int    `json:"index"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`

	// Terms are the glossary terms found in Text.
	Terms []TermHit `json:"terms,omitempty"`
	// Matches are the TM matches of the segment, best first, looked up
	// from this segment's language into the other one: every candidate at
	// or above the lookup threshold, up to the number asked for (bitext
	// run: tm.candidates), the best of them being the one the bands,
	// reports and pre-filled targets use (Best). On Source segments
	// Match.Source is in Src; on Target segments (an edition without an
	// original) Match.Source is in Tgt.
	Matches []Match `json:"matches,omitempty"`

	// Pos is where the segment was read from when it was read back from
	// a file (package check reading an export); zero otherwise.
	Pos Position `json:"-"`
}

// Position places a segment read back from a file.
type Position struct {
	Unit string // the id of its unit (XLIFF unit id, TMX tuid, TSV row)
	// Line and Column (1-based, in characters) are where its text starts.
	Line, Column int
	// Verbatim reports that the text is the file's characters one for one
	// (no escapes), so that a character at offset n of the text is at
	// Column+n.
	Verbatim bool
}

// Best returns the segment's best match and true, or false when it has
// none: in-context before exact before the highest fuzzy score.
func (s *Segment) Best() (Match, bool) {
	if len(s.Matches) == 0 {
		return Match{}, false
	}
	best := s.Matches[0]
	for _, m := range s.Matches[1:] {
		if m.rank() > best.rank() {
			best = m
		}
	}
	return best, true
}

// Prefill returns the match whose target pre-fills the segment's
// translation: its best match when it scores at least threshold, else
// false. A pretranslated article has no edition; its targets are these.
func (s *Segment) Prefill(threshold int) (Match, bool) {
	m, ok := s.Best()
	if !ok || m.Score < threshold {
		return Match{}, false
	}
	return m, true
}

// Link is one alignment link between source and target segments (indices
// into Article.Source and Article.Target).
type Link struct {
	Source     []int   `json:"source"`
	Target     []int   `json:"target"`
	Confidence float64 `json:"confidence"` // 0..1
}

// Type is the link's shape: "2-1" for two source segments and one
// target, "1-0" for a source segment with no counterpart.
func (l Link) Type() string {
	return strconv.Itoa(len(l.Source)) + "-" + strconv.Itoa(len(l.Target))
}

// TermHit is a glossary term found in a segment.
type TermHit struct {
	Start int    `json:"start"`
	End   int    `json:"end"` // byte offsets in the segment's text
	Term  string `json:"term"`
	Entry string `json:"entry"` // the glossary entry's id or headword
	// Targets are the entry's terms in the other language, the preferred
	// one first.
	Targets []string `json:"targets,omitempty"`
	Note    string   `json:"note,omitempty"`
}

// Preferred is the entry's preferred term in the other language, "" when
// it has none.
func (h TermHit) Preferred() string {
	if len(h.Targets) == 0 {
		return ""
	}
	return h.Targets[0]
}

// Kinds of a TM match (Match.Kind).
const (
	InContext = "in-context" // exact, and the neighbouring segments match too (101%)
	Exact     = "exact"      // the same text (100%)
	Fuzzy     = "fuzzy"      // similar text (below 100%)
)

// Match is a translation-memory match of a segment.
type Match struct {
	// Kind is InContext, Exact or Fuzzy ("101" and "100" are read as
	// InContext and Exact).
	Kind   string `json:"kind"`
	Score  int    `json:"score"`  // 101 in-context, 100 exact, below 100 fuzzy
	Source string `json:"source"` // the matched unit's text in the segment's language
	Target string `json:"target"` // its translation
	// Origin is where the unit came from and its review state, as
	// tm.Origin.String writes it: "translator, reviewed", "alignment 0.44,
	// unreviewed", "tmx desk.tmx, translated".
	Origin string `json:"origin,omitempty"`
	// OriginKind, Review and Confidence are the parts of Origin: who made
	// the unit (tm.OriginKind: "alignment", "translator", "tmx"; empty
	// when unknown), its review state (tm.Review: "unreviewed" to
	// "final"), and an aligned unit's link confidence (0..1; 0 when not
	// aligned or unknown).
	OriginKind string  `json:"origin_kind,omitempty"`
	Review     string  `json:"review,omitempty"`
	Confidence float64 `json:"confidence,omitempty"`
	// Localized says Target is the unit's translation with the segment's
	// numbers, dates and weekdays put in (auto-localisation of a fuzzy
	// match), not the unit's own text.
	Localized bool `json:"localized,omitempty"`
}

// Band returns the match's payment band (BandOf).
func (m Match) Band() Band { return BandOf(m.Kind, m.Score) }

// rank orders matches: in-context, exact, then by score.
func (m Match) rank() int {
	switch m.Band() {
	case Band101:
		return 1000
	case Band100:
		return 999
	}
	return m.Score
}

// Better reports whether m ranks above o (in-context, exact, then by
// score).
func (m Match) Better(o Match) bool { return m.rank() > o.rank() }

// Severities of a finding, worst first.
const (
	Error   = "error"
	Warning = "warning"
	Info    = "info"
)

// Finding is a problem found by the article checks.
type Finding struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"` // Error, Warning or Info
	Side     string `json:"side"`     // SourceSide or TargetSide
	// Seg is the index of the segment on Side, or -1 for the whole
	// article; Start and End are byte offsets in the segment's text, both
	// 0 for the whole segment.
	Seg     int    `json:"seg"`
	Start   int    `json:"start,omitempty"`
	End     int    `json:"end,omitempty"`
	Message string `json:"message"`
	// Line and Column (1-based, in characters) place the finding in its
	// input file: the edition for the target side, the original for the
	// source side; 0 when unknown.
	Line   int `json:"line,omitempty"`
	Column int `json:"column,omitempty"`
}

// Note is a remark on an article or a run, such as a skipped step. Reason
// is in English; ID and Data give it in the interface language (a message
// id of the locale files), and Step names the step.
type Note struct {
	Step   string         `json:"step"`
	Reason string         `json:"reason"`
	ID     string         `json:"reason_id,omitempty"`
	Data   map[string]any `json:"reason_data,omitempty"`
}

// JoinText joins the texts of the segments idx of segs with a space;
// indices out of range are skipped.
func JoinText(segs []Segment, idx []int) string {
	switch len(idx) {
	case 0:
		return ""
	case 1:
		if i := idx[0]; i >= 0 && i < len(segs) {
			return segs[i].Text
		}
		return ""
	}
	var b strings.Builder
	n := 0
	for _, j := range idx {
		if j < 0 || j >= len(segs) {
			continue
		}
		if n > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(segs[j].Text)
		n++
	}
	return b.String()
}

// StepMessageID is the message id of a step's name in the locale files
// ("RunStepGlossary" for "glossary"); "" for a step without one.
func StepMessageID(step string) string {
	switch step {
	case "glossary":
		return "RunStepGlossary"
	case "check":
		return "RunStepCheck"
	case "align":
		return "RunStepAlign"
	case "tm":
		return "RunStepTM"
	case "export":
		return "RunStepExport"
	}
	return ""
}

// Localize returns the note's step and reason in the interface language
// of say (message id and data; nil or a text equal to its id keeps the
// English).
func (n Note) Localize(say func(id string, data map[string]any) string) (step, reason string) {
	step, reason = n.Step, n.Reason
	if say == nil {
		return
	}
	if id := StepMessageID(n.Step); id != "" {
		if s := say(id, nil); s != "" && s != id {
			step = s
		}
	}
	if n.ID != "" {
		if s := say(n.ID, n.Data); s != "" && s != n.ID {
			reason = s
		}
	}
	return
}

// Pretranslate fills the targets of an original without an edition: each
// source segment whose best match scores at least threshold (Prefill)
// gets a target segment with the match's translation, in the same
// paragraph, linked 1-1 with confidence 1 (the link is the match's, not
// an alignment's). Segments without such a match stay in no link, to be
// translated. The byline (BylineSeg) is pre-filled the same way, into
// BylineTarget. It returns the number of segments pre-filled, the byline
// included, and does nothing (0) to an article that has an edition or
// targets already.
func (a *Article) Pretranslate(threshold int) int {
	if a.Edition != nil || len(a.Target) > 0 {
		return 0
	}
	n := 0
	if a.BylineSeg != nil {
		if m, ok := a.BylineSeg.Prefill(threshold); ok {
			a.BylineTarget = m.Target
			n++
		}
	}
	for i := range a.Source {
		m, ok := a.Source[i].Prefill(threshold)
		if !ok {
			continue
		}
		s := &a.Source[i]
		a.Links = append(a.Links, Link{Source: []int{i}, Target: []int{len(a.Target)}, Confidence: 1})
		a.Target = append(a.Target, Segment{Para: s.Para, Index: len(a.Target), Text: m.Target})
	}
	return n + len(a.Target)
}
