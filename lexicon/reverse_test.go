package lexicon

import (
	"slices"
	"testing"
)

// TestReverseDropsGarbage: a stem seen twice, in sentences whose English
// says nothing it could translate but a word that another stem translates
// in a hundred sentences, takes that word in p(e|k) (its only
// co-occurring word); the model trained the other way gives it almost
// nothing of p(k|e), and the translation is not kept (ReverseMinProb),
// while the frequent stem keeps it.
func TestReverseDropsGarbage(t *testing.T) {
	tr := NewTrainer()
	for i := 0; i < 50; i++ {
		tr.Add("곧 회의", "soon meeting")
		tr.Add("곧 선거", "soon election")
		tr.Add("회의 선거", "meeting election")
	}
	tr.Add("조국 곧", "soon")
	tr.Add("조국 곧", "soon")
	lex := tr.Train(DefaultIterations)
	if got := lex.Translations("곧"); len(got) == 0 || got[0] != "soon" {
		t.Errorf("Translations(곧) = %v, want soon first", got)
	}
	if got := lex.Translations("조국"); slices.Contains(got, "soon") {
		t.Errorf("Translations(조국) = %v, want no soon", got)
	}
}
