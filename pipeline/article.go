package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"golang.org/x/text/language"

	"bitext/article"
	"bitext/textfile"
)

// Article is one article through the run: the article model (package
// article), which the steps fill and the export formats write, and what
// the run keeps beside it. Its ID is the base name of its output files
// (Config.Output.Naming).
type Article struct {
	article.Article
	Input Input
	// OriginalEncoding is the encoding the original was read in.
	OriginalEncoding string `json:",omitempty"`

	// edRaw and origRaw are the decoded edition and original files, in
	// which placeFindings finds the findings' lines and columns.
	edRaw, origRaw string
}

// MinStoreConfidence is the lowest alignment confidence of a link whose pair
// is stored in the TM; weaker links are flagged in the report instead.
const MinStoreConfidence = 0.5

func (r *runner) note(a *Article, step, id string) {
	a.Notes = append(a.Notes, note(step, id))
}

// readArticle reads an article file in encoding enc (EncAuto: detected,
// with lang, the language the article should be in, deciding between the
// legacy encodings) and extracts its text. Text that is not clean (bytes
// of no encoding, NUL and control characters) is an *InputError with its
// line and column.
//
// It also returns the decoded file, which locate maps findings into.
func readArticle(path, enc, layout string, lang language.Tag) (article.Text, string, string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return article.Text{}, "", "", &InputError{File: path, Msg: "cannot read: " + err.Error()}
	}
	hint := textfile.AnyLang
	switch base, _ := lang.Base(); base.String() {
	case "ko":
		hint = textfile.Korean
	case "en":
		hint = textfile.English
	}
	s, det, err := decodeArticle(path, data, enc, hint)
	used := pipelineEncoding(det.Encoding)
	if err != nil {
		var te *textfile.Error
		if errors.As(err, &te) {
			return article.Text{}, "", "", &InputError{File: path, Line: te.Line, Col: te.Col, Msg: te.Msg}
		}
		return article.Text{}, "", "", &InputError{File: path, Msg: err.Error()}
	}
	t, err := ExtractLayout(s, FileKind(path), layout)
	if err != nil {
		return article.Text{}, "", "", &InputError{File: path, Msg: err.Error()}
	}
	if len(t.Paras) == 0 && t.Headline == "" {
		return article.Text{}, "", "", &InputError{File: path, Msg: "no article text found"}
	}
	return t, used, s, nil
}

// alignDated aligns an article's segments with its date (the original's
// dateline, else the edition's), which lets the aligner read 29일 as the
// weekday it fell on; the batch's first pass aligns the same way, so that
// it learns from the links the run makes.
func (r *runner) alignDated(orig, ed *article.Text, s, t []article.Segment, src, tgt language.Tag) []article.Link {
	date, _ := time.Parse(time.DateOnly, orig.ISODate())
	if date.IsZero() {
		date, _ = time.Parse(time.DateOnly, ed.ISODate())
	}
	if da, ok := r.steps.Aligner.(datedAligner); ok && !date.IsZero() {
		return da.AlignDated(s, t, src, tgt, date)
	}
	return r.steps.Aligner.Align(s, t, src, tgt)
}

func (r *runner) segment(t *article.Text, lang language.Tag) []article.Segment {
	var segs []article.Segment
	add := func(para int, text string) {
		for _, s := range r.steps.Segmenter.Split(text, lang) {
			if strings.TrimSpace(s.Text) == "" {
				continue
			}
			s.Para = para
			s.Index = len(segs)
			segs = append(segs, s)
		}
	}
	if t.Headline != "" {
		add(article.HeadlinePara, t.Headline)
	}
	for i, p := range t.Paras {
		add(i, p)
	}
	return segs
}

