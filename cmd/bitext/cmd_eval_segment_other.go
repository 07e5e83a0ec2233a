//go:build !unix

package main

import (
	"os/exec"
	"time"
)

// cpuTime is not measured on this system.
func cpuTime() time.Duration { return 0 }

func childCPUTime(c *exec.Cmd) time.Duration {
	if c.ProcessState == nil {
		return 0
	}
	return c.ProcessState.UserTime() + c.ProcessState.SystemTime()
}
