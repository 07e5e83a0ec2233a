package sqlite_test

import (
	"context"
	"fmt"
	"os"
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

// BenchmarkImportTMX imports the TMX file named by BITEXT_IMPORT_TMX (for
// example one written by `bitext tm gen --units 200000`) into a new
// memory, as `bitext tm import` does; skipped when it is not set. Profile
// it with -cpuprofile.
func BenchmarkImportTMX(b *testing.B) {
	file := os.Getenv("BITEXT_IMPORT_TMX")
	if file == "" {
		b.Skip("BITEXT_IMPORT_TMX not set")
	}
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		s, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), fmt.Sprintf("tm%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := tm.ImportFiles(ctx, s, []string{file}, func(string, tm.ImportResult) {}); err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}
