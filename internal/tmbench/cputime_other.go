//go:build !linux

package tmbench

import "time"

func threadCPU() time.Duration { return 0 }
