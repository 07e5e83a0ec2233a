package align

import (
	"slices"
	"testing"

	"bitext/lexicon"
)

// TestBatchReverseAlone (session 21, helper A45): a batch lexicon learned
// without a TM lexicon beside it keeps a translation the reverse model gives
// between BatchReverseMinProb and lexicon.ReverseMinProb (대사, seen in 4
// links, → ambassador, which 외교관 explains in 16 others); beside a TM's
// lexicon the batch keeps the TM's threshold and drops it.
func TestBatchReverseAlone(t *testing.T) {
	var p Pair
	add := func(ko, en string, n int) {
		for range n {
			p.Source = append(p.Source, ko)
			p.Target = append(p.Target, en)
		}
	}
	for range 8 {
		add("외교관 회의", "ambassador meeting", 1)
		add("회의 선거", "meeting election", 1)
		add("외교관 선거", "ambassador election", 1)
	}
	add("대사 면담", "ambassador talks", 4)
	var links []Link
	for i := range p.Source {
		links = append(links, Link{Source: []int{i}, Target: []int{i}, Confidence: 1})
	}
	batch, all := []Pair{p}, [][]Link{links}
	if got := LearnFromLinks(batch, all, nil).Translations("대사"); !slices.Contains(got, "ambassador") {
		t.Errorf("without a TM lexicon: Translations(대사) = %v, want ambassador", got)
	}
	base := budgetLexicon(t)
	got := LearnFromLinks(batch, all, base)
	if tr := got.Translations("대사"); slices.Contains(tr, "ambassador") {
		t.Errorf("beside a TM lexicon: Translations(대사) = %v, want no ambassador", tr)
	}
	if tr := got.Translations("예산안"); len(tr) == 0 {
		t.Errorf("beside a TM lexicon: the TM's 예산안 lost")
	}
}

// budgetLexicon is a TM's lexicon of one pair said twice (the government
// announced the budget), for the tests of the batch lexicon beside a TM's.
func budgetLexicon(t *testing.T) *lexicon.Lexicon {
	t.Helper()
	tr := lexicon.NewTrainer()
	tr.Add("정부는 예산안을 발표했다.", "The government announced the budget.")
	tr.Add("정부는 예산안을 발표했다.", "The government announced the budget.")
	base := tr.Train(lexicon.DefaultIterations)
	if base.Len() == 0 {
		t.Fatal("the TM lexicon learned nothing")
	}
	return base
}
