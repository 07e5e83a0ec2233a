package check

import (
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"

	"bitext/article"
)

// Document checks the pairs of one document (an article's rows as bitext
// run exports them, the units of an XLIFF file, the units of one article in
// a TMX file) the way bitext run checks the article: the bilingual rules
// (target-term-missing, number-mismatch, misaligned) on each pair with both
// sides, and the monolingual rules (deprecated-term, first-mention,
// inconsistent, near-miss) on each side's text, the pairs' texts joined in
// order, one a line. A finding of the monolingual pass is placed in its
// pair (the unit's position in XML files) and has Side set. date is the
// article's day (zero: no dates applied).
//
// A byline (Pair.Byline) is no sentence of the article: its pair gets the
// rules on names only (target-term-missing; deprecated-term and near-miss
// on each side's byline alone), and it is left out of the sides' texts, so
// that it is neither a first mention nor a second spelling of a name of
// the story, nor the article's first line. Each pair gets the sources of
// the pairs before it as its document context (Pair.Before), and the
// targets before and after it (Pair.TargetBefore, Pair.TargetAfter).
func (c *Checker) Document(file string, pairs []Pair, date time.Time) []Finding {
	var out []Finding
	var before, targets []string // the sources and targets so far, for document context
	sentence := func(pr Pair) bool {
		return !pr.Byline && !BylineSource(pr.Source) && strings.TrimSpace(pr.Source) != ""
	}
	for i, pr := range pairs {
		if pr.Byline || BylineSource(pr.Source) {
			pr.Byline = true
			out = c.byline(out, file, pr, date)
			continue
		}
		if strings.TrimSpace(pr.Source) == "" {
			continue
		}
		pr.Before = before[max(0, len(before)-contextPairs):]
		before = append(before, pr.Source)
		pr.TargetBefore = targets[:len(targets):len(targets)] // the whole article so far (namedEarlier)
		targets = append(targets, pr.Target)
		for _, next := range pairs[i+1:] {
			if sentence(next) {
				pr.TargetAfter, pr.After = next.Target, next.Source
				break
			}
		}
		if strings.TrimSpace(pr.Target) == "" {
			continue
		}
		pr.Date = date
		for _, f := range c.Pair(file, pr) {
			if f.Rule != RuleDeprecated {
				out = append(out, f) // deprecated forms: the monolingual pass below
			}
		}
	}
	type sideText struct {
		name  string
		lines []string
		idx   []int
		lang  language.Tag
		found []Finding
	}
	sides := []*sideText{{name: SideSource}, {name: SideTarget}}
	for _, st := range sides {
		side := st.name
		var lines []string
		var idx []int
		var lang language.Tag
		for i, pr := range pairs {
			text, l := pr.Source, pr.SourceLang
			if side == SideTarget {
				text, l = pr.Target, pr.TargetLang
			}
			if strings.TrimSpace(text) == "" || pr.Byline || BylineSource(pr.Source) {
				continue
			}
			if lang == language.Und {
				lang = l
			}
			lines = append(lines, strings.ReplaceAll(text, "\n", " "))
			idx = append(idx, i)
		}
		st.lines, st.idx, st.lang = lines, idx, lang
	}
	src, tgt := sides[0], sides[1]
	if len(src.idx) > 0 && len(tgt.idx) > 0 && src.idx[0] == tgt.idx[0] {
		// The first lines are one pair: a headline on one side is one on both.
		src.found, tgt.found = c.Sides(file, strings.Join(src.lines, "\n"), strings.Join(tgt.lines, "\n"), src.lang, tgt.lang, date)
	} else {
		for _, st := range sides {
			if len(st.lines) > 0 {
				st.found = c.TextOn(file, strings.Join(st.lines, "\n"), st.lang, date)
			}
		}
	}
	for _, st := range sides {
		side, idx := st.name, st.idx
		for _, f := range st.found {
			if f.Line < 1 || f.Line > len(idx) {
				continue
			}
			if side == SideTarget && c.UnsourcedCommonWord(f, &pairs[idx[f.Line-1]]) {
				continue // "On landing" with no 상륙 in its pair (unsourced.go)
			}
			out = append(out, placeIn(f, &pairs[idx[f.Line-1]], side))
		}
	}
	Sort(out)
	return out
}

