package check

import (
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/language"

	"bitext/check/internal/gen"
	"bitext/glossary"
)

var (
	benchOnce sync.Once
	benchCSV  string
	benchArts []string
)

func benchData() (string, []string) {
	benchOnce.Do(func() {
		benchCSV = gen.Glossary(10000, 1)
		benchArts = gen.Articles(benchCSV, 300, 3000, 1)
	})
	return benchCSV, benchArts
}

// BenchmarkCheckText checks generated English news (300 articles of about
// 3 KB) against a generated 10,000-entry glossary with every monolingual
// rule on; MB/s is the throughput.
func BenchmarkCheckText(b *testing.B) {
	csv, arts := benchData()
	g, err := glossary.Decode(strings.NewReader(csv), glossary.FormatCSV, "gen.csv")
	if err != nil {
		b.Fatal(err)
	}
	c := New(g)
	c.Warm(language.English)
	size := 0
	for _, a := range arts {
		size += len(a)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			c.Text("a.txt", a, language.English)
		}
	}
}

// BenchmarkGlossaryLoad decodes the generated 10,000-entry glossary and
// builds the English matcher and name index.
func BenchmarkGlossaryLoad(b *testing.B) {
	csv, _ := benchData()
	for b.Loop() {
		g, err := glossary.Decode(strings.NewReader(csv), glossary.FormatCSV, "gen.csv")
		if err != nil {
			b.Fatal(err)
		}
		New(g).Warm(language.English)
	}
}

// BenchmarkMatcherOnly is the glossary matcher alone on the same text: the
// part of BenchmarkCheckText that package glossary does.
func BenchmarkMatcherOnly(b *testing.B) {
	csv, arts := benchData()
	g, err := glossary.Decode(strings.NewReader(csv), glossary.FormatCSV, "gen.csv")
	if err != nil {
		b.Fatal(err)
	}
	m := New(g).matcher(language.English)
	size := 0
	for _, a := range arts {
		size += len(a)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, a := range arts {
			m.FindAll(a)
		}
	}
}

// BenchmarkPair checks generated pairs with the pair rules (each of the
// 300 articles as the English side of a pair whose Korean side names its
// entries and some numbers: gen.Pairs); MB/s counts both sides, as
// benchcheck -pairs does.
func BenchmarkPair(b *testing.B) {
	csv, arts := benchData()
	g, err := glossary.Decode(strings.NewReader(csv), glossary.FormatCSV, "gen.csv")
	if err != nil {
		b.Fatal(err)
	}
	c := New(g)
	c.Warm(language.English)
	c.Warm(language.Korean)
	ko, en := gen.Pairs(g, arts)
	size := 0
	for i := range ko {
		size += len(ko[i]) + len(en[i])
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i := range ko {
			c.Pair("p.tsv", Pair{Source: ko[i], Target: en[i], SourceLang: language.Korean, TargetLang: language.English,
				SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1})
		}
	}
}
