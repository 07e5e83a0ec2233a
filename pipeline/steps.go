package pipeline

import (
	"context"
	"io"

	"golang.org/x/text/language"
)

// Segment is one sentence of an article: Para is the paragraph's index in
// Text.Paras (HeadlinePara for the headline), Index the sentence's number
// in the article, Start and End its byte offsets in the paragraph.
type Segment struct {
	Para  int    `json:"para"`
	Index int    `json:"index"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Segmenter splits one paragraph into sentences (package segment).
type Segmenter interface {
	Split(text string, lang language.Tag) []Segment
}

// TermHit is a glossary term found in a segment.
type TermHit struct {
	Side    string   `json:"side"` // "source" or "target"
	Seg     int      `json:"seg"`  // index of the segment on that side
	Start   int      `json:"start"`
	End     int      `json:"end"` // byte offsets in the segment text
	Term    string   `json:"term"`
	Entry   string   `json:"entry"`             // the entry's id or headword
	Targets []string `json:"targets,omitempty"` // the entry's terms in the other language
	Note    string   `json:"note,omitempty"`
}

// TermFinder finds glossary terms in a text (package glossary).
type TermFinder interface {
	FindAll(text string, lang language.Tag) []TermHit
}

// Finding is a problem found by the article checks.
type Finding struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"` // "error", "warning" or "info"
	Side     string `json:"side"`
	Seg      int    `json:"seg"` // -1 for the whole article
	Start    int    `json:"start,omitempty"`
	End      int    `json:"end,omitempty"`
	Message  string `json:"message"`
	// Line and Column (1-based, in characters) place the finding in its
	// input file: the edition for the target side, the original for the
	// source side. See Article.placeFindings for how exact they are.
	Line   int `json:"line,omitempty"`
	Column int `json:"column,omitempty"`
}

// Checker runs the article checks (package check).
type Checker interface {
	Check(a *Article) []Finding
}

// Link is one alignment link between source and target segments (indices
// into Article.Source and Article.Target).
type Link struct {
	Source     []int   `json:"source"`
	Target     []int   `json:"target"`
	Confidence float64 `json:"confidence"`
}

// Aligner aligns an original's segments with its edition's (package align).
type Aligner interface {
	Align(src, tgt []Segment, srcLang, tgtLang language.Tag) []Link
}

// Match kinds of a TM lookup.
const (
	MatchInContext = "in-context" // exact, and the neighbouring segments match too
	MatchExact     = "exact"
	MatchFuzzy     = "fuzzy"
)

// Query is one TM lookup.
type Query struct {
	Text       string
	Src, Tgt   language.Tag
	Prev, Next string // neighbouring source segments, for in-context matches
	Threshold  int    // lowest fuzzy score wanted
}

// TMMatch is the best TM match of a segment.
type TMMatch struct {
	Kind   string `json:"kind"`
	Score  int    `json:"score"` // 0..100; an in-context match counts 101 in the bands
	Source string `json:"source"`
	Target string `json:"target"`
	Origin string `json:"origin,omitempty"`
}

// Unit is a translation pair to store in the TM.
type Unit struct {
	Source, Target string
	Src, Tgt       language.Tag
	Prev, Next     string
	Origin         string  // "alignment" or "translator"
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

// Note is a remark in the report, such as a skipped step. Reason is in
// English; ID and Data give it in the interface language (a message id of
// the locale files, see NoteMessageIDs), and StepID names the step.
type Note struct {
	Step   string         `json:"step"`
	Reason string         `json:"reason"`
	ID     string         `json:"reason_id,omitempty"`
	Data   map[string]any `json:"reason_data,omitempty"`
}

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

// paraSegmenter is the stand-in when package segment is not in the build:
// each paragraph is one segment.
type paraSegmenter struct{}

func (paraSegmenter) Split(text string, _ language.Tag) []Segment {
	if text == "" {
		return nil
	}
	return []Segment{{Text: text, Start: 0, End: len(text)}}
}
