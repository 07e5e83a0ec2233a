// Package export writes a bilingual article — a Korean original and its
// English edition, aligned, with translation-memory matches, glossary terms
// and check findings — in the formats editors and CAT tools open: TSV, JSON
// lines, a Markdown table, a side-by-side HTML page, DOCX, XLIFF 2.1 and
// 1.2, and TMX 1.4b.
//
// A Doc is plain data filled in by the caller (package pipeline). Every
// writer streams one Doc to an io.Writer and never reads files, the
// network or the environment; fixed texts of the HTML and DOCX pages come
// from the Labels the caller passes in, so a page speaks the user's
// language.
//
//	d := &export.Doc{
//		ID: "n001", SourceLang: language.Korean, TargetLang: language.English,
//		Source: []export.Segment{{Text: "국회가 예산안을 통과시켰다."}},
//		Target: []export.Segment{{Text: "The National Assembly passed the budget."}},
//		Links:  []export.Link{{Source: []int{0}, Target: []int{0}, Confidence: 0.93}},
//	}
//	err := export.WriteHTML(w, d, &export.Options{Labels: export.DefaultLabels()})
//
// Formats lists every format with its name (as given to --formats) and
// file extension.
package export

import (
	"fmt"
	"sort"
	"strconv"

	"golang.org/x/text/language"
)

// Doc is one bilingual article.
type Doc struct {
	ID       string // the article's name, e.g. "2026-05-14-budget"
	Headline string // of the edition
	Byline   string
	Date     string // as printed, or ISO 8601

	SourceLang language.Tag // the original's language (Korean)
	TargetLang language.Tag // the edition's language (English)

	// Source are the original's segments and Target the edition's, in
	// reading order; either may be empty (an edition without an original
	// has no Source).
	Source []Segment
	Target []Segment
	// Links align Source with Target (indices into the two slices); a
	// segment in no link is shown on its own row.
	Links []Link
	// Findings are the problems the checks found.
	Findings []Finding
}

// HeadlinePara is the Para of the headline's segments.
const HeadlinePara = -1

// Segment is one sentence.
type Segment struct {
	Text string
	// Para is the index of the segment's paragraph (0-based), or
	// HeadlinePara for the headline.
	Para int
	// Matches are the TM matches of the segment, best first. They are
	// looked up from this segment's language into the other one: on Source
	// segments, Match.Source is in SourceLang; on Target segments (an
	// edition without an original) Match.Source is in TargetLang.
	Matches []Match
	// Terms are the glossary terms found in Text.
	Terms []Term
}

// Link is one alignment link: Source and Target are indices into
// Doc.Source and Doc.Target (1-1, 1-2, 2-1, 1-0, 0-1, ...).
type Link struct {
	Source     []int
	Target     []int
	Confidence float64 // 0..1
}

// MatchKind is the kind of a TM match. "101" and "100" are accepted as
// synonyms of InContext and Exact.
type MatchKind string

// The kinds of TM matches.
const (
	InContext MatchKind = "in-context" // exact, with the same neighbours (101%)
	Exact     MatchKind = "exact"      // the same text (100%)
	Fuzzy     MatchKind = "fuzzy"      // similar text (below 100%)
)

// Match is a translation-memory match of a segment.
type Match struct {
	Kind   MatchKind
	Score  int    // 101 in-context, 100 exact, below 100 fuzzy
	Source string // the matched unit's text in the segment's language
	Target string // its translation
	Origin string // where the unit came from: "alignment", "translator", a file name
}

// Band returns the match's payment band.
func (m Match) Band() Band { return BandOf(m.Kind, m.Score) }

// Term is a glossary term found in a segment.
type Term struct {
	Start, End int    // byte offsets of the term in Segment.Text
	Entry      string // the glossary entry's id
	Preferred  string // the entry's preferred term in the other language
	Note       string // the entry's note
}

// Side names a side of a Doc.
type Side string

// The two sides.
const (
	SourceSide Side = "source"
	TargetSide Side = "target"
)

// Severity of a finding.
type Severity string

// Severities, worst first.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

// Finding is a problem found by a check.
type Finding struct {
	Rule     string
	Severity Severity
	Message  string
	Side     Side
	// Seg is the index of the segment on Side, or -1 for the whole
	// article; Start and End are byte offsets in the segment's text, both
	// 0 for the whole segment.
	Seg        int
	Start, End int
}

// Band is a TM match band, as translators are paid by.
type Band string

