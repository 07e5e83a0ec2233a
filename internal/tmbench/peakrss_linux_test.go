package tmbench

import (
	"context"
	"os"
	"strings"
	"testing"
)

// TestRunMeasuredOwnPeak: a small child started from a large process has
// its own peak, not the parent's high-water mark (which the kernel's
// rusage would give), and a failing child's exit status is an error.
func TestRunMeasuredOwnPeak(t *testing.T) {
	big := make([]byte, 128<<20)
	for i := range big {
		big[i] = 1
	}
	if self := vmHWM(os.Getpid()); self < 128<<20 {
		t.Skipf("test process peak %d: /proc not readable", self)
	}
	peak, _, err := runMeasured(context.Background(), "/bin/sh", "-c", "exit 0")
	if err != nil {
		t.Fatal(err)
	}
	if peak == 0 {
		t.Skip("tracing not permitted here: the peak is unknown")
	}
	if peak > 64<<20 {
		t.Errorf("sh's peak %d MiB: the parent's %d MiB counted", peak>>20, len(big)>>20)
	}
	_, _, err = runMeasured(context.Background(), "/bin/sh", "-c", "echo no; exit 3")
	if err == nil || !strings.Contains(err.Error(), "exit status 3") || !strings.Contains(err.Error(), "no") {
		t.Errorf("failing child: %v", err)
	}
	big[0] = 0
}
