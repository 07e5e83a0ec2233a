// Command zeroone sorts the English-only lines (the 0-1 bead) the aligner
// gets wrong on gold files of the development data by cause: a gold 0-1
// line the aligner links ("missed") is glued to a neighbour as a split
// member whose other members form a right link ("glued, rest right") or a
// wrong one, paired 1-1 with a Korean sentence that is itself a gold 1-0
// (a dropped sentence and the added line linked together), taken into a
// merge, or paired 1-1 with a Korean sentence whose partner is elsewhere
// ("misplaced"); an English line the aligner leaves unlinked that the gold
// links ("false 0-1") is a split member left out or a 1-1 line whose
// Korean it links otherwise. Each missed line is told by where it comes
// from: "borrowed" when the English side of another document of the
// -clean files has it (the edition generator's sentence copied from
// other coverage), "template" when not (the generator's context and
// footer lines), "natural" when the document's own -clean gold has it
// unlinked, and "?" without -clean files (NTREX p05, whose English-only
// lines are NTREX's own sentences whose Korean the perturbation deleted).
// It is a development tool: never run it on the held-out part.
//
//	go run ./align/internal/zeroone [-lexicon FILE] [-core-lexicon=false] [-clean dev.clean.jsonl] [-show] [-tag NAME] FILE.jsonl ...
//
// It prints one line per count: tag, MISS or FALSE or GOLD01 (the gold
// 0-1 lines), the corpus (kpc for kpc-* documents, else ntrex), the origin
// (MISS and GOLD01), the cause (MISS and FALSE) and the count; -show lists
// each case on stderr with its sentences (README: Aligning, Measured,
// session 22, helper A53).
package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"sort"
	"strings"

	"bitext/align"
	"bitext/lexicon"
)