// placeIn places a finding of the monolingual pass, made on a side's text
// with pr's text on line 1, in pr: at its column when pr is Exact and the
// finding on one line, else at the pair's start on that side.
func placeIn(f Finding, pr *Pair, side string) Finding {
	line, col := pr.SourceLine, pr.SourceCol
	if side == SideTarget {
		line, col = pr.TargetLine, pr.TargetCol
	}
	f.Side, f.Unit = side, pr.Unit
	if pr.Exact && f.EndLine == f.Line {
		f.Line, f.Column, f.EndLine, f.EndColumn = line, col+f.Column-1, line, col+f.EndColumn-1
	} else {
		f.Line, f.Column, f.EndLine, f.EndColumn = line, col, line, col
	}
	if f.Data != nil {
		f.Data["Side"] = side
	}
	return f
}

// byline appends the findings of a byline pair (Pair.Byline) to out:
// target-term-missing when both sides are there, and the forms a byline
// can get wrong on each side alone (deprecated-term, near-miss: "By Lee
// Ji-un" for the listed Lee Ji-eun).
func (c *Checker) byline(out []Finding, file string, pr Pair, date time.Time) []Finding {
	pr.Date = date
	if strings.TrimSpace(pr.Source) != "" && strings.TrimSpace(pr.Target) != "" {
		for _, f := range c.Pair(file, pr) {
			if f.Rule != RuleDeprecated {
				out = append(out, f) // deprecated forms: below, on each side
			}
		}
	}
	for _, side := range []struct {
		name string
		text string
		lang language.Tag
	}{{SideSource, pr.Source, pr.SourceLang}, {SideTarget, pr.Target, pr.TargetLang}} {
		if strings.TrimSpace(side.text) == "" {
			continue
		}
		for _, f := range c.TextOn(file, strings.ReplaceAll(side.text, "\n", " "), side.lang, date) {
			if f.Rule == RuleDeprecated || f.Rule == RuleNearMiss {
				out = append(out, placeIn(f, &pr, side.name))
			}
		}
	}
	return out
}

// ExportHeader is the header line of the TSV export of bitext run (package
// export, TSVHeader): doc, row, para, source_segs, target_segs, source,
// target, confidence, band, score, tm_target, terms, findings.
const ExportHeader = "doc\trow\tpara\tsource_segs\ttarget_segs\tsource\ttarget\tconfidence\tband\tscore\ttm_target\tterms\tfindings"

