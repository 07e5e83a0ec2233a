package align

import (
	"testing"

	"golang.org/x/text/language"
)

// TestLexRepeat: in a link of two or more English lines, a line's word
// whose lexicon id the lines before it already have as often as the
// Korean stems have it (a repeat of their translation) gains nothing,
// neither hit nor miss (lexRepeats); a Korean side that has the word
// twice, the first line, one line alone and a word repeated within a line
// score as before. The same from the lattice's numbering
// (lexCountsLocal).
func TestLexRepeat(t *testing.T) {
	ko := func(stems ...[]int32) feature {
		return feature{lexK: stems, lexAll: unionIDs(stems)}
	}
	en := func(ids ...int32) feature {
		return feature{english: true, lexAll: ids}
	}
	for _, c := range []struct {
		name string
		ko   []feature
		en   []feature
		hit  int // the hits lexScore counts
		miss int
	}{
		{"one line", []feature{ko([]int32{1}, []int32{2})}, []feature{en(1, 2)}, 4, 0},
		{"a repeat alone", []feature{ko([]int32{1}, []int32{2})}, []feature{en(1, 2), en(1)}, 4, 0},
		{"a repeat first", []feature{ko([]int32{1}, []int32{2})}, []feature{en(1), en(1, 2)}, 4, 0},
		{"a repeat and a word the Korean lacks", []feature{ko([]int32{1}, []int32{2})}, []feature{en(1, 2), en(1, 9)}, 4, 1},
		{"the Korean has it twice", []feature{ko([]int32{1}, []int32{1}, []int32{2})}, []feature{en(1, 2), en(1)}, 6, 0},
		{"two Korean sentences have it", []feature{ko([]int32{1}, []int32{2}), ko([]int32{1})}, []feature{en(1, 2), en(1)}, 6, 0},
		{"a word of its own too", []feature{ko([]int32{1}, []int32{2}, []int32{3})}, []feature{en(1, 2), en(1, 3)}, 6, 0},
		{"lines that only repeat one another", []feature{ko([]int32{1})}, []feature{en(1), en(1)}, 2, 0},
		{"a third line", []feature{ko([]int32{1}, []int32{2})}, []feature{en(1), en(2), en(1, 2)}, 4, 0},
		{"a word repeated within one line", []feature{ko([]int32{1}, []int32{2})}, []feature{en(1, 1), en(2)}, 5, 0},
	} {
		for i := range c.ko {
			c.ko[i].setLexBlooms()
		}
		for i := range c.en {
			c.en[i].setLexBlooms()
		}
		want := wLexHit*float64(c.hit) - wLexMiss*float64(c.miss)
		if got := lexScore(c.ko, c.en, 0); !near(got, want) {
			t.Errorf("%s: lexScore = %v, want %v", c.name, got, want)
		}
		ko, en := append([]feature(nil), c.ko...), append([]feature(nil), c.en...)
		setLexLocal(ko, en)
		if got := lexScore(ko, en, 0); !near(got, want) {
			t.Errorf("%s: lexScore from the numbering = %v, want %v", c.name, got, want)
		}
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

// TestLexRepeatDescription: bbc.381735 of the development part with
// helper E1's line: "The prison is near Evesham." after the translation
// of the sentence on the prison gains nothing from the lexicon for
// saying "prison" again, so the split scores in the lexicon as the
// translation alone less the line's words the Korean does not translate.
func TestLexRepeatDescription(t *testing.T) {
	opts := Options{CoreLexicon: true}
	opts.Lexicon = opts.lexicon()
	ko := features([]string{"여섯 명의 교도관들이 엄중한 감시를 받는 남자 교도소에서 발생한 소란에서 부상을 입었다고 교정청이 말했습니다."}, language.Korean, opts)
	en := features([]string{"Six prison officers have been injured in a disturbance at a high security men's jail, the Prison Office has said.", "The prison is near Evesham."}, language.English, opts)
	one := lexScore(ko, en[:1], 0)
	hit := 0
	for _, id := range en[1].lexAll {
		if containsID(ko[0].lexAll, id) {
			hit++
		}
	}
	if hit == 0 {
		t.Fatalf("the second line's word not known: lexScore of the translation %v", one)
	}
	want := one - wLexMiss*float64(len(en[1].lexAll)-hit)
	if got := lexScore(ko, en, 0); !near(got, want) {
		t.Errorf("split with the description line: lexScore = %v, want the translation's %v and the line's misses, %v", got, one, want)
	}
}