func main() {
	log.SetFlags(0)
	lexFile := flag.String("lexicon", "", "a TM's lexicon file")
	core := flag.Bool("core-lexicon", true, "add the core lexicon (align.Options.CoreLexicon)")
	clean := flag.String("clean", "", "the unedited gold files, comma-separated: natural 0-1 lines and the borrowing pool")
	show := flag.Bool("show", false, "list each case on stderr")
	tag := flag.String("tag", "", "the first field of each output line")
	flag.Parse()
	opts := align.Options{CoreLexicon: *core}
	if *lexFile != "" {
		l, err := lexicon.Load(*lexFile, "")
		if err != nil {
			log.Fatal(err)
		}
		opts.Lexicon = l
	}
	var src origins
	if *clean != "" {
		src = origins{natural: map[string]map[string]bool{}, pool: map[string]string{}}
		for _, f := range strings.Split(*clean, ",") {
			docs, err := align.ReadDocuments(f)
			if err != nil {
				log.Fatal(err)
			}
			src.add(docs)
		}
	}
	counts := map[string]int{}
	var w io.Writer = io.Discard
	if *show {
		w = os.Stderr
	}
	for _, file := range flag.Args() {
		docs, err := align.ReadDocuments(file)
		if err != nil {
			log.Fatal(err)
		}
		for _, d := range docs {
			links, err := align.Align(d.Source, d.Target, opts)
			if err != nil {
				log.Fatal(err)
			}
			for _, c := range classify(d, links, src) {
				counts[c.key()]++
				fmt.Fprintf(w, "%s\t%s\t%s\n%s", *tag, c.key(), d.ID, c.text)
			}
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s\t%s\t%d\n", *tag, k, counts[k])
	}
}

// origins tells where a gold 0-1 line comes from (see the package comment).
type origins struct {
	natural map[string]map[string]bool // document -> its unlinked lines in the clean gold
	pool    map[string]string          // an English line -> a clean document that has it
}

func (o origins) add(docs []*align.Document) {
	for _, d := range docs {
		n := map[string]bool{}
		for _, g := range d.Gold {
			if len(g.Source) == 0 {
				for _, t := range g.Target {
					n[d.Target[t]] = true
				}
			}
		}
		o.natural[d.ID] = n
		for _, e := range d.Target {
			if _, ok := o.pool[e]; !ok {
				o.pool[e] = d.ID
			}
		}
	}
}

func (o origins) of(d *align.Document, line string) string {
	n, ok := o.natural[d.ID]
	switch {
	case !ok:
		return "?"
	case n[line]:
		return "natural"
	}
	if id, ok := o.pool[line]; ok && id != d.ID {
		return "borrowed"
	}
	return "template"
}

// finding is one counted case: kind MISS, FALSE or GOLD01.
type finding struct {
	kind, corpus, origin, cause string
	text                        string // the case with its sentences, for -show
}

func (f finding) key() string {
	parts := []string{f.kind, f.corpus}
	if f.origin != "" {
		parts = append(parts, f.origin)
	}
	if f.cause != "" {
		parts = append(parts, f.cause)
	}
	return strings.Join(parts, "\t")
}

func linkKey(l align.Link) string { return fmt.Sprint(l.Source, l.Target) }

// classify sorts d's 0-1 errors of links by cause, and counts its gold
// 0-1 lines by origin.
func classify(d *align.Document, links []align.Link, src origins) []finding {
	corpus := "ntrex"
	if strings.HasPrefix(d.ID, "kpc") {
		corpus = "kpc"
	}
	gold := map[string]bool{}
	goldOfS, goldOfT := map[int]align.Link{}, map[int]align.Link{}
	for _, g := range d.Gold {
		gold[linkKey(g)] = true
		for _, s := range g.Source {
			goldOfS[s] = g
		}
		for _, t := range g.Target {
			goldOfT[t] = g
		}
	}
	testOfT := map[int]align.Link{}
	for _, l := range links {
		for _, t := range l.Target {
			testOfT[t] = l
		}
	}
	sentences := func(l align.Link) string {
		var b strings.Builder
		for _, s := range l.Source {
			fmt.Fprintf(&b, "  KO %q\n", d.Source[s])
		}
		for _, t := range l.Target {
			fmt.Fprintf(&b, "  EN %q\n", d.Target[t])
		}
		return b.String()
	}
	var out []finding
	for _, g := range d.Gold {
		if len(g.Source) != 0 {
			continue
		}
		for _, t := range g.Target {
			out = append(out, finding{kind: "GOLD01", corpus: corpus, origin: src.of(d, d.Target[t])})
			l, ok := testOfT[t]
			if !ok || len(l.Source) == 0 {
				continue
			}
			rest := align.Link{Source: l.Source}
			for _, x := range l.Target {
				if x != t {
					rest.Target = append(rest.Target, x)
				}
			}
			var cause string
			switch {
			case len(l.Target) > 1 && gold[linkKey(rest)]:
				cause = "glued, rest right"
			case len(l.Target) > 1:
				cause = "glued, rest wrong"
			case len(l.Source) > 1:
				cause = "in a merge"
			case len(goldOfS[l.Source[0]].Target) == 0:
				cause = "1-1 with a dropped Korean"
			default:
				cause = "misplaced"
			}
			out = append(out, finding{kind: "MISS", corpus: corpus, origin: src.of(d, d.Target[t]), cause: cause,
				text: fmt.Sprintf("  test %v %v, gold 0-1 %d\n", l.Source, l.Target, t) + sentences(l)})
		}
	}
	for _, l := range links {
		if len(l.Source) != 0 {
			continue
		}
		for _, t := range l.Target {
			g, ok := goldOfT[t]
			if !ok || len(g.Source) == 0 {
				continue
			}
			cause := "gold 1-1 line left out"
			switch {
			case len(g.Target) > 1:
				cause = "split member left out"
			case len(g.Source) > 1:
				cause = "merge's line left out"
			}
			out = append(out, finding{kind: "FALSE", corpus: corpus, cause: cause,
				text: fmt.Sprintf("  gold %v %v, test 0-1 %d\n", g.Source, g.Target, t) + sentences(g)})
		}
	}
	return out
}
