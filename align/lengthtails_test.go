package align

import (
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"bitext/lexicon"
)

// TestLengthTails prints, for the edition set's development part, what
// the length model and the lexicon say of the gold splits and merges
// (session 18, helper A30; README: Aligning, Measured). It reads the
// folder of editionset and splitdev with the half lexicons made by
// bitext tm import and tm lexicon, as TestCoreKnotsFitted does:
//
//	BITEXT_EDITION_DIR=/tmp/edition go test ./align -run LengthTails -v
//
// 1. The residual of the log length ratio (under the document's own
// mean, docMu, with the core lexicon) of every gold 1-1, 1-2 and 2-1
// link of dev.jsonl, in units of the model's standard deviation: the
// median, the mean of z² (1 when the model's variance is right) and the
// splits and merges beyond two deviations.
// 2. Whether a Korean sentence has content of its own in an English
// sentence (ownWord, a key of its own or a romanized name met), for the
// members of the gold 2-1 links and for each gold 1-0 sentence against
// the English sentence of a gold 1-1 beside it, in the four half-out
// files with their half lexicons.
func TestLengthTails(t *testing.T) {
	dir := os.Getenv("BITEXT_EDITION_DIR")
	if dir == "" {
		t.Skip("BITEXT_EDITION_DIR not set (the edition set's folder)")
	}
	res := map[string][]float64{}
	var tails []string
	ltEach(t, filepath.Join(dir, "dev.jsonl"), nil, func(d *Document, sf, tf []feature, mu float64) {
		for _, g := range d.Gold {
			ns, nt := len(g.Source), len(g.Target)
			if ns == 0 || nt == 0 || ns > 2 || nt > 2 {
				continue
			}
			var ls, lt float64
			for _, k := range g.Source {
				ls += sf[k].len
			}
			for x, k := range g.Target {
				lt += tf[k].len
				if x > 0 {
					lt -= tf[k].rep // as costEv
				}
			}
			typ := fmt.Sprintf("%d-%d", ns, nt)
			z := (logRatio(ls, lt) - mu) / math.Sqrt(lenVar0+lenVar1/((ls+lt)/2+lenSmooth))
			res[typ] = append(res[typ], z)
			if z > 2 && ns+nt > 2 {
				tails = append(tails, fmt.Sprintf("%s %s %v-%v z %.2f", typ, d.ID, g.Source, g.Target, z))
			}
		}
	})
	for _, typ := range []string{"1-1", "1-2", "2-1"} {
		zs := res[typ]
		if len(zs) == 0 {
			continue
		}
		sort.Float64s(zs)
		var z2 float64
		over := 0
		for _, z := range zs {
			z2 += z * z
			if z > 2 {
				over++
			}
		}
		t.Logf("%s: %d links, median z %+.2f, mean z² %.2f, z > 2: %d", typ, len(zs), zs[len(zs)/2], z2/float64(len(zs)), over)
	}
	for _, s := range tails {
		t.Log("  " + s)
	}
	count := map[string]int{}
	for _, h := range []string{"ntrex-0", "ntrex-1", "kpc-dev-0", "kpc-dev-1"} {
		lx, err := lexicon.Load(filepath.Join(dir, "half-"+h+".tm.lexicon"), "")
		if err != nil {
			t.Fatal(err)
		}
		ltEach(t, filepath.Join(dir, "half-"+h+".jsonl"), lx, func(d *Document, sf, tf []feature, _ float64) {
			g11 := map[int]int{}
			for _, g := range d.Gold {
				if len(g.Source) == 1 && len(g.Target) == 1 {
					g11[g.Source[0]] = g.Target[0]
				}
			}
			for _, g := range d.Gold {
				switch {
				case len(g.Source) == 2 && len(g.Target) == 1:
					ko := []feature{sf[g.Source[0]], sf[g.Source[1]]}
					for m := range ko {
						count["merge member, "+ltOwn(ko, m, &tf[g.Target[0]])]++
					}
				case len(g.Source) == 1 && len(g.Target) == 0:
					k := g.Source[0]
					if e, ok := g11[k-1]; ok {
						c := ltOwn([]feature{sf[k-1], sf[k]}, 1, &tf[e])
						count["dropped, "+c]++
						t.Logf("  dropped %s ko%d beside the 1-1 with en%d: %s", d.ID, k, e, c)
					} else if e, ok := g11[k+1]; ok {
						c := ltOwn([]feature{sf[k], sf[k+1]}, 0, &tf[e])
						count["dropped, "+c]++
						t.Logf("  dropped %s ko%d beside the 1-1 with en%d: %s", d.ID, k, e, c)
					}
				}
			}
		})
	}
	var ks []string
	for k := range count {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		t.Logf("%s: %d", k, count[k])
	}
}

// ltEach calls f with the features of every document of file and the
// document's mean log length ratio (docMu after a first search, else
// lenMu), with the core lexicon and lx.
func ltEach(t *testing.T, file string, lx *lexicon.Lexicon, f func(d *Document, sf, tf []feature, mu float64)) {
	t.Helper()
	r, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	dec := NewDocumentDecoder(r, file)
	for {
		d, err := dec.Decode()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		opts := Options{Lexicon: lx, CoreLexicon: true}
		opts.Lexicon = opts.lexicon()
		sl, tl := opts.langs()
		sf := features(d.Source, sl, opts)
		tf := features(d.Target, tl, opts)
		markFormulas(sf, d.Source, tf, d.Target)
		l := newLattice(sf, tf)
		lo, hi := l.anchorDiagonal()
		l.setBand(lo, hi, 1000)
		mu, ok := l.docMu(l.search().steps)
		if !ok {
			mu = lenMu
		}
		f(d, sf, tf, mu)
	}
}

// ltOwn classes the Korean member ko[m] against the English sentence
// en: "own" (a translated stem no other member translates, a key or a
// romanized name of its own met), "shared only" (translated stems, all
// also another member's), "none" (known stems, none translated) or
// "nothing known".
func ltOwn(ko []feature, m int, en *feature) string {
	k := &ko[m]
	if ownWord(ko, m, en) {
		return "own"
	}
	for _, x := range k.keys {
		if containsKey(en.keys, x) || containsKey(en.words, x) || slices.Contains(en.weak, x) {
			return "own"
		}
	}
	for _, r := range k.roman {
		if slices.Contains(en.roman, r) {
			return "own"
		}
	}
	for _, ids := range k.lexK {
		if anyShared(ids, en.lexAll) {
			return "shared only"
		}
	}
	if len(k.lexK) == 0 && len(k.keys) == 0 {
		return "nothing known"
	}
	return "none"
}
