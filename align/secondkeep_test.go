package align

import (
	"reflect"
	"strings"
	"testing"

	"bitext/lexicon"
)

// villageKo and villageEn are the document of the second pass's keep
// tests: five Korean sentences, the second of which the edition drops.
var (
	villageKo = []string{
		"그는 오랫동안 바닷가 마을에서 살았다.",
		"그곳의 겨울은 길고 바람이 거셌다.",
		"마을 사람들은 대부분 고기잡이로 생계를 이었다.",
		"그는 어릴 때부터 배를 타고 바다에 나갔다.",
		"그의 아버지도 평생 어부로 일했다.",
	}
	villageEn = []string{
		"He lived for a long time in a seaside village.",
		"Most of the villagers made their living by fishing.",
		"He went out to sea on boats from an early age.",
		"His father also worked as a fisherman all his life.",
	}
)

// TestSecondPassKeptOnlyWhenBetter: a document aligned with the core
// lexicon is unconfident, and the batch's lexicon pairs its dropped
// sentence's topic words (겨울, 바람) with words of the next sentence's
// English, as a batch's own confident links can teach. The second pass
// then links the dropped sentence and drops the next one; the first
// pass's costs hold more against that path than the batch's lexicon
// gains, so the document keeps its first links (secondBetter).
func TestSecondPassKeptOnlyWhenBetter(t *testing.T) {
	src, tgt := villageKo, villageEn
	var b strings.Builder
	b.WriteString("# bitext lexicon v1 units=10\n")
	for _, p := range [][2]string{{"겨울은", "villagers"}, {"바람이", "living"}} {
		b.WriteString(lexicon.Stem(p[0]) + "\t" + lexicon.EnglishStem(p[1]) + "\t0.5\n")
	}
	batch, err := lexicon.Read(strings.NewReader(b.String()), "batch")
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{CoreLexicon: true}
	first, plain, err := alignOnce(src, tgt, opts)
	if err != nil {
		t.Fatal(err)
	}
	if plain >= SecondPassBelow {
		t.Fatalf("first pass confident (%.3f): the case tests nothing", plain)
	}
	if got := linkString(first); got != "[0]-[0] [1]-[] [2]-[1] [3]-[2] [4]-[3] " {
		t.Fatalf("first pass: %s", got)
	}
	again := opts
	again.Lexicon = batch
	second, _, err := alignOnce(src, tgt, again)
	if err != nil {
		t.Fatal(err)
	}
	if linkString(second) == linkString(first) {
		t.Fatalf("the batch's lexicon changed no link: the case tests nothing")
	}
	opts.SecondPass = batch
	got, err := Align(src, tgt, opts)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, first) {
		t.Errorf("second pass: %s, want the first pass's %s", linkString(got), linkString(first))
	}
}

// TestSecondBetterWithoutLexicon: without a lexicon in the first pass the
// second path is kept whatever the costs (the batch's lexicon is the only
// word evidence there); a path of a shape the search does not make is
// kept too.
func TestSecondBetterWithoutLexicon(t *testing.T) {
	src := []string{"정부는 새 정책을 발표했다.", "국회는 예산안을 비판했다."}
	tgt := []string{"The assembly criticized the budget."}
	first := []Link{{Source: []int{0}, Target: []int{0}}, {Source: []int{1}}}
	second := []Link{{Source: []int{0}}, {Source: []int{1}, Target: []int{0}}}
	if !secondBetter(src, tgt, Options{}, Options{}, first, second) {
		t.Error("without a lexicon: the second path not kept")
	}
	// With the core in both passes the same costs weigh both paths, and
	// the core tells the English says 국회 and 비판.
	core := Options{CoreLexicon: true}
	if !secondBetter(src, tgt, core, core, first, second) {
		t.Error("core: the right second path not kept")
	}
	if secondBetter(src, tgt, core, core, second, first) {
		t.Error("core: the wrong second path kept")
	}
	odd := []Link{{Source: []int{0, 1}, Target: []int{0, 1}}}
	if !secondBetter(src, tgt, core, core, first, odd) {
		t.Error("core: a path with a 2-2 link not kept")
	}
}

