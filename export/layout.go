package export

import (
	"sort"
	"strconv"
	"strings"

	"bitext/article"
	"bitext/xliff"
)

// LayoutCategory is the category (XLIFF 1.2: from) of the notes that
// carry a pretranslated original's layout in its XLIFF files, so that the
// translated file alone can become an article again (bitext merge), as
// Okapi's skeleton does, without a skeleton: each unit has a note
// "headline" or "paragraph N" (1-based, the original's paragraphs), or
// "byline" for the unit of the original's byline (article.Article.BylineSeg:
// an English edition writes the byline in English, so the translator
// translates it), and the file has a note "date: ..." when the original
// has a date. Files written before the byline was a unit have a file note
// "byline: ..." instead, which bitext merge still reads. Priority 10 (the
// lowest): they are for bitext, not for the translator.
const LayoutCategory = "bitext-layout"

// Values of the layout notes.
const (
	layoutHeadline   = "headline"
	layoutParagraph  = "paragraph "
	layoutBylineUnit = "byline"
	layoutByline     = "byline: "
	layoutDate       = "date: "
)

// BylinePara is the para UnitLayout gives the byline's unit.
const BylinePara = article.BylinePara

// BylineUnitID is the id of the byline's unit.
const BylineUnitID = "byline"

// layoutWritten reports whether d's XLIFF files carry layout notes: a
// pretranslated original (an original without an edition), whose
// translation is to become the English article.
func layoutWritten(d *article.Article) bool {
	return d.Edition == nil && d.Original != nil && len(d.Source) > 0
}

// unitLayoutNotes returns the layout note of row r's unit (see
// LayoutCategory), none unless layoutWritten.
func unitLayoutNotes(d *article.Article, r article.Row) []xliff.Note {
	if !layoutWritten(d) {
		return nil
	}
	v := layoutHeadline
	if r.Para != article.HeadlinePara {
		v = layoutParagraph + strconv.Itoa(r.Para+1)
	}
	return []xliff.Note{{Category: LayoutCategory, Priority: 10, Value: v}}
}

// fileLayoutNotes returns the date note of d's XLIFF file (and the
// byline's, when the byline is no unit), none unless layoutWritten.
func fileLayoutNotes(d *article.Article) []xliff.Note {
	if !layoutWritten(d) {
		return nil
	}
	var ns []xliff.Note
	if b := d.Original.Byline; b != "" && d.BylineSeg == nil {
		ns = append(ns, xliff.Note{Category: LayoutCategory, Priority: 10, Value: layoutByline + b})
	}
	if dt := d.Original.Date; dt != "" {
		ns = append(ns, xliff.Note{Category: LayoutCategory, Priority: 10, Value: layoutDate + dt})
	}
	return ns
}

// UnitLayout reads a unit's layout note (see LayoutCategory): para is
// article.HeadlinePara for the headline, BylinePara for the byline, else
// the 0-based paragraph; ok
// is false when the unit has no layout note. A layout note that says
// neither is an error message (what is wrong), with ok false.
func UnitLayout(notes []xliff.Note) (para int, ok bool, bad string) {
	for _, n := range notes {
		if n.Category != LayoutCategory {
			continue
		}
		v := strings.TrimSpace(n.Value)
		if v == layoutHeadline {
			return article.HeadlinePara, true, ""
		}
		if v == layoutBylineUnit {
			return BylinePara, true, ""
		}
		if s, found := strings.CutPrefix(v, layoutParagraph); found {
			if p, err := strconv.Atoi(strings.TrimSpace(s)); err == nil && p >= 1 {
				return p - 1, true, ""
			}
		}
		return 0, false, "layout note " + strconv.Quote(n.Value) + ": want headline, byline or paragraph N (N from 1)"
	}
	return 0, false, ""
}

// FileLayout reads the byline and date notes of an XLIFF file (see
// LayoutCategory); found reports whether the file has any layout note.
func FileLayout(notes []xliff.Note) (byline, date string, found bool) {
	for _, n := range notes {
		if n.Category != LayoutCategory {
			continue
		}
		found = true
		if s, ok := strings.CutPrefix(n.Value, layoutByline); ok {
			byline = s
		} else if s, ok := strings.CutPrefix(n.Value, layoutDate); ok {
			date = s
		}
	}
	return byline, date, found
}

// bylineUnit returns the unit of d's byline (article.Article.BylineSeg)
// and true, false unless layoutWritten and d has one: its source the
// original's byline, its target the pre-fill (BylineTarget), its TM
// matches as candidates, its state as rowState gives a pre-filled row's.
func bylineUnit(d *article.Article) (xliff.Unit, bool) {
	s := d.BylineSeg
	if !layoutWritten(d) || s == nil || s.Text == "" {
		return xliff.Unit{}, false
	}
	u := xliff.Unit{ID: BylineUnitID, Source: s.Text, Target: d.BylineTarget,
		Notes: []xliff.Note{{Category: LayoutCategory, Priority: 10, Value: layoutBylineUnit}}}
	ms := append([]article.Match(nil), s.Matches...)
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].Better(ms[b]) })
	for _, m := range ms {
		u.Matches = append(u.Matches, xliffMatch(m))
	}
	u.State = xliff.StateInitial
	if m, ok := s.Best(); ok && u.Target != "" {
		switch m.Band() {
		case article.Band101:
			u.State, u.SubState = xliff.StateTranslated, "bitext:in-context"
		case article.Band100:
			u.State, u.SubState = xliff.StateTranslated, "bitext:exact"
		default:
			u.SubState, u.OriginalState = SubStateFuzzy, "needs-review-translation"
		}
	}
	return u, true
}