// The bands, best first.
const (
	Band101  Band = "101"
	Band100  Band = "100"
	Band95   Band = "95-99"
	Band85   Band = "85-94"
	Band75   Band = "75-84"
	BandNew  Band = "new"
	bandNone Band = ""
)

// Bands lists the bands, best first.
var Bands = []Band{Band101, Band100, Band95, Band85, Band75, BandNew}

// BandOf returns the band of a match of the given kind and score: in-context
// matches (or score 101) are 101, exact ones 100, fuzzy ones by score, and
// anything below 75 is new.
func BandOf(kind MatchKind, score int) Band {
	switch {
	case kind == InContext || kind == "101" || score >= 101:
		return Band101
	case kind == Exact || kind == "100" || score == 100:
		return Band100
	case score >= 95:
		return Band95
	case score >= 85:
		return Band85
	case score >= 75:
		return Band75
	}
	return BandNew
}

// Best returns the segment's best match and true, or false when it has none.
func (s *Segment) Best() (Match, bool) {
	if len(s.Matches) == 0 {
		return Match{}, false
	}
	best := s.Matches[0]
	for _, m := range s.Matches[1:] {
		if rank(m) > rank(best) {
			best = m
		}
	}
	return best, true
}

func rank(m Match) int {
	switch m.Band() {
	case Band101:
		return 1000
	case Band100:
		return 999
	}
	return m.Score
}

// Row is one row of the bilingual table: the segments of one link, or a
// segment in no link.
type Row struct {
	// Para is the paragraph of the row's first source segment, or of its
	// first target segment when it has none.
	Para   int
	Source []int // indices into Doc.Source, ascending
	Target []int // indices into Doc.Target, ascending
	// Linked reports whether the row comes from a link; Confidence is the
	// link's (0 when not linked).
	Linked     bool
	Confidence float64
}

// Rows returns the rows of d in reading order: rows with source segments
// (links and source segments in no link) in source order, and rows with
// target segments only placed before the first row whose target comes
// after theirs. Indices out of range are dropped, and a segment in several
// links is shown in the first.
func (d *Doc) Rows() []Row {
	srcUsed := make([]bool, len(d.Source))
	tgtUsed := make([]bool, len(d.Target))
	var linked []Row
	for _, l := range d.Links {
		r := Row{Linked: true, Confidence: l.Confidence}
		for _, i := range l.Source {
			if i >= 0 && i < len(d.Source) && !srcUsed[i] {
				srcUsed[i] = true
				r.Source = append(r.Source, i)
			}
		}
		for _, i := range l.Target {
			if i >= 0 && i < len(d.Target) && !tgtUsed[i] {
				tgtUsed[i] = true
				r.Target = append(r.Target, i)
			}
		}
		if len(r.Source) == 0 && len(r.Target) == 0 {
			continue
		}
		sort.Ints(r.Source)
		sort.Ints(r.Target)
		linked = append(linked, r)
	}
	for i := range d.Source {
		if !srcUsed[i] {
			linked = append(linked, Row{Source: []int{i}})
		}
	}
	for i := range d.Target {
		if !tgtUsed[i] {
			linked = append(linked, Row{Target: []int{i}})
		}
	}
	// Rows with source segments go in source order; rows with target
	// segments only are put before the first row whose target comes after
	// theirs.
	var withSrc, tgtOnly []Row
	for _, r := range linked {
		if len(r.Source) > 0 {
			r.Para = d.Source[r.Source[0]].Para
			withSrc = append(withSrc, r)
		} else {
			r.Para = d.Target[r.Target[0]].Para
			tgtOnly = append(tgtOnly, r)
		}
	}
	sort.SliceStable(withSrc, func(a, b int) bool { return withSrc[a].Source[0] < withSrc[b].Source[0] })
	sort.SliceStable(tgtOnly, func(a, b int) bool { return tgtOnly[a].Target[0] < tgtOnly[b].Target[0] })
	out := make([]Row, 0, len(linked))
	for _, r := range withSrc {
		if len(r.Target) > 0 {
			for len(tgtOnly) > 0 && tgtOnly[0].Target[0] < r.Target[0] {
				out = append(out, tgtOnly[0])
				tgtOnly = tgtOnly[1:]
			}
		}
		out = append(out, r)
	}
	return append(out, tgtOnly...)
}

// check reports the first problem that makes d unwritable: nothing does,
// except a nil Doc.
func check(d *Doc) error {
	if d == nil {
		return fmt.Errorf("export: nil document")
	}
	return nil
}

// percent formats a match score, "101%".
func percent(score int) string { return strconv.Itoa(score) + "%" }
