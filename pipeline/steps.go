package pipeline

import (
	"context"
	"io"

	"golang.org/x/text/language"

	"bitext/article"
)

// Segmenter splits one paragraph into sentences (package segment).
type Segmenter interface {
	Split(text string, lang language.Tag) []article.Segment
}

// TermFinder finds glossary terms in a text (package glossary).
type TermFinder interface {
	FindAll(text string, lang language.Tag) []article.TermHit
}

// Checker runs the article checks (package check).
type Checker interface {
	Check(a *Article) []article.Finding
}

// Aligner aligns an original's segments with its edition's (package align).
type Aligner interface {
	Align(src, tgt []article.Segment, srcLang, tgtLang language.Tag) []article.Link
}

// Query is one TM lookup.
type Query struct {
	Text       string
	Src, Tgt   language.Tag
	Prev, Next string // neighbouring source segments, for in-context matches
	Threshold  int    // lowest fuzzy score wanted
	// Top is the most candidates wanted (TMConfig.Candidates); 0 leaves
	// the TM's default (tm.DefaultTop, 5).
	Top int
}

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

// Memory is the translation memory (package tm). Lookup returns the
// candidates at or above q.Threshold, best first (Match.Better: in-context,
// exact, then by score; at equal rank in the TM's order, a translator's
// unit before an aligned one), at most q.Top of them; none is no error.
// Add stores units in one transaction. Both may be called from several
// goroutines.
type Memory interface {
	Lookup(ctx context.Context, q Query) ([]article.Match, error)
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
	Notes []article.Note
	// Signature changes when the steps change the outputs (another
	// glossary, a package version): articles run before are redone.
	Signature string
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
func note(step, id string) article.Note {
	return article.Note{Step: step, Reason: englishIndex(id, nil), ID: id}
}

// paraSegmenter is the stand-in when package segment is not in the build:
// each paragraph is one segment.
type paraSegmenter struct{}

func (paraSegmenter) Split(text string, _ language.Tag) []article.Segment {
	if text == "" {
		return nil
	}
	return []article.Segment{{Text: text, Start: 0, End: len(text)}}
}
