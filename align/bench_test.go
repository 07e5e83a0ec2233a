package align

import (
	"fmt"
	"math/rand"
	"os"
	"strings"
	"testing"
)

// synthetic makes n Korean/English sentence pairs of news-like lengths with
// numbers and acronyms here and there, then applies merges, splits and
// drops at the given rate. It returns both sides and the gold links.
func synthetic(n int, rate float64, seed int64) (ko, en []string, gold []Link) {
	rng := rand.New(rand.NewSource(seed))
	sylls := []rune("정부는의가이에서를했다고있는대한국민경제발표회의장관기업시장")
	words := strings.Fields("the government said on a of to in and that for with it was minister market economy company plan new would")
	acr := []string{"OECD", "G20", "IMF", "KOSPI", "COVID-19", "BTS"}
	var kp, ep []string
	for i := 0; i < n; i++ {
		k := 10 + rng.Intn(50)
		var kb strings.Builder
		for j := 0; j < k; j++ {
			kb.WriteRune(sylls[rng.Intn(len(sylls))])
			if j%3 == 2 {
				kb.WriteByte(' ')
			}
		}
		var eb strings.Builder
		for eb.Len() < int(float64(k)*2.4*(0.8+0.4*rng.Float64())) {
			eb.WriteString(words[rng.Intn(len(words))])
			eb.WriteByte(' ')
		}
		if rng.Intn(4) == 0 {
			num := fmt.Sprint(100 + rng.Intn(9000))
			kb.WriteString(num + "명이 ")
			eb.WriteString(num + " people ")
		}
		if rng.Intn(6) == 0 {
			a := acr[rng.Intn(len(acr))]
			kb.WriteString(a + "는 ")
			eb.WriteString(a + " ")
		}
		kp = append(kp, strings.TrimSpace(kb.String())+".")
		ep = append(ep, strings.TrimSpace(eb.String())+".")
	}
	for i := 0; i < n; i++ {
		r := rng.Float64()
		switch {
		case r < rate && i+1 < n: // two Korean sentences, one English (2-1)
			gold = append(gold, Link{Source: []int{len(ko), len(ko) + 1}, Target: []int{len(en)}})
			ko = append(ko, kp[i], kp[i+1])
			en = append(en, ep[i]+" "+ep[i+1])
			i++
		case r < 2*rate && i+1 < n: // one Korean, two English (1-2)
			gold = append(gold, Link{Source: []int{len(ko)}, Target: []int{len(en), len(en) + 1}})
			ko = append(ko, kp[i]+" "+kp[i+1])
			en = append(en, ep[i], ep[i+1])
			i++
		case r < 3*rate:
			gold = append(gold, Link{Source: []int{len(ko)}, Target: []int{}})
			ko = append(ko, kp[i])
		case r < 4*rate:
			gold = append(gold, Link{Source: []int{}, Target: []int{len(en)}})
			en = append(en, ep[i])
		default:
			gold = append(gold, Link{Source: []int{len(ko)}, Target: []int{len(en)}})
			ko = append(ko, kp[i])
			en = append(en, ep[i])
		}
	}
	return ko, en, gold
}

func benchmarkAlign(b *testing.B, n int) { benchmarkAlignOpts(b, n, Options{}) }

func benchmarkAlignOpts(b *testing.B, n int, opts Options) {
	ko, en, _ := synthetic(n, 0.02, 1)
	b.ResetTimer()
	cpu := startCPU()
	for i := 0; i < b.N; i++ {
		if _, err := Align(ko, en, opts); err != nil {
			b.Fatal(err)
		}
	}
	cpu.report(b)
}

// benchmarkDocs aligns every document of the JSON Lines file named by
// BITEXT_ALIGN_DOCS (an edition-set file such as dev.jsonl; see README,
// Speed of alignment) once per iteration, and is skipped without it.
func benchmarkDocs(b *testing.B, opts Options) {
	path := os.Getenv("BITEXT_ALIGN_DOCS")
	if path == "" {
		b.Skip("BITEXT_ALIGN_DOCS is not set")
	}
	docs := readDocs(b, path)
	b.ResetTimer()
	cpu := startCPU()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if _, err := Align(d.Source, d.Target, opts); err != nil {
				b.Fatal(err)
			}
		}
	}
	cpu.report(b)
}

// BenchmarkAlignDocs aligns real documents without a lexicon
// (BITEXT_ALIGN_DOCS).
func BenchmarkAlignDocs(b *testing.B) { benchmarkDocs(b, Options{}) }

// BenchmarkAlignDocsCore aligns them with the core lexicon, as bitext
// align does by default.
func BenchmarkAlignDocsCore(b *testing.B) { benchmarkDocs(b, Options{CoreLexicon: true}) }

// BenchmarkAlign2000 aligns about 2,000 x 2,000 sentences with 2% of
// merges, splits and drops of each kind.
func BenchmarkAlign2000(b *testing.B) { benchmarkAlign(b, 2000) }

// BenchmarkAlign2000Core is BenchmarkAlign2000 with the core lexicon
// (Options.CoreLexicon), as bitext align runs by default.
func BenchmarkAlign2000Core(b *testing.B) {
	benchmarkAlignOpts(b, 2000, Options{CoreLexicon: true})
}

// BenchmarkAlign5000 is the archive-sized case, 5,000 x 5,000.
func BenchmarkAlign5000(b *testing.B) { benchmarkAlign(b, 5000) }

func TestSyntheticRecovered(t *testing.T) {
	ko, en, gold := synthetic(300, 0.02, 7)
	links, err := Align(ko, en, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var c Counts
	c.Score(gold, links)
	if c.F1() < 0.9 {
		t.Errorf("F1 on synthetic pairs %.3f, want at least 0.9", c.F1())
	}
}

// TestBandWidening: a long run of English-only lines at the start puts the
// true path far from the length diagonal; the band must follow it.
func TestBandWidening(t *testing.T) {
	ko, en, gold := synthetic(400, 0.02, 3)
	var extra []string
	for i := 0; i < 80; i++ {
		extra = append(extra, "Related stories and the editor's note on this series (Yonhap) contributed.")
	}
	var shifted []Link
	for i := range extra {
		shifted = append(shifted, Link{Source: []int{}, Target: []int{i}})
	}
	for _, l := range gold {
		t2 := []int{}
		for _, j := range l.Target {
			t2 = append(t2, j+len(extra))
		}
		shifted = append(shifted, Link{Source: l.Source, Target: t2})
	}
	en = append(extra, en...)
	links, err := Align(ko, en, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCover(t, links, len(ko), len(en))
	var c Counts
	c.Score(shifted, links)
	if c.F1() < 0.9 {
		t.Errorf("F1 %.3f with 80 extra lines at the start, want at least 0.9", c.F1())
	}
}
