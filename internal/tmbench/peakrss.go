package tmbench

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"time"
)

// runUntraced runs exe without tracing: its peak memory is unknown (0).
func runUntraced(ctx context.Context, out *os.File, exe string, args ...string) (int64, time.Duration, error) {
	c := exec.CommandContext(ctx, exe, args...)
	c.Stdout, c.Stderr = out, out
	if err := c.Run(); err != nil {
		b, _ := os.ReadFile(out.Name())
		return 0, 0, fmt.Errorf("%s: %v: %s", exe, err, b)
	}
	return 0, c.ProcessState.UserTime() + c.ProcessState.SystemTime(), nil
}
