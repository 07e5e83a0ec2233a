package export

import "bitext/align"

// NewAlignment is the alignment of two sides read by align.ReadSide and
// the links between them; name is the source file's.
func NewAlignment(name string, src, tgt *align.Side, links []align.Link) *Alignment {
	a := &Alignment{Name: name, Source: src.Segs, Target: tgt.Segs, SourceLang: src.Lang, TargetLang: tgt.Lang,
		SourceParas: src.Paras, TargetParas: tgt.Paras}
	for _, l := range links {
		a.Links = append(a.Links, AlignmentLink(l))
	}
	return a
}
