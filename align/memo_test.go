package align

import (
	"slices"
	"testing"
)

// docMuLattice aligns a synthetic document whose English runs shorter
// than lenMu says (synthetic's ratio, a shift of about -0.13) the way
// alignFeatures does up to the search with the document's own ratio:
// it returns the lattice with that ratio and the first path's rows.
func docMuLattice(t *testing.T, seed int64) (*lattice, []int, []int) {
	t.Helper()
	ko, en, _ := synthetic(300, 0.03, seed)
	opts := Options{CoreLexicon: true}
	opts.Lexicon = opts.lexicon()
	sl, tl := opts.langs()
	sf, tf := features(ko, sl, opts), features(en, tl, opts)
	markFormulas(sf, ko, tf, en)
	l := newLattice(sf, tf)
	lo, hi := l.anchorDiagonal()
	l.setBand(lo, hi, bandWidth)
	p := l.search()
	if p.edge {
		t.Fatalf("seed %d: the first path touched the band's edge", seed)
	}
	mu, ok := l.docMu(p.steps)
	if !ok {
		t.Fatalf("seed %d: no ratio of the document's own", seed)
	}
	l.mu = mu
	lo, hi = pathRows(p.steps, len(sf))
	return l, lo, hi
}

// TestMemoSameSearch: the search with the document's own ratio takes the
// evidence the first search worked out (memo) and must find the same
// links with the same confidences, to the bit, as when it works
// everything out again.
func TestMemoSameSearch(t *testing.T) {
	for seed := int64(1); seed <= 3; seed++ {
		l, lo, hi := docMuLattice(t, seed)
		l.setBand(lo, hi, docMuBand)
		first := l.memo
		hits := 0
		for i := range l.lo {
			for j := l.lo[i]; j <= l.hi[i]; j++ {
				if first.cell(i, j) >= 0 {
					hits++
				}
			}
		}
		if hits < l.size/2 {
			t.Fatalf("seed %d: the memo holds %d of the band's %d cells", seed, hits, l.size)
		}
		with := l.search().steps
		l.memo, l.last = first, true // as alignFeatures runs it: no memo kept
		last := l.search().steps
		if l.memo != nil {
			t.Errorf("seed %d: the last search kept a memo", seed)
		}
		l.last = false
		without := l.search().steps
		if !slices.Equal(with, without) {
			t.Errorf("seed %d: the search with the memo differs from the search without", seed)
		}
		if !slices.Equal(last, without) {
			t.Errorf("seed %d: the last search with the memo differs from the search without", seed)
		}
	}
}

// TestDocMuBandPath: the search with the document's own ratio runs in a
// band of docMuBand around the first path; where the best path over the
// whole lattice lies inside that band, the banded search must find it.
func TestDocMuBandPath(t *testing.T) {
	inside := 0
	for seed := int64(1); seed <= 3; seed++ {
		l, lo, hi := docMuLattice(t, seed)
		l.setBand(lo, hi, docMuBand)
		blo, bhi := slices.Clone(l.lo), slices.Clone(l.hi)
		banded := l.search().steps
		l.setBand(lo, hi, max(len(l.src), len(l.tgt)))
		full := l.search().steps
		in := true
		for _, st := range full {
			if st.j < blo[st.i] || st.j > bhi[st.i] {
				in = false
			}
		}
		if !in {
			continue
		}
		inside++
		if len(banded) != len(full) {
			t.Errorf("seed %d: %d links in the band, %d over the whole lattice", seed, len(banded), len(full))
			continue
		}
		for k := range full {
			if banded[k].i != full[k].i || banded[k].j != full[k].j || banded[k].b != full[k].b {
				t.Errorf("seed %d: link %d ends at (%d, %d) in the band, (%d, %d) over the whole lattice", seed, k, banded[k].i, banded[k].j, full[k].i, full[k].j)
				break
			}
		}
	}
	if inside == 0 {
		t.Fatal("no document's best path lies inside the band")
	}
}
