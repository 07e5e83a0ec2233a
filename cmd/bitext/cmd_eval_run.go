package main

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
	"time"

	"github.com/urfave/cli/v2"

	"bitext/internal/cputime"
	"bitext/locales"
	"bitext/pipeline"
)

func init() { registerEval(evalRunBenchCommand) }

type runBenchOptions struct {
	dir                     string
	articles, units, glossy int
	jobs                    int
	seed                    uint64
	keep                    bool
	cpuprofile              string
}

func evalRunBenchCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "run-bench",
		Usage:       ui.T("RunBenchUsage", nil),
		Description: ui.T("RunBenchDescription", nil),
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "dir", Usage: ui.T("RunBenchFlagDir", nil)},
			&cli.IntFlag{Name: "articles", Value: 1000, Usage: ui.T("RunBenchFlagArticles", nil)},
			&cli.IntFlag{Name: "tm-units", Value: 100000, Usage: ui.T("RunBenchFlagUnits", nil)},
			&cli.IntFlag{Name: "glossary-entries", Value: 1000, Usage: ui.T("RunBenchFlagGlossary", nil)},
			&cli.IntFlag{Name: "jobs", Value: runtime.NumCPU(), Usage: ui.T("RunFlagJobs", nil)},
			&cli.Uint64Flag{Name: "seed", Value: 1, Usage: ui.T("RunBenchFlagSeed", nil)},
			&cli.BoolFlag{Name: "keep", Usage: ui.T("RunBenchFlagKeep", nil)},
			&cli.StringFlag{Name: "cpuprofile", Usage: ui.T("RunBenchFlagCPUProfile", nil)},
		},
		Action: func(c *cli.Context) error {
			o := runBenchOptions{dir: c.String("dir"), articles: c.Int("articles"), units: c.Int("tm-units"),
				glossy: c.Int("glossary-entries"), jobs: c.Int("jobs"), seed: c.Uint64("seed"), keep: c.Bool("keep"),
				cpuprofile: c.String("cpuprofile")}
			if o.articles < 1 || o.units < 1 || o.glossy < 10 || o.jobs < 1 {
				return badInput(fmt.Errorf("%s", ui.T("RunBenchErrSizes", nil)))
			}
			return runBench(c, ui, o)
		},
	}
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

func runBench(c *cli.Context, ui *locales.Localizer, o runBenchOptions) error {
	ctx := c.Context
	w := c.App.Writer
	dir := o.dir
	if dir == "" {
		d, err := os.MkdirTemp("", "bitext-run-bench-")
		if err != nil {
			return environment(err)
		}
		dir = d
		if !o.keep {
			defer os.RemoveAll(dir)
		}
	}
	t0 := time.Now()
	set, err := pipeline.GenerateBench(ctx, dir, pipeline.BenchOptions{Articles: o.articles, TMUnits: o.units, GlossaryEntries: o.glossy, Seed: o.seed})
	if err != nil {
		return environment(err)
	}
	fmt.Fprintln(w, ui.T("RunBenchGenerated", map[string]any{
		"Pairs": set.Pairs, "MB": fmt.Sprintf("%.1f", float64(set.Bytes)/1e6), "Units": o.units, "Entries": o.glossy,
		"Seconds": fmt.Sprintf("%.1f", time.Since(t0).Seconds()), "Dir": dir,
	}))

	cfg := pipeline.DefaultConfig()
	runtime.GC()
	t1 := time.Now()
	steps, closer, err := pipeline.NewSteps(ctx, cfg, pipeline.Setup{Glossaries: []string{set.Glossary}, TM: set.TM})
	if err != nil {
		return environment(err)
	}
	defer closer.Close()
	var peak uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go peakHeap(stop, &wg, &peak)
	if o.cpuprofile != "" {
		f, err := os.Create(o.cpuprofile)
		if err != nil {
			return environment(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return environment(err)
		}
	}
	t2 := time.Now()
	cpu0 := cputime.Self()
	rep, err := pipeline.Run(context.WithoutCancel(ctx), pipeline.Options{
		Config: cfg, Inputs: []string{set.Articles}, OutDir: dir + "/out", Jobs: o.jobs, Steps: steps,
	})
	cpu := cputime.Self() - cpu0
	close(stop)
	wg.Wait()
	if o.cpuprofile != "" {
		pprof.StopCPUProfile()
	}
	if err != nil {
		return environment(err)
	}
	total := time.Since(t1)
	run := time.Since(t2)
	tt := rep.Totals
	fmt.Fprintln(w, ui.T("RunBenchResult", map[string]any{
		"Articles": tt.Articles, "Jobs": o.jobs, "CPUs": runtime.NumCPU(), "Formats": len(rep.Formats),
		"Setup":    fmt.Sprintf("%.2f", t2.Sub(t1).Seconds()),
		"Run":      fmt.Sprintf("%.2f", run.Seconds()),
		"Total":    fmt.Sprintf("%.2f", total.Seconds()),
		"PerSec":   fmt.Sprintf("%.0f", float64(tt.Articles)/run.Seconds()),
		"MBs":      fmt.Sprintf("%.2f", float64(set.Bytes)/1e6/run.Seconds()),
		"Heap":     fmt.Sprintf("%.0f", float64(peak)/(1<<20)),
		"CPU":      fmt.Sprintf("%.1f", cpu.Seconds()),
		"CPUPer":   fmt.Sprintf("%.1f", cpu.Seconds()*1000/float64(max(tt.Articles, 1))),
		"Segments": tt.Segments, "Terms": tt.Terms, "Findings": tt.Findings, "Links": tt.Links, "Units": tt.Units,
	}))
	b := tt.Bands
	fmt.Fprintln(w, ui.T("RunBands", map[string]any{
		"B101": b.InContext, "B100": b.Exact, "B95": b.High, "B85": b.Mid, "B75": b.Low, "New": b.New,
	}))
	return nil
}