// TestPathCost: the cost lattice.pathCost reports for the search's own
// path is no more than for another path of the same document, and is
// the sum of its beads' costs.
func TestPathCost(t *testing.T) {
	opts := Options{CoreLexicon: true}
	src := []string{"정부는 새 정책을 발표했다.", "국회는 예산안을 비판했다.", "야당은 반대했다."}
	tgt := []string{"The government announced a new policy.", "The assembly criticized the budget.", "The opposition objected."}
	l := docLattice(src, tgt, opts)
	l.setBand([]int{0, 1, 2, 3}, []int{0, 1, 2, 3}, bandWidth)
	l.last = true
	p := l.search().steps
	defer l.release()
	best := l.pathCost(p)
	sum := 0.0
	for _, st := range p {
		sum += l.cost(st.i, st.j, beads[st.b])
	}
	if best != sum {
		t.Errorf("pathCost %v, sum of the beads' costs %v", best, sum)
	}
	other, ok := pathSteps([]Link{{Source: []int{0, 1}, Target: []int{0}}, {Source: []int{2}, Target: []int{1, 2}}})
	if !ok {
		t.Fatal("pathSteps refused a 2-1 and a 1-2 link")
	}
	if c := l.pathCost(other); c < best {
		t.Errorf("another path costs %v, less than the search's %v", c, best)
	}
	if _, ok := pathSteps([]Link{{Source: []int{0, 1}, Target: []int{0, 1}}}); ok {
		t.Error("pathSteps took a 2-2 link, a shape the search does not make")
	}
}

// TestSecondPassMargin (session 22, helper A51): the document of
// TestSecondPassKeptOnlyWhenBetter with a batch lexicon of three pairs
// from one link each (겨울, 바람 and 거셌다 of the dropped sentence with
// words of the next sentence's English), as a batch of one or a few
// articles teaches. The second pass links the dropped sentence and drops
// the next one, and the two passes' costs together prefer that path by
// less than secondMargin (about 0.2 nats): a near tie, in which the first
// links stay. With a fourth pair (길고 → fishing) the batch's lexicon
// gains more and the second path is kept.
func TestSecondPassMargin(t *testing.T) {
	src, tgt := villageKo, villageEn
	learned := func(pairs [][2]string) *lexicon.Lexicon {
		var b strings.Builder
		b.WriteString("# bitext lexicon v1 units=10\n")
		for _, p := range pairs {
			b.WriteString(lexicon.Stem(p[0]) + "\t" + lexicon.EnglishStem(p[1]) + "\t0.5\n")
		}
		l, err := lexicon.Read(strings.NewReader(b.String()), "batch")
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	opts := Options{CoreLexicon: true}
	first, plain, err := alignOnce(src, tgt, opts)
	if err != nil {
		t.Fatal(err)
	}
	if plain >= SecondPassBelow {
		t.Fatalf("first pass confident (%.3f): the case tests nothing", plain)
	}
	three := [][2]string{{"겨울은", "villagers"}, {"바람이", "living"}, {"거셌다", "made"}}
	for _, c := range []struct {
		name  string
		pairs [][2]string
		kept  bool
	}{
		{"three pairs, a near tie", three, false},
		{"four pairs", append(three, [2]string{"길고", "fishing"}), true},
	} {
		batch := learned(c.pairs)
		again := opts
		again.Lexicon = batch
		second, _, err := alignOnce(src, tgt, again)
		if err != nil {
			t.Fatal(err)
		}
		if got := linkString(second); got != "[0]-[0] [1]-[1] [2]-[] [3]-[2] [4]-[3] " {
			t.Fatalf("%s: second pass %s: the case tests nothing", c.name, got)
		}
		p1, _ := pathSteps(first)
		p2, _ := pathSteps(second)
		l1, l2 := docLattice(src, tgt, opts), docLattice(src, tgt, again)
		if mu, ok := l1.docMu(p1); ok {
			l1.mu = mu
		}
		if mu, ok := l2.docMu(p2); ok {
			l2.mu = mu
		}
		by := (l2.pathCost(p1) - l2.pathCost(p2)) - (l1.pathCost(p2) - l1.pathCost(p1))
		if by <= 0 {
			t.Fatalf("%s: c1 + c2 prefer the first path (%.3f): the case tests nothing", c.name, by)
		}
		with := opts
		with.SecondPass = batch
		got, err := Align(src, tgt, with)
		if err != nil {
			t.Fatal(err)
		}
		want := first
		if c.kept {
			want = second
		}
		if linkString(got) != linkString(want) {
			t.Errorf("%s (second path preferred by %.3f nats): %s, want %s", c.name, by, linkString(got), linkString(want))
		}
	}
}
