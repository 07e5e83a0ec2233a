package article

import "sort"

// Row is one row of the bilingual table: the segments of one link, or a
// segment in no link.
type Row struct {
	// Para is the paragraph of the row's first source segment, or of its
	// first target segment when it has none.
	Para   int
	Source []int // indices into Article.Source, ascending
	Target []int // indices into Article.Target, ascending
	// Linked reports whether the row comes from a link; Confidence is the
	// link's (0 when not linked).
	Linked     bool
	Confidence float64
}

// Type is the row's shape: "2-1" for two source segments and one target.
func (r Row) Type() string { return Link{Source: r.Source, Target: r.Target}.Type() }

// Rows returns the rows of a in reading order: rows with source segments
// (links and source segments in no link) in source order, and rows with
// target segments only placed before the first row whose target comes
// after theirs. Indices out of range are dropped, and a segment in several
// links is shown in the first.
func (a *Article) Rows() []Row {
	srcUsed := make([]bool, len(a.Source))
	tgtUsed := make([]bool, len(a.Target))
	var linked []Row
	for _, l := range a.Links {
		r := Row{Linked: true, Confidence: l.Confidence}
		for _, i := range l.Source {
			if i >= 0 && i < len(a.Source) && !srcUsed[i] {
				srcUsed[i] = true
				r.Source = append(r.Source, i)
			}
		}
		for _, i := range l.Target {
			if i >= 0 && i < len(a.Target) && !tgtUsed[i] {
				tgtUsed[i] = true
				r.Target = append(r.Target, i)
			}
		}
		if len(r.Source) == 0 && len(r.Target) == 0 {
			continue
		}
		sort.Ints(r.Source)
		sort.Ints(r.Target)
		linked = append(linked, r)
	}
	for i := range a.Source {
		if !srcUsed[i] {
			linked = append(linked, Row{Source: []int{i}})
		}
	}
	for i := range a.Target {
		if !tgtUsed[i] {
			linked = append(linked, Row{Target: []int{i}})
		}
	}
	var withSrc, tgtOnly []Row
	for _, r := range linked {
		if len(r.Source) > 0 {
			r.Para = a.Source[r.Source[0]].Para
			withSrc = append(withSrc, r)
		} else {
			r.Para = a.Target[r.Target[0]].Para
			tgtOnly = append(tgtOnly, r)
		}
	}
	sort.SliceStable(withSrc, func(i, j int) bool { return withSrc[i].Source[0] < withSrc[j].Source[0] })
	sort.SliceStable(tgtOnly, func(i, j int) bool { return tgtOnly[i].Target[0] < tgtOnly[j].Target[0] })
	out := make([]Row, 0, len(linked))
	for _, r := range withSrc {
		if len(r.Target) > 0 {
			for len(tgtOnly) > 0 && tgtOnly[0].Target[0] < r.Target[0] {
				out = append(out, tgtOnly[0])
				tgtOnly = tgtOnly[1:]
			}
		}
		out = append(out, r)
	}
	return append(out, tgtOnly...)
}

// LookupSide returns the side whose segments carry the row's TM matches
// and their indices: the source when the row has source segments, else
// the target.
func (a *Article) LookupSide(r Row) (side string, segs []Segment, idx []int) {
	if len(r.Source) > 0 {
		return SourceSide, a.Source, r.Source
	}
	return TargetSide, a.Target, r.Target
}

// RowMatch returns the match of a row: the weakest of the best matches of
// its lookup-side segments, and false when one of them has no match (the
// row is new).
func (a *Article) RowMatch(r Row) (Match, bool) {
	_, segs, idx := a.LookupSide(r)
	if len(idx) == 0 {
		return Match{}, false
	}
	var worst Match
	for i, j := range idx {
		m, ok := segs[j].Best()
		if !ok {
			return Match{}, false
		}
		if i == 0 || m.rank() < worst.rank() {
			worst = m
		}
	}
	return worst, true
}

// RowBand is the band of a row's match, BandNew without one.
func (a *Article) RowBand(r Row) Band {
	m, ok := a.RowMatch(r)
	if !ok {
		return BandNew
	}
	return m.Band()
}

// SegmentFindings returns the findings on segment seg of side.
func (a *Article) SegmentFindings(side string, seg int) []Finding {
	var out []Finding
	for _, f := range a.Findings {
		if f.Side == side && f.Seg == seg {
			out = append(out, f)
		}
	}
	return out
}

// ArticleFindings returns the findings about the whole article, or about
// a segment that does not exist.
func (a *Article) ArticleFindings() []Finding {
	var out []Finding
	for _, f := range a.Findings {
		n := len(a.Source)
		if f.Side == TargetSide {
			n = len(a.Target)
		}
		if f.Seg < 0 || f.Seg >= n || (f.Side != SourceSide && f.Side != TargetSide) {
			out = append(out, f)
		}
	}
	return out
}

// RowFindings returns the findings on the row's segments, source first.
func (a *Article) RowFindings(r Row) []Finding {
	var out []Finding
	for _, i := range r.Source {
		out = append(out, a.SegmentFindings(SourceSide, i)...)
	}
	for _, i := range r.Target {
		out = append(out, a.SegmentFindings(TargetSide, i)...)
	}
	return out
}
