package runbench_test

import (
	"bytes"
	"context"
	"regexp"
	"runtime"
	"strconv"
	"testing"

	"golang.org/x/text/language"

	"bitext/internal/runbench"
	"bitext/locales"
)

// TestFiguresAreMeasured: the TM size printed is what the TM holds after
// the import merged repeated units (not the number asked for), and the
// process's peak RSS is printed beside the sampled heap.
func TestFiguresAreMeasured(t *testing.T) {
	var out bytes.Buffer
	ui := locales.New(language.English)
	if err := runbench.Run(context.Background(), &out, ui, runbench.Options{Articles: 4, TMUnits: 400, GlossaryEntries: 10, Jobs: 1, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`a TM of (\d+) units \(of 400 generated`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("no TM size in\n%s", out.String())
	}
	if n, _ := strconv.Atoi(m[1]); n <= 0 || n > 400 {
		t.Errorf("TM of %d units, want 1..400", n)
	}
	rss := regexp.MustCompile(`peak RSS of the process (\d+) MiB`).FindStringSubmatch(out.String())
	if rss == nil {
		t.Fatalf("no peak RSS in\n%s", out.String())
	}
	if n, _ := strconv.Atoi(rss[1]); runtime.GOOS == "linux" && n <= 0 {
		t.Errorf("peak RSS %d MiB on Linux", n)
	}
}
