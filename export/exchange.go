package export

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"

	"bitext/article"
	"bitext/tm"
	"bitext/tmx"
	"bitext/xliff"
)

func init() {
	formats = append([]Format{
		{Name: "xliff", Ext: ".xlf", Write: WriteXLIFF},
		{Name: "xliff12", Ext: ".v12.xlf", Write: WriteXLIFF12},
		{Name: "tmx", Ext: ".tmx", Write: WriteTMX},
	}, formats...)
}

// ErrEmpty is returned by the XLIFF 2.1 writer for an article with no
// segments: XLIFF 2 requires at least one unit per file. The caller skips
// the file.
var ErrEmpty = errors.New("no segments to write")

// MatchOrigin is the origin written for a TM match that has none.
const MatchOrigin = "bitext-tm"

// WriteXLIFF writes d as an XLIFF 2.1 document: one <file> for the
// article, one <unit> per row that has a source segment (see XLIFFUnits),
// with TM matches as mtc:match candidates and glossary terms as
// gls:glossEntry elements pointing at the term in the source.
func WriteXLIFF(w io.Writer, d *article.Article, o *Options) error {
	return writeXLIFF(w, d, o, xliff.Version21)
}

// WriteXLIFF12 writes d as an XLIFF 1.2 document for CAT tools that want
// 1.2: TM matches become alt-trans elements with their match-quality, and
// glossary terms notes.
func WriteXLIFF12(w io.Writer, d *article.Article, o *Options) error {
	return writeXLIFF(w, d, o, xliff.Version12)
}

func writeXLIFF(w io.Writer, d *article.Article, o *Options, version string) error {
	if err := check(d); err != nil {
		return err
	}
	doc := XLIFFDocument(d, o, version)
	if version == xliff.Version21 && len(doc.Files[0].Units) == 0 {
		return fmt.Errorf("export: xliff %s: %s: %w", version, d.DocID(), ErrEmpty)
	}
	if err := xliff.Encode(w, &doc); err != nil {
		return fmt.Errorf("export: xliff %s: %w", version, err)
	}
	return nil
}

// XLIFFDocument returns d as an XLIFF document of the given version ("2.1"
// or "1.2"), one file holding XLIFFUnits(d, o).
func XLIFFDocument(d *article.Article, o *Options, version string) xliff.Document {
	srcLang, trgLang := langString(d, article.SourceSide), langString(d, article.TargetSide)
	if len(d.Source) == 0 && len(d.Target) > 0 {
		srcLang, trgLang = trgLang, srcLang
	}
	if srcLang == "" {
		srcLang = "und"
	}
	id := d.DocID()
	if !xliff.IsNMTOKEN(id) {
		id = "f1"
	}
	f := xliff.File{ID: id, Original: d.DocID(), Units: XLIFFUnits(d, o)}
	if f.Original == "" {
		f.Original = id
	}
	for _, fd := range d.ArticleFindings() {
		f.Notes = append(f.Notes, findingNote(fd, ""))
	}
	f.Notes = append(f.Notes, fileLayoutNotes(d)...)
	return xliff.Document{Version: version, SrcLang: srcLang, TrgLang: trgLang, Files: []xliff.File{f}}
}

// SubStateCheckAlignment is the XLIFF 2.1 subState of a unit whose
// alignment link is weak (below Options.LowConfidence): its target must be
// checked before it is taken as a translation.
const SubStateCheckAlignment = "bitext:check-alignment"

// SubStateFuzzy is the XLIFF 2.1 subState of a pretranslated segment whose
// target is a fuzzy match's translation (state initial; 1.2
// needs-review-translation): a translator must review it.
const SubStateFuzzy = "bitext:fuzzy"

