package runbench_test

import (
	"bitext/internal/runbench"
	"bitext/pipeline"
	"context"
	"path/filepath"
	"testing"

	_ "bitext/tm/sqlite"
)

// BenchmarkRun runs the whole pipeline (every step and format) over 50
// generated article pairs with a 10,000-unit TM and a 1,000-entry
// glossary. `bitext eval run-bench` runs the full-size set.
func BenchmarkRun(b *testing.B) {
	ctx := context.Background()
	dir := b.TempDir()
	set, err := runbench.Generate(ctx, dir, runbench.GenerateOptions{Articles: 50, TMUnits: 10000, GlossaryEntries: 1000, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	cfg := pipeline.DefaultConfig()
	steps, closer, err := pipeline.NewSteps(ctx, cfg, pipeline.Setup{Glossaries: []string{set.Glossary}, TM: set.TM})
	if err != nil {
		b.Fatal(err)
	}
	defer closer.Close()
	b.SetBytes(set.Bytes)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_, err := pipeline.Run(ctx, pipeline.Options{Config: cfg, Inputs: []string{set.Articles}, OutDir: filepath.Join(dir, "out"), Force: true, Jobs: 2, Steps: steps})
		if err != nil {
			b.Fatal(err)
		}
	}
}
