package pipeline

import (
	"context"
	"io"

	"golang.org/x/text/language"

	"bitext/article"
)

// Segment is one sentence of an article (package article): Para is the
// paragraph's index in Text.Paras (HeadlinePara for the headline), Index
// the sentence's number in the article, Start and End its byte offsets in
// the paragraph.
type Segment = article.Segment

// Segmenter splits one paragraph into sentences (package segment).
type Segmenter interface {
	Split(text string, lang language.Tag) []Segment
}

// TermHit is a glossary term found in a segment (package article).
type TermHit = article.TermHit

// TermFinder finds glossary terms in a text (package glossary).
type TermFinder interface {
	FindAll(text string, lang language.Tag) []TermHit
}

// Finding is a problem found by the article checks (package article).
// Line and Column place it in its input file; see Article.placeFindings
// for how exact they are.
type Finding = article.Finding

// Checker runs the article checks (package check).
type Checker interface {
	Check(a *Article) []Finding
}

// Link is one alignment link between source and target segments
// (package article).
type Link = article.Link

// Aligner aligns an original's segments with its edition's (package align).
type Aligner interface {
	Align(src, tgt []Segment, srcLang, tgtLang language.Tag) []Link
}

// Match kinds of a TM lookup.
const (
	MatchInContext = article.InContext // exact, and the neighbouring segments match too
	MatchExact     = article.Exact
	MatchFuzzy     = article.Fuzzy
)

// Query is one TM lookup.
type Query struct {
	Text       string
	Src, Tgt   language.Tag
	Prev, Next string // neighbouring source segments, for in-context matches
	Threshold  int    // lowest fuzzy score wanted
}

// TMMatch is a TM match of a segment (package article).
type TMMatch = article.Match

// Unit is a translation pair to store in the TM.
type Unit struct {
	Source, Target string
	Src, Tgt       language.Tag
	Prev, Next     string
	Origin         string  // "alignment" or "translator"
	Review         string  // a translator's unit: translated, reviewed or final (tm.Review)
	Doc            string  // the article's name
	File           string  // the file it came from (import)
	Confidence     float64 // the alignment link's confidence
}

// Memory is the translation memory (package tm). Lookup returns the best
// match at or above q.Threshold, or nil. Add stores units in one
// transaction. Both may be called from several goroutines.
type Memory interface {
	Lookup(ctx context.Context, q Query) (*TMMatch, error)
	Add(ctx context.Context, units []Unit) error
}

// Format is one export format (package export).
type Format interface {
	Name() string // as given to --formats: "xliff", "tmx", ...
	Ext() string  // file extension with its dot, unique among the formats
	Write(w io.Writer, a *Article) error
}

// Steps are the parts of a run. A nil step is skipped, and the report says
// why (Notes).
type Steps struct {
	Segmenter Segmenter
	Terms     TermFinder
	Checker   Checker
	Aligner   Aligner
	Memory    Memory
	Formats   []Format
	// Notes say which steps are skipped for the whole run and why, and
	// anything else the report should say about the set-up.
	Notes []Note
	// Signature changes when the steps change the outputs (another
	// glossary, a package version): articles run before are redone.
	Signature string
}

// Note is a remark in the report, such as a skipped step (package
// article). Reason is in English; ID and Data give it in the interface
// language (a message id of the locale files, see NoteMessageIDs), and
// Step names the step.
type Note = article.Note

// Message ids of the notes the pipeline writes (English texts in
// indexEnglish).
const (
	NoteNoGlossary  = "RunNoteNoGlossary"
	NoteNoChecker   = "RunNoteNoChecker"
	NoteNoTM        = "RunNoteNoTM"
	NoteNoTMBackend = "RunNoteNoTMBackend"
	NoteNoFormats   = "RunNoteNoFormats"
	NoteNoOriginal  = "RunNoteNoOriginal"
)

// note makes a note whose reason is the English text of id.
func note(step, id string) Note {
	return Note{Step: step, Reason: englishIndex(id, nil), ID: id}
}

// StepMessageID is the message id of a step's name in the locale files
// ("RunStepGlossary" for "glossary"); "" for a step without one.
func StepMessageID(step string) string { return article.StepMessageID(step) }

// paraSegmenter is the stand-in when package segment is not in the build:
// each paragraph is one segment.
type paraSegmenter struct{}

func (paraSegmenter) Split(text string, _ language.Tag) []Segment {
	if text == "" {
		return nil
	}
	return []Segment{{Text: text, Start: 0, End: len(text)}}
}
