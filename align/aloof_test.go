package align

import (
	"math"
	"testing"
)

// aloofDoc is a document whose lexicon knows it well: four Korean
// sentences, the third dropped by the edition, and four English lines, the
// third added. The translated sentences say 30 known words each (ids from
// 100, 200, 300), the dropped one nine (40–48), which no English line
// says; the added line's known words (70 and up) no Korean sentence says.
func aloofDoc(added feature) (ko, en []feature) {
	run := func(a, n int) []int32 {
		var ids []int32
		for k := 0; k < n; k++ {
			ids = append(ids, int32(a+k))
		}
		return ids
	}
	ko = []feature{koLex(run(100, 30)...), koLex(run(200, 30)...), koLex(run(40, 9)...), koLex(run(300, 30)...)}
	en = []feature{enLex(run(100, 30)...), enLex(run(200, 30)...), added, enLex(run(300, 30)...)}
	for i := range ko {
		ko[i].len = 60
		en[i].len = 60
	}
	return ko, en
}

func beadOf(s, t int) bead {
	for _, b := range beads {
		if b.s == s && b.t == t {
			return b
		}
	}
	panic("no such bead")
}

// TestAloofCost: an English line none of whose known words a Korean
// sentence near the link translates costs wAloof (scaled by the
// document's coverage) in a 1-1 link and as a split's second member, and
// nothing left alone; a line that shares a word with a Korean sentence
// within aloofWindow, has too few known words, or opens a split's second
// member with a continuation, costs nothing more.
func TestAloofCost(t *testing.T) {
	if wAloof <= 0 || aloofKnown > 4 {
		t.Fatal("the test expects wAloof > 0 and aloofKnown <= 4")
	}
	alone := enLex(70, 71, 72, 73)
	plain := func(f feature) float64 {
		// The same document with the rule's index taken away.
		ko, en := aloofDoc(f)
		l := newLattice(ko, en)
		l.aloofEn = nil
		return l.cost(3, 3, beadOf(1, 1))
	}
	ko, en := aloofDoc(alone)
	l := newLattice(ko, en)
	if l.alone <= 0 {
		t.Fatalf("coverage scale %v, want > 0", l.alone)
	}
	want := wAloof * l.alone
	if d := l.cost(3, 3, beadOf(1, 1)) - plain(alone); math.Abs(d-want) > 1e-9 {
		t.Errorf("1-1 with the added line: cost difference %.3f, want %.3f", d, want)
	}
	if c := l.aloofCost(2, 3, 2, 3); math.Abs(c-want) > 1e-9 {
		t.Errorf("aloofCost of the 1-1 %.3f, want %.3f", c, want)
	}
	if c := l.aloofCost(1, 2, 1, 3); math.Abs(c-want) > 1e-9 {
		t.Errorf("aloofCost of the added line glued to a split %.3f, want %.3f", c, want)
	}
	if c := l.cost(2, 3, beadOf(0, 1)); c != newLatticeNoAloof(ko, en).cost(2, 3, beadOf(0, 1)) {
		t.Errorf("0-1 cost changed by the rule")
	}
	for name, f := range map[string]feature{
		"a word of the dropped sentence":           enLex(40, 71, 72, 73),
		"a word of the sentence two before":        enLex(100, 71, 72, 73),
		"three known words":                        enLex(70, 71, 72),
		"the translation of the sentence after it": enLex(300, 301, 302, 303),
	} {
		ko, en := aloofDoc(f)
		if c := newLattice(ko, en).aloofCost(2, 3, 2, 3); c != 0 {
			t.Errorf("%s: aloofCost %.3f, want 0", name, c)
		}
	}
	// Beyond the window the Korean sentences do not count.
	far := enLex(70, 71, 72, 73)
	ko, en = aloofDoc(far)
	ko = append(ko, koLex(400, 401, 402, 70), koLex(500, 501, 502))
	en = append(en, enLex(400, 401, 402), enLex(500, 501, 502))
	for i := range ko {
		ko[i].len, en[i].len = 60, 60
	}
	if c := newLattice(ko, en).aloofCost(1, 2, 2, 3); c == 0 {
		t.Error("a word said four sentences away kept the line from being charged")
	}
	// A continuation past a split's first member is not charged.
	cont := enLex(70, 71, 72, 73)
	cont.cont = true
	ko, en = aloofDoc(cont)
	if c := newLattice(ko, en).aloofCost(1, 2, 1, 3); c != 0 {
		t.Errorf("a continuation as a split's second member: aloofCost %.3f, want 0", c)
	}
	// Without a lexicon that knows the document, nothing is charged.
	ko, en = aloofDoc(alone)
	ko[0] = koLex(91, 92, 93, 94, 95, 96)
	ko[1] = koLex(81, 82, 83, 84, 85, 86)
	ko[3] = koLex(61, 62, 63, 64, 65, 66)
	if l := newLattice(ko, en); l.alone != 0 || l.aloofCost(2, 3, 2, 3) != 0 {
		t.Errorf("coverage scale %v, aloofCost %v: want 0 and 0", l.alone, l.aloofCost(2, 3, 2, 3))
	}
}

func newLatticeNoAloof(ko, en []feature) *lattice {
	l := newLattice(ko, en)
	l.aloofEn = nil
	return l
}

// TestAloofDrop: the dropped Korean sentence and the added English line
// have nothing in common; by lengths they make a 1-1 link, and the rule
// leaves both unlinked.
func TestAloofDrop(t *testing.T) {
	ko, en := aloofDoc(enLex(70, 71, 72, 73, 74, 75, 76, 77, 78))
	want := "[0]-[0] [1]-[1] []-[2] [2]-[] [3]-[3] "
	ls, _ := links(alignFeatures(ko, en), 0, 0, 1, calibrationKnots)
	if got := linkString(ls); got != want {
		t.Errorf("links %s, want %s", got, want)
	}
}
