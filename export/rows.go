package export

import (
	"strconv"
	"strings"
)

// joinText joins the texts of the segments idx of segs with a space.
func joinText(segs []Segment, idx []int) string {
	switch len(idx) {
	case 0:
		return ""
	case 1:
		return segs[idx[0]].Text
	}
	var b strings.Builder
	for i, j := range idx {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(segs[j].Text)
	}
	return b.String()
}

// lookupSide returns the side whose segments carry the row's TM matches:
// the source when the row has source segments, else the target.
func (d *Doc) lookupSide(r Row) (Side, []Segment, []int) {
	if len(r.Source) > 0 {
		return SourceSide, d.Source, r.Source
	}
	return TargetSide, d.Target, r.Target
}

// rowMatch returns the match of a row: the weakest of the best matches of
// its lookup-side segments, and false when one of them has no match (the
// row is new).
func (d *Doc) rowMatch(r Row) (Match, bool) {
	_, segs, idx := d.lookupSide(r)
	if len(idx) == 0 {
		return Match{}, false
	}
	var worst Match
	for i, j := range idx {
		m, ok := segs[j].Best()
		if !ok {
			return Match{}, false
		}
		if i == 0 || rank(m) < rank(worst) {
			worst = m
		}
	}
	return worst, true
}

// rowBand is the band of a row's match, BandNew without one.
func (d *Doc) rowBand(r Row) Band {
	m, ok := d.rowMatch(r)
	if !ok {
		return BandNew
	}
	return m.Band()
}

// segFindings returns the findings on segment seg of side.
func (d *Doc) segFindings(side Side, seg int) []Finding {
	var out []Finding
	for _, f := range d.Findings {
		if f.Side == side && f.Seg == seg {
			out = append(out, f)
		}
	}
	return out
}

// docFindings returns the findings about the whole article, or about a
// segment that does not exist.
func (d *Doc) docFindings() []Finding {
	var out []Finding
	for _, f := range d.Findings {
		n := len(d.Source)
		if f.Side == TargetSide {
			n = len(d.Target)
		}
		if f.Seg < 0 || f.Seg >= n || (f.Side != SourceSide && f.Side != TargetSide) {
			out = append(out, f)
		}
	}
	return out
}

// rowFindings returns the findings on the row's segments, source first.
func (d *Doc) rowFindings(r Row) []Finding {
	var out []Finding
	for _, i := range r.Source {
		out = append(out, d.segFindings(SourceSide, i)...)
	}
	for _, i := range r.Target {
		out = append(out, d.segFindings(TargetSide, i)...)
	}
	return out
}

// validSpan reports whether start:end is a span of text on byte offsets
// that a slice can use.
func validSpan(text string, start, end int) bool {
	return 0 <= start && start < end && end <= len(text)
}

func formatConfidence(c float64) string {
	return strconv.FormatFloat(c, 'f', 2, 64)
}

func langString(d *Doc, side Side) string {
	t := d.SourceLang
	if side == TargetSide {
		t = d.TargetLang
	}
	if t.IsRoot() {
		return ""
	}
	return t.String()
}
