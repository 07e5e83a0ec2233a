// Command losses accounts for the strict F1 the aligner loses on gold
// files of the development data: it groups each document's wrong links
// (precision) and missed gold links of two non-empty sides (recall) into
// regions of links that share a sentence, gives each region one cause and
// counts the lost links by cause. For the wrong 1-1 links it compares the
// evidence the wrong pair had with the gold pair of the same English line:
// the share of the Korean stems the lexicon finds translated in the
// English, whether the numbers agree, and how far the length ratio is
// from the mean. It is a development tool: never run it on the held-out
// part.
//
//	go run ./align/internal/losses [-lexicon FILE | -own-lexicon] [-core-lexicon] [-show 2] /tmp/edition/half-ntrex-0.jsonl ...
//
// Each file is aligned on its own, with the lexicon of -lexicon or, with
// -own-lexicon, the file's own TM lexicon (half-ntrex-0.jsonl:
// half-ntrex-0.tm.lexicon, as splitdev's half-out runs); the counts are
// summed over the files.
package main

import (
	"flag"
	"fmt"
	"log"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"bitext/align"
	"bitext/lexicon"
)

// The causes, in the order a region is tested for them.
var causes = []string{
	"shifted run (2+ wrong 1-1)",
	"drop swallowed into a merge",
	"drop + English-only read as 1-1",
	"wrong 1-1 beside a drop",
	"English-only glued (0-1 in a 1-2)",
	"merge read wrongly (gold 2-1/3-1)",
	"split read wrongly (gold 1-2)",
	"false merge or split (gold 1-1)",
	"wrong 1-1 beside an English-only line",
	"other",
}

type tally struct {
	regions, wrong, missed int
	examples               []string
}

// evidence compares a wrong 1-1 with the gold link of its English line.
type evidence struct {
	n                       int
	lexBetter, lexWorse     int // the gold pair's lexicon share is higher / lower
	numBetter, numWorse     int // the gold pair's numbers agree / the wrong pair's do and the gold's do not
	lenBetter, lenWorse     int // the gold pair's length ratio is nearer the mean / farther
	lexNone                 int // neither pair has a translated stem
	wrongLexSum, goldLexSum float64
}

func main() {
	lexFile := flag.String("lexicon", "", "lexicon file")
	core := flag.Bool("core-lexicon", false, "add the core lexicon (align.Options.CoreLexicon)")
	own := flag.Bool("own-lexicon", false, "each file with its own TM lexicon (FILE.jsonl: FILE.tm.lexicon)")
	show := flag.Int("show", 0, "examples shown per cause")
	flag.Parse()
	tallies := map[string]*tally{}
	ev := map[string]*evidence{}
	var goldLinks, testLinks, goldFound, testCorrect int
	for _, file := range flag.Args() {
		opts := align.Options{CoreLexicon: *core}
		var lex *lexicon.Lexicon
		lf := *lexFile
		if *own {
			lf = strings.TrimSuffix(file, ".jsonl") + ".tm.lexicon"
		}
		if lf != "" {
			l, err := lexicon.Load(lf, "")
			if err != nil {
				log.Fatal(err)
			}
			opts.Lexicon = l
			lex = l
		}
		if *core {
			lex = lexicon.WithCore(lex)
		}
		for _, d := range readDocs(file) {
			links, err := align.Align(d.Source, d.Target, opts)
			if err != nil {
				log.Fatal(err)
			}
			gk, tk := map[string]bool{}, map[string]bool{}
			for _, g := range d.Gold {
				gk[key(g)] = true
			}
			for _, l := range links {
				tk[key(l)] = true
			}
			var wrong, missed []align.Link
			for _, l := range links {
				testLinks++
				if gk[key(l)] {
					testCorrect++
				} else {
					wrong = append(wrong, l)
				}
			}
			for _, g := range d.Gold {
				if len(g.Source) == 0 || len(g.Target) == 0 {
					if !tk[key(g)] {
						missed = append(missed, g) // not counted in recall, but part of the region
					}
					continue
				}
				goldLinks++
				if tk[key(g)] {
					goldFound++
				} else {
					missed = append(missed, g)
				}
			}
			for _, r := range regions(wrong, missed) {
				c := cause(r, d.Gold)
				t := tallies[c]
				if t == nil {
					t = &tally{}
					tallies[c] = t
				}
				t.regions++
				t.wrong += len(r.wrong)
				for _, g := range r.missed {
					if len(g.Source) > 0 && len(g.Target) > 0 {
						t.missed++
					}
				}
				if len(t.examples) < *show {
					t.examples = append(t.examples, example(d, r))
				}
				for _, w := range r.wrong {
					if w.Type() != "1-1" {
						continue
					}
					g, ok := goldOf(d.Gold, w.Target[0])
					if !ok || len(g.Source) == 0 {
						continue
					}
					e := ev[c]
					if e == nil {
						e = &evidence{}
						ev[c] = e
					}
					compare(e, lex, d, w, g)
				}
			}
		}
	}
	p := ratio(testCorrect, testLinks)
	rc := ratio(goldFound, goldLinks)
	fmt.Printf("test links %d, wrong %d (precision %.4f); gold links %d, missed %d (recall %.4f); F1 %.4f\n",
		testLinks, testLinks-testCorrect, p, goldLinks, goldLinks-goldFound, rc, 2*p*rc/(p+rc))
	// F1 share: about what fixing the cause's regions would add to F1,
	// half the precision and half the recall they lose.
	fmt.Printf("%-40s %7s %6s %6s %8s\n", "cause", "regions", "wrong", "missed", "F1 share")
	for _, c := range causes {
		t := tallies[c]
		if t == nil {
			continue
		}
		fmt.Printf("%-40s %7d %6d %6d %8.4f\n", c, t.regions, t.wrong, t.missed,
			(ratio(t.wrong, testLinks)+ratio(t.missed, goldLinks))/2)
	}
	fmt.Println("\nwrong 1-1 links against the gold link of their English line (gold better / worse):")
	fmt.Printf("%-40s %5s %11s %11s %11s %9s %15s\n", "cause", "links", "lexicon", "numbers", "length", "no lex", "mean lex w/g")
	for _, c := range causes {
		e := ev[c]
		if e == nil {
			continue
		}
		fmt.Printf("%-40s %5d %5d/%-5d %5d/%-5d %5d/%-5d %9d %7.2f/%-7.2f\n", c, e.n, e.lexBetter, e.lexWorse,
			e.numBetter, e.numWorse, e.lenBetter, e.lenWorse, e.lexNone, e.wrongLexSum/float64(e.n), e.goldLexSum/float64(e.n))
	}
	if *show > 0 {
		for _, c := range causes {
			if t := tallies[c]; t != nil {
				fmt.Printf("\n== %s\n", c)
				for _, x := range t.examples {
					fmt.Print(x)
				}
			}
		}
	}
}

