//go:build unix

package segment

import (
	"syscall"
	"time"
)

// processCPU returns the processor time the test process has used: on a
// busy machine the benchmarks report MB per processor second next to the
// wall-clock MB/s.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
