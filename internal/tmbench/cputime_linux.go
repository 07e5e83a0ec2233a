package tmbench

import (
	"syscall"
	"time"
	"unsafe"
)

// threadCPU returns the CPU time used by the calling thread, so that lookup
// timings can be given without the time other processes took from it. It
// reads CLOCK_THREAD_CPUTIME_ID (nanoseconds); getrusage(RUSAGE_THREAD)
// counts in scheduler ticks of several milliseconds.
func threadCPU() time.Duration {
	const clockThreadCPUTimeID = 3
	var ts syscall.Timespec
	if _, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTimeID, uintptr(unsafe.Pointer(&ts)), 0); errno != 0 {
		return 0
	}
	return time.Duration(ts.Nano())
}
