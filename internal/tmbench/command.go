package tmbench

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"bitext/atomicfile"
	"bitext/internal/tmgen"
	"bitext/locales"
	"bitext/tm"
)

// ImportInProcess imports tmxPath into a new memory at tmPath in this
// process: no memory or CPU figure of its own.
func ImportInProcess(ctx context.Context, tmxPath, tmPath string) (ImportStats, error) {
	start := time.Now()
	s, err := tm.Open(ctx, tmPath)
	if err != nil {
		return ImportStats{}, err
	}
	defer s.Close()
	f, err := os.Open(tmxPath)
	if err != nil {
		return ImportStats{}, err
	}
	defer f.Close()
	res, err := tm.ImportTMX(ctx, s, f, tmxPath)
	return ImportStats{Duration: time.Since(start), Result: res}, err
}

// ImportChild imports by running `exe tm --tm PATH import FILE` (exe is
// the bitext command) as a child process, with its peak resident memory
// and CPU time.
func ImportChild(exe string) func(ctx context.Context, tmxPath, tmPath string) (ImportStats, error) {
	return func(ctx context.Context, tmxPath, tmPath string) (ImportStats, error) {
		start := time.Now()
		peak, cpu, err := runMeasured(ctx, exe, "tm", "--tm", tmPath, "import", tmxPath)
		return ImportStats{Duration: time.Since(start), MaxRSS: peak, CPU: cpu}, err
	}
}

// ParseSizes reads a comma-separated list of TM sizes (positive numbers
// of units).
func ParseSizes(s string) ([]int, bool) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return nil, false
		}
		out = append(out, n)
	}
	return out, true
}

// WriteText writes the reports as `bitext tm bench` shows them: a table
// with a row per size, then each size's recall by edit and checksum.
func WriteText(w io.Writer, ui *locales.Localizer, reports []Report) {
	fmt.Fprintln(w, ui.T("TMBenchHeader", nil))
	for _, r := range reports {
		rss := "-"
		if r.Import.MaxRSS > 0 {
			rss = fmt.Sprintf("%d", r.Import.MaxRSS>>20)
		}
		fmt.Fprintf(w, "%9d  %6.1f (%5.1f)  %7s  %6d  %6.2f / %6.2f  %6.2f / %7.2f  %6.2f / %6.2f  %6.1f%%  %6.1f%%\n",
			r.Units, r.Import.Duration.Seconds(), r.Import.CPU.Seconds(), rss, r.StoreBytes>>20,
			ms(r.ExactP50), ms(r.ExactP99), ms(r.FuzzyP50), ms(r.FuzzyP99), ms(r.FuzzyCPUP50), ms(r.FuzzyCPUP99),
			100*r.Recall, 100*r.TrueTop1)
	}
	for _, r := range reports {
		var parts []string
		for _, e := range []string{"words", "numbers", "clause"} {
			if v, ok := r.ByEdit[e]; ok {
				parts = append(parts, fmt.Sprintf("%s %d/%d", e, v[0], v[1]))
			}
		}
		fmt.Fprintln(w, ui.T("TMBenchDetail", map[string]any{"Units": r.Units, "Queries": r.Queries,
			"ByEdit": strings.Join(parts, ", "), "Brute": r.BruteForceTime.Round(time.Millisecond).String(),
			"ExactFound": r.ExactFound}))
		fmt.Fprintln(w, ui.T("TMBenchChecksum", map[string]any{"Units": r.Units, "Sum": r.Checksum}))
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// WriteQueries writes generated queries as JSON Lines (text, languages,
// the tuid of the unit each was made from and its edit), as `bitext tm
// gen --queries-out` does.
func WriteQueries(w io.Writer, qs []tmgen.Query) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, q := range qs {
		rec := map[string]any{"text": q.Text, "source_lang": q.Source.String(), "target_lang": q.Target.String(),
			"want_tuid": strconv.Itoa(q.Want + 1), "edit": q.Edit}
		if err := enc.Encode(rec); err != nil {
			return err
		}
	}
	return nil
}

// Generate writes n generated units (tmgen) as TMX to w and, when
// queriesOut is not "", that many queries made from them to the file
// queriesOut (WriteQueries).
func Generate(w io.Writer, pairs []tmgen.Pair, seed uint64, n int, queriesOut string, queries int) error {
	g := tmgen.New(pairs, seed)
	units := g.Units(n)
	if err := tmgen.WriteTMX(w, units); err != nil || queriesOut == "" {
		return err
	}
	qs := g.Queries(units, queries)
	return atomicfile.Write(queriesOut, func(w io.Writer) error { return WriteQueries(w, qs) })
}

// WriteJSON writes the reports as indented JSON.
func WriteJSON(w io.Writer, reports []Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(reports)
}
