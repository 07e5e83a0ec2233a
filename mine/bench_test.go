//go:build unix

package mine_test

import (
	"context"
	"io"
	"os"
	"syscall"
	"testing"
	"time"

	"bitext/internal/tmgen"
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
func BenchmarkRun(b *testing.B) {
	pairs := tmgen.New(tmgen.Builtin(), 1).Units(10000)
	units := make([]tm.Unit, len(pairs))
	for i, p := range pairs {
		units[i] = tmgen.Unit(p, i)
	}
	s := openStore(b, units)
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		if _, err := mine.Run(context.Background(), s, mine.Options{}); err != nil {
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
func BenchmarkRunTM(b *testing.B) {
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
		res, err := mine.Run(context.Background(), s, mine.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(res.Total), "units")
	}
	reportCPU(b, cpu)
}

// BenchmarkRerunTM is a cached rerun on the TM named by BITEXT_MINE_TM:
// reading its cache file (made by `bitext glossary mine`), mining the
// units after it and writing the cache again (to memory); skipped
// without it.
func BenchmarkRerunTM(b *testing.B) {
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
		st, err := mine.ReadStateFile(mine.CachePath(path))
		if err != nil || st == nil {
			b.Fatal(err, "no cache")
		}
		res, err := mine.Run(context.Background(), s, mine.Options{State: st})
		if err != nil {
			b.Fatal(err)
		}
		if err := st.Write(io.Discard); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(res.Read), "read")
	}
	reportCPU(b, cpu)
}