func readDocs(file string) []*align.Document {
	docs, err := align.ReadDocuments(file)
	if err != nil {
		log.Fatal(err)
	}
	return docs
}

type region struct{ wrong, missed []align.Link }

// regions joins the wrong and missed links that share a sentence.
func regions(wrong, missed []align.Link) []region {
	all := append(slices.Clone(wrong), missed...)
	parent := make([]int, len(all))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		if parent[i] != i {
			parent[i] = find(parent[i])
		}
		return parent[i]
	}
	for i := range all {
		for j := i + 1; j < len(all); j++ {
			if overlaps(all[i], all[j]) {
				parent[find(i)] = find(j)
			}
		}
	}
	byRoot := map[int]*region{}
	var roots []int
	for i, l := range all {
		r := find(i)
		if byRoot[r] == nil {
			byRoot[r] = &region{}
			roots = append(roots, r)
		}
		if i < len(wrong) {
			byRoot[r].wrong = append(byRoot[r].wrong, l)
		} else {
			byRoot[r].missed = append(byRoot[r].missed, l)
		}
	}
	sort.Ints(roots)
	var out []region
	for _, r := range roots {
		if len(byRoot[r].wrong) > 0 || hasBoth(byRoot[r].missed) {
			out = append(out, *byRoot[r])
		}
	}
	return out
}

func hasBoth(ls []align.Link) bool {
	for _, l := range ls {
		if len(l.Source) > 0 && len(l.Target) > 0 {
			return true
		}
	}
	return false
}

// cause gives the region the first cause of the list it shows.
func cause(r region, gold []align.Link) string {
	drop := map[int]bool{}  // Korean sentences the gold leaves unlinked
	eonly := map[int]bool{} // English lines the gold leaves unlinked
	for _, g := range gold {
		if len(g.Target) == 0 {
			for _, x := range g.Source {
				drop[x] = true
			}
		}
		if len(g.Source) == 0 {
			for _, y := range g.Target {
				eonly[y] = true
			}
		}
	}
	wrong11 := 0
	for _, w := range r.wrong {
		if w.Type() == "1-1" {
			wrong11++
		}
	}
	has := func(f func(align.Link) bool) bool {
		for _, w := range r.wrong {
			if f(w) {
				return true
			}
		}
		return false
	}
	goldHas := func(f func(align.Link) bool) bool {
		for _, g := range r.missed {
			if f(g) {
				return true
			}
		}
		return false
	}
	switch {
	case wrong11 >= 2:
		return causes[0]
	case has(func(w align.Link) bool { return len(w.Source) >= 2 && len(w.Target) > 0 && anyIn(w.Source, drop) }):
		return causes[1]
	case has(func(w align.Link) bool { return w.Type() == "1-1" && drop[w.Source[0]] && eonly[w.Target[0]] }):
		return causes[2]
	case wrong11 > 0 && goldHas(func(g align.Link) bool { return len(g.Target) == 0 }):
		return causes[3]
	case has(func(w align.Link) bool { return len(w.Target) >= 2 && len(w.Source) > 0 && anyIn(w.Target, eonly) }):
		return causes[4]
	case goldHas(func(g align.Link) bool { return len(g.Source) >= 2 && len(g.Target) == 1 }):
		return causes[5]
	case goldHas(func(g align.Link) bool { return len(g.Source) == 1 && len(g.Target) >= 2 }):
		return causes[6]
	case has(func(w align.Link) bool { return len(w.Source)+len(w.Target) >= 3 }):
		return causes[7]
	case wrong11 > 0 && goldHas(func(g align.Link) bool { return len(g.Source) == 0 }):
		return causes[8]
	}
	return causes[9]
}

