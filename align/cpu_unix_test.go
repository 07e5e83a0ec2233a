//go:build unix

package align

import (
	"syscall"
	"testing"
	"time"
)

// cpuClock is the process's CPU time (user and system) when a benchmark's
// loop started: on a shared machine the wall time per operation moves
// with the load, its CPU time much less.
type cpuClock struct{ start time.Duration }

func startCPU() cpuClock { return cpuClock{processCPU()} }

// report adds the CPU time per operation, in ms, to the benchmark's line.
func (c cpuClock) report(b *testing.B) {
	b.ReportMetric(float64(processCPU()-c.start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}

func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
