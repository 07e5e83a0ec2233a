//go:build unix

package glossary

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time (user and system) the process has used. The
// benchmarks report MB per CPU second next to the wall-clock MB/s, since
// the wall clock of a shared machine says more about the neighbours.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