func anyIn(xs []int, m map[int]bool) bool {
	for _, x := range xs {
		if m[x] {
			return true
		}
	}
	return false
}

func goldOf(gold []align.Link, en int) (align.Link, bool) {
	for _, g := range gold {
		if slices.Contains(g.Target, en) {
			return g, true
		}
	}
	return align.Link{}, false
}

var digits = regexp.MustCompile(`[0-9]+`)

func compare(e *evidence, lex *lexicon.Lexicon, d *align.Document, w, g align.Link) {
	e.n++
	ko := func(l align.Link) string {
		var parts []string
		for _, x := range l.Source {
			parts = append(parts, d.Source[x])
		}
		return strings.Join(parts, " ")
	}
	en := func(l align.Link) string {
		var parts []string
		for _, y := range l.Target {
			parts = append(parts, d.Target[y])
		}
		return strings.Join(parts, " ")
	}
	wl, gl := lexShare(lex, ko(w), en(w)), lexShare(lex, ko(g), en(g))
	e.wrongLexSum += wl
	e.goldLexSum += gl
	switch {
	case wl == 0 && gl == 0:
		e.lexNone++
	case gl > wl:
		e.lexBetter++
	case gl < wl:
		e.lexWorse++
	}
	wn, gn := numAgree(ko(w), en(w)), numAgree(ko(g), en(g))
	switch {
	case gn > wn:
		e.numBetter++
	case gn < wn:
		e.numWorse++
	}
	wz, gz := lenDev(ko(w), en(w)), lenDev(ko(g), en(g))
	switch {
	case gz < wz-0.1:
		e.lenBetter++
	case gz > wz+0.1:
		e.lenWorse++
	}
}

// lexShare is the share of the Korean stems with a translation whose
// translations include a word of the English.
func lexShare(lex *lexicon.Lexicon, ko, en string) float64 {
	if lex == nil {
		return 0
	}
	ids := lex.KoreanIDs(ko)
	have := map[int32]bool{}
	for _, id := range lex.EnglishIDs(en) {
		have[id] = true
	}
	known, found := 0, 0
	for _, s := range ids {
		if len(s) == 0 {
			continue
		}
		known++
		for _, id := range s {
			if have[id] {
				found++
				break
			}
		}
	}
	if known == 0 {
		return 0
	}
	return float64(found) / float64(known)
}

// numAgree is 1 when both sides have numbers and the same set, -1 when
// they have different ones, 0 when neither or one side has none.
func numAgree(ko, en string) int {
	a, b := digits.FindAllString(ko, -1), digits.FindAllString(en, -1)
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	sa, sb := map[string]bool{}, map[string]bool{}
	for _, x := range a {
		sa[x] = true
	}
	for _, x := range b {
		sb[x] = true
	}
	for x := range sa {
		if !sb[x] {
			return -1
		}
	}
	return 1
}

// lenDev is how far the log ratio of the English to the Korean character
// count is from 1.05, the English edition's usual ratio in the set's
// units (a rough measure: Korean characters counted twice).
func lenDev(ko, en string) float64 {
	k := 2 * float64(utf8.RuneCountInString(ko))
	n := float64(utf8.RuneCountInString(en))
	if k == 0 || n == 0 {
		return 10
	}
	return math.Abs(math.Log(n/k) - math.Log(1.05))
}

func example(d *align.Document, r region) string {
	var b strings.Builder
	fmt.Fprintf(&b, "  %s\n", d.ID)
	for _, g := range r.missed {
		fmt.Fprintf(&b, "    gold %v-%v\n", g.Source, g.Target)
	}
	for _, w := range r.wrong {
		fmt.Fprintf(&b, "    got  %v-%v %.2f\n", w.Source, w.Target, w.Confidence)
	}
	return b.String()
}

func key(l align.Link) string { return fmt.Sprint(l.Source, l.Target) }

func overlaps(a, b align.Link) bool {
	for _, x := range a.Source {
		if slices.Contains(b.Source, x) {
			return true
		}
	}
	for _, y := range a.Target {
		if slices.Contains(b.Target, y) {
			return true
		}
	}
	return false
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
