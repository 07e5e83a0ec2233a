package align

import (
	"slices"
	"testing"
)

// TestBatchTrustedDocs (session 21, helper A47, issue #10): beside a TM's
// lexicon, a document whose first-pass links have a mean confidence below
// SecondPassBelow teaches the batch lexicon nothing, though some of its
// links pass BatchMinConfidence (사진 → photo, from four links of 0.75 beside
// one of 0.3); a trusted document teaches as before (외교관 → ambassador).
// Without a TM lexicon every document teaches.
func TestBatchTrustedDocs(t *testing.T) {
	var trusted, doubtful Pair
	var trustedLinks, doubtfulLinks []Link
	add := func(p *Pair, ls *[]Link, ko, en string, conf float64) {
		*ls = append(*ls, Link{Source: []int{len(p.Source)}, Target: []int{len(p.Target)}, Confidence: conf})
		p.Source = append(p.Source, ko)
		p.Target = append(p.Target, en)
	}
	for range 4 {
		add(&trusted, &trustedLinks, "외교관 회의", "ambassador meeting", 1)
		add(&trusted, &trustedLinks, "회의 선거", "meeting election", 1)
		add(&trusted, &trustedLinks, "외교관 선거", "ambassador election", 1)
	}
	for range 4 {
		add(&doubtful, &doubtfulLinks, "사진 유포", "photos circulated", 0.75)
	}
	add(&doubtful, &doubtfulLinks, "선거 결과", "The results came in late.", 0.3)
	if MeanConfidence(doubtfulLinks) >= SecondPassBelow || MeanConfidence(trustedLinks) < SecondPassBelow {
		t.Fatal("the documents' mean confidences are not as the test needs")
	}
	batch, all := []Pair{trusted, doubtful}, [][]Link{trustedLinks, doubtfulLinks}
	if got := LearnFromLinks(batch, all, nil).Translations("사진"); !slices.Contains(got, "photo") {
		t.Errorf("without a TM lexicon: Translations(사진) = %v, want photo", got)
	}
	base := budgetLexicon(t)
	got := LearnFromLinks(batch, all, base)
	if tr := got.Translations("사진"); slices.Contains(tr, "photo") {
		t.Errorf("beside a TM lexicon: Translations(사진) = %v, want no photo (a doubtful document taught it)", tr)
	}
	if tr := got.Translations("외교관"); !slices.Contains(tr, "ambassador") {
		t.Errorf("beside a TM lexicon: Translations(외교관) = %v, want ambassador", tr)
	}
}
