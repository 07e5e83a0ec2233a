// Command misspell measures the recall of `bitext check`'s near-miss rule
// on one-word lower-case terms misspelt the way typists misspell (session
// 20, helper T32, issue #11):
//
//	go run ./check/internal/misspell -shared ../shared -glossaries 'testdata/checkreal/house*.csv' -seed 1
//
// Each one-word lower-case English form (not forbidden, four letters or
// more) of each glossary is misspelt once by each edit kind: a letter
// dropped, a letter doubled, two neighbouring letters swapped, a letter
// replaced by a neighbour on a QWERTY keyboard, at a position drawn with
// the seed. The misspelt word goes into a real article's English: the
// first -lines lines of an NTREX-128 article drawn with the seed (from
// -shared's corpus/ntrex128-newstest2019.ko-en.tsv and its docid file),
// then the paragraph "The WORD was discussed.". The glossary's own checker
// (each file alone, as a house list is used) checks the text; a near-miss
// finding whose found text is the misspelt word and whose entry is the
// form's counts as found. A draw that leaves the word unchanged, or that
// writes another form of the glossary, is drawn again or left out.
//
// Recall is reported by edit kind, by word length, by the position of the
// edit (the first or last letter, or inside), and overall, for the dev
// half (house.csv to house20.csv), the held-out half (house21.csv to
// house32.csv) and the second held-out half (house33.csv to house36.csv,
// session 20, helper T35) apart: -half dev (the default) runs the dev half
// only, -half held-out the held-out half, -half held-out-2 the second,
// -half all the three. A glossary whose name falls in no half is left out.
//
// Beside recall, precision (session 20, helper T35): each other near-miss
// finding a checked text gets (another found text, or the misspelt word
// for another entry) counts against it, found / (found + other). The
// carrier articles are real English, so each such finding is false; -missed
// lists them too ("other" lines) for reading. The line "T30's scratch test" gives
// the subset T30 measured (session 20): eight letters or more, a letter
// dropped, doubled or swapped, inside the word.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"bitext/check"
	"bitext/glossary"
)

