package align

import (
	"math"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// lengthDoc builds a Korean document of sentences of the given lengths in
// syllables and its English edition, every English sentence exp(ratio)
// times as long as its Korean one (segLength), with the Korean sentences
// of drop left untranslated. The words carry no anchor: only the length
// model and the link priors decide.
func lengthDoc(syllables []int, ratio float64, drop map[int]bool) (ko, en []string) {
	const hangul = "가나다라마바사아자차카타파하"
	syl := []rune(hangul)
	words := []string{"alpha", "bravo", "delta", "echo", "golf", "hotel", "kilo", "lima", "mike", "oscar", "papa", "romeo", "sierra", "tango"}
	for i, n := range syllables {
		var b strings.Builder
		for k := 0; k < n; k++ {
			if k > 0 && k%4 == 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(syl[(i*5+k)%len(syl)])
		}
		b.WriteString("다.")
		ko = append(ko, b.String())
		if drop[i] {
			continue
		}
		want := segLength(b.String()) * math.Exp(ratio)
		var e strings.Builder
		for k := 0; e.Len() < int(want)-1; k++ {
			if k > 0 {
				e.WriteByte(' ')
			}
			e.WriteString(words[(i*3+k)%len(words)])
			if k == 1 {
				e.WriteByte(',') // two clauses: wOneClause (clauses.go) leaves the length model alone
			}
		}
		e.WriteByte('.')
		en = append(en, e.String())
	}
	return ko, en
}

// TestDocMuDrop: in a document whose English runs 27% longer than its
// Korean all through (log ratio 0.24), a dropped short Korean sentence after a long one
// makes the pair fit the corpus ratio as a 2-1; read with the document's
// own ratio (docMu) it is a 1-1 and a 1-0, as the edition made it.
func TestDocMuDrop(t *testing.T) {
	syllables := []int{30, 45, 25, 50, 35, 40, 24, 30, 45, 28, 38, 33, 41, 26, 36, 44, 31, 39, 27, 42}
	ko, en := lengthDoc(syllables, 0.24, map[int]bool{6: true})
	opts := Options{}
	sf := features(ko, language.Korean, opts)
	tf := features(en, language.English, opts)
	has := func(steps []step, s0, s1, t0, t1 int) bool {
		pi, pj := 0, 0
		for _, st := range steps {
			if pi == s0 && st.i == s1 && pj == t0 && st.j == t1 {
				return true
			}
			pi, pj = st.i, st.j
		}
		return false
	}
	// With the corpus ratio alone the drop is swallowed (what the aligner
	// did before docMu): the test's document shows the class.
	l := newLattice(sf, tf)
	lo, hi := l.anchorDiagonal()
	l.setBand(lo, hi, bandWidth)
	if old := l.search().steps; !has(old, 5, 7, 5, 6) {
		t.Fatalf("with lenMu the document's ko5-ko6 should be a 2-1 for this test to mean anything: %v", old)
	}
	mu, ok := l.docMu(l.search().steps)
	if !ok || mu < 0.1 || mu > 0.24 {
		t.Errorf("docMu = %.3f, %v; want 0.24 shrunk towards lenMu (0.1 to 0.24), true", mu, ok)
	}
	steps := alignFeatures(sf, tf)
	if !has(steps, 5, 6, 5, 6) || !has(steps, 6, 7, 6, 6) {
		t.Errorf("alignFeatures: want ko5-en5 and ko6 alone, got %v", steps)
	}
}

// TestDocMuNone: a document whose lengths keep the corpus ratio, or with
// too few confident 1-1 links, is searched once (docMu reports false).
func TestDocMuNone(t *testing.T) {
	opts := Options{}
	for _, c := range []struct {
		name      string
		syllables []int
		ratio     float64
	}{
		{"the corpus ratio", []int{30, 45, 25, 50, 35, 40, 30, 45, 28, 38}, 0},
		{"four links", []int{30, 45, 25, 50}, 0.4},
	} {
		ko, en := lengthDoc(c.syllables, c.ratio, nil)
		l := newLattice(features(ko, language.Korean, opts), features(en, language.English, opts))
		lo, hi := l.anchorDiagonal()
		l.setBand(lo, hi, bandWidth)
		if mu, ok := l.docMu(l.search().steps); ok {
			t.Errorf("%s: docMu = %.3f, true; want false", c.name, mu)
		}
	}
}
