package pipeline

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"bitext/article"
	"bitext/check"
	"bitext/glossary"
)

// checkStep runs package check over an article: the monolingual rules on
// each side, and the bilingual rules (target-term-missing, number-mismatch)
// on every alignment link; a pretranslated original's pre-filled pairs as
// bitext check checks the run's XLIFF of it (checkPretranslated).
type checkStep struct {
	c   *check.Checker
	say check.Renderer
}

func newChecker(g *glossary.Glossary, cfg Config, _ time.Time, say func(id string, data map[string]any) string) Checker {
	c := check.New(g)
	c.Warm(cfg.SourceTag())
	c.Warm(cfg.TargetTag())
	if say == nil {
		say = check.English
	}
	return checkStep{c: c, say: say}
}

// message says a finding in the interface language.
func (s checkStep) message(f check.Finding) string {
	if f.Message != "" || f.MessageID == "" {
		return f.Message
	}
	return s.say(f.MessageID, f.MessageData())
}

// lineOffsets maps a (line, column in code points) position of a text made
// of segments joined by "\n" back to (segment, byte offset).
func segOffset(segs []article.Segment, line, col int) (int, int) {
	i := line - 1
	if i < 0 || i >= len(segs) {
		return -1, 0
	}
	s := segs[i].Text
	off := 0
	for c := 1; c < col && off < len(s); c++ {
		_, n := utf8.DecodeRuneInString(s[off:])
		off += n
	}
	return i, off
}

func joinSegs(segs []article.Segment) string {
	parts := make([]string, len(segs))
	for i, s := range segs {
		parts[i] = strings.ReplaceAll(s.Text, "\n", " ")
	}
	return strings.Join(parts, "\n")
}

// Check applies the rules as check.Document does to a run's exports: the
// monolingual rules on each side's segments, one a line, and the bilingual
// rules on every link (deprecated forms come from the monolingual pass), on
// the article's date, so that bitext check on the TSV export gives the same
// findings.
//
// A pretranslated original (no edition) is checked as bitext check checks
// the run's XLIFF of it: see checkPretranslated.
func (s checkStep) Check(a *Article) []article.Finding {
	if a.pretranslated() {
		return s.checkPretranslated(a)
	}
	var out []article.Finding
	date, _ := time.Parse(time.DateOnly, a.Edition.ISODate())
	// The monolingual rules, each side's segments one a line. When the
	// first segments of both sides are one link, a headline on one side
	// is one on both (check.Checker.Sides, as check.Document reads the
	// run's exports): a Korean headline written as a sentence may name a
	// person by surname.
	var srcFound, tgtFound []check.Finding
	switch {
	case len(a.Source) > 0 && len(a.Target) > 0 && firstPaired(a.Links):
		srcFound, tgtFound = s.c.Sides(a.Name, joinSegs(a.Source), joinSegs(a.Target), a.Src, a.Tgt, date)
	default:
		if len(a.Source) > 0 {
			srcFound = s.c.TextOn(a.Name, joinSegs(a.Source), a.Src, date)
		}
		if len(a.Target) > 0 {
			tgtFound = s.c.TextOn(a.Name, joinSegs(a.Target), a.Tgt, date)
		}
	}
	for _, side := range []struct {
		name  string
		segs  []article.Segment
		found []check.Finding
	}{{"target", a.Target, tgtFound}, {"source", a.Source, srcFound}} {
		for _, f := range side.found {
			seg, start := segOffset(side.segs, f.Line, f.Column)
			_, end := segOffset(side.segs, f.EndLine, f.EndColumn)
			if f.EndLine != f.Line {
				end = 0
			}
			out = append(out, article.Finding{Rule: f.Rule, Severity: f.Severity.String(), Side: side.name, Seg: seg, Start: start, End: max(end, start), Message: s.message(f)})
		}
	}
	// Document context (check.Pair.Before): the sources of the rows
	// before a link's, as check.Document gives them to a row read back.
	// The targets of those rows and of the next one too, and the next
	// one's source (check.Pair.TargetBefore, TargetAfter, After).
	before, tBefore, tAfter, sAfter := map[int][]string{}, map[int][]string{}, map[int]string{}, map[int]string{}
	var srcs, tgts []string
	prev := -1
	for _, r := range a.Rows() {
		if text := article.JoinText(a.Source, r.Source); strings.TrimSpace(text) != "" {
			before[r.Source[0]] = srcs[:len(srcs):len(srcs)]
			srcs = append(srcs, text)
			if check.BylineSource(text) {
				continue
			}
			tgt := article.JoinText(a.Target, r.Target)
			tBefore[r.Source[0]] = tgts[:len(tgts):len(tgts)]
			tgts = append(tgts, tgt)
			if prev >= 0 {
				tAfter[prev], sAfter[prev] = tgt, text
			}
			prev = r.Source[0]
		}
	}
	for _, l := range a.Links {
		if len(l.Source) == 0 || len(l.Target) == 0 {
			continue
		}
		pr := check.Pair{Source: article.JoinText(a.Source, l.Source), Target: article.JoinText(a.Target, l.Target), SourceLang: a.Src, TargetLang: a.Tgt, Date: date,
			Before: before[slices.Min(l.Source)], TargetBefore: tBefore[slices.Min(l.Source)], TargetAfter: tAfter[slices.Min(l.Source)], After: sAfter[slices.Min(l.Source)]}
		for _, f := range s.c.Pair(a.Name, pr) {
			if f.Rule == check.RuleDeprecated {
				continue // found by the monolingual pass already
			}
			seg := l.Target[0]
			if f.Side == check.SideSource {
				seg = l.Source[0]
			}
			side := f.Side
			if side == "" {
				side = "target"
			}
			out = append(out, article.Finding{Rule: f.Rule, Severity: f.Severity.String(), Side: side, Seg: seg, Message: s.message(f)})
		}
	}
	return out
}

