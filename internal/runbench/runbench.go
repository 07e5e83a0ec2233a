// Package runbench is the benchmark behind `bitext eval run-bench`: it
// generates a batch of articles, a TM and a glossary
// (Generate) and times pipeline.Run over them as `bitext
// run` does, with the CPU time, the peak Go heap and the run's totals.
//
//	err := runbench.Run(ctx, os.Stdout, ui, runbench.Options{Articles: 1000,
//		TMUnits: 100000, GlossaryEntries: 1000, Jobs: 2, Seed: 1})
package runbench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
	"time"

	"bitext/internal/cputime"
	"bitext/internal/exitcode"
	"bitext/locales"
	"bitext/pipeline"
	"bitext/tm"
	_ "bitext/tm/sqlite" // the TM backend of the generated set
)

// Options are the settings of one benchmark.
type Options struct {
	Dir                                string // where the set is generated ("" a temporary folder)
	Articles, TMUnits, GlossaryEntries int
	Jobs                               int
	Seed                               uint64
	Keep                               bool   // keep the temporary folder
	CPUProfile                         string // write a CPU profile of the run here
	// Pretranslate generates the Korean originals alone, so that the run
	// pretranslates them (TM lookup, glossary, XLIFF, HTML and DOCX with
	// pre-filled targets) instead of aligning pairs.
	Pretranslate bool
	// TMX files are imported into the generated TM first (GenerateOptions.TMX).
	TMX []string
	// MinMatched is the floor of `--min-matched`: the share of the looked-up
	// segments that must get a TM match at or above the threshold (the
	// generator repeats TM units in the articles, so a broken lookup or
	// store falls below it). 0: no floor. A failed article always fails
	// the benchmark.
	MinMatched float64
	// GenerateOnly writes the set into Dir and returns without running
	// it: the same articles, glossary and TM (bench.tm, to be copied
	// before each run, which stores its pairs) for `bitext run` with two
	// builds, whose outputs can then be compared file by file.
	GenerateOnly bool
}

// peakHeap samples the heap in use until stop is closed.
func peakHeap(stop <-chan struct{}, done *sync.WaitGroup, peak *uint64) {
	defer done.Done()
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	var ms runtime.MemStats
	for {
		runtime.ReadMemStats(&ms)
		if ms.HeapInuse > *peak {
			*peak = ms.HeapInuse
		}
		select {
		case <-stop:
			return
		case <-t.C:
		}
	}
}