// unescapeExport undoes the escapes of the TSV export: \\ \t \n \r.
func unescapeExport(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// Article checks one article as bitext run checks it, with Document: each
// row (article.Rows) is a pair (a byline when its segments' Para is
// article.BylinePara), its segments' texts joined with a space,
// placed where its first segment was read from (Segment.Pos), and exact
// (offsets map to columns) when each side is one verbatim segment. This
// is how the run's exports read back (TSV, JSON lines, XLIFF, TMX) are
// checked.
func (c *Checker) Article(file string, a *article.Article, date time.Time) []Finding {
	return c.Document(file, articlePairs(a), date)
}

// articlePairs returns the pairs of a's rows, in reading order, and a
// pretranslated original's byline (Article.BylineSeg, its target
// BylineTarget) as a byline pair after the headline, where its XLIFF unit
// is.
func articlePairs(a *article.Article) []Pair {
	rows := a.Rows()
	out := make([]Pair, 0, len(rows)+1)
	byline := a.BylineSeg != nil && a.BylineSeg.Text != ""
	for _, r := range rows {
		if byline && r.Para != article.HeadlinePara {
			out = append(out, bylinePair(a))
			byline = false
		}
		pr := Pair{Source: article.JoinText(a.Source, r.Source), Target: article.JoinText(a.Target, r.Target),
			SourceLang: a.Src, TargetLang: a.Tgt, Exact: true, Byline: r.Para == article.BylinePara}
		for _, side := range []struct {
			segs      []article.Segment
			idx       []int
			line, col *int
		}{{a.Source, r.Source, &pr.SourceLine, &pr.SourceCol}, {a.Target, r.Target, &pr.TargetLine, &pr.TargetCol}} {
			if len(side.idx) == 0 {
				continue
			}
			p := side.segs[side.idx[0]].Pos
			*side.line, *side.col = p.Line, p.Column
			if pr.Unit == "" {
				pr.Unit = p.Unit
			}
			pr.Exact = pr.Exact && p.Verbatim && len(side.idx) == 1
		}
		out = append(out, pr)
	}
	if byline {
		out = append(out, bylinePair(a))
	}
	return out
}

// BylineSource reports whether a Korean text is a byline alone: a
// reporter's name of two to four syllables (or names joined by ·, after a
// place and =) and 기자 or 특파원, maybe an e-mail address after it, and
// nothing else ("이지은 기자", "워싱턴=김민수 특파원", "김민수·이지은 기자
// minsu@example.com"). A translation memory keeps the byline units that
// bitext import stores, and a TMX or TSV of them has no layout note: such
// a pair is checked as a byline too.
func BylineSource(s string) bool {
	// A byline has two or three fields: stop at a fourth rather than
	// split a whole segment (this runs for every pair).
	var buf [3]string
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n == len(buf) {
			return false
		}
		buf[n] = w
		n++
	}
	f := buf[:n]
	if n >= 3 && strings.Contains(f[n-1], "@") {
		f = f[:n-1]
	}
	if len(f) != 2 || f[1] != "기자" && f[1] != "특파원" {
		return false
	}
	name := f[0]
	if i := strings.LastIndex(name, "="); i >= 0 {
		name = name[i+1:]
	}
	for _, p := range strings.Split(name, "·") {
		n := 0
		for _, r := range p {
			if r < 0xAC00 || r > 0xD7A3 {
				return false
			}
			n++
		}
		if n < 2 || n > 4 {
			return false
		}
	}
	return true
}

// bylinePair is the byline pair of a pretranslated original (BylineSeg
// set).
func bylinePair(a *article.Article) Pair {
	p := a.BylineSeg.Pos
	return Pair{Source: a.BylineSeg.Text, Target: a.BylineTarget, SourceLang: a.Src, TargetLang: a.Tgt, Byline: true,
		Unit: p.Unit, SourceLine: p.Line, SourceCol: p.Column, TargetLine: p.Line, TargetCol: p.Column}
}

// docReader collects the rows of one article read back from an export:
// each row a source and a target segment (either may be missing), linked
// when both are there or the export says the row is a link.
type docReader struct {
	a *article.Article
}

func newDoc(name string, src, tgt language.Tag) *docReader {
	return &docReader{a: &article.Article{Name: name, Src: src, Tgt: tgt}}
}

// add appends one row; a side is added when its text is not empty or
// always is set (a unit's source). conf < 0: not a link unless both sides
// are there (confidence 0).
func (d *docReader) add(src, tgt *article.Segment, conf float64) {
	var l article.Link
	if src != nil {
		src.Index = len(d.a.Source)
		l.Source = []int{src.Index}
		d.a.Source = append(d.a.Source, *src)
	}
	if tgt != nil {
		tgt.Index = len(d.a.Target)
		l.Target = []int{tgt.Index}
		d.a.Target = append(d.a.Target, *tgt)
	}
	if src != nil && tgt != nil || conf >= 0 && (src != nil || tgt != nil) {
		l.Confidence = max(conf, 0)
		d.a.Links = append(d.a.Links, l)
	}
}

// runeCol is the column of byte offset off of line (1-based, code points).
func runeCol(line string, off int) int { return utf8.RuneCountInString(line[:off]) + 1 }
