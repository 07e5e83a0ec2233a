package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"
	"golang.org/x/text/language"

	"bitext/internal/segeval"
	"bitext/locales"
)

func init() { registerEval(evalSegmentCommand) }

type evalSegmentOptions struct {
	cases []string
	lang  language.Tag
	speed bool
	size  int64
	dir   string
	// Floors, fractions in [0,1]: the share of gold sentences reproduced
	// exactly and of cases exact that each case file must reach.
	minSentences, minCases float64
}

func evalSegmentCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "segment",
		Usage:       ui.T("SegmentEvalUsage", nil),
		Description: ui.T("SegmentEvalDescription", nil),
		Flags: []cli.Flag{
			&cli.StringSliceFlag{Name: "cases", Usage: ui.T("SegmentEvalFlagCases", nil)},
			&cli.StringFlag{Name: "lang", Value: "auto", Usage: ui.T("SegmentFlagLang", nil)},
			&cli.BoolFlag{Name: "speed", Usage: ui.T("SegmentEvalFlagSpeed", nil)},
			&cli.StringFlag{Name: "size", Value: "100MB", Usage: ui.T("SegmentEvalFlagSize", nil)},
			&cli.StringFlag{Name: "dir", Usage: ui.T("SegmentEvalFlagDir", nil)},
			&cli.Float64Flag{Name: "min-sentences", Usage: ui.T("SegmentEvalFlagMinSentences", nil)},
			&cli.Float64Flag{Name: "min-cases", Usage: ui.T("SegmentEvalFlagMinCases", nil)},
		},
		Action: func(c *cli.Context) error {
			o := evalSegmentOptions{cases: c.StringSlice("cases"), speed: c.Bool("speed"), dir: c.String("dir"),
				minSentences: c.Float64("min-sentences"), minCases: c.Float64("min-cases")}
			if o.minSentences < 0 || o.minSentences > 1 || o.minCases < 0 || o.minCases > 1 {
				return badInput(errors.New(ui.T("SegmentEvalErrFloor", nil)))
			}
			var err error
			if o.lang, err = segmentLangFlag(ui, c.String("lang")); err != nil {
				return err
			}
			if o.size, err = parseSize(c.String("size")); err != nil {
				return badInput(errors.New(ui.T("SegmentEvalErrSize", map[string]any{"Value": c.String("size")})))
			}
			if len(o.cases) == 0 && !o.speed {
				return badInput(errors.New(ui.T("SegmentEvalErrNoInput", nil)))
			}
			w := c.App.Writer
			below := 0
			for _, f := range o.cases {
				rep, err := evalSegmentCases(ui, w, f, o.lang)
				if err != nil {
					return err
				}
				if frac(rep.Hits, rep.Gold) < o.minSentences {
					below++
					fmt.Fprintln(w, ui.T("SegmentEvalBelowFloor", map[string]any{"File": f, "What": ui.T("SegmentEvalWhatSentences", nil), "Got": fmt.Sprintf("%.4f", frac(rep.Hits, rep.Gold)), "Min": o.minSentences}))
				}
				if frac(rep.Exact, rep.Cases) < o.minCases {
					below++
					fmt.Fprintln(w, ui.T("SegmentEvalBelowFloor", map[string]any{"File": f, "What": ui.T("SegmentEvalWhatCases", nil), "Got": fmt.Sprintf("%.4f", frac(rep.Exact, rep.Cases)), "Min": o.minCases}))
				}
			}
			if o.speed {
				if err := evalSegmentSpeed(ui, w, o); err != nil {
					return err
				}
			}
			if below > 0 {
				return findings
			}
			return nil
		},
	}
}

