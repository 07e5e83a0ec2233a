package main

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// A setting is one run of the block: a name (the report's file is
// NAME.txt) and the arguments of `bitext eval align` after its flags'
// defaults, the files named relative to the set's directory.
type setting struct {
	name string
	args []string
}

// settings lists the block's runs on set DIR (A24's block, README:
// Aligning, Measured): the dev part with no TM, the second pass and the dev
// TM, with and without the core lexicon; each corpus with the other's TM
// (cross) and each half with a TM of the pairs that have not seen it
// (half-out), with and without the second pass; NTREX p05 with and
// without the core when p05 is not empty.
func settings(p05 string) []setting {
	dev := []string{"dev.jsonl", "dev.clean.jsonl"}
	s := []setting{
		{"notm", dev},
		{"sp", append([]string{"--second-pass"}, dev...)},
		{"devtm", append([]string{"--tm", "dev.tm"}, dev...)},
		{"devtmsp", append([]string{"--tm", "dev.tm", "--second-pass"}, dev...)},
		{"nc", append([]string{"--core-lexicon=false"}, dev...)},
		{"ncsp", append([]string{"--core-lexicon=false", "--second-pass"}, dev...)},
		{"nctmsp", append([]string{"--core-lexicon=false", "--tm", "dev.tm", "--second-pass"}, dev...)},
	}
	for _, c := range []string{"ntrex", "kpc-dev"} {
		files := []string{"dev-" + c + ".jsonl", "dev-" + c + ".clean.jsonl"}
		tm := []string{"--tm", "cross-" + c + ".tm"}
		s = append(s,
			setting{"cross-" + c, concat(tm, files)},
			setting{"cross-" + c + "-sp", concat(tm, []string{"--second-pass"}, files)})
		for _, h := range []string{"0", "1"} {
			half := "half-" + c + "-" + h
			files := []string{half + ".jsonl", half + ".clean.jsonl"}
			tm := []string{"--tm", half + ".tm"}
			s = append(s,
				setting{half, concat(tm, files)},
				setting{half + "-sp", concat(tm, []string{"--second-pass"}, files)})
		}
	}
	if p05 != "" {
		s = append(s,
			setting{"p05", []string{p05}},
			setting{"p05nc", []string{"--core-lexicon=false", p05}})
	}
	return s
}

