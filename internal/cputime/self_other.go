//go:build !unix

package cputime

import "time"

// Self is not measured on this system: 0.
func Self() time.Duration { return 0 }

// PeakRSS is not measured on this system: 0.
func PeakRSS() int64 { return 0 }
