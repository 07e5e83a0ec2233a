// Package cputime reads the processor time of this process and of a
// finished child, for the benchmark commands, which report CPU time
// beside wall time because the machines they run on are shared.
//
//	start := cputime.Self()
//	work()
//	fmt.Println(cputime.Self() - start)
package cputime

import (
	"os/exec"
	"time"
)

// Child returns the processor time a finished command used.
func Child(c *exec.Cmd) time.Duration {
	if c.ProcessState == nil {
		return 0
	}
	return c.ProcessState.UserTime() + c.ProcessState.SystemTime()
}
