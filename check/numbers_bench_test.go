package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"

	"bitext/check/internal/gen"
	"bitext/glossary"
	"bitext/number"
)

// BenchmarkPairNumbers is the number work of BenchmarkPair alone: both
// sides of each generated pair extracted (number.Extract), then compared
// (number.Contradictions), with the package's functions (alloc) and as
// appendPair does (reuse); MB/s counts both sides.
func BenchmarkPairNumbers(b *testing.B) {
	csv, arts := benchData()
	g, err := glossary.Decode(strings.NewReader(csv), glossary.FormatCSV, "gen.csv")
	if err != nil {
		b.Fatal(err)
	}
	ko, en := gen.Pairs(g, arts)
	size := 0
	for i := range ko {
		size += len(ko[i]) + len(en[i])
	}
	b.Run("alloc", func(b *testing.B) { // the package's functions
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for i := range ko {
				sn, tn := number.Extract(ko[i], language.Korean), number.Extract(en[i], language.English)
				number.Contradictions(sn, tn)
			}
		}
	})
	b.Run("reuse", func(b *testing.B) { // appendPair's scratch
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for i := range ko {
				nums := getPairNumbers()
				sn, tn := nums.extract(&Pair{Source: ko[i], Target: en[i], SourceLang: language.Korean, TargetLang: language.English})
				nums.b.Contradictions(sn, tn)
				nums.release()
			}
		}
	})
}