// process runs the steps of one article, up to the exports.
func (r *runner) process(ctx context.Context, in Input) (*Article, error) {
	a := &Article{Article: article.Article{Name: in.Name, Src: r.cfg.SourceTag(), Tgt: r.cfg.TargetTag()}, Input: in}
	ed, _, edRaw, err := readArticle(in.Edition, EncAuto, r.cfg.Input.Layout, a.Tgt)
	if err != nil {
		return nil, err
	}
	a.Edition = &ed
	if in.Original != "" {
		orig, used, origRaw, err := r.readOriginal(in, a.Src)
		if err != nil {
			return nil, err
		}
		a.Original, a.OriginalEncoding = &orig, used
		a.origRaw = origRaw
	}
	a.edRaw = edRaw
	if a.ID, err = r.outputID(a.Name, a.Edition.ISODate(), in.Edition); err != nil {
		return nil, err
	}

	// Segment.
	a.Target = r.segment(a.Edition, a.Tgt)
	if a.Original != nil {
		a.Source = r.segment(a.Original, a.Src)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	// Glossary and checks.
	if r.steps.Terms != nil {
		for i := range a.Source {
			a.Source[i].Terms = r.steps.Terms.FindAll(a.Source[i].Text, a.Src)
		}
		for i := range a.Target {
			a.Target[i].Terms = r.steps.Terms.FindAll(a.Target[i].Text, a.Tgt)
		}
	}

	// Alignment.
	switch {
	case a.Original == nil:
		r.note(a, "align", NoteNoOriginal)
	case r.steps.Aligner == nil:
	default:
		a.Links = r.alignDated(a.Original, a.Edition, a.Source, a.Target, a.Src, a.Tgt)
	}
	// The checks after the alignment: the bilingual rules run on its links.
	if r.steps.Checker != nil {
		a.Findings = r.steps.Checker.Check(a)
		a.placeFindings()
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	// TM lookups, against the TM as it was when the run started.
	if r.steps.Memory != nil {
		segs, src, tgt := a.Source, a.Src, a.Tgt
		a.MatchSide = article.SourceSide
		if a.Original == nil {
			segs, src, tgt = a.Target, a.Tgt, a.Src
			a.MatchSide = article.TargetSide
		}
		if err := r.lookupSegments(ctx, in.Name, segs, src, tgt); err != nil {
			return nil, err
		}
		if a.MatchSide == article.SourceSide {
			if err := r.lookupJoined(ctx, a, segs, src, tgt); err != nil {
				if ctx.Err() != nil {
					return nil, ctx.Err()
				}
				return nil, &EnvError{Path: "tm", Err: fmt.Errorf("%s: lookup: %w", in.Name, err)}
			}
		}
	}
	return a, ctx.Err()
}

// units returns the aligned pairs of a to store in the TM: links at or
// above MinStoreConfidence, with their source neighbours as context,
// that the TM can store (storable).
func (a *Article) units() []Unit {
	keep, _ := storable(a.pairs())
	return keep
}

// unstorable counts the pairs of a the TM cannot store (storable), which
// the report gives (Alignment.Unstored).
func (a *Article) unstorable() int {
	_, n := storable(a.pairs())
	return n
}

// pairs returns the aligned pairs of a: links at or above
// MinStoreConfidence, with their source neighbours as context.
func (a *Article) pairs() []Unit {
	var out []Unit
	join := article.JoinText
	for _, l := range a.Links {
		if l.Confidence < MinStoreConfidence || len(l.Source) == 0 || len(l.Target) == 0 {
			continue
		}
		u := Unit{Source: join(a.Source, l.Source), Target: join(a.Target, l.Target), Src: a.Src, Tgt: a.Tgt, Origin: "alignment", Doc: a.Name, Confidence: l.Confidence}
		if first := l.Source[0]; first > 0 && first-1 < len(a.Source) {
			u.Prev = a.Source[first-1].Text
		}
		if last := l.Source[len(l.Source)-1]; last+1 < len(a.Source) {
			u.Next = a.Source[last+1].Text
		}
		if u.Source != "" && u.Target != "" {
			out = append(out, u)
		}
	}
	return out
}

// lookupSegments looks each segment up in the TM with its neighbours (for
// in-context matches) and keeps its candidates at or above the threshold,
// best first, at most tm.candidates of them (candidates).
func (r *runner) lookupSegments(ctx context.Context, name string, segs []article.Segment, src, tgt language.Tag) error {
	top := r.cfg.TM.candidates()
	query := func(i int) Query {
		q := Query{Text: segs[i].Text, Src: src, Tgt: tgt, Threshold: r.cfg.TM.Threshold, Top: top}
		if i > 0 {
			q.Prev = segs[i-1].Text
		}
		if i+1 < len(segs) {
			q.Next = segs[i+1].Text
		}
		return q
	}
	lookupErr := func(err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return &EnvError{Path: "tm", Err: fmt.Errorf("%s: lookup: %w", name, err)}
	}
	// The article's segments in one read of the TM when it can.
	if m, ok := r.steps.Memory.(memoryLookupAll); ok && len(segs) > 1 {
		qs := make([]Query, len(segs))
		for i := range segs {
			qs[i] = query(i)
		}
		all, err := m.LookupAll(ctx, qs)
		if err != nil {
			return lookupErr(err)
		}
		for i, ms := range all {
			segs[i].Matches = candidates(ms, top)
		}
		return nil
	}
	for i := range segs {
		ms, err := r.steps.Memory.Lookup(ctx, query(i))
		if err != nil {
			return lookupErr(err)
		}
		segs[i].Matches = candidates(ms, top)
	}
	return nil
}

// memoryLookupAll is a Memory that looks up several queries at once: the
// matches of each are those of Lookup.
type memoryLookupAll interface {
	LookupAll(ctx context.Context, qs []Query) ([][]article.Match, error)
}

// candidates returns ms best first (Match.Better; ties keep the TM's
// order), at most top of them; nil for none.
func candidates(ms []article.Match, top int) []article.Match {
	if len(ms) == 0 {
		return nil
	}
	out := append([]article.Match(nil), ms...)
	sort.SliceStable(out, func(a, b int) bool { return out[a].Better(out[b]) })
	if top > 0 && len(out) > top {
		out = out[:top]
	}
	return out
}

// readOriginal reads in's original in its encoding: the manifest's, else
// the configuration's (auto-detected by default).
func (r *runner) readOriginal(in Input, lang language.Tag) (article.Text, string, string, error) {
	enc := in.Encoding
	if enc == "" {
		enc = r.cfg.Input.Encoding
	}
	return readArticle(in.Original, enc, r.cfg.Input.Layout, lang)
}

// outputID is the base name of an article's files: Config.Output.Naming
// with the article's name and date ("" reads undated). A name that is not
// a plain file name is an *InputError of file: the files go into the out
// folder's articles, never along a path.
func (r *runner) outputID(name, date, file string) (string, error) {
	if date == "" {
		date = "undated"
	}
	id := strings.ReplaceAll(strings.ReplaceAll(r.cfg.Output.Naming, "{name}", name), "{date}", date)
	if why := checkName(id); why != "" {
		return "", &InputError{File: file, Msg: "output name: " + why}
	}
	return id, nil
}
