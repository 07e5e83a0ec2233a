package align

import (
	"math/rand"
	"slices"
	"testing"
)

// randomLexFeatures makes n Korean and m English features with random
// lexicon ids below vocab (English words repeat, as in a text).
func randomLexFeatures(rng *rand.Rand, n, m int, vocab int32) (ko, en []feature) {
	for range n {
		var f feature
		for range rng.Intn(12) {
			var ids []int32
			for range 1 + rng.Intn(4) {
				ids = append(ids, rng.Int31n(vocab))
			}
			slices.Sort(ids)
			f.lexK = append(f.lexK, slices.Compact(ids))
		}
		f.lexAll = unionIDs(f.lexK)
		f.setLexBlooms()
		ko = append(ko, f)
	}
	for range m {
		f := feature{english: true}
		for range rng.Intn(12) {
			f.lexAll = append(f.lexAll, rng.Int31n(vocab))
		}
		slices.Sort(f.lexAll)
		f.setLexBlooms()
		en = append(en, f)
	}
	return ko, en
}

// TestLexCountsLocal: counting from the lattice's numbering gives the
// counts of the id lists for every bead shape, for vocabularies whose
// shared ids fit one bit word and several, with and without the members'
// penalty.
func TestLexCountsLocal(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	checked := 0
	for _, vocab := range []int32{5, 40, 300, 2000} {
		for doc := 0; doc < 20; doc++ {
			ko, en := randomLexFeatures(rng, 1+rng.Intn(30), 1+rng.Intn(30), vocab)
			src, tgt := ko, en
			if doc%2 == 1 { // English source
				src, tgt = en, ko
			}
			setLexLocal(src, tgt)
			for i := 0; i <= len(ko); i++ {
				for j := 0; j <= len(en); j++ {
					for _, b := range beads {
						s, e := b.s, b.t
						if i < s || j < e {
							continue
						}
						for _, alone := range []float64{0, 0.37, 1} {
							h0, m0, p0 := lexCounts(ko[i-s:i], en[j-e:j], alone)
							h1, m1, p1, ok := lexCountsLocal(ko[i-s:i], en[j-e:j], alone)
							if !ok {
								t.Fatalf("vocab %d: lexCountsLocal refused", vocab)
							}
							if h0 != h1 || m0 != m1 || p0 != p1 {
								t.Fatalf("vocab %d, ko[%d:%d] en[%d:%d], alone %v: local %d/%d/%v, lists %d/%d/%v",
									vocab, i-s, i, j-e, j, alone, h1, m1, p1, h0, m0, p0)
							}
							checked++
						}
					}
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("nothing compared")
	}
}

// TestLexCountsLocalParagraphs: merged paragraph features, whose id lists
// repeat ids, count alike.
func TestLexCountsLocalParagraphs(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	ko, en := randomLexFeatures(rng, 12, 14, 60)
	kp, _ := paragraphs(ko, []int{0, 0, 0, 1, 1, 2, 2, 2, 2, 3, 4, 4})
	ep, _ := paragraphs(en, []int{0, 0, 1, 1, 1, 2, 3, 3, 3, 3, 4, 5, 5, 5})
	setLexLocal(kp, ep)
	for i := 1; i <= len(kp); i++ {
		for j := 1; j <= len(ep); j++ {
			h0, m0, p0 := lexCounts(kp[i-1:i], ep[j-1:j], 1)
			h1, m1, p1, ok := lexCountsLocal(kp[i-1:i], ep[j-1:j], 1)
			if !ok || h0 != h1 || m0 != m1 || p0 != p1 {
				t.Errorf("paragraphs %d, %d: local %d/%d/%v (%v), lists %d/%d/%v", i-1, j-1, h1, m1, p1, ok, h0, m0, p0)
			}
		}
	}
}

// TestLexCountsLocalUnnumbered: features no lattice has numbered are
// counted from their id lists.
func TestLexCountsLocalUnnumbered(t *testing.T) {
	if _, _, _, ok := lexCountsLocal([]feature{koLex(1, 2)}, []feature{enLex(1)}, 0); ok {
		t.Error("unnumbered features counted from a numbering")
	}
	hit, miss := 2.0, 1.0 // 1 found; 1 found, 2 not
	if got, want := lexScore([]feature{koLex(1, 2)}, []feature{enLex(1)}, 0), wLexHit*hit-wLexMiss*miss; got != want {
		t.Errorf("lexScore = %v, want %v", got, want)
	}
}

// randomNameFeatures makes n Korean and m English features with random
// romanization and name keys below vocab, as extract makes them: sorted
// on the Korean side, English names with their weights.
func randomNameFeatures(rng *rand.Rand, n, m int, vocab uint64) (ko, en []feature) {
	keys := func(max int) []uint64 {
		var out []uint64
		for range rng.Intn(max) {
			out = append(out, uint64(rng.Int63n(int64(vocab))))
		}
		slices.Sort(out)
		return out
	}
	for range n {
		ko = append(ko, feature{roman: slices.Compact(keys(6)), names: keys(20)})
	}
	for range m {
		f := feature{english: true, roman: slices.Compact(keys(4))}
		for _, k := range slices.Compact(keys(5)) {
			f.names = append(f.names, k)
			f.nameW = append(f.nameW, nameWeight(3+rng.Intn(3)))
		}
		en = append(en, f)
	}
	return ko, en
}

// TestNameScoreLocal: nameScore from the lattice's numbering of the keys
// is nameScoreLists, to the bit, for every bead shape.
func TestNameScoreLocal(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	checked := 0
	for _, vocab := range []uint64{8, 60, 400, 5000} {
		for doc := 0; doc < 15; doc++ {
			ko, en := randomNameFeatures(rng, 1+rng.Intn(25), 1+rng.Intn(25), vocab)
			src, tgt := ko, en
			if doc%2 == 1 {
				src, tgt = en, ko
			}
			setLexLocal(src, tgt)
			for i := 0; i <= len(ko); i++ {
				for j := 0; j <= len(en); j++ {
					for _, b := range beads {
						if b.s == 0 || b.t == 0 || i < b.s || j < b.t {
							continue
						}
						e, k := en[j-b.t:j], ko[i-b.s:i]
						got, ok := nameScoreLocal(e, k)
						if want := nameScoreLists(e, k); !ok || got != want {
							t.Fatalf("vocab %d, ko[%d:%d] en[%d:%d]: local %v (%v), lists %v", vocab, i-b.s, i, j-b.t, j, got, ok, want)
						}
						checked++
					}
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("nothing compared")
	}
	if _, ok := nameScoreLocal([]feature{{english: true}}, []feature{{}}); ok {
		t.Error("unnumbered features scored from a numbering")
	}
}
