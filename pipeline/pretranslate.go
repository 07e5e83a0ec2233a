package pipeline

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"bitext/article"
)

// NoteNoEdition is the note of an original without an edition: not
// aligned, pretranslated.
const NoteNoEdition = "RunNoteNoEdition"

// Skip is an input file the run did not take, and why.
type Skip struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}

// NothingError says that no input could be paired or pretranslated: a run
// that would do nothing is bad input, not a success. Skipped names each
// file found and not taken, with the reason.
type NothingError struct {
	Inputs  []string
	Skipped []Skip
}

func (e *NothingError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "pipeline: %s: no article to run (no English edition with its original, no Korean original to pretranslate)", strings.Join(e.Inputs, ", "))
	for _, s := range e.Skipped {
		fmt.Fprintf(&b, "\n  %s: skipped: %s", s.File, s.Reason)
	}
	return b.String()
}

// Unwrap makes the error bad input (an *InputError) for errors.As.
func (e *NothingError) Unwrap() error {
	return &InputError{File: strings.Join(e.Inputs, ", "), Msg: "no article to run"}
}

// pretranslateFormats are the formats written for an original without an
// edition: those a translator works in (the XLIFF files in a CAT tool, the
// side-by-side HTML and DOCX without one). The others (TSV, JSONL,
// Markdown, TMX) are bilingual records of an alignment, which a
// pretranslated article does not have.
var pretranslateFormats = map[string]bool{"xliff": true, "xliff12": true, "html": true, "docx": true, KitFormat: true}

// RunInputs lists the articles of a run (what Run runs): the editions with their
// originals (Discover) and the Korean originals without an edition, to
// pretranslate (Input.Edition ""), sorted by name. An original whose name
// an edition's article already has is skipped. A run with no article is a
// *NothingError naming the files skipped.
func RunInputs(inputs []string) ([]Input, []Skip, error) {
	arts, orphans, skipped, err := discover(inputs)
	if err != nil {
		return nil, nil, err
	}
	names := map[string]string{}
	for _, a := range arts {
		names[a.Name] = a.Edition
		if a.Edition == "" {
			names[a.Name] = a.Original
		}
	}
	for _, o := range orphans {
		name, _ := splitName(o)
		if prev, ok := names[name]; ok {
			skipped = append(skipped, Skip{File: o, Reason: fmt.Sprintf("article name %q is also %s", name, prev)})
			continue
		}
		names[name] = o
		arts = append(arts, Input{Name: name, Original: o})
	}
	sort.SliceStable(arts, func(i, j int) bool { return arts[i].Name < arts[j].Name })
	sort.SliceStable(skipped, func(i, j int) bool { return skipped[i].File < skipped[j].File })
	if len(arts) == 0 {
		return nil, skipped, &NothingError{Inputs: inputs, Skipped: skipped}
	}
	return arts, skipped, nil
}

// processInput runs the steps of one article: an edition (with its
// original, when there is one) or an original to pretranslate.
func (r *runner) processInput(ctx context.Context, in Input) (*Article, error) {
	if in.Edition == "" {
		return r.pretranslate(ctx, in)
	}
	return r.process(ctx, in)
}

// pretranslate runs an original without an edition: it is segmented, its
// glossary terms found, its segments looked up in the TM (exact,
// in-context, fuzzy; fuzzy matches auto-localised by the TM step; every
// candidate kept, up to tm.candidates), and the best match at or above
// tm.prefill (the TM threshold by default) pre-fills each segment's
// target (article.Article.Pretranslate). The byline is a segment of its
// own (article.Article.BylineSeg), looked up and pre-filled the same way.
// Nothing of it goes into the TM.
func (r *runner) pretranslate(ctx context.Context, in Input) (*Article, error) {
	a := &Article{Article: article.Article{Name: in.Name, Src: r.cfg.SourceTag(), Tgt: r.cfg.TargetTag()}, Input: in}
	orig, used, origRaw, err := r.readOriginal(in, a.Src)
	if err != nil {
		return nil, err
	}
	a.Original, a.OriginalEncoding, a.origRaw = &orig, used, origRaw
	if a.ID, err = r.outputID(a.Name, a.Original.ISODate(), in.Original); err != nil {
		return nil, err
	}
	a.Source = r.segment(a.Original, a.Src)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if r.steps.Terms != nil {
		for i := range a.Source {
			a.Source[i].Terms = r.steps.Terms.FindAll(a.Source[i].Text, a.Src)
		}
	}
	if orig.Byline != "" {
		// The byline is translated too (an English edition writes it in
		// English): a unit of its own, looked up alone.
		a.BylineSeg = &article.Segment{Para: article.BylinePara, Text: orig.Byline, End: len(orig.Byline)}
	}
	r.note(a, "align", NoteNoEdition)
	if r.steps.Memory != nil {
		a.MatchSide = article.SourceSide
		segs := a.Source
		if err := r.lookupSegments(ctx, in.Name, segs, a.Src, a.Tgt); err != nil {
			return nil, err
		}
		if a.BylineSeg != nil {
			one := []article.Segment{*a.BylineSeg}
			if err := r.lookupSegments(ctx, in.Name, one, a.Src, a.Tgt); err != nil {
				return nil, err
			}
			a.BylineSeg = &one[0]
		}
		a.Pretranslate(r.cfg.TM.PrefillThreshold())
	}
	// The checks after the pre-fill, on what the run's XLIFF files give
	// the translator (checkStep.Check): the same findings as bitext check
	// on those files.
	if r.steps.Checker != nil {
		a.Findings = r.steps.Checker.Check(a)
		a.placePretranslated()
	}
	return a, ctx.Err()
}

// placePretranslated sets the Line and Column of a pretranslated
// original's findings in the original, the only input file: a source-side
// finding where it is (the byline's, Seg -1, in the byline), a target-side
// one at the start of its pre-fill's source segment (the byline's at the
// byline), since the pre-filled targets are in no input file.
func (a *Article) placePretranslated() {
	var src, by *Locator
	srcOf := map[int]int{} // target segment -> its source segment
	for _, l := range a.Links {
		if len(l.Source) > 0 && len(l.Target) > 0 {
			srcOf[l.Target[0]] = l.Source[0]
		}
	}
	for i := range a.Findings {
		f := &a.Findings[i]
		seg, off := f.Seg, f.Start
		if f.Side != article.SourceSide {
			off = 0
			if s, ok := srcOf[seg]; ok && seg >= 0 {
				seg = s
			} else {
				seg = -1
			}
		}
		var p Pos
		switch {
		case seg >= 0:
			if src == nil {
				src = NewLocator(a.origRaw, a.Source)
			}
			p = src.Place(seg, off)
		case f.Seg < 0 && a.BylineSeg != nil:
			if by == nil {
				by = NewLocator(a.origRaw, []article.Segment{*a.BylineSeg})
			}
			p = by.Place(0, off)
		default:
			continue
		}
		f.Line, f.Column = p.Line, p.Col
	}
}

// pretranslated reports whether a is an original without an edition.
func (a *Article) pretranslated() bool { return a.Edition == nil && a.Original != nil }

// formatFor reports whether format f is written for a.
func formatFor(a *Article, f Format) bool {
	if f.Name() == KitFormat {
		// A kit is for translating an original: an article with an
		// edition has its translation.
		return a.pretranslated()
	}
	return !a.pretranslated() || pretranslateFormats[f.Name()]
}
