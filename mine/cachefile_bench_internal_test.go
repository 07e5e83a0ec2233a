//go:build unix

package mine

import (
	"io"
	"os"
	"syscall"
	"testing"
	"time"
)

// BenchmarkCacheTM reads the cache of the TM named by BITEXT_MINE_TM (a
// base and segments, made by `bitext glossary mine`) as a rerun does,
// pairs seen once left in the file, and writes it whole as a new base,
// as a compaction does (to io.Discard); skipped without it. ns/op is one
// read and one write; cpu-ns/op their CPU
// time, read-cpu-ns/op that of the read alone.
func BenchmarkCacheTM(b *testing.B) {
	path := os.Getenv("BITEXT_MINE_TM")
	if path == "" {
		b.Skip("BITEXT_MINE_TM is not set")
	}
	var read int64
	start := cpuTimeInternal()
	for b.Loop() {
		cpu := cpuTimeInternal()
		st, _, err := readCache(CachePath(path), false)
		if err != nil || st == nil {
			b.Fatal(err, "no cache")
		}
		read += int64(cpuTimeInternal() - cpu)
		if _, err := st.writeFile(io.Discard, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTimeInternal()-start)/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(read)/float64(b.N), "read-cpu-ns/op")
}

// cpuTimeInternal is the process's user and system CPU time.
func cpuTimeInternal() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
