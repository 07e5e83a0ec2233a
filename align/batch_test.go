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
		lex := LearnFromLinks(batch, links, nil, false)
		if got := lex != nil && len(lex.Translations("예산안")) > 0; got != c.learn {
			t.Errorf("links of confidence %.2f: learned 예산안 %v, want %v", c.conf, got, c.learn)
		}
	}
	// One-sided links are never learned from.
	links := [][]Link{{
		{Source: []int{0, 1, 2, 3}, Confidence: 1},
		{Target: []int{0, 1, 2, 3}, Confidence: 1},
	}}
	if lex := LearnFromLinks(batch, links, nil, false); lex != nil {
		t.Errorf("one-sided links taught %d stems", lex.Len())
	}
}

// TestLearnFromLinksSharedStems: with another lexicon (a TM's, or the
// core) the batch learns a stem only from the confident links of two
// documents or more, not a stem one document's links alone have (its own
// topic word); without one it learns both.
func TestLearnFromLinksSharedStems(t *testing.T) {
	doc := func(ko, en []string) Pair { return Pair{Source: ko, Target: en} }
	batch := []Pair{
		doc([]string{"정부는 예산안을 발표했다.", "정부는 예산안을 다시 발표했다."}, []string{"The government announced the budget.", "The government announced the budget again."}),
		doc([]string{"야당은 예산안을 비판했다."}, []string{"The opposition criticized the budget."}),
		doc([]string{"음성사서함 통지를 받았다.", "음성사서함이 가득 찼다.", "음성사서함을 확인했다."}, []string{"Voicemail notice came.", "The voicemail was full.", "She checked her voicemail."}),
	}
	links := make([][]Link, len(batch))
	for i, d := range batch {
		for j := range d.Source {
			links[i] = append(links[i], Link{Source: []int{j}, Target: []int{j}, Confidence: 1})
		}
	}
	base := LearnFromLinks([]Pair{doc([]string{"국회는 법안을 비판했다.", "국회는 법안을 논의했다."}, []string{"The assembly criticized the bill.", "The assembly discussed the bill."})}, [][]Link{{{Source: []int{0}, Target: []int{0}, Confidence: 1}, {Source: []int{1}, Target: []int{1}, Confidence: 1}}}, nil, false)
	if base == nil || len(base.Translations("국회")) == 0 {
		t.Fatal("the base lexicon learned nothing")
	}
	for _, c := range []struct {
		name   string
		base   bool
		core   bool
		single bool // the one document's stem 음성사서함 learned
	}{
		{"no other lexicon", false, false, true},
		{"the core", false, true, false},
		{"a TM's lexicon", true, false, false},
	} {
		var b = base
		if !c.base {
			b = nil
		}
		lex := LearnFromLinks(batch, links, b, c.core)
		if lex == nil || len(lex.Translations("예산안")) == 0 {
			t.Errorf("%s: 예산안, in two documents' links, not learned", c.name)
			continue
		}
		if got := len(lex.Translations("음성사서함")) > 0; got != c.single {
			t.Errorf("%s: 음성사서함, in one document's links, learned %v, want %v", c.name, got, c.single)
		}
		if c.base && len(lex.Translations("국회")) == 0 {
			t.Errorf("%s: the base's 국회 lost", c.name)
		}
	}
}
