package cputime

import (
	"os"
	"strings"
)

// Load returns the machine's load average over 1, 5 and 15 minutes as
// /proc/loadavg gives it ("2.05 1.80 1.62"), or "" where it is not known:
// the benchmarks print it beside their figures.
func Load() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return ""
	}
	return strings.Join(f[:3], " ")
}