// frac is a/b, and 1 when there is nothing to count.
func frac(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func evalSegmentCases(ui *locales.Localizer, w io.Writer, path string, lang language.Tag) (segeval.Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return segeval.Report{}, environment(errors.New(ui.T("ErrOpen", map[string]any{"Path": path, "Err": err})))
	}
	defer f.Close()
	cases, err := segeval.ReadCases(f)
	if err != nil {
		return segeval.Report{}, badInput(fmt.Errorf("%s: %w", path, err))
	}
	rep := segeval.Evaluate(cases, lang)
	pct := func(a, b int) string {
		if b == 0 {
			return "-"
		}
		return fmt.Sprintf("%.1f%%", 100*float64(a)/float64(b))
	}
	fmt.Fprintln(w, ui.T("SegmentEvalCases", map[string]any{"File": path, "Exact": rep.Exact, "Cases": rep.Cases, "Pct": pct(rep.Exact, rep.Cases)}))
	if rep.PySBD > 0 {
		fmt.Fprintln(w, ui.T("SegmentEvalPySBD", map[string]any{"Exact": rep.PyExact, "Cases": rep.PySBD}))
	}
	fmt.Fprintln(w, ui.T("SegmentEvalSentences", map[string]any{"Hits": rep.Hits, "Gold": rep.Gold, "Pct": pct(rep.Hits, rep.Gold)}))
	failed := 0
	for _, r := range rep.Results {
		if r.Exact {
			continue
		}
		if failed == 0 {
			fmt.Fprintln(w, ui.T("SegmentEvalFailing", nil))
		}
		failed++
		name := r.Name
		if r.ID > 0 {
			name = fmt.Sprintf("#%d %s", r.ID, r.Name)
		}
		fmt.Fprintf(w, "  %s\n", name)
		gold := map[string]bool{}
		for _, s := range r.Sentences {
			gold[strings.Join(strings.Fields(s), " ")] = true
		}
		got := map[string]bool{}
		for _, s := range r.Got {
			got[s] = true
		}
		// Long documents show only the sentences that differ.
		long := len(r.Sentences) > 6
		for _, s := range r.Sentences {
			if !long || !got[strings.Join(strings.Fields(s), " ")] {
				fmt.Fprintf(w, "    %s %q\n", ui.T("SegmentEvalWant", nil), s)
			}
		}
		for _, s := range r.Got {
			if !long || !gold[s] {
				fmt.Fprintf(w, "    %s %q\n", ui.T("SegmentEvalGot", nil), s)
			}
		}
	}
	fmt.Fprintln(w)
	return rep, nil
}

// evalSegmentSpeed measures the scanner against wc -w on a generated
// news file of the given size per language.
func evalSegmentSpeed(ui *locales.Localizer, w io.Writer, o evalSegmentOptions) error {
	langs := []language.Tag{language.English, language.Korean}
	if o.lang != language.Und {
		langs = []language.Tag{o.lang}
	}
	for _, lang := range langs {
		r, err := segeval.Speed(o.dir, lang, o.size)
		if err != nil {
			return environment(err)
		}
		fmt.Fprintln(w, ui.T("SegmentEvalSpeed", map[string]any{
			"Lang": lang.String(), "MB": fmt.Sprintf("%.1f", r.MB), "Segments": r.Segments,
			"Seconds": fmt.Sprintf("%.2f", r.Wall.Seconds()), "MBs": rate(r.MB, r.Wall),
			"CPUSeconds": fmt.Sprintf("%.2f", r.CPU.Seconds()), "CPUMBs": rate(r.MB, r.CPU),
		}))
		if r.WCErr != nil {
			fmt.Fprintln(w, ui.T("SegmentEvalNoWC", map[string]any{"Err": r.WCErr}))
			continue
		}
		fmt.Fprintln(w, ui.T("SegmentEvalWC", map[string]any{
			"Words": r.WCWords, "Seconds": fmt.Sprintf("%.2f", r.WCWall.Seconds()), "MBs": rate(r.MB, r.WCWall),
			"CPUSeconds": fmt.Sprintf("%.2f", r.WCCPU.Seconds()), "CPUMBs": rate(r.MB, r.WCCPU),
			"Ratio": ratio(r.WCWall, r.Wall), "CPURatio": ratio(r.WCCPU, r.CPU),
		}))
	}
	return nil
}

func rate(mb float64, d time.Duration) string {
	if d <= 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f", mb/d.Seconds())
}

func ratio(a, b time.Duration) string {
	if a <= 0 || b <= 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f", a.Seconds()/b.Seconds())
}

// parseSize reads sizes such as 100MB, 1GB, 512KB or 1000 (bytes); units
// are powers of 1000, KiB/MiB/GiB powers of 1024.
func parseSize(s string) (int64, error) {
	s = strings.TrimSpace(s)
	units := []struct {
		suffix string
		mult   int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"K", 1e3}, {"M", 1e6}, {"G", 1e9}, {"B", 1}}
	mult := int64(1)
	for _, u := range units {
		if strings.HasSuffix(strings.ToUpper(s), strings.ToUpper(u.suffix)) && (u.suffix != "B" || len(s) > 1) {
			if strings.HasSuffix(s, u.suffix) || strings.ToUpper(u.suffix) == u.suffix {
				s = s[:len(s)-len(u.suffix)]
				mult = u.mult
				break
			}
		}
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || v <= 0 {
		return 0, fmt.Errorf("bad size %q", s)
	}
	return int64(v * float64(mult)), nil
}
