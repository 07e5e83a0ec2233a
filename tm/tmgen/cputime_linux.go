package tmgen

import (
	"syscall"
	"time"
)

// threadCPU returns the CPU time used by the calling thread, so that lookup
// timings can be given without the time other processes took from it.
func threadCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(1, &ru); err != nil { // RUSAGE_THREAD
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