func main() {
	shared := flag.String("shared", "", "the shared `DIR` holding corpus/ntrex128-newstest2019.ko-en.tsv")
	globs := flag.String("glossaries", "testdata/checkreal/house*.csv", "`GLOB` of the glossaries")
	seed := flag.Int64("seed", 1, "the `SEED` of the draws")
	half := flag.String("half", "dev", "the half to run: dev, held-out, held-out-2 or all")
	lines := flag.Int("lines", 20, "the first `N` lines of each carrier article")
	flag.BoolVar(&showMissed, "missed", false, "list each case missed and each other near-miss finding, one a line, before the report")
	flag.Parse()
	if *shared == "" || (*half != "dev" && *half != "held-out" && *half != "held-out-2" && *half != "all") {
		fmt.Fprintln(os.Stderr, "usage: misspell -shared DIR [-glossaries GLOB] [-seed N] [-half dev|held-out|held-out-2|all]")
		os.Exit(2)
	}
	if err := run(os.Stdout, *shared, *globs, *seed, *half, *lines); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// showMissed lists the cases missed (-missed).
var showMissed bool

func run(w io.Writer, shared, globs string, seed int64, half string, lines int) error {
	base := filepath.Join(shared, "corpus", "ntrex128-newstest2019")
	arts, err := readArticles(base+".ko-en.tsv", base+".docid.txt", lines)
	if err != nil {
		return err
	}
	files, err := filepath.Glob(globs)
	if err != nil {
		return fmt.Errorf("misspell: %w", err)
	}
	halves := map[string][]string{}
	for _, f := range files {
		if h := halfOf(f); h != "" && (half == "all" || half == h) {
			halves[h] = append(halves[h], f)
		}
	}
	for _, h := range []string{"dev", "held-out", "held-out-2"} {
		fs := halves[h]
		if len(fs) == 0 {
			continue
		}
		sort.Slice(fs, func(i, j int) bool { return houseNum(fs[i]) < houseNum(fs[j]) })
		var t tally
		for _, f := range fs {
			g, err := glossary.Load(f)
			if err != nil {
				return fmt.Errorf("misspell: %w", err)
			}
			// The seed and the file's number, so that each file's draws
			// stay the same whatever files run beside it.
			rng := rand.New(rand.NewSource(seed*1000 + int64(houseNum(f))))
			measure(w, &t, check.New(g), g, arts, rng)
		}
		fmt.Fprintf(w, "%s half (%d glossaries: %s ... %s), seed %d\n", h, len(fs), filepath.Base(fs[0]), filepath.Base(fs[len(fs)-1]), seed)
		t.write(w)
		fmt.Fprintln(w)
	}
	return nil
}

var houseRe = regexp.MustCompile(`^house(\d*)\.csv$`)

// houseNum is the number of a house list's file name (house.csv is 1), or
// 0 for another name.
func houseNum(path string) int {
	m := houseRe.FindStringSubmatch(filepath.Base(path))
	if m == nil {
		return 0
	}
	if m[1] == "" {
		return 1
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// halfOf is the half of a glossary file: dev for house.csv to house20.csv,
// held-out for house21.csv to house32.csv, held-out-2 for house33.csv to
// house36.csv, "" else.
func halfOf(path string) string {
	switch n := houseNum(path); {
	case n >= 1 && n <= 20:
		return "dev"
	case n >= 21 && n <= 32:
		return "held-out"
	case n >= 33 && n <= 36:
		return "held-out-2"
	}
	return ""
}

// readArticles returns the English side of each article of a TSV corpus
// (Korean, tab, English a line) whose lines a docid file names one a line:
// its first n lines, paragraphs apart.
func readArticles(tsv, docids string, n int) ([]string, error) {
	en, err := readLines(tsv)
	if err != nil {
		return nil, err
	}
	ids, err := readLines(docids)
	if err != nil {
		return nil, err
	}
	if len(ids) != len(en) {
		return nil, fmt.Errorf("misspell: %s has %d lines, %s %d", tsv, len(en), docids, len(ids))
	}
	var arts []string
	var cur []string
	for i, l := range en {
		if i > 0 && ids[i] != ids[i-1] {
			arts = append(arts, strings.Join(cur, "\n\n"))
			cur = nil
		}
		if _, e, ok := strings.Cut(l, "\t"); ok && len(cur) < n {
			cur = append(cur, e)
		}
	}
	if len(cur) > 0 {
		arts = append(arts, strings.Join(cur, "\n\n"))
	}
	if len(arts) == 0 {
		return nil, errors.New("misspell: no carrier article in " + tsv)
	}
	return arts, nil
}

func readLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("misspell: %w", err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("misspell: %s: %w", path, err)
	}
	return out, nil
}

// kinds are the edit kinds, in report order.
var kinds = []string{"dropped", "doubled", "swapped", "neighbour"}

// oneWordForms lists the one-word lower-case English forms (letters only,
// not forbidden, four letters or more) of g's entries, each once, with
// their entry, in the glossary's order.
func oneWordForms(g *glossary.Glossary) (forms []string, entry map[string]string, all map[string]bool) {
	entry = map[string]string{}
	all = map[string]bool{}
	for _, e := range g.Entries {
		for _, t := range e.TermsIn(language.English) {
			all[strings.ToLower(t.Text)] = true
			w := t.Text
			if t.Status.Forbidden() || len(w) < 4 || !lowerWord(w) {
				continue
			}
			if _, ok := entry[w]; !ok {
				entry[w] = e.ID
				forms = append(forms, w)
			}
		}
	}
	return forms, entry, all
}

func lowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// qwerty lists each letter's neighbours on a QWERTY keyboard (the keys
// left, right, above and below it).
var qwerty = map[byte]string{
	'q': "wa", 'w': "qeas", 'e': "wrsd", 'r': "etdf", 't': "ryfg", 'y': "tugh", 'u': "yihj", 'i': "uojk", 'o': "ipkl", 'p': "ol",
	'a': "qwsz", 's': "awedxz", 'd': "serfcx", 'f': "drtgvc", 'g': "ftyhbv", 'h': "gyujnb", 'j': "huikmn", 'k': "jiolm", 'l': "kop",
	'z': "asx", 'x': "zsdc", 'c': "xdfv", 'v': "cfgb", 'b': "vghn", 'n': "bhjm", 'm': "njk",
}

// misspell writes w with one edit of the kind at position i (a letter
// index; for swapped, the first of the two letters), the neighbour key
// drawn with rng. It returns "" when the edit cannot apply there.
func misspell(w, kind string, i int, rng *rand.Rand) string {
	switch kind {
	case "dropped":
		return w[:i] + w[i+1:]
	case "doubled":
		return w[:i+1] + w[i:]
	case "swapped":
		if i+1 >= len(w) || w[i] == w[i+1] {
			return ""
		}
		return w[:i] + string(w[i+1]) + string(w[i]) + w[i+2:]
	case "neighbour":
		ns := qwerty[w[i]]
		if ns == "" {
			return ""
		}
		return w[:i] + string(ns[rng.Intn(len(ns))]) + w[i+1:]
	}
	return ""
}

// where says where an edit at position i of a word of n letters falls:
// edge when it changes the first or the last letter, else inside.
func where(kind string, i, n int) string {
	last := n - 1
	if kind == "swapped" {
		last = n - 2
	}
	if kind != "doubled" && (i == 0 || i == last) {
		return "edge"
	}
	return "inside"
}

// carrier puts word into article as a paragraph of its own.
func carrier(article, word string) string {
	return article + "\n\nThe " + word + " was discussed."
}

// measure misspells each one-word form of g by each kind, checks it in a
// carrier article drawn with rng and counts it in t.
func measure(out io.Writer, t *tally, c *check.Checker, g *glossary.Glossary, arts []string, rng *rand.Rand) {
	forms, entry, all := oneWordForms(g)
	for _, form := range forms {
		w := form
		for _, k := range kinds {
			var bad string
			var i int
			for try := 0; try < 10 && bad == ""; try++ {
				i = rng.Intn(len(w))
				bad = misspell(w, k, i, rng)
				if all[bad] || bad == w {
					bad = ""
				}
			}
			if bad == "" {
				t.skipped++
				continue
			}
			art := arts[rng.Intn(len(arts))]
			found, other := false, 0
			for _, f := range c.TextOn("carrier.txt", carrier(art, bad), language.English, time.Time{}) {
				switch {
				case f.Rule != check.RuleNearMiss:
				case f.Found == bad && f.Term == entry[w]:
					found = true
				default:
					other++
					if showMissed {
						fmt.Fprintf(out, "other\t%s\t%s\t%s\t%s for %s\n", k, w, bad, f.Found, f.Expected)
					}
				}
			}
			t.other += other
			if other > 0 {
				t.otherTexts++
			}
			t.add(k, lengthBucket(len(w)), where(k, i, len(w)), found)
			if showMissed && !found {
				fmt.Fprintf(out, "missed\t%s\t%s\t%s\t%s\n", k, where(k, i, len(w)), w, bad)
			}
		}
	}
}

// lengthBucket groups word lengths for the report.
func lengthBucket(n int) string {
	switch {
	case n < 6:
		return "4-5"
	case n < 8:
		return "6-7"
	case n < 10:
		return "8-9"
	case n < 12:
		return "10-11"
	}
	return "12+"
}

var buckets = []string{"4-5", "6-7", "8-9", "10-11", "12+"}

type count struct{ found, n int }

func (c count) String() string {
	if c.n == 0 {
		return "0 of 0"
	}
	return fmt.Sprintf("%d of %d (%.0f%%)", c.found, c.n, 100*float64(c.found)/float64(c.n))
}

// tally counts the cases found by kind, length and position.
type tally struct {
	by      map[string]count // "kind", "len", "where", "kind/len" keys
	all     count
	t30     count // eight letters or more, dropped, doubled or swapped, inside
	skipped int
	// other counts the other near-miss findings, otherTexts the texts
	// that got one (session 20, helper T35).
	other, otherTexts int
}

func (t *tally) add(kind, length, pos string, found bool) {
	if t.by == nil {
		t.by = map[string]count{}
	}
	f := 0
	if found {
		f = 1
	}
	for _, k := range []string{"kind " + kind, "len " + length, "pos " + pos, "kind/len " + kind + "/" + length} {
		c := t.by[k]
		c.found += f
		c.n++
		t.by[k] = c
	}
	t.all.found += f
	t.all.n++
	if kind != "neighbour" && pos == "inside" && (length != "4-5" && length != "6-7") {
		t.t30.found += f
		t.t30.n++
	}
}

func (t *tally) write(w io.Writer) {
	fmt.Fprintf(w, "  all: %v (%d draws left out)\n", t.all, t.skipped)
	fmt.Fprintf(w, "  precision: %v (other near-miss findings: %d, in %d of %d texts)\n", count{t.all.found, t.all.found + t.other}, t.other, t.otherTexts, t.all.n)
	fmt.Fprintf(w, "  T30's scratch test (8+ letters, dropped/doubled/swapped, inside): %v\n", t.t30)
	for _, k := range kinds {
		fmt.Fprintf(w, "  %-10s %v\n", k, t.by["kind "+k])
	}
	for _, b := range buckets {
		fmt.Fprintf(w, "  %-10s %v\n", b+" letters", t.by["len "+b])
	}
	for _, p := range []string{"inside", "edge"} {
		fmt.Fprintf(w, "  %-10s %v\n", p, t.by["pos "+p])
	}
	fmt.Fprintln(w, "  by kind and length (8+ letters):")
	for _, k := range kinds {
		fmt.Fprintf(w, "    %-10s", k)
		for _, b := range buckets[2:] {
			fmt.Fprintf(w, " %s: %-18v", b, t.by["kind/len "+k+"/"+b])
		}
		fmt.Fprintln(w)
	}
}
