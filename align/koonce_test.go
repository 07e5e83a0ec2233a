package align

import (
	"testing"

	"golang.org/x/text/language"
)

// TestKoLexRepeat: in a link of two or more Korean sentences (a merge),
// a stem of a sentence past the first whose translations the English
// has only as often as the sentences before it have them (a repeat)
// gains nothing, neither hit nor miss (koLexRepeats); an English side
// that says the word twice, a stem with a translation of its own, the
// first sentence, one sentence alone and a stem repeated within one
// sentence score as before. The same from the lattice's numbering
// (lexCountsLocal).
func TestKoLexRepeat(t *testing.T) {
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
		{"one sentence", []feature{ko([]int32{1}, []int32{2})}, []feature{en(1, 2)}, 4, 0},
		{"a repeat alone", []feature{ko([]int32{1}, []int32{2}), ko([]int32{1})}, []feature{en(1, 2)}, 4, 0},
		{"a repeat in the first sentence's place", []feature{ko([]int32{1}), ko([]int32{1}, []int32{2})}, []feature{en(1, 2)}, 4, 0},
		{"a repeat and a stem the English lacks", []feature{ko([]int32{1}), ko([]int32{1}, []int32{9})}, []feature{en(1)}, 2, 1},
		{"the English says it twice", []feature{ko([]int32{1}, []int32{2}), ko([]int32{1})}, []feature{en(1, 1, 2)}, 6, 0},
		{"two English lines say it", []feature{ko([]int32{1}), ko([]int32{1})}, []feature{en(1), en(1)}, 4, 0},
		{"a translation of its own", []feature{ko([]int32{1}), ko([]int32{1, 3})}, []feature{en(1, 3)}, 4, 0},
		{"a third sentence", []feature{ko([]int32{1}), ko([]int32{2}), ko([]int32{1}, []int32{2})}, []feature{en(1, 2)}, 4, 0},
		{"a stem repeated within one sentence", []feature{ko([]int32{1}, []int32{1})}, []feature{en(1)}, 3, 0},
		{"a stem the English lacks, twice", []feature{ko([]int32{1}, []int32{9}), ko([]int32{9})}, []feature{en(1)}, 2, 2},
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

// TestKoLexRepeatDescription: kpc-dev.008 of the development part: the
// dropped sentence 그리스 당국은 강풍 때문에 … says 당국 again, which the
// one English sentence ("Authorities said the evacuation …") says once
// for the sentence before it; swallowed into a merge, the dropped
// sentence gains nothing for it, only for its own 화재 ("fires").
func TestKoLexRepeatDescription(t *testing.T) {
	opts := Options{CoreLexicon: true}
	opts.Lexicon = opts.lexicon()
	ko := features([]string{"그리스 당국은 관광객 대피는 사상자가 발생하는 불상사를 막기 위한 조치였다고 설명했다.", "그리스 당국은 강풍 때문에 화재가 빠르게 확산되자 지난주 초 로도스섬에 비상사태를 선포했다."}, language.Korean, opts)
	en := features([]string{"Authorities said the evacuation was a precaution as fires raged for a fourth day, scorching at least 7,400 acres of lush pine forest on one of the country's most idyllic islands."}, language.English, opts)
	if n := koLexRepeats(ko, en); n != 1 {
		t.Fatalf("koLexRepeats = %d, want 1 (당국)", n)
	}
	hit, miss, _ := lexCounts(ko, en, 0)
	want := wLexHit*float64(hit-1) - wLexMiss*float64(miss)
	if got := lexScore(ko, en, 0); !near(got, want) {
		t.Errorf("merge: lexScore = %v, want %v (the hits less the repeat)", got, want)
	}
}

// TestLatinRepeat: a Latin token of a Korean sentence past the first of
// a merge that no English key is left to match, and that a sentence
// before it has too, counts neither as a match nor as a miss
// (latinRepeat: one miss for a token the English lacks, said in two
// sentences); repeated within one sentence, said twice in the English or
// in the second sentence only, it counts as before, whichever side is
// the source.
func TestLatinRepeat(t *testing.T) {
	cnn, bbc := hashKey(kindLatin, "cnn"), hashKey(kindLatin, "bbc")
	ko := func(keys ...uint64) feature { return feature{keys: keys} }
	en := func(keys ...uint64) feature { return feature{english: true, keys: keys, words: keys} }
	for _, c := range []struct {
		name string
		ko   []feature
		en   []feature
		want float64
	}{
		{"one sentence", []feature{ko(cnn)}, []feature{en(cnn)}, wLatinMatch},
		{"twice in one sentence", []feature{ko(cnn, cnn)}, []feature{en(cnn)}, 2 * wLatinMatch},
		{"a repeat", []feature{ko(cnn), ko(cnn)}, []feature{en(cnn)}, wLatinMatch},
		{"a repeat the English lacks misses once", []feature{ko(bbc), ko(bbc)}, []feature{en()}, -wLatinMiss},
		{"the English says it twice", []feature{ko(cnn), ko(cnn)}, []feature{en(cnn, cnn)}, 2 * wLatinMatch},
		{"the second sentence only", []feature{ko(), ko(cnn)}, []feature{en(cnn)}, wLatinMatch},
		{"a token of its own", []feature{ko(cnn), ko(bbc)}, []feature{en(cnn)}, wLatinMatch - wLatinMiss},
	} {
		for i := range c.ko {
			c.ko[i].setLexBlooms()
		}
		if got := anchorScore(c.ko, c.en, 0); !near(got, c.want) {
			t.Errorf("%s: anchorScore(ko, en) = %v, want %v", c.name, got, c.want)
		}
		if got := anchorScore(c.en, c.ko, 0); !near(got, c.want) {
			t.Errorf("%s: anchorScore(en, ko) = %v, want %v", c.name, got, c.want)
		}
	}
}