// checkPretranslated checks a pretranslated original as bitext check
// checks the run's XLIFF 2.1 or 1.2 file of it (check.Checker.XLIFF reads
// the file back into an article and checks it with check.Checker.Article):
// every source segment is a unit, linked to its pre-filled target when it
// has one, whatever the target's state (a fuzzy pre-fill too: it is what
// the translator gets); the bilingual rules run on the pre-filled pairs
// only (a segment with no pre-fill has no target to check it against),
// the monolingual rules on each side's text (the sources of every unit,
// the pre-filled targets), each pair with the document context of the
// units before and after it, and the byline's unit (BylineSeg with its
// BylineTarget, after the headline) as a byline, on the original's date.
// The check runs on a copy of the article whose segments are placed one
// a line (Position.Line is the segment's index + 1 on its side, the
// byline's 0), so that each finding maps back to its segment and byte
// offsets; a finding on the byline is one on the article (Seg -1), as the
// byline is no segment of Source.
func (s checkStep) checkPretranslated(a *Article) []article.Finding {
	view := a.Article
	view.Source, view.Target = placedOneALine(a.Source), placedOneALine(a.Target)
	if a.BylineSeg != nil && len(a.Source) > 0 { // no XLIFF file without a source segment
		b := *a.BylineSeg
		b.Pos = article.Position{}
		view.BylineSeg = &b
	}
	date, _ := time.Parse(time.DateOnly, a.Original.ISODate())
	var out []article.Finding
	for _, f := range s.c.Article(a.Name, &view, date) {
		side := f.Side
		if side == "" {
			side = check.SideTarget
		}
		segs := a.Source
		if side == check.SideTarget {
			segs = a.Target
		}
		af := article.Finding{Rule: f.Rule, Severity: f.Severity.String(), Side: side, Seg: -1, Message: s.message(f)}
		byline := f.Line == 0 && a.BylineSeg != nil
		if byline {
			// Offsets in the byline's text on that side.
			text := a.BylineSeg.Text
			if side == check.SideTarget {
				text = a.BylineTarget
			}
			segs = []article.Segment{{Text: text}}
			f.Line, f.EndLine = 1, f.EndLine+1
		}
		if seg, start := segOffset(segs, f.Line, f.Column); seg >= 0 {
			_, end := segOffset(segs, f.EndLine, f.EndColumn)
			if f.EndLine != f.Line {
				end = 0
			}
			af.Start, af.End = start, max(end, start)
			if !byline {
				af.Seg = seg
			}
		}
		out = append(out, af)
	}
	return out
}

// firstPaired reports whether the link of the first source segment holds
// the first target segment too.
func firstPaired(links []article.Link) bool {
	for _, l := range links {
		if slices.Contains(l.Source, 0) {
			return slices.Contains(l.Target, 0)
		}
	}
	return false
}

// placedOneALine returns a copy of segs, each placed at the start of line
// index + 1, verbatim.
func placedOneALine(segs []article.Segment) []article.Segment {
	out := make([]article.Segment, len(segs))
	for i, sg := range segs {
		sg.Pos = article.Position{Line: i + 1, Column: 1, Verbatim: true}
		out[i] = sg
	}
	return out
}
