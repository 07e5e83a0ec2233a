// Command benchcheck measures `bitext check` throughput on generated data:
// a glossary of -entries entries and -mb megabytes of English news
// articles, with every monolingual rule on. It prints the glossary load
// time, the throughput on one core in MB/s of wall-clock time and per CPU
// second (the fair figure on a shared machine), and the peak memory.
//
//	go run ./check/internal/benchcheck -entries 10000 -mb 100
//
// With -vale PATH it compares bitext with a Vale binary (built from Vale's
// public source outside the repository) on the same generated articles,
// with the equivalent substitution rules of package valestyle: times of
// both and the deprecated-form findings (file, line, column, found,
// expected) of each, with their differences.
//
//	go run ./check/internal/benchcheck -entries 10000 -vale /tmp/vale-bin/vale
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"syscall"
	"time"

	"golang.org/x/text/language"

	"bitext/check"
	"bitext/check/internal/gen"
	"bitext/glossary"
)

func main() {
	entries := flag.Int("entries", 10000, "glossary entries")
	mb := flag.Float64("mb", 100, "megabytes of text to check")
	seed := flag.Uint64("seed", 1, "random seed")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the checking to `FILE`")
	write := flag.String("write", "", "also write the generated glossary (glossary.csv) and articles (articles/NNNN.txt) to `DIR`, e.g. for Vale, and stop")
	matcherOnly := flag.Bool("matcher-only", false, "run the glossary matcher alone (the baseline of the rules)")
	vale := flag.String("vale", "", "compare with the Vale binary at `PATH` on the generated articles (equivalent substitution rules) and stop")
	articles := flag.Int("articles", 2000, "distinct generated articles (of about 3 KB)")
	keep := flag.Bool("keep", false, "with -vale: keep the temporary folder of data and Vale style")
	command := flag.String("command", "", "measure the bitext binary at `PATH` (several: PATH,PATH,... timed in turn, see -rounds): write the glossary and -mb of articles (the generated ones cycled, one file each) to a temporary folder and time `bitext check -g glossary.csv --format json FOLDER` (its own CPU time, from the kernel)")
	dir := flag.String("dir", "", "with -command: write the glossary and articles to `DIR` and keep them there (reused as they are when DIR/articles exists), so that several binaries can be timed on the same files")
	pairs := flag.Bool("pairs", false, "check bilingual pairs (each generated article as the English side of a pair whose Korean side names the same entries) with Checker.Pair; with -command, the same pairs as TSV files (line breaks and tabs as spaces, 20 pairs a file)")
	realPairs := flag.Bool("real-pairs", false, "with -pairs or alone: pairs at about the findings rate of real judged pairs (gen.RealPairs: deprecated forms replaced by preferred ones, the Korean side carrying the article's numbers in Korean; one pair in 45 keeps its deprecated forms and a wrong hour), not the default pairs' 17 findings a pair")
	rounds := flag.Int("rounds", 1, "with -command: time each binary `N` times, alternated (A,B,A,B...), and print the medians and each round's CPU against the first binary's")
	flag.Parse()
	runtime.GOMAXPROCS(1)
	if *realPairs {
		*pairs = true
	}

	csv := gen.Glossary(*entries, *seed)
	arts := gen.Articles(csv, *articles, 3000, *seed)
	pool := 0
	for _, a := range arts {
		pool += len(a)
	}
	if *vale != "" {
		if err := compareVale(*vale, csv, arts, *keep); err != nil {
			fmt.Fprintln(os.Stderr, "benchcheck:", err)
			os.Exit(1)
		}
		return
	}
	if *command != "" {
		var tsv []string // with -pairs: TSV lines, one pair each
		if *pairs {
			g, err := glossary.Decode(strings.NewReader(csv), glossary.FormatCSV, "generated.csv")
			if err != nil {
				fmt.Fprintln(os.Stderr, "benchcheck:", err)
				os.Exit(1)
			}
			ko, en := makePairs(g, arts, *realPairs)
			flat := strings.NewReplacer("\n", " ", "\t", " ", "\r", " ")
			for i := range ko {
				tsv = append(tsv, flat.Replace(ko[i])+"\t"+flat.Replace(en[i])+"\n")
			}
		}
		if err := measureCommand(strings.Split(*command, ","), *rounds, *dir, csv, arts, tsv, int(*mb*1e6)); err != nil {
			fmt.Fprintln(os.Stderr, "benchcheck:", err)
			os.Exit(1)
		}
		return
	}
	if *write != "" {
		if err := writeData(*write, csv, arts); err != nil {
			fmt.Fprintln(os.Stderr, "benchcheck:", err)
			os.Exit(3)
		}
		fmt.Printf("wrote %s/glossary.csv and %d articles (%.1f MB) to %s/articles\n", *write, len(arts), float64(pool)/1e6, *write)
		return
	}

	start := time.Now()
	g, err := glossary.Decode(strings.NewReader(csv), glossary.FormatCSV, "generated.csv")
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchcheck:", err)
		os.Exit(1)
	}
	load := time.Since(start)
	start = time.Now()
	c := check.New(g)
	c.Warm(language.English)
	warm := time.Since(start)
	m := g.MatcherWith(language.English, glossary.MatchOptions{ShortForms: true})
	var prs []check.Pair
	if *pairs {
		c.Warm(language.Korean)
		prs = koreanPairs(g, arts, *realPairs)
	}

	target := int(*mb * 1e6)
	done, nf := 0, 0
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "benchcheck:", err)
			os.Exit(1)
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	cpu0 := cpuTime()
	start = time.Now()
	for i := 0; done < target; i++ {
		a := arts[i%len(arts)]
		switch {
		case *matcherOnly:
			nf += len(m.FindAll(a))
		case *pairs:
			pr := prs[i%len(prs)]
			nf += len(c.Pair("p.tsv", pr))
			done += len(pr.Source) + len(pr.Target) - len(a) // Target is a but for -real-pairs
		default:
			nf += len(c.Text("a.txt", a, language.English))
		}
		done += len(a)
	}
	el := time.Since(start)
	cpu := cpuTime() - cpu0
	fmt.Printf("glossary: %d entries (%d KB CSV), load %v, matcher and name index %v\n", len(g.Entries), len(csv)/1000, load.Round(time.Millisecond), warm.Round(time.Millisecond))
	what := "findings (all monolingual rules)"
	if *matcherOnly {
		what = "glossary matches (matcher alone)"
	}
	if *pairs {
		what = "findings (bilingual rules; MB counts both sides)"
	}
	fmt.Printf("checked: %.1f MB (%d distinct articles, %.1f MB), %d %s\n", float64(done)/1e6, len(arts), float64(pool)/1e6, nf, what)
	fmt.Printf("wall %v: %.1f MB/s; CPU %v on one core (GOMAXPROCS=1): %.1f MB/s per CPU second\n",
		el.Round(time.Millisecond), float64(done)/1e6/el.Seconds(), cpu.Round(time.Millisecond), float64(done)/1e6/cpu.Seconds())
	fmt.Printf("peak memory (VmHWM): %s\n", peak())
}

