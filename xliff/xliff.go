// Package xliff reads and writes XLIFF 2.1 and XLIFF 1.2 bilingual files
// as streams, for CAT tools and reviewers.
//
// The model is one plain-text source and target per unit, with notes,
// translation candidates (XLIFF 2.1 mtc:match with their type, subType,
// matchQuality and mda:metadata; XLIFF 1.2 alt-trans) and
// glossary entries (XLIFF 2.1 gls:glossEntry; in 1.2 they are written as
// notes). Writing escapes the text; reading returns plain text (inline codes
// are dropped, the text of pc, g and mrk is kept), one unit at a time, so
// files of any size can be read. Output validates against the OASIS
// schemas (XLIFF 2.1 core with the matches, glossary and metadata modules,
// XLIFF 1.2 strict).
//
//	enc, err := xliff.NewEncoder(w, xliff.Header{Version: "2.1", SrcLang: "ko", TrgLang: "en"})
//	if err != nil { ... }
//	enc.StartFile(xliff.File{ID: "f1", Original: "article-001.txt"})
//	enc.EncodeUnit(&xliff.Unit{ID: "u1", Source: "국회는 예산안을 통과시켰다.", State: xliff.StateInitial})
//	err = enc.Close()
//
// Reading:
//
//	dec := xliff.NewDecoder(r)
//	for {
//		u, err := dec.Next()
//		if err == io.EOF { break }
//		if err != nil { return err } // *xliff.SyntaxError with line and column
//		fmt.Println(dec.CurrentFile().Original, u.ID, u.State, u.Target)
//	}
package xliff

import (
	"fmt"
	"strings"
	"unicode"
)

// Versions written and read.
const (
	Version21 = "2.1"
	Version12 = "1.2"
)

// Namespaces.
const (
	NS2   = "urn:oasis:names:tc:xliff:document:2.0"
	NS12  = "urn:oasis:names:tc:xliff:document:1.2"
	NSMtc = "urn:oasis:names:tc:xliff:matches:2.0"
	NSGls = "urn:oasis:names:tc:xliff:glossary:2.0"
	NSMda = "urn:oasis:names:tc:xliff:metadata:2.0"
)

// Unit states, as XLIFF 2.1 names them, from least to most done.
const (
	StateInitial    = "initial"
	StateTranslated = "translated"
	StateReviewed   = "reviewed"
	StateFinal      = "final"
)

// Document is a whole XLIFF file. Version is "2.1" (also used for 2.0 and
// 2.2 files when read) or "1.2".
type Document struct {
	Version string
	SrcLang string
	TrgLang string
	Files   []File
}

// Header is a Document without its files: what NewEncoder needs and what
// Decoder.Header returns.
type Header struct {
	Version string // "2.1" when empty
	SrcLang string // required
	TrgLang string
}

// File is an XLIFF <file>: one article.
type File struct {
	ID       string // XLIFF 2 file id (an NMTOKEN); XLIFF 1.2 has none: "f1", "f2"... when read
	Original string // original file name; XLIFF 1.2 requires it (ID is used when empty)
	// SrcLang and TrgLang are the languages of this file. XLIFF 1.2 sets
	// them per file; XLIFF 2 per document (they are copied when read).
	// When writing they are ignored for XLIFF 2 and default to the
	// document's for XLIFF 1.2.
	SrcLang, TrgLang string
	Notes            []Note
	Units            []Unit
}

// Unit is one translatable segment with its source and target text.
type Unit struct {
	ID     string // XLIFF 2 requires an NMTOKEN (letters, digits, . - _ :)
	Source string // plain text
	Target string // plain text; empty means no target
	// State is initial, translated, reviewed or final. When reading XLIFF
	// 1.2, states are mapped (see State12To21); the value in the file is in
	// OriginalState.
	State         string
	OriginalState string
	// SubState is the XLIFF 2.1 subState of the segment, a value under a
	// prefix saying whose it is ("bitext:check-alignment"); written only
	// with State. XLIFF 1.2 has none: OriginalState, when set, is the 1.2
	// state written instead of the one State maps to (needs-review-
	// translation for a link to check).
	SubState string
	Notes    []Note
	Matches  []Match
	Glossary []GlossEntry
	// Segments is the number of segments the unit had when read (see
	// Decoder.Next for how several are joined); 0 for units not read.
	Segments int
	// Line and Col locate the unit's start tag when read (1-based).
	Line, Col int
}

// Note is a comment for translators or reviewers.
type Note struct {
	Category  string // XLIFF 2 category; XLIFF 1.2 from
	AppliesTo string // "source", "target" or empty (XLIFF 1.2 annotates)
	Priority  int    // 1 (highest) to 10; 0 means unset
	Value     string
}

