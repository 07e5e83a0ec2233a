package pipeline

import (
	"context"
	"fmt"
	"strings"

	"golang.org/x/text/language"

	"bitext/article"
)

// lookupJoined looks up the links that join several source segments
// (2-1, 2-2) as the TM stores them (Article.pairs: the segments' texts
// joined by one space, the link's neighbours as context), so that a
// rerun finds the exact match the first run stored; the matches apply to
// the link: when the joined lookup's best beats a segment's own best
// (Match.Better), the segment's candidates become the joined ones followed
// by its own, best first, at most tm.candidates. A 1-2 link needs nothing more: its one source segment is
// looked up alone and the stored unit's translation is the joined
// English. segs are a's source segments (MatchSide source).
func (r *runner) lookupJoined(ctx context.Context, a *Article, segs []article.Segment, src, tgt language.Tag) error {
	top := r.cfg.TM.candidates()
	for _, l := range a.Links {
		if len(l.Source) < 2 || len(l.Target) == 0 {
			continue
		}
		parts := make([]string, 0, len(l.Source))
		for _, i := range l.Source {
			if i < 0 || i >= len(segs) {
				return fmt.Errorf("pipeline: %s: link to source segment %d of %d", a.Name, i, len(segs))
			}
			parts = append(parts, segs[i].Text)
		}
		q := Query{Text: strings.Join(parts, " "), Src: src, Tgt: tgt, Threshold: r.cfg.TM.Threshold, Top: top}
		if first := l.Source[0]; first > 0 {
			q.Prev = segs[first-1].Text
		}
		if last := l.Source[len(l.Source)-1]; last+1 < len(segs) {
			q.Next = segs[last+1].Text
		}
		ms, err := r.steps.Memory.Lookup(ctx, q)
		if err != nil {
			return err
		}
		ms = candidates(ms, top)
		if len(ms) == 0 {
			continue
		}
		for _, i := range l.Source {
			if best, ok := segs[i].Best(); !ok || ms[0].Better(best) {
				segs[i].Matches = candidates(append(append([]article.Match(nil), ms...), segs[i].Matches...), top)
			}
		}
	}
	return nil
}