func peak() string {
	data, err := os.ReadFile("/proc/self/status")
	if err == nil {
		for _, l := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(l, "VmHWM:") {
				return strings.TrimSpace(strings.TrimPrefix(l, "VmHWM:"))
			}
		}
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return fmt.Sprintf("%d MB (Go runtime Sys)", m.Sys>>20)
}

// cpuTime is the user and system CPU time of the process so far; on a
// machine shared with other work it measures the checker better than the
// wall clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func writeData(dir, csv string, arts []string) error {
	if err := os.MkdirAll(filepath.Join(dir, "articles"), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "glossary.csv"), []byte(csv), 0o644); err != nil {
		return err
	}
	for i, a := range arts {
		if err := os.WriteFile(filepath.Join(dir, "articles", fmt.Sprintf("%04d.txt", i)), []byte(a), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// realPlant is how often -real-pairs plants errors: one pair in 45 (about
// 0.07 findings a pair, where the judged real pairs of testdata/checkreal
// give 44 for 2,007 dev pairs, 192 with --missing all).
const realPlant = 45

// makePairs makes the Korean and English sides of the pairs: gen.Pairs,
// or gen.RealPairs with real.
func makePairs(g *glossary.Glossary, arts []string, real bool) (ko, en []string) {
	if real {
		return gen.RealPairs(g, arts, realPlant)
	}
	return gen.Pairs(g, arts)
}

// koreanPairs makes a pair of each article (makePairs).
func koreanPairs(g *glossary.Glossary, arts []string, real bool) []check.Pair {
	ko, en := makePairs(g, arts, real)
	out := make([]check.Pair, len(arts))
	for i := range ko {
		out[i] = check.Pair{Source: ko[i], Target: en[i], SourceLang: language.Korean, TargetLang: language.English,
			SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1}
	}
	return out
}

// measureCommand writes the glossary and articles (cycled up to size
// bytes) to a temporary folder, or to keep when it is given and holds no
// articles yet, and runs bitext check on it, reporting the child's CPU
// time as the kernel counts it. With pairs (TSV lines) it writes those
// instead, pairsPerFile to a file, and checks them (bilingual rules).
// Each of bins is run rounds times, alternated; with more than one run,
// it ends with the medians and the ratios of each round.
func measureCommand(bins []string, rounds int, keep, csv string, arts, pairs []string, size int) error {
	dir := keep
	if dir == "" {
		tmp, err := os.MkdirTemp("", "benchcheck-cmd-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	adir, ext, what := filepath.Join(dir, "articles"), ".txt", "files"
	args := []string{"check", "-g", filepath.Join(dir, "glossary.csv"), "--lang", "en", "--format", "json", adir}
	if pairs != nil {
		// Korean and English sides: no --lang, TSV pairs are ko-en.
		adir, ext, what = filepath.Join(dir, "pairs"), ".tsv", "TSV files of pairs"
		args = []string{"check", "-g", filepath.Join(dir, "glossary.csv"), "--format", "json", adir}
		arts = nil
		for i := 0; i < len(pairs); i += pairsPerFile {
			arts = append(arts, strings.Join(pairs[i:min(i+pairsPerFile, len(pairs))], ""))
		}
	}
	done, n, err := writeCommandData(dir, adir, ext, csv, arts, size)
	if err != nil {
		return err
	}
	rounds = max(rounds, 1)
	cpus := make([][]float64, len(bins)) // seconds, by binary and round
	peaks := make([][]float64, len(bins))
	load := loadAverage()
	for r := range rounds {
		for b, bin := range bins {
			if len(bins) > 1 || rounds > 1 {
				fmt.Printf("round %d, %s: ", r+1, bin)
			}
			cpu, peakMB, err := runCommand(bin, args, done, n, what, len(csv))
			if err != nil {
				return err
			}
			cpus[b] = append(cpus[b], cpu)
			peaks[b] = append(peaks[b], peakMB)
		}
	}
	if len(bins) == 1 && rounds == 1 {
		return nil
	}
	fmt.Printf("%d rounds alternated, load average %s at the start, %s at the end (1, 5, 15 min):\n", rounds, load, loadAverage())
	for b, bin := range bins {
		fmt.Printf("%s: CPU %.2f-%.2f s (median %.2f), %.1f-%.1f MB per CPU second (median %.1f), peak memory %.0f-%.0f MB",
			bin, slices.Min(cpus[b]), slices.Max(cpus[b]), median(cpus[b]),
			float64(done)/1e6/slices.Max(cpus[b]), float64(done)/1e6/slices.Min(cpus[b]), float64(done)/1e6/median(cpus[b]),
			slices.Min(peaks[b]), slices.Max(peaks[b]))
		if b > 0 {
			var ratios []float64
			for r := range cpus[b] {
				ratios = append(ratios, cpus[b][r]/cpus[0][r])
			}
			fmt.Printf("; CPU per round against the first %.2f-%.2f (median %.2f)", slices.Min(ratios), slices.Max(ratios), median(ratios))
		}
		fmt.Println()
	}
	return nil
}

// runCommand runs bin with args once and prints its times; it returns
// its CPU seconds and peak memory in MB.
func runCommand(bin string, args []string, done, n int, what string, glossaryBytes int) (float64, float64, error) {
	cmd := exec.Command(bin, args...)
	cmd.Stdout = io.Discard
	cmd.Stderr = io.Discard
	cmd.Env = append(os.Environ(), "GOMAXPROCS=1")
	start := time.Now()
	err := cmd.Run()
	el := time.Since(start)
	if cmd.ProcessState == nil {
		return 0, 0, err
	}
	if code := cmd.ProcessState.ExitCode(); code != 0 && code != 1 {
		return 0, 0, fmt.Errorf("%s check exited %d", bin, code)
	}
	cpu := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	peakKB := int64(0)
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		peakKB = ru.Maxrss
	}
	fmt.Printf("bitext check (GOMAXPROCS=1) on %d %s, %.1f MB, glossary of %d KB: wall %v, CPU %v (user %v, system %v): %.1f MB per CPU second; peak memory %d MB\n",
		n, what, float64(done)/1e6, glossaryBytes/1000, el.Round(time.Millisecond), cpu.Round(time.Millisecond),
		cmd.ProcessState.UserTime().Round(time.Millisecond), cmd.ProcessState.SystemTime().Round(time.Millisecond),
		float64(done)/1e6/cpu.Seconds(), peakKB/1024)
	return cpu.Seconds(), float64(peakKB) / 1024, nil
}

// median returns the median of xs (the mean of the middle two of an
// even count).
func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// loadAverage is the system's load average (Linux), or "unknown".
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if f := strings.Fields(string(b)); err == nil && len(f) >= 3 {
		return strings.Join(f[:3], " ")
	}
	return "unknown"
}

// pairsPerFile is how many pairs -pairs -command writes to a TSV file.
const pairsPerFile = 20

// writeCommandData writes the glossary and the articles cycled up to size
// bytes, one file each named with ext, unless adir exists already (a
// folder kept by an earlier run with -dir): then it counts the files
// there. It returns the bytes and files to check.
func writeCommandData(dir, adir, ext, csv string, arts []string, size int) (done, n int, err error) {
	if des, err := os.ReadDir(adir); err == nil {
		for _, de := range des {
			info, err := de.Info()
			if err != nil {
				return 0, 0, err
			}
			done += int(info.Size())
			n++
		}
		return done, n, nil
	}
	if err := os.MkdirAll(adir, 0o755); err != nil {
		return 0, 0, err
	}
	if err := os.WriteFile(filepath.Join(dir, "glossary.csv"), []byte(csv), 0o644); err != nil {
		return 0, 0, err
	}
	for done < size {
		a := arts[n%len(arts)]
		if err := os.WriteFile(filepath.Join(adir, fmt.Sprintf("%06d%s", n, ext)), []byte(a), 0o644); err != nil {
			return 0, 0, err
		}
		done += len(a)
		n++
	}
	return done, n, nil
}