// Match is a translation candidate: XLIFF 2.1 <mtc:match> or XLIFF 1.2
// <alt-trans>.
type Match struct {
	// Similarity (0-100) is how close the candidate's source is to the
	// unit's: XLIFF 2.1 similarity, XLIFF 1.2 match-quality.
	Similarity float64
	// Quality (0-100) is the XLIFF 2.1 matchQuality, the quality of the
	// candidate's target; written when above 0. XLIFF 1.2 has only
	// match-quality, which is Similarity.
	Quality float64
	Origin  string // where it came from, e.g. "bitext-tm"
	Source  string
	Target  string
	// Type is the XLIFF 2.1 match type: am, mt, icm, idm, tb, tm or other
	// (empty: not given). XLIFF 1.2 has no equivalent; it is not written there.
	Type string
	// SubType is the XLIFF 2.1 subType, a value under a prefix saying whose
	// it is ("bitext:fuzzy"); written only with Type. XLIFF 1.2 has none.
	SubType string
	// Meta is the candidate's metadata, XLIFF 2.1 <mda:metadata> (the
	// Metadata module): consecutive items of the same Category form one
	// <mda:metaGroup>. XLIFF 1.2 has no place for it in <alt-trans>.
	Meta []Meta
}

// Meta is one item of metadata: <mda:meta type="Type">Value</mda:meta> in
// a <mda:metaGroup category="Category">.
type Meta struct {
	Category, Type, Value string
}

// GlossEntry is a glossary term found in the unit's source.
type GlossEntry struct {
	ID          string // optional NMTOKEN
	Term        string
	TermSource  string // the glossary the term came from (gls:term source)
	Translation string
	Definition  string
	// Start and End, when End > Start, are the byte offsets of the term in
	// Unit.Source; the encoder then marks it with <mrk type="term"> and
	// points the entry at it. Overlapping spans after the first are not
	// marked. When read, they are set from the mrk the entry refers to.
	Start, End int
	// Ref is the entry's ref attribute as read ("#m1"); the encoder derives
	// it from Start and End instead.
	Ref string
}

// State12To21 maps an XLIFF 1.2 target state (and the trans-unit approved
// attribute) to an XLIFF 2.1 state:
//
//	new, needs-translation, needs-l10n, needs-adaptation  -> initial
//	translated, needs-review-*                            -> translated
//	signed-off                                            -> reviewed
//	final                                                 -> final
//
// approved="yes" means final, except with signed-off (reviewed).
// A translation that needs review is translated but not reviewed. Without a
// state (or with an x- extension) the unit is translated when it has a
// non-empty target and initial otherwise.
func State12To21(state string, approved, hasTarget bool) string {
	if approved && state != "signed-off" {
		return StateFinal
	}
	switch state {
	case "new", "needs-translation", "needs-l10n", "needs-adaptation":
		return StateInitial
	case "translated", "needs-review-translation", "needs-review-l10n", "needs-review-adaptation":
		return StateTranslated
	case "signed-off":
		return StateReviewed
	case "final":
		return StateFinal
	}
	if hasTarget {
		return StateTranslated
	}
	return StateInitial
}

// State21To12 maps a state to the XLIFF 1.2 value written: initial -> new,
// translated -> translated, reviewed -> signed-off, final -> final. The
// encoder also writes approved="yes" on reviewed and final units (tools
// such as Translate Toolkit treat units without it as fuzzy).
func State21To12(state string) string {
	switch state {
	case StateTranslated:
		return "translated"
	case StateReviewed:
		return "signed-off"
	case StateFinal:
		return "final"
	}
	return "new"
}

func stateRank(s string) int {
	switch s {
	case StateTranslated:
		return 1
	case StateReviewed:
		return 2
	case StateFinal:
		return 3
	}
	return 0
}

// states12 are the XLIFF 1.2 values of the target's state attribute.
var states12 = map[string]bool{"final": true, "needs-adaptation": true, "needs-l10n": true,
	"needs-review-adaptation": true, "needs-review-l10n": true, "needs-review-translation": true,
	"needs-translation": true, "new": true, "signed-off": true, "translated": true}

// validState12 reports whether s is an XLIFF 1.2 state (or a user-defined
// one, x-...).
func validState12(s string) bool { return states12[s] || strings.HasPrefix(s, "x-") && len(s) > 2 }

// validSubState reports whether s has the form prefix:value of XLIFF
// 2.1's subState.
func validSubState(s string) bool {
	i := strings.IndexByte(s, ':')
	return i > 0 && i < len(s)-1 && IsNMTOKEN(s[:i])
}

func validState(s string) bool {
	switch s {
	case StateInitial, StateTranslated, StateReviewed, StateFinal:
		return true
	}
	return false
}

// IsNMTOKEN reports whether s can be an XLIFF 2 id.
func IsNMTOKEN(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		switch {
		case r == '.' || r == '-' || r == '_' || r == ':' || r == 0xB7:
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r):
		default:
			return false
		}
	}
	return true
}

// isLanguage reports whether s matches xs:language.
func isLanguage(s string) bool {
	n := 0
	first := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '-':
			if n == 0 {
				return false
			}
			n = 0
			first = false
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', !first && '0' <= c && c <= '9':
			n++
			if n > 8 {
				return false
			}
		default:
			return false
		}
	}
	return n > 0
}

// SyntaxError reports malformed XLIFF input and where it is.
type SyntaxError struct {
	File      string // as set in Decoder.File; may be empty
	Line, Col int    // 1-based; Col counts characters
	Msg       string
}

func (e *SyntaxError) Error() string {
	if e.File != "" {
		return fmt.Sprintf("xliff: %s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
	}
	return fmt.Sprintf("xliff: %d:%d: %s", e.Line, e.Col, e.Msg)
}
