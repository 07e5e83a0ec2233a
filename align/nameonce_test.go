package align

import (
	"testing"

	"golang.org/x/text/language"
)

// TestNameScoreRepeat: in a link of two or more English members, a
// member's name that the members before it have already matched as
// often as the Korean side says it (a repeat) gains nothing unless the
// member matches a name of its own too (repeatedKey); a Korean side that
// says the name twice, a member with another name of the sentence, and
// the first member gain as before. The same from the lattice's numbering
// (nameScoreLocal).
func TestNameScoreRepeat(t *testing.T) {
	w := nameWeight(4)
	en := func(names ...uint64) feature {
		f := feature{english: true}
		for _, k := range names {
			f.names = append(f.names, k)
			f.nameW = append(f.nameW, w)
		}
		return f
	}
	for _, c := range []struct {
		name string
		ko   []feature
		en   []feature
		want float64
	}{
		{"one line", []feature{{names: []uint64{1}}}, []feature{en(1)}, w},
		{"a repeat alone", []feature{{names: []uint64{1}}}, []feature{en(1), en(1)}, w},
		{"a repeat alone, third member", []feature{{names: []uint64{1}}}, []feature{en(1), en(3), en(1)}, w - wNameMiss},
		{"a repeat with a name of its own", []feature{{names: []uint64{1, 2}}}, []feature{en(1), en(1, 2)}, 3 * w},
		{"the Korean names it twice", []feature{{names: []uint64{1, 1}}}, []feature{en(1), en(1)}, 2 * w},
		{"two Korean sentences name it", []feature{{names: []uint64{1}}, {names: []uint64{1}}}, []feature{en(1), en(1)}, 2 * w},
		{"a repeat of a romanization key", []feature{{roman: []uint64{5}}}, []feature{{english: true, roman: []uint64{5}}, {english: true, roman: []uint64{5}}}, wRoman},
		{"a repeat of the romanization key, a name of its own", []feature{{roman: []uint64{5}, names: []uint64{2}}}, []feature{{english: true, roman: []uint64{5}}, {english: true, roman: []uint64{5}, names: []uint64{2}, nameW: []float64{w}}}, 2*wRoman + w},
	} {
		if got := nameScoreLists(c.en, c.ko); got != c.want {
			t.Errorf("%s: nameScoreLists = %v, want %v", c.name, got, c.want)
		}
		ko, en := append([]feature(nil), c.ko...), append([]feature(nil), c.en...)
		for i := range ko {
			ko[i].loc = new(numbered)
		}
		for i := range en {
			en[i].loc = new(numbered)
		}
		setNameLocal(ko, en)
		if got, ok := nameScoreLocal(en, ko); !ok || got != c.want {
			t.Errorf("%s: nameScoreLocal = %v (%v), want %v", c.name, got, ok, c.want)
		}
	}
}

// TestNameScoreDescription: kpc-dev.014 of the development part with
// helper E1's line: "Ma'ariv is one of Israel's largest daily
// newspapers." after the translation of 마리브는 … 밝혔다. gains nothing
// for naming Ma'ariv again, so the split of the sentence into the two
// lines scores as the translation alone.
func TestNameScoreDescription(t *testing.T) {
	ko := features([]string{"마리브는 한 신학교 학생이 오바마의 기도노트를 신문사로 보냈다고 밝혔다."}, language.Korean, Options{})
	en := features([]string{"Ma'ariv said a seminary student gave the note to the newspaper.", "Ma'ariv is one of Israel's largest daily newspapers."}, language.English, Options{})
	one := nameScore(en[:1], ko)
	if one <= 0 {
		t.Fatalf("the translation's name not found: %v", one)
	}
	if got := nameScore(en, ko); got != one {
		t.Errorf("split with the description line: nameScore = %v, want the translation's %v", got, one)
	}
}
