//go:build unix

package mine_test

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"bitext/internal/tmgen"
	"bitext/lexicon"
	"bitext/mine"
	"bitext/tm"
)

// BenchmarkAdd is the cost of mining one unit (generated news pairs of
// internal/tmgen), without reading the store: ns/op is per unit, so a 1M-unit TM
// costs 1e6 times it plus the store's Iterate.
func BenchmarkAdd(b *testing.B) {
	pairs := tmgen.New(tmgen.Builtin(), 1).Units(10000)
	units := make([]tm.Unit, len(pairs))
	for i, p := range pairs {
		units[i] = tmgen.Unit(p, i)
		units[i].ID = int64(i + 1)
	}
	st := mine.NewState()
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		u := units[i%len(units)]
		u.ID = int64(i + 1)
		st.Add(&u)
	}
	reportCPU(b, cpu)
}

// cpuTime is the process's user and system CPU time: on a loaded machine
// the wall time of ns/op includes waiting for a core, CPU time does not.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

// BenchmarkRun mines a stored TM of 10,000 generated units from scratch
// (Iterate included); ns/op is per run.
func BenchmarkRun(b *testing.B) { benchRun(b, mine.Options{}) }

// BenchmarkRunCore is BenchmarkRun with the core lexicon, what `bitext
// glossary mine` gives the miner by default (session 9, helper M4).
func BenchmarkRunCore(b *testing.B) { benchRun(b, mine.Options{Lexicon: lexicon.Core()}) }

// benchRun mines a stored TM of 10,000 generated units with o, b.N times.
func benchRun(b *testing.B, o mine.Options) {
	pairs := tmgen.New(tmgen.Builtin(), 1).Units(10000)
	units := make([]tm.Unit, len(pairs))
	for i, p := range pairs {
		units[i] = tmgen.Unit(p, i)
	}
	s := openStore(b, units)
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		if _, err := mine.Run(context.Background(), s, o); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu)
}

// BenchmarkRerun mines the same TM again with the state of the first run:
// no unit is new, so this is the cost of skipping what was read.
func BenchmarkRerun(b *testing.B) {
	pairs := tmgen.New(tmgen.Builtin(), 1).Units(10000)
	units := make([]tm.Unit, len(pairs))
	for i, p := range pairs {
		units[i] = tmgen.Unit(p, i)
	}
	s := openStore(b, units)
	st := mine.NewState()
	if _, err := mine.Run(context.Background(), s, mine.Options{State: st}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		if _, err := mine.Run(context.Background(), s, mine.Options{State: st}); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu)
}

// BenchmarkRunTM mines the TM named by BITEXT_MINE_TM (a path to a
// SQLite TM, e.g. one imported from `bitext tm gen --corpus`) from
// scratch; skipped without it. For profiles of real-sized archives:
//
//	BITEXT_MINE_TM=/tmp/m1.tm go test ./mine -run X -bench RunTM -benchtime 1x -cpu 1 -cpuprofile cpu.prof
func BenchmarkRunTM(b *testing.B) { benchRunTM(b, mine.Options{}) }

// BenchmarkRunCoreTM is BenchmarkRunTM with the core lexicon, as `bitext
// glossary mine` runs by default.
func BenchmarkRunCoreTM(b *testing.B) { benchRunTM(b, mine.Options{Lexicon: lexicon.Core()}) }

func benchRunTM(b *testing.B, o mine.Options) {
	path := os.Getenv("BITEXT_MINE_TM")
	if path == "" {
		b.Skip("BITEXT_MINE_TM is not set")
	}
	s, err := tm.Open(context.Background(), "sqlite:"+path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		res, err := mine.Run(context.Background(), s, o)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(res.Total), "units")
	}
	reportCPU(b, cpu)
}

// BenchmarkRerunTM is a cached rerun on the TM named by BITEXT_MINE_TM,
// as `bitext glossary mine` makes it (RunCached): reading its cache (made
// by an earlier run), mining the units after it and writing a segment or
// a new base; the cache files are put back as they were after each run
// (outside the timing). Skipped without it.
func BenchmarkRerunTM(b *testing.B) { benchRerunTM(b, mine.Options{}) }

// BenchmarkRerunCoreTM is BenchmarkRerunTM with the core lexicon, as
// `bitext glossary mine` runs by default (its cache is the one the
// command writes).
func BenchmarkRerunCoreTM(b *testing.B) { benchRerunTM(b, mine.Options{Lexicon: lexicon.Core()}) }

func benchRerunTM(b *testing.B, o mine.Options) {
	path := os.Getenv("BITEXT_MINE_TM")
	if path == "" {
		b.Skip("BITEXT_MINE_TM is not set")
	}
	s, err := tm.Open(context.Background(), "sqlite:"+path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	files, err := filepath.Glob(mine.CachePath(path) + "*")
	if err != nil || len(files) == 0 {
		b.Fatal(err, "no cache")
	}
	saved := map[string][]byte{}
	for _, f := range files {
		if saved[f], err = os.ReadFile(f); err != nil {
			b.Fatal(err)
		}
	}
	restore := func() {
		now, _ := filepath.Glob(mine.CachePath(path) + "*")
		for _, f := range now {
			if saved[f] == nil {
				os.Remove(f)
			}
		}
		for f, data := range saved {
			if err := os.WriteFile(f, data, 0o644); err != nil {
				b.Fatal(err)
			}
		}
	}
	defer restore()
	b.ResetTimer()
	var cpu time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		restore()
		start := cpuTime()
		b.StartTimer()
		res, err := mine.RunCached(context.Background(), s, o, path, false)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		cpu += cpuTime() - start
		b.StartTimer()
		b.ReportMetric(float64(res.Read), "read")
	}
	b.ReportMetric(float64(cpu)/float64(b.N), "cpu-ns/op")
}
