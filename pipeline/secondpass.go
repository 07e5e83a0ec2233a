package pipeline

import (
	"context"
	"strings"

	"bitext/align"
	"bitext/article"
)

// batchLearner is an Aligner that can learn from the first-pass links of a
// run's articles and return the aligner of the batch's second pass
// (alignStep: align.LearnFromLinks, then align.Options.SecondPass, which
// aligns again only an article whose links were not confident).
type batchLearner interface {
	Aligner
	LearnBatch(docs []firstPass) Aligner
}

// firstPass is what the batch learns from one article: the texts of its
// first-pass links of confidence align.BatchMinConfidence or more that
// have both sides (source, target), so that the run holds no more of an
// article than that until its turn.
type firstPass struct {
	pairs [][2]string
}

// prepareSecondPass is the first half of the batch's second pass: the
// articles the run will process (not those unchanged since the last run,
// not those without an original) are read, segmented and aligned, jobs at
// a time, and the aligner learns from their confident links. Articles
// that cannot be read are left out here; they fail in their own step.
func (r *runner) prepareSecondPass(ctx context.Context, arts []Input, st state, force bool, jobs int) {
	bl, ok := r.steps.Aligner.(batchLearner)
	if !ok || len(arts) < 2 {
		return
	}
	docs := make([]*firstPass, len(arts))
	forEach(ctx, len(arts), jobs, func(i int) {
		docs[i] = r.firstPass(arts[i], st.Articles[arts[i].Name], force)
	})
	var batch []firstPass
	for _, d := range docs {
		if d != nil {
			batch = append(batch, *d)
		}
	}
	if len(batch) > 0 && ctx.Err() == nil {
		r.steps.Aligner = bl.LearnBatch(batch)
	}
}

func (r *runner) firstPass(in Input, prev stateEntry, force bool) *firstPass {
	if in.Original == "" {
		return nil
	}
	if h, err := hashFiles(r.settings, in); err == nil && !force && prev.Hash == h && r.outputsExist(prev.Summary) {
		return nil // unchanged: not run again
	}
	src, tgt := r.cfg.SourceTag(), r.cfg.TargetTag()
	ed, _, _, err := readArticle(in.Edition, EncAuto, r.cfg.Input.Layout, tgt)
	if err != nil {
		return nil
	}
	orig, _, _, err := r.readOriginal(in, src)
	if err != nil {
		return nil
	}
	s, t := r.segment(&orig, src), r.segment(&ed, tgt)
	d := &firstPass{}
	for _, l := range r.alignDated(&orig, &ed, s, t, src, tgt) {
		if l.Confidence >= align.BatchMinConfidence && len(l.Source) > 0 && len(l.Target) > 0 {
			d.pairs = append(d.pairs, [2]string{joinTexts(s, l.Source), joinTexts(t, l.Target)})
		}
	}
	return d
}

func joinTexts(segs []article.Segment, idx []int) string {
	parts := make([]string, len(idx))
	for i, x := range idx {
		parts[i] = segs[x].Text
	}
	return strings.Join(parts, " ")
}