// rowState returns the XLIFF state of a row with the target text target:
// initial without a target; translated with one, the row's TM match kind
// as the subState (bitext:in-context, bitext:exact); a weak link (below
// low) as needing review: initial with subState bitext:check-alignment,
// XLIFF 1.2 needs-review-translation. bitext never writes reviewed or
// final: those say a person confirmed the unit, and bitext import stores
// only such units and translated ones whose target a person changed.
func rowState(d *article.Article, r article.Row, target string, low float64) (state, sub, state12 string) {
	if target == "" {
		return xliff.StateInitial, "", ""
	}
	if r.Linked && r.Confidence < low {
		return xliff.StateInitial, SubStateCheckAlignment, "needs-review-translation"
	}
	if m, ok := d.RowMatch(r); ok {
		switch m.Band() {
		case article.Band101:
			return xliff.StateTranslated, "bitext:in-context", ""
		case article.Band100:
			return xliff.StateTranslated, "bitext:exact", ""
		}
		if d.Edition == nil {
			// A pretranslated original's target is the fuzzy match's
			// translation, not an editor's: it needs a translator.
			return xliff.StateInitial, SubStateFuzzy, "needs-review-translation"
		}
	}
	return xliff.StateTranslated, "", ""
}

// XLIFFUnits returns the XLIFF units of d, one per row with a source
// segment; rows with edition segments only (text the edition added) have
// nothing to translate and are left out. The unit id is "u" and the row
// number. A pretranslated original's byline is a unit too (id "byline",
// after the headline's, see bylineUnit). An edition without an original is written the other way round:
// its segments are the sources (in TargetLang), to be translated into
// SourceLang, with no targets.
//
// The target is the edition's text of the row; its state is rowState's. The matches of a one-segment row become translation candidates
// (similarity 0-100; type icm for in-context, tm otherwise); the glossary
// terms of the source segments become glossary entries marked in the
// source; findings and weak alignment links become notes. Every match
// of the segment is a candidate (xliffMatch), best first; a pretranslated
// segment whose best match is under the prefill threshold has a candidate
// and no target.
func XLIFFUnits(d *article.Article, o *Options) []xliff.Unit {
	swapped := len(d.Source) == 0
	low := o.low()
	var units []xliff.Unit
	byline, hasByline := bylineUnit(d)
	for n, r := range d.Rows() {
		if hasByline && r.Para != article.HeadlinePara {
			// The byline comes after the headline, as the article reads.
			units = append(units, byline)
			hasByline = false
		}
		srcSide, srcSegs, srcIdx := article.SourceSide, d.Source, r.Source
		tgtSide, tgtIdx := article.TargetSide, r.Target
		if swapped {
			srcSide, srcSegs, srcIdx = article.TargetSide, d.Target, r.Target
			tgtSide, tgtIdx = article.SourceSide, nil
		}
		if len(srcIdx) == 0 {
			continue
		}
		u := xliff.Unit{ID: "u" + strconv.Itoa(n+1), Source: article.JoinText(srcSegs, srcIdx)}
		if !swapped {
			u.Target = article.JoinText(d.Target, tgtIdx)
		}
		u.State, u.SubState, u.OriginalState = rowState(d, r, u.Target, low)
		if len(srcIdx) == 1 {
			ms := append([]article.Match(nil), srcSegs[srcIdx[0]].Matches...)
			sort.SliceStable(ms, func(a, b int) bool { return ms[a].Better(ms[b]) })
			for _, m := range ms {
				u.Matches = append(u.Matches, xliffMatch(m))
			}
		}
		off := 0
		for k, i := range srcIdx {
			if k > 0 {
				off++ // the joining space
			}
			s := srcSegs[i]
			for _, t := range s.Terms {
				if !validSpan(s.Text, t.Start, t.End) {
					continue
				}
				u.Glossary = append(u.Glossary, xliff.GlossEntry{
					Term: s.Text[t.Start:t.End], TermSource: t.Entry, Translation: t.Preferred(), Definition: t.Note,
					Start: off + t.Start, End: off + t.End,
				})
			}
			off += len(s.Text)
		}
		for _, i := range srcIdx {
			for _, f := range d.SegmentFindings(srcSide, i) {
				u.Notes = append(u.Notes, findingNote(f, "source"))
			}
		}
		for _, i := range tgtIdx {
			for _, f := range d.SegmentFindings(tgtSide, i) {
				u.Notes = append(u.Notes, findingNote(f, "target"))
			}
		}
		if r.Linked && r.Confidence < low {
			u.Notes = append(u.Notes, xliff.Note{Category: "alignment", Priority: 2,
				Value: "alignment confidence " + formatConfidence(r.Confidence) + ": check that source and target say the same"})
		}
		u.Notes = append(u.Notes, unitLayoutNotes(d, r)...)
		units = append(units, u)
	}
	if hasByline {
		units = append(units, byline)
	}
	return units
}

