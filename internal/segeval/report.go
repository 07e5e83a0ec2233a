package segeval

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"bitext/internal/exitcode"
	"bitext/locales"
)

// Options are the settings of `bitext eval segment`.
type Options struct {
	Cases []string     // case files (JSON Lines, see ReadCases)
	Lang  language.Tag // Und: each case's own language
	Speed bool         // measure the scanner against wc -w
	Size  int64        // bytes of generated news per language for Speed
	Dir   string       // where Speed writes its file ("" a temporary folder)
	// Floors, fractions in [0,1]: the share of gold sentences reproduced
	// exactly and of cases exact that each case file must reach.
	MinSentences, MinCases float64
}

// Run evaluates the case files and measures the speed as o says, writing
// the report to w in the interface language of ui. A case file below a
// floor gives exitcode.ErrFindings after the whole report.
func Run(w io.Writer, ui *locales.Localizer, o Options) error {
	below := 0
	floor := func(file, what string, got, min float64) {
		if got < min {
			below++
			fmt.Fprintln(w, ui.T("SegmentEvalBelowFloor", map[string]any{"File": file, "What": ui.T(what, nil), "Got": fmt.Sprintf("%.4f", got), "Min": min}))
		}
	}
	for _, f := range o.Cases {
		rep, err := runCases(w, ui, f, o.Lang)
		if err != nil {
			return err
		}
		floor(f, "SegmentEvalWhatSentences", frac(rep.Hits, rep.Gold), o.MinSentences)
		floor(f, "SegmentEvalWhatCases", frac(rep.Exact, rep.Cases), o.MinCases)
	}
	if o.Speed {
		if err := runSpeed(w, ui, o); err != nil {
			return err
		}
	}
	if below > 0 {
		return exitcode.ErrFindings
	}
	return nil
}

// frac is a/b, and 1 when there is nothing to count.
func frac(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func runCases(w io.Writer, ui *locales.Localizer, path string, lang language.Tag) (Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return Report{}, exitcode.Unopened(ui, path, err)
	}
	defer f.Close()
	cases, err := ReadCases(f)
	if err != nil {
		return Report{}, exitcode.AsBadInput(fmt.Errorf("%s: %w", path, err))
	}
	rep := Evaluate(cases, lang)
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
		writeFailure(w, ui, r)
	}
	fmt.Fprintln(w)
	return rep, nil
}

// writeFailure shows a case not reproduced exactly: the gold sentences and
// the ones found; long documents only the sentences that differ.
func writeFailure(w io.Writer, ui *locales.Localizer, r Result) {
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

// runSpeed measures the scanner against wc -w on a generated news file of
// o.Size bytes per language.
func runSpeed(w io.Writer, ui *locales.Localizer, o Options) error {
	langs := []language.Tag{language.English, language.Korean}
	if o.Lang != language.Und {
		langs = []language.Tag{o.Lang}
	}
	for _, lang := range langs {
		r, err := Speed(o.Dir, lang, o.Size)
		if err != nil {
			return exitcode.AsEnvironment(err)
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

// ParseSize reads sizes such as 100MB, 1GB, 512KB or 1000 (bytes); units
// are powers of 1000, KiB/MiB/GiB powers of 1024.
func ParseSize(s string) (int64, error) {
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
		return 0, errors.New("segeval: bad size " + strconv.Quote(s))
	}
	return int64(v * float64(mult)), nil
}
