package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"bitext/atomicfile"
	"bitext/internal/tmbench"
	"bitext/locales"
	"bitext/tm"
	"bitext/tm/tmgen"
)

func init() {
	tmExtraCommands = append(tmExtraCommands, tmBenchCommand, tmGenCommand)
}

func corpusPairs(ui *locales.Localizer, dir string) ([]tmgen.Pair, error) {
	if dir == "" {
		return tmgen.Builtin(), nil
	}
	ps, err := tmgen.LoadCorpus(dir)
	if err != nil {
		return nil, badInput(errors.New(ui.T("TMErrCorpus", map[string]any{"Dir": dir, "Err": err})))
	}
	return ps, nil
}

func parseSizes(ui *locales.Localizer, s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return nil, badInput(errors.New(ui.T("TMErrSizes", map[string]any{"Value": s})))
		}
		out = append(out, n)
	}
	return out, nil
}

func tmBenchCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "bench",
		Usage:       ui.T("TMBenchUsage", nil),
		Description: ui.T("TMBenchDescription", nil),
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "sizes", Value: "10000,100000", Usage: ui.T("TMFlagSizes", nil)},
			&cli.StringFlag{Name: "corpus", Usage: ui.T("TMFlagCorpus", nil)},
			&cli.IntFlag{Name: "queries", Value: 1000, Usage: ui.T("TMFlagQueries", nil)},
			&cli.Uint64Flag{Name: "seed", Value: 1, Usage: ui.T("TMFlagSeed", nil)},
			&cli.IntFlag{Name: "min", Value: 50, Usage: ui.T("TMFlagMin", nil)},
			&cli.StringFlag{Name: "dir", Usage: ui.T("TMFlagBenchDir", nil)},
			&cli.BoolFlag{Name: "in-process", Usage: ui.T("TMFlagInProcess", nil)},
			&cli.BoolFlag{Name: "reuse", Usage: ui.T("TMFlagReuse", nil)},
			&cli.StringFlag{Name: "format", Value: "text", Usage: ui.T("TMFlagFormat", nil)},
			&cli.StringFlag{Name: "cpuprofile", Usage: ui.T("TMFlagCPUProfile", nil)},
		},
		Action: func(c *cli.Context) error {
			format := c.String("format")
			if format != "text" && format != "json" {
				return badInput(errors.New(ui.T("TMErrFormat", map[string]any{"Format": format})))
			}
			sizes, err := parseSizes(ui, c.String("sizes"))
			if err != nil {
				return err
			}
			pairs, err := corpusPairs(ui, c.String("corpus"))
			if err != nil {
				return err
			}
			dir := c.String("dir")
			if dir == "" {
				d, err := os.MkdirTemp("", "bitext-tm-bench-")
				if err != nil {
					return environment(err)
				}
				defer os.RemoveAll(d)
				dir = d
			}
			cfg := tmbench.Config{
				Pairs: pairs, Seed: c.Uint64("seed"), Sizes: sizes, Queries: c.Int("queries"), Dir: dir, Min: c.Int("min"), Reuse: c.Bool("reuse"),
				Open: func(ctx context.Context, p string) (tm.Store, error) { return tm.Open(ctx, p) },
				Log: func(format string, args ...any) {
					fmt.Fprintf(c.App.ErrWriter, "bitext: "+format+"\n", args...)
				},
			}
			if c.Bool("in-process") {
				cfg.Import = importInProcess
			} else {
				cfg.Import = importChild
			}
			if p := c.String("cpuprofile"); p != "" {
				f, err := os.Create(p)
				if err != nil {
					return environment(err)
				}
				defer f.Close()
				if err := pprof.StartCPUProfile(f); err != nil {
					return environment(err)
				}
				defer pprof.StopCPUProfile()
			}
			reports, err := tmbench.Run(c.Context, cfg)
			if err != nil {
				return environment(err)
			}
			if format == "json" {
				enc := json.NewEncoder(c.App.Writer)
				enc.SetIndent("", "  ")
				return enc.Encode(reports)
			}
			printBench(ui, c.App.Writer, reports)
			return nil
		},
	}
}

func importInProcess(ctx context.Context, tmxPath, tmPath string) (tmbench.ImportStats, error) {
	start := time.Now()
	s, err := tm.Open(ctx, tmPath)
	if err != nil {
		return tmbench.ImportStats{}, err
	}
	defer s.Close()
	f, err := os.Open(tmxPath)
	if err != nil {
		return tmbench.ImportStats{}, err
	}
	defer f.Close()
	res, err := tm.ImportTMX(ctx, s, f, tmxPath)
	return tmbench.ImportStats{Duration: time.Since(start), Result: res}, err
}

// importChild runs `bitext tm --tm PATH import FILE` as a child process
// and reads its peak resident memory from the kernel.
func importChild(ctx context.Context, tmxPath, tmPath string) (tmbench.ImportStats, error) {
	exe, err := os.Executable()
	if err != nil {
		return tmbench.ImportStats{}, err
	}
	cmd := exec.CommandContext(ctx, exe, "tm", "--tm", tmPath, "import", tmxPath)
	peak := tmPath + ".peak-rss"
	os.Remove(peak)
	defer os.Remove(peak)
	cmd.Env = append(os.Environ(), peakRSSEnv+"="+peak)
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	err = cmd.Run()
	st := tmbench.ImportStats{Duration: time.Since(start)}
	if err != nil {
		return st, fmt.Errorf("%s: %v: %s", exe, err, out.String())
	}
	if b, err := os.ReadFile(peak); err == nil {
		kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(string(b)), " kB"), 10, 64)
		st.MaxRSS = kb << 10
	}
	st.CPU = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	return st, nil
}

func printBench(ui *locales.Localizer, w io.Writer, reports []tmbench.Report) {
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

func tmGenCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "gen",
		Usage:       ui.T("TMGenUsage", nil),
		Description: ui.T("TMGenDescription", nil),
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "units", Value: 10000, Usage: ui.T("TMFlagUnits", nil)},
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Usage: ui.T("TMFlagOut", nil)},
			&cli.StringFlag{Name: "queries-out", Usage: ui.T("TMFlagQueriesOut", nil)},
			&cli.IntFlag{Name: "queries", Value: 1000, Usage: ui.T("TMFlagQueries", nil)},
			&cli.StringFlag{Name: "corpus", Usage: ui.T("TMFlagCorpus", nil)},
			&cli.Uint64Flag{Name: "seed", Value: 1, Usage: ui.T("TMFlagSeed", nil)},
		},
		Action: func(c *cli.Context) error {
			out := c.String("out")
			if out == "" {
				return badInput(errors.New(ui.T("TMErrExportArgs", nil)))
			}
			pairs, err := corpusPairs(ui, c.String("corpus"))
			if err != nil {
				return err
			}
			g := tmgen.New(pairs, c.Uint64("seed"))
			units := g.Units(c.Int("units"))
			write := func(w io.Writer) error { return tmgen.WriteTMX(w, units) }
			if out == "-" {
				err = write(c.App.Writer)
			} else {
				err = atomicfile.Write(out, write)
			}
			if err != nil {
				return environment(err)
			}
			if qo := c.String("queries-out"); qo != "" {
				qs := g.Queries(units, c.Int("queries"))
				err := atomicfile.Write(qo, func(w io.Writer) error {
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
				})
				if err != nil {
					return environment(err)
				}
			}
			return nil
		},
	}
}
