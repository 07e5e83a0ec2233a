package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"bitext/internal/tmgen"
	"bitext/tm"
	"bitext/tm/sqlite"
)

// BenchmarkFuzzyLookup looks up edited units in a generated 20,000-unit TM.
func BenchmarkFuzzyLookup(b *testing.B) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "tm.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	g := tmgen.New(tmgen.Builtin(), 1)
	pairs := g.Units(20000)
	units := make([]tm.Unit, len(pairs))
	for i, p := range pairs {
		units[i] = tmgen.Unit(p, i)
	}
	if _, err := s.Add(ctx, units); err != nil {
		b.Fatal(err)
	}
	qs := g.Queries(pairs, 200)
	b.ResetTimer()
	for b.Loop() {
		for _, q := range qs {
			if _, err := s.Lookup(ctx, tm.Query{Text: q.Text, Source: q.Source, Target: q.Target}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(qs))/1e6, "ms/lookup")
}
