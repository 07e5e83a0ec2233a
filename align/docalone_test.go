package align

import (
	"slices"
	"testing"
)

func TestDocAlone(t *testing.T) {
	for _, c := range []struct {
		name      string
		fs, other []feature
		want      []bool
	}{
		{"Korean, no translation anywhere",
			[]feature{koLex(1, 2, 3), koLex(40, 50, 60)}, []feature{enLex(1, 2), enLex(3, 9)},
			[]bool{false, true}},
		{"Korean, one translation in another sentence",
			[]feature{koLex(1, 2, 3), koLex(40, 50, 9)}, []feature{enLex(1, 2), enLex(3, 9)},
			[]bool{false, false}},
		{"Korean, too few known words to tell",
			[]feature{koLex(40, 50), {}}, []feature{enLex(1, 2, 3)},
			[]bool{false, false}},
		{"English, a line the Korean does not say",
			[]feature{enLex(1, 2, 3), enLex(70, 80, 90, 91)}, []feature{koLex(1, 2), koLex(3, 4)},
			[]bool{false, true}},
		{"English, a name of the document's",
			[]feature{enLex(70, 80, 4)}, []feature{koLex(1, 2), koLex(3, 4)},
			[]bool{false}},
		{"no other side", []feature{koLex(1, 2, 3)}, nil, []bool{true}},
	} {
		if got := docAlone(c.fs, c.other); !slices.Equal(got, c.want) {
			t.Errorf("%s: docAlone = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestDocAloneCost: a segment none of whose words the other side says
// costs alone×wDocAlone less left unlinked, and only then; links with
// both sides cost the same.
func TestDocAloneCost(t *testing.T) {
	ko := []feature{koLex(1, 2, 3, 4), koLex(40, 50, 60)}
	en := []feature{enLex(1, 2, 3, 4), enLex(70, 80, 90)}
	for i := range ko {
		ko[i].len, en[i].len = 40, 40
	}
	l := newLattice(ko, en)
	a := l.alone
	if a <= 0 {
		t.Fatalf("alone = %v, want more than 0 (4 of 7 stems translated)", a)
	}
	b10, b01, b11 := beads[1], beads[2], beads[0]
	if got, want := l.cost(1, 0, b10), b10.cost+nullLen; got != want {
		t.Errorf("1-0 of a translated sentence costs %v, want %v", got, want)
	}
	if got, want := l.cost(2, 0, b10), b10.cost+nullLen-a*wDocAlone; got != want {
		t.Errorf("1-0 of an unsaid sentence costs %v, want %v", got, want)
	}
	if got, want := l.cost(0, 2, b01), b01.cost+nullLen-a*wDocAlone; got != want {
		t.Errorf("0-1 of an unsaid line costs %v, want %v", got, want)
	}
	plain := &lattice{src: l.src, tgt: l.tgt, cs: l.cs, ct: l.ct, alone: l.alone}
	if got, want := l.cost(2, 2, b11), plain.cost(2, 2, b11); got != want {
		t.Errorf("1-1 costs %v, want %v as without the marks", got, want)
	}
}
