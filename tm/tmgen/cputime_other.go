//go:build !linux

package tmgen

import "time"

func threadCPU() time.Duration { return 0 }
