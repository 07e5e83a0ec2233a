package align

import (
	"strings"
	"testing"
	"unicode"

	"bitext/lexicon"
)

// A member of a split that adds nothing to its sentence (session 25,
// helper A57; issue #10, the 0-1 bead; README: Measured, session 25,
// helper A57). An English line an editor adds to say who or what a name
// of the story is ("Liupanshui is a coal-mining city in the west of the
// province." after the sentence that names Liupanshui) is glued to that
// sentence's link as a split member. wAdded, 3 nats on each member of a
// split (1-2, 1-3) of one sentence that superfluous reads as adding
// nothing, gained on the editor-written dev files of two writers and
// changed no link of A16's devruns files, and lost on the held-out files
// of the edition generator and of the second held-out writer, so it was
// taken out (commit a86cf0b, taken out in the commit after it). Its
// reader stays here, with the statistics of align/addedline_dev_test.go.
const (
	addedKnown    = 2
	addedCover    = 0.75
	addedMinStems = 3
)

// lowerWord reports whether the English word w (after any opening
// quotation marks or parenthesis) is written in lower case.
func lowerWord(w string) bool {
	for _, r := range w {
		switch r {
		case '"', '\'', '“', '‘', '(':
			continue
		}
		return unicode.IsLower(r)
	}
	return false
}

// lowerIDs returns the sorted lexicon ids of the words of the English
// sentence s written in lower case: its known words other than names.
func lowerIDs(lx *lexicon.Lexicon, s string) []int32 {
	var out []int32
	for w := range strings.FieldsSeq(s) {
		if lowerWord(w) {
			out = append(out, lx.EnglishIDs(w)...)
		}
	}
	return unionIDs([][]int32{out})
}

// superfluous reports whether en[k], an English member of a split of the
// Korean segment ko into en whose lower-case words have the lexicon ids
// low (lowerIDs), adds nothing to it: it names someone or something ko
// names (nameShared), has addedKnown or more such ids, translates by them
// none of ko's known stems that no other member translates (a stem of its
// own; the name it shares is not one), and the other members translate
// addedCover or more of ko's known stems, of which there are
// addedMinStems or more.
func superfluous(ko *feature, en []feature, k int, low []int32) bool {
	if len(low) < addedKnown || len(ko.lexK) < addedMinStems || !nameShared(&en[k], ko) {
		return false
	}
	others := 0
	for s, ids := range ko.lexK {
		theirs := false
		for o := range en {
			if o != k && ko.lexKBloom[s]&en[o].lexBloom != 0 && anyShared(ids, en[o].lexAll) {
				theirs = true
				break
			}
		}
		if theirs {
			others++
		} else if anyShared(ids, low) {
			return false // a stem of its own
		}
	}
	return float64(others) >= addedCover*float64(len(ko.lexK))
}

// TestSuperfluous checks the conditions of superfluous on features with
// lexicon ids: a split member that names what the Korean sentence names,
// knows two lower-case words and translates no stem of its own, beside a
// member that translates three of the sentence's four stems, adds
// nothing; a member with a stem of its own, without the shared name,
// with one known word, beside a member that says too little, or of a
// sentence with too few known stems adds something.
func TestSuperfluous(t *testing.T) {
	ko := koLex(1, 2, 3, 4)
	ko.names = []uint64{7}
	first := enLex(1, 2, 3)
	added := func(ids ...int32) feature {
		f := enLex(ids...)
		f.names = []uint64{7}
		return f
	}
	two := func() feature { f := koLex(1, 2); f.names = []uint64{7}; return f }()
	for _, c := range []struct {
		name string
		ko   feature
		en   []feature
		k    int     // the member asked about
		low  []int32 // its lower-case words' ids
		want bool
	}{
		{"a line that only names", ko, []feature{first, added(50, 60)}, 1, []int32{50, 60}, true},
		{"first in the split", ko, []feature{added(50, 60), first}, 0, []int32{50, 60}, true},
		{"a stem of its own", ko, []feature{first, added(4, 50)}, 1, []int32{4, 50}, false},
		{"a stem the other member says too", ko, []feature{first, added(3, 50)}, 1, []int32{3, 50}, true},
		{"its own stem by a name", ko, []feature{first, added(4, 50, 60)}, 1, []int32{50, 60}, true},
		{"no shared name", ko, []feature{first, enLex(50, 60)}, 1, []int32{50, 60}, false},
		{"one known word", ko, []feature{first, added(50)}, 1, []int32{50}, false},
		{"the other member says half", ko, []feature{enLex(1, 2), added(50, 60)}, 1, []int32{50, 60}, false},
		{"a sentence of two known stems", two, []feature{enLex(1, 2), added(50, 60)}, 1, []int32{50, 60}, false},
	} {
		if got := superfluous(&c.ko, c.en, c.k, c.low); got != c.want {
			t.Errorf("%s: superfluous = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestLowerIDs: the lower-case words' ids, after an opening quotation
// mark too, and none of a capitalized word.
func TestLowerIDs(t *testing.T) {
	lx := lexicon.WithCore(nil)
	a := lowerIDs(lx, "Mayor Smith said the “city budget” would rise.")
	b := lowerIDs(lx, "The city budget would rise, Smith said.")
	if len(a) == 0 || !slicesEqual(a, b) {
		t.Errorf("lowerIDs = %v and %v, want the same ids, not none", a, b)
	}
	if got := lowerIDs(lx, "Mayor Budget City"); len(got) != 0 {
		t.Errorf("lowerIDs of capitalized words = %v, want none", got)
	}
}

func slicesEqual(a, b []int32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