// Run generates the set, runs the pipeline over it and writes the figures
// to w in the interface language of ui. Its errors are the environment's
// (exit 3).
func Run(ctx context.Context, w io.Writer, ui *locales.Localizer, o Options) error {
	dir := o.Dir
	if o.GenerateOnly && dir == "" {
		return errors.New("runbench: generate-only needs a folder (Options.Dir)")
	}
	if dir == "" {
		d, err := os.MkdirTemp("", "bitext-run-bench-")
		if err != nil {
			return exitcode.AsEnvironment(err)
		}
		dir = d
		if !o.Keep {
			defer os.RemoveAll(dir)
		}
	}
	t0 := time.Now()
	set, err := Generate(ctx, dir, GenerateOptions{Articles: o.Articles, TMUnits: o.TMUnits, GlossaryEntries: o.GlossaryEntries, Seed: o.Seed, Originals: o.Pretranslate, TMX: o.TMX})
	if err != nil {
		return exitcode.AsEnvironment(err)
	}
	// The TM as the run sees it: the import merges the generator's
	// repeated units, so it holds fewer than were generated.
	units, err := storedUnits(ctx, set.TM)
	if err != nil {
		return exitcode.AsEnvironment(err)
	}
	fmt.Fprintln(w, ui.T("RunBenchGenerated", map[string]any{
		"Pairs": set.Pairs, "MB": fmt.Sprintf("%.1f", float64(set.Bytes)/1e6), "Units": units, "Generated": o.TMUnits, "Entries": o.GlossaryEntries,
		"Seconds": fmt.Sprintf("%.1f", time.Since(t0).Seconds()), "Dir": dir,
	}))

	if len(o.TMX) > 0 {
		fmt.Fprintln(w, ui.T("RunBenchTMImported", map[string]any{"Files": len(o.TMX), "Units": units}))
	}
	if o.GenerateOnly {
		return nil
	}
	cfg := pipeline.DefaultConfig()
	runtime.GC()
	t1 := time.Now()
	steps, closer, err := pipeline.NewSteps(ctx, cfg, pipeline.Setup{Glossaries: []string{set.Glossary}, TM: set.TM})
	if err != nil {
		return exitcode.AsEnvironment(err)
	}
	defer closer.Close()
	var peak uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go peakHeap(stop, &wg, &peak)
	if o.CPUProfile != "" {
		f, err := os.Create(o.CPUProfile)
		if err != nil {
			return exitcode.AsEnvironment(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return exitcode.AsEnvironment(err)
		}
	}
	t2 := time.Now()
	cpu0 := cputime.Self()
	rep, err := pipeline.Run(context.WithoutCancel(ctx), pipeline.Options{
		Config: cfg, Inputs: []string{set.Articles}, OutDir: dir + "/out", Jobs: o.Jobs, Steps: steps,
	})
	cpu := cputime.Self() - cpu0
	close(stop)
	wg.Wait()
	if o.CPUProfile != "" {
		pprof.StopCPUProfile()
	}
	if err != nil {
		return exitcode.AsEnvironment(err)
	}
	total := time.Since(t1)
	run := time.Since(t2)
	tt := rep.Totals
	fmt.Fprintln(w, ui.T("RunBenchResult", map[string]any{
		"Articles": tt.Articles, "Jobs": o.Jobs, "CPUs": runtime.NumCPU(), "Formats": len(rep.Formats),
		"Setup":    fmt.Sprintf("%.2f", t2.Sub(t1).Seconds()),
		"Run":      fmt.Sprintf("%.2f", run.Seconds()),
		"Total":    fmt.Sprintf("%.2f", total.Seconds()),
		"PerSec":   fmt.Sprintf("%.0f", float64(tt.Articles)/run.Seconds()),
		"MBs":      fmt.Sprintf("%.2f", float64(set.Bytes)/1e6/run.Seconds()),
		"Heap":     fmt.Sprintf("%.0f", float64(peak)/(1<<20)),
		"RSS":      fmt.Sprintf("%.0f", float64(cputime.PeakRSS())/(1<<20)),
		"Load":     cputime.Load(),
		"CPU":      fmt.Sprintf("%.1f", cpu.Seconds()),
		"CPUPer":   fmt.Sprintf("%.1f", cpu.Seconds()*1000/float64(max(tt.Articles, 1))),
		"Segments": tt.Segments, "Terms": tt.Terms, "Findings": tt.Findings, "Links": tt.Links, "Units": tt.Units,
	}))
	if o.Pretranslate {
		fmt.Fprintln(w, ui.T("RunBenchPretranslated", map[string]any{"Originals": tt.Pretranslated, "Prefilled": tt.Prefilled}))
	}
	b := tt.Bands
	fmt.Fprintln(w, ui.T("RunBands", map[string]any{
		"B101": b.InContext, "B100": b.Exact, "B95": b.High, "B85": b.Mid, "B75": b.Low, "New": b.New,
	}))
	matched := b.InContext + b.Exact + b.High + b.Mid + b.Low
	share := 0.0
	if all := matched + b.New; all > 0 {
		share = float64(matched) / float64(all)
	}
	fmt.Fprintln(w, ui.T("RunBenchMatched", map[string]any{"Share": fmt.Sprintf("%.4f", share), "Matched": matched, "All": matched + b.New}))
	if tt.Failed > 0 || share < o.MinMatched {
		fmt.Fprintln(w, ui.T("RunBenchBelow", map[string]any{"Failed": tt.Failed, "Share": fmt.Sprintf("%.4f", share), "Min": fmt.Sprintf("%.4f", o.MinMatched)}))
		return exitcode.ErrFindings
	}
	return nil
}

// storedUnits is the number of units the TM at path holds.
func storedUnits(ctx context.Context, path string) (int, error) {
	s, err := tm.Open(ctx, path)
	if err != nil {
		return 0, err
	}
	defer s.Close()
	st, err := s.Stats(ctx)
	return st.Units, err
}
