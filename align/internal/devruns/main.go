// Command devruns runs the alignment's block of development runs (A24's
// block, README: Aligning, Measured) on an edition set's development part
// and compares two such blocks. It is a development tool: it never reads
// the held-out part.
//
//	go run ./align/internal/devruns -bitext BIN -set DIR -o OUT [-p05 FILE] [-only notm,devtm]
//	go run ./align/internal/devruns -compare OLD NEW
//
// DIR holds the development files of align/internal/editionset
// (dev.jsonl, dev.clean.jsonl, dev-tm.tmx) and those of
// align/internal/splitdev (dev-ntrex.jsonl ..., cross-*.tmx, half-*.jsonl,
// half-*.tmx); a TM a setting reads that DIR lacks is imported from its
// TMX and given a lexicon first (bitext tm import, bitext tm lexicon). Each
// setting's output of `bitext eval align` goes to OUT/NAME.txt (notm, sp,
// devtm, devtmsp, nc, ncsp, nctmsp, cross-C, cross-C-sp, half-C-H,
// half-C-H-sp for C ntrex and kpc-dev and H 0 and 1, and p05, p05nc
// unless -p05 is empty): the names of A24's /tmp/a32/evalall.sh, so its
// outputs compare with this command's.
//
// With -compare, each file of each setting of OLD (a directory of such
// reports) is set beside NEW's: its strict F1 before and after, + or -
// when it moved, the link types whose F1 moved (1-1, 1-0, 2-1, 0-1,
// 1-2), the links of confidence 0.9 or more (accuracy/count) and the
// flagged links (share wrong/count) when they changed; then the summed F1
// change of the edited files (neither .clean nor NTREX p02/p05), the
// figure the README's Measured cites as "summed edited".
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	log.SetFlags(0)
	bin := flag.String("bitext", "", "the bitext binary to run")
	set := flag.String("set", "", "the edition set's directory (dev part and splitdev's files)")
	out := flag.String("o", "", "the directory of the reports, one NAME.txt a setting")
	p05 := flag.String("p05", "../shared/corpus/eval/ntrex-ko-en.p05.jsonl", "NTREX p05 (empty: not run)")
	only := flag.String("only", "", "run only these settings (comma-separated names)")
	compare := flag.Bool("compare", false, "compare two directories of reports: -compare OLD NEW")
	flag.Parse()
	if *compare {
		if flag.NArg() != 2 {
			log.Fatal("usage: devruns -compare OLD NEW")
		}
		s, err := compareDirs(flag.Arg(0), flag.Arg(1))
		if err != nil {
			log.Fatal(err)
		}
		fmt.Print(s)
		return
	}
	if *bin == "" || *set == "" || *out == "" || flag.NArg() != 0 {
		log.Fatal("usage: devruns -bitext BIN -set DIR -o OUT [-p05 FILE] [-only NAMES] | -compare OLD NEW")
	}
	if err := runBlock(*bin, *set, *out, *p05, *only); err != nil {
		log.Fatal(err)
	}
}

func runBlock(bin, set, out, p05, only string) error {
	var err error
	if bin, err = filepath.Abs(bin); err != nil {
		return err
	}
	if p05 != "" {
		if p05, err = filepath.Abs(p05); err != nil {
			return err
		}
	}
	if out, err = filepath.Abs(out); err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	run, err := pick(settings(p05), only)
	if err != nil {
		return err
	}
	for _, t := range tms {
		if !needs(run, t[0]) {
			continue
		}
		if _, err := os.Stat(filepath.Join(set, t[0])); err == nil {
			continue
		}
		for _, args := range [][]string{{"tm", "import", "--tm", t[0], t[1]}, {"tm", "lexicon", "--tm", t[0]}} {
			c := exec.Command(bin, args...)
			c.Dir = set
			if b, err := c.CombinedOutput(); err != nil {
				return fmt.Errorf("devruns: %s %s: %v\n%s", bin, strings.Join(args, " "), err, b)
			}
		}
	}
	for _, s := range run {
		c := exec.Command(bin, append([]string{"eval", "align"}, s.args...)...)
		c.Dir = set
		b, err := c.CombinedOutput()
		if werr := os.WriteFile(filepath.Join(out, s.name+".txt"), b, 0o644); werr != nil {
			return werr
		}
		if err != nil {
			return fmt.Errorf("devruns: %s: %v", s.name, err)
		}
		fmt.Printf("%s done\n", s.name)
	}
	return nil
}

// pick keeps the settings named in only (comma-separated; all when it is
// empty).
func pick(ss []setting, only string) ([]setting, error) {
	if only == "" {
		return ss, nil
	}
	known := map[string]bool{}
	for _, s := range ss {
		known[s.name] = true
	}
	want := map[string]bool{}
	for _, n := range strings.Split(only, ",") {
		if !known[n] {
			return nil, fmt.Errorf("devruns: no setting %q", n)
		}
		want[n] = true
	}
	var run []setting
	for _, s := range ss {
		if want[s.name] {
			run = append(run, s)
		}
	}
	return run, nil
}

// needs tells whether a setting of run reads the TM.
func needs(run []setting, tm string) bool {
	for _, s := range run {
		for _, a := range s.args {
			if a == tm {
				return true
			}
		}
	}
	return false
}

// compareDirs compares each report of oldDir with newDir's of the same
// name and gives the table, one row a file, ending with the summed change
// of the edited files' F1.
func compareDirs(oldDir, newDir string) (string, error) {
	names, err := filepath.Glob(filepath.Join(oldDir, "*.txt"))
	if err != nil {
		return "", err
	}
	sort.Strings(names)
	var b strings.Builder
	var all []row
	for _, p := range names {
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		old, err := readReport(p)
		if err != nil {
			return "", err
		}
		np := filepath.Join(newDir, filepath.Base(p))
		if _, err := os.Stat(np); err != nil {
			fmt.Fprintf(&b, "%-14s not in %s\n", name, newDir)
			continue
		}
		new, err := readReport(np)
		if err != nil {
			return "", err
		}
		rows, err := compareReports(name, old, new)
		if err != nil {
			return "", err
		}
		for _, r := range rows {
			b.WriteString(r.format() + "\n")
		}
		all = append(all, rows...)
	}
	fmt.Fprintf(&b, "summed edited dev F1 delta: %+.4f\n", editedDelta(all))
	return b.String(), nil
}

func readReport(path string) ([]fileScore, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := parseReport(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return s, nil
}