func concat(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// tms are the TMs the settings read and the TMX each is imported from.
var tms = [][2]string{
	{"dev.tm", "dev-tm.tmx"},
	{"cross-ntrex.tm", "cross-ntrex.tmx"},
	{"cross-kpc-dev.tm", "cross-kpc-dev.tmx"},
	{"half-ntrex-0.tm", "half-ntrex-0.tmx"},
	{"half-ntrex-1.tm", "half-ntrex-1.tmx"},
	{"half-kpc-dev-0.tm", "half-kpc-dev-0.tmx"},
	{"half-kpc-dev-1.tm", "half-kpc-dev-1.tmx"},
}

// beadTypes are the link types a comparison reports, in its order.
var beadTypes = []string{"1-1", "1-0", "2-1", "0-1", "1-2"}

type bead struct {
	gold int
	f1   float64
}

// A fileScore is what `bitext eval align` reports of one file.
type fileScore struct {
	file         string
	f1           float64
	beads        map[string]bead
	hiLinks      int // links of confidence 0.9 or more
	hiAcc        float64
	hasHi        bool
	flagged      int // links below 0.5
	flaggedWrong float64
	hasFlagged   bool
}

// edited tells whether the file is an edited one: not an unedited copy
// (.clean) nor a perturbed NTREX file (p02, p05).
func (f fileScore) edited() bool {
	b := filepath.Base(f.file)
	return !strings.Contains(b, "clean") && !strings.Contains(b, ".p0")
}

var (
	reFile    = regexp.MustCompile(`^(\S+\.jsonl): `)
	reTotal   = regexp.MustCompile(`^\s+bitext\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)`)
	reBead    = regexp.MustCompile(`^\s+(\d-\d)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)`)
	reHi      = regexp.MustCompile(`^(\d+) links with confidence 0\.9 or more, accuracy ([\d.]+)`)
	reFlagged = regexp.MustCompile(`^(\d+) links? below 0\.5.*wrong: ([\d.]+)`)
)

// parseReport reads the output of one `bitext eval align` run: per file its
// strict F1, the F1 and gold count of each link type, the links of
// confidence 0.9 or more and their accuracy, the flagged links and the
// share of them wrong.
func parseReport(r io.Reader) ([]fileScore, error) {
	var out []fileScore
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	cur := -1
	hasF1 := false
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		if m := reFile.FindStringSubmatch(l); m != nil {
			if cur >= 0 && !hasF1 {
				return nil, fmt.Errorf("devruns: %s has no F1", out[cur].file)
			}
			out = append(out, fileScore{file: m[1], beads: map[string]bead{}})
			cur, hasF1 = len(out)-1, false
			continue
		}
		if cur < 0 {
			continue
		}
		f := &out[cur]
		if m := reTotal.FindStringSubmatch(l); m != nil && !hasF1 {
			v, err := strconv.ParseFloat(m[3], 64)
			if err != nil {
				return nil, fmt.Errorf("devruns: line %d: %v", n, err)
			}
			f.f1, hasF1 = v, true
			continue
		}
		if m := reBead.FindStringSubmatch(l); m != nil {
			g, err1 := strconv.Atoi(m[2])
			v, err2 := strconv.ParseFloat(m[5], 64)
			if err1 != nil || err2 != nil {
				return nil, fmt.Errorf("devruns: line %d: bad link type row", n)
			}
			f.beads[m[1]] = bead{g, v}
			continue
		}
		if m := reHi.FindStringSubmatch(l); m != nil {
			f.hiLinks, _ = strconv.Atoi(m[1])
			f.hiAcc, _ = strconv.ParseFloat(m[2], 64)
			f.hasHi = true
			continue
		}
		if m := reFlagged.FindStringSubmatch(l); m != nil {
			f.flagged, _ = strconv.Atoi(m[1])
			f.flaggedWrong, _ = strconv.ParseFloat(m[2], 64)
			f.hasFlagged = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("devruns: %v", err)
	}
	if cur >= 0 && !hasF1 {
		return nil, fmt.Errorf("devruns: %s has no F1", out[cur].file)
	}
	return out, nil
}

// A row compares one file of one setting between two blocks.
type row struct {
	setting  string
	old, new fileScore
}

// delta is the row's change of strict F1.
func (r row) delta() float64 { return r.new.f1 - r.old.f1 }

// format gives the row as cmp.py did: setting, file, F1 before and after,
// + or - when it moved, the beads that moved, the links of confidence 0.9
// or more and the flagged links when they changed.
func (r row) format() string {
	sign := ""
	switch d := r.delta(); {
	case d > 0:
		sign = "+"
	case d < 0:
		sign = "-"
	}
	var moved []string
	for _, t := range beadTypes {
		a, okA := r.old.beads[t]
		b, okB := r.new.beads[t]
		if okA && okB && a.gold > 0 && a.f1 != b.f1 {
			moved = append(moved, fmt.Sprintf("%s %.3f>%.3f", t, a.f1, b.f1))
		}
	}
	hi, fl := "", ""
	if r.old.hasHi && r.new.hasHi && (r.old.hiLinks != r.new.hiLinks || r.old.hiAcc != r.new.hiAcc) {
		hi = fmt.Sprintf("hi %.4f/%d>%.4f/%d", r.old.hiAcc, r.old.hiLinks, r.new.hiAcc, r.new.hiLinks)
	}
	if r.old.hasFlagged && r.new.hasFlagged && (r.old.flagged != r.new.flagged || r.old.flaggedWrong != r.new.flaggedWrong) {
		fl = fmt.Sprintf("fl %.3f/%d>%.3f/%d", r.old.flaggedWrong, r.old.flagged, r.new.flaggedWrong, r.new.flagged)
	}
	file := filepath.Base(r.old.file)
	if len(file) > 28 {
		file = file[:28]
	}
	s := fmt.Sprintf("%-14s %-28s %.4f > %.4f %s %s %s %s", r.setting, file, r.old.f1, r.new.f1, sign, strings.Join(moved, " "), hi, fl)
	return strings.TrimRight(s, " ")
}

// compareReports pairs the files of two reports of one setting in order;
// the reports must name the same files.
func compareReports(setting string, old, new []fileScore) ([]row, error) {
	if len(old) != len(new) {
		return nil, fmt.Errorf("devruns: %s: %d files against %d", setting, len(old), len(new))
	}
	rows := make([]row, len(old))
	for i := range old {
		if filepath.Base(old[i].file) != filepath.Base(new[i].file) {
			return nil, fmt.Errorf("devruns: %s: %s against %s", setting, old[i].file, new[i].file)
		}
		rows[i] = row{setting, old[i], new[i]}
	}
	return rows, nil
}

// editedDelta sums the F1 change of the edited files' rows.
func editedDelta(rows []row) float64 {
	var s float64
	for _, r := range rows {
		if r.old.edited() {
			s += r.delta()
		}
	}
	return s
}
