package align

import (
	"testing"
)

// TestLearnFromLinksThreshold: the batch learns from links of confidence
// 0.7 or more (BatchMinConfidence, lowered from 0.8 in session 10) that have
// both sides, and not from weaker links or links with one side.
func TestLearnFromLinksThreshold(t *testing.T) {
	batch := []Pair{{
		Source: []string{"정부는 예산안을 발표했다.", "국회는 법안을 비판했다.", "정부는 예산안을 발표했다.", "국회는 법안을 비판했다."},
		Target: []string{"The government announced the budget.", "The assembly criticized the bill.", "The government announced the budget.", "The assembly criticized the bill."},
	}}
	for _, c := range []struct {
		conf  float64
		learn bool
	}{{0.75, true}, {0.7, true}, {0.69, false}, {0.5, false}} {
		links := [][]Link{{
			{Source: []int{0}, Target: []int{0}, Confidence: c.conf},
			{Source: []int{1}, Target: []int{1}, Confidence: c.conf},
			{Source: []int{2}, Target: []int{2}, Confidence: c.conf},
			{Source: []int{3}, Target: []int{3}, Confidence: c.conf},
		}}
		lex := LearnFromLinks(batch, links, nil)
		if got := lex != nil && len(lex.Translations("예산안")) > 0; got != c.learn {
			t.Errorf("links of confidence %.2f: learned 예산안 %v, want %v", c.conf, got, c.learn)
		}
	}
	// One-sided links are never learned from.
	links := [][]Link{{
		{Source: []int{0, 1, 2, 3}, Confidence: 1},
		{Target: []int{0, 1, 2, 3}, Confidence: 1},
	}}
	if lex := LearnFromLinks(batch, links, nil); lex != nil {
		t.Errorf("one-sided links taught %d stems", lex.Len())
	}
}
