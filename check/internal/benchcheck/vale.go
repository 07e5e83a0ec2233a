package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"golang.org/x/text/language"

	"bitext/check"
	"bitext/check/internal/valestyle"
	"bitext/glossary"
)

// finding is a deprecated-form finding as both tools can say it.
type finding struct {
	File          string
	Line, Column  int
	Found, Expect string
}

func (f finding) String() string {
	return fmt.Sprintf("%s:%d:%d: %q -> %q", f.File, f.Line, f.Column, f.Found, f.Expect)
}

// compareVale writes the generated glossary and articles to a temporary
// folder with the equivalent Vale style (package valestyle), checks the
// articles with bitext (every monolingual rule) and with the Vale binary
// vale, both on one core, and prints the times and a comparison of the
// deprecated-form findings.
func compareVale(vale, csv string, arts []string, keep bool) error {
	dir, err := os.MkdirTemp("", "benchcheck-vale")
	if err != nil {
		return err
	}
	if !keep {
		defer os.RemoveAll(dir)
	}
	if err := writeData(dir, csv, arts); err != nil {
		return err
	}
	g, err := glossary.Decode(strings.NewReader(csv), glossary.FormatCSV, "glossary.csv")
	if err != nil {
		return err
	}
	ne, nf, err := valestyle.Write(g, filepath.Join(dir, "styles", "House"))
	if err != nil {
		return err
	}
	ini := filepath.Join(dir, ".vale.ini")
	if err := os.WriteFile(ini, []byte("StylesPath = styles\nMinAlertLevel = suggestion\n\n[*.txt]\nBasedOnStyles = House\n"), 0o644); err != nil {
		return err
	}
	size := 0
	for _, a := range arts {
		size += len(a)
	}
	mb := float64(size) / 1e6
	fmt.Printf("data: %d entries, %d deprecated English forms (%d case-sensitive, %d not), %d articles, %.1f MB in %s\n",
		len(g.Entries), ne+nf, ne, nf, len(arts), mb, dir)

	// bitext: load, read and check every file, as the command does.
	cpu0, wall0 := cpuTime(), time.Now()
	g, err = glossary.Decode(strings.NewReader(csv), glossary.FormatCSV, "glossary.csv")
	if err != nil {
		return err
	}
	c := check.New(g)
	c.Warm(language.English)
	bLoad := cpuTime() - cpu0
	var ours []finding
	all := 0
	files, err := filepath.Glob(filepath.Join(dir, "articles", "*.txt"))
	if err != nil {
		return err
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		fs := c.Text(filepath.Base(f), string(data), language.English)
		all += len(fs)
		for _, x := range fs {
			if x.Rule == check.RuleDeprecated {
				ours = append(ours, finding{x.File, x.Line, x.Column, x.Found, x.Expected})
			}
		}
	}
	bCPU, bWall := cpuTime()-cpu0, time.Since(wall0)

	// Vale, on one core as well (GOMAXPROCS=1).
	cmd := exec.Command(vale, "--config", ini, "--output", "JSON", "--no-exit", filepath.Join(dir, "articles"))
	cmd.Env = append(os.Environ(), "GOMAXPROCS=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	wall0 = time.Now()
	err = cmd.Run()
	vWall := time.Since(wall0)
	if err != nil {
		return fmt.Errorf("vale: %v: %s", err, strings.TrimSpace(stderr.String()))
	}
	vCPU := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	var alerts map[string][]struct {
		Check   string
		Line    int
		Span    []int
		Match   string
		Message string
	}
	if err := json.Unmarshal(stdout.Bytes(), &alerts); err != nil {
		return fmt.Errorf("vale output: %v", err)
	}
	var theirs []finding
	for file, as := range alerts {
		for _, a := range as {
			if !strings.HasPrefix(a.Check, "House.") || len(a.Span) == 0 {
				continue
			}
			exp := ""
			if m := valestyle.MessageRE.FindStringSubmatch(a.Message); m != nil {
				exp = m[1]
			}
			theirs = append(theirs, finding{filepath.Base(file), a.Line, a.Span[0], a.Match, exp})
		}
	}

	fmt.Printf("bitext (all monolingual rules, %d findings): CPU %v (%.1f MB/s per CPU second; %v of it glossary load and matcher build), wall %v (%.1f MB/s)\n",
		all, bCPU.Round(time.Millisecond), mb/bCPU.Seconds(), bLoad.Round(time.Millisecond), bWall.Round(time.Millisecond), mb/bWall.Seconds())
	fmt.Printf("vale (deprecated forms only, GOMAXPROCS=1): CPU %v (%.2f MB/s per CPU second), wall %v (%.2f MB/s)\n",
		vCPU.Round(time.Millisecond), mb/vCPU.Seconds(), vWall.Round(time.Millisecond), mb/vWall.Seconds())
	fmt.Printf("bitext is %.1fx faster in CPU time, %.1fx in wall time\n", vCPU.Seconds()/bCPU.Seconds(), vWall.Seconds()/bWall.Seconds())

	onlyOurs, onlyTheirs, both := diff(ours, theirs)
	fmt.Printf("deprecated-form findings: bitext %d, vale %d, in both %d, only bitext %d, only vale %d; agree: %v\n",
		len(ours), len(theirs), both, len(onlyOurs), len(onlyTheirs), len(onlyOurs) == 0 && len(onlyTheirs) == 0)
	for i, f := range onlyOurs {
		if i == 10 {
			fmt.Printf("  ... %d more\n", len(onlyOurs)-10)
			break
		}
		fmt.Println("  only bitext:", f)
	}
	for i, f := range onlyTheirs {
		if i == 10 {
			fmt.Printf("  ... %d more\n", len(onlyTheirs)-10)
			break
		}
		fmt.Println("  only vale:  ", f)
	}
	return nil
}

// diff compares two multisets of findings.
func diff(a, b []finding) (onlyA, onlyB []finding, both int) {
	count := map[finding]int{}
	for _, f := range a {
		count[f]++
	}
	for _, f := range b {
		if count[f] > 0 {
			count[f]--
			both++
		} else {
			onlyB = append(onlyB, f)
		}
	}
	for _, f := range a {
		if count[f] > 0 {
			count[f]--
			onlyA = append(onlyA, f)
		}
	}
	less := func(s []finding) func(i, j int) bool {
		return func(i, j int) bool {
			if s[i].File != s[j].File {
				return s[i].File < s[j].File
			}
			if s[i].Line != s[j].Line {
				return s[i].Line < s[j].Line
			}
			return s[i].Column < s[j].Column
		}
	}
	sort.Slice(onlyA, less(onlyA))
	sort.Slice(onlyB, less(onlyB))
	return onlyA, onlyB, both
}
