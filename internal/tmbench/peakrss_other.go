//go:build !linux

package tmbench

import (
	"context"
	"os"
	"time"
)

// runMeasured runs exe to its end; its peak memory is unknown (0) on
// this system.
func runMeasured(ctx context.Context, exe string, args ...string) (int64, time.Duration, error) {
	out, err := os.CreateTemp("", "bitext-tm-bench-out-")
	if err != nil {
		return 0, 0, err
	}
	defer os.Remove(out.Name())
	defer out.Close()
	return runUntraced(ctx, out, exe, args...)
}