// MetaProvenance is the category of the XLIFF 2.1 metadata group that
// gives a candidate's provenance (xliffMatch).
const MetaProvenance = "provenance"

// xliffMatch is a TM match as an XLIFF translation candidate: its score
// (capped at 100) as similarity and, as XLIFF 1.2's match-quality carries
// it, matchQuality; type icm for in-context, tm otherwise, the bitext kind
// as subType (bitext:in-context, bitext:exact, bitext:fuzzy); its origin
// (MatchOrigin when it has none); in XLIFF 2.1 a metadata group
// "provenance" with the origin kind, the review state, an aligned unit's
// confidence and "localized" yes when the target is the unit's with the
// segment's numbers and dates put in.
func xliffMatch(m article.Match) xliff.Match {
	score := float64(min(max(m.Score, 0), 100))
	xm := xliff.Match{Similarity: score, Quality: score, Origin: m.Origin, Source: m.Source, Target: m.Target, Type: "tm"}
	if m.Band() == article.Band101 {
		xm.Type = "icm"
	}
	switch m.Band() {
	case article.Band101:
		xm.SubType = "bitext:" + article.InContext
	case article.Band100:
		xm.SubType = "bitext:" + article.Exact
	default:
		xm.SubType = "bitext:" + article.Fuzzy
	}
	if xm.Origin == "" {
		xm.Origin = MatchOrigin
	}
	meta := func(typ, v string) {
		if v != "" {
			xm.Meta = append(xm.Meta, xliff.Meta{Category: MetaProvenance, Type: typ, Value: v})
		}
	}
	meta("origin", m.OriginKind)
	meta("review", m.Review)
	if m.Confidence > 0 {
		meta("confidence", formatConfidence(m.Confidence))
	}
	if m.Localized {
		meta("localized", "yes")
	}
	return xm
}

func findingNote(f article.Finding, appliesTo string) xliff.Note {
	p := 5
	switch f.Severity {
	case article.Error:
		p = 1
	case article.Info:
		p = 9
	}
	return xliff.Note{Category: f.Rule, AppliesTo: appliesTo, Priority: p, Value: f.Message}
}

// WriteTMX writes the aligned pairs of d as a TMX 1.4b document: one <tu>
// per link with segments on both sides and a confidence of at least
// Options.LowConfidence (weaker links would pollute a TM), with the
// article and the confidence as x-bitext-doc and x-bitext-confidence props,
// and their provenance (x-bitext-origin alignment, x-bitext-review
// unreviewed), so that a TM importing the file knows them for machine
// alignments.
func WriteTMX(w io.Writer, d *article.Article, o *Options) error {
	if err := check(d); err != nil {
		return err
	}
	src, tgt := langString(d, article.SourceSide), langString(d, article.TargetSide)
	h := &tmx.Header{SegType: "sentence", DataType: "plaintext", SrcLang: src, AdminLang: "en"}
	if src == "" {
		h.SrcLang = "*all*"
	}
	enc, err := tmx.NewEncoder(w, h)
	if err != nil {
		return fmt.Errorf("export: tmx: %w", err)
	}
	if src != "" && tgt != "" {
		low := o.low()
		for n, r := range d.Rows() {
			if !r.Linked || len(r.Source) == 0 || len(r.Target) == 0 || r.Confidence < low {
				continue
			}
			tu := &tmx.TU{
				TUID: d.DocID() + "-" + strconv.Itoa(n+1),
				Props: []tmx.Prop{
					{Type: "x-bitext-doc", Value: d.DocID()},
					{Type: "x-bitext-confidence", Value: formatConfidence(r.Confidence)},
					{Type: tm.PropOrigin, Value: string(tm.OriginAlignment)},
					{Type: tm.PropReview, Value: string(tm.Unreviewed)},
				},
				Variants: []tmx.TUV{
					{Lang: src, Seg: tmx.PlainSeg(article.JoinText(d.Source, r.Source))},
					{Lang: tgt, Seg: tmx.PlainSeg(article.JoinText(d.Target, r.Target))},
				},
			}
			if err := enc.Encode(tu); err != nil {
				return fmt.Errorf("export: tmx: %w", err)
			}
		}
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("export: tmx: %w", err)
	}
	return nil
}
