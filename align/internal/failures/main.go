// Command failures lists the links the aligner gets wrong on a gold file
// of the development data, grouped by the gold link's type, with what the
// aligner made of each (the links overlapping it) and the texts, for
// studying failures. It is a development tool: never run it on the
// held-out part.
//
//	go run ./align/internal/failures [-lexicon FILE] [-core-lexicon] [-type 1-0] [-show 5] /tmp/edition/dev.jsonl
//
// With -coverage it prints instead how well the lexicon covers the
// documents (align.LexiconCoverage): its quartiles and how many documents
// are at or below 0.5, where the penalty for merge and split members the
// other side does not translate is not charged.
package main

import (
	"flag"
	"fmt"
	"log"
	"sort"
	"strings"
	"unicode/utf8"

	"bitext/align"
	"bitext/lexicon"
)

func main() {
	lexFile := flag.String("lexicon", "", "lexicon file")
	only := flag.String("type", "", "show only gold links of this type")
	show := flag.Int("show", 3, "examples shown per gold type and outcome")
	second := flag.Bool("second-pass", false, "as eval align --second-pass")
	core := flag.Bool("core-lexicon", false, "add the core lexicon (align.Options.CoreLexicon)")
	coverage := flag.Bool("coverage", false, "print how well the lexicon covers the documents (align.LexiconCoverage) instead of the failures")
	flag.Parse()
	opts := align.Options{CoreLexicon: *core}
	if *lexFile != "" {
		l, err := lexicon.Load(*lexFile, "")
		if err != nil {
			log.Fatal(err)
		}
		opts.Lexicon = l
	}
	docs, err := align.ReadDocuments(flag.Arg(0))
	if err != nil {
		log.Fatal(err)
	}
	if *second {
		if opts.SecondPass, err = align.LearnFromBatch(align.Pairs(docs), opts); err != nil {
			log.Fatal(err)
		}
	}
	if *coverage {
		printCoverage(docs, opts)
		return
	}
	outcomes := map[string]map[string][]string{} // gold type -> outcome -> examples
	for _, d := range docs {
		links, err := align.Align(d.Source, d.Target, opts)
		if err != nil {
			log.Fatal(err)
		}
		have := map[string]bool{}
		for _, l := range links {
			have[key(l)] = true
		}
		for _, g := range d.Gold {
			if have[key(g)] {
				continue
			}
			var over []align.Link
			for _, l := range links {
				if overlaps(l, g) {
					over = append(over, l)
				}
			}
			var kinds []string
			for _, l := range over {
				kinds = append(kinds, l.Type())
			}
			outcome := strings.Join(kinds, "+")
			t := g.Type()
			if outcomes[t] == nil {
				outcomes[t] = map[string][]string{}
			}
			var b strings.Builder
			fmt.Fprintf(&b, "  %s gold %v-%v\n", d.ID, g.Source, g.Target)
			for _, l := range over {
				fmt.Fprintf(&b, "    got %v-%v %.2f\n", l.Source, l.Target, l.Confidence)
			}
			lo, hi := span(g, over)
			for i := lo[0]; i <= hi[0] && i < len(d.Source); i++ {
				fmt.Fprintf(&b, "      ko%d %s\n", i, clip(d.Source[i]))
			}
			for j := lo[1]; j <= hi[1] && j < len(d.Target); j++ {
				fmt.Fprintf(&b, "      en%d %s\n", j, clip(d.Target[j]))
			}
			outcomes[t][outcome] = append(outcomes[t][outcome], b.String())
		}
	}
	var types []string
	for t := range outcomes {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		if *only != "" && t != *only {
			continue
		}
		var os []string
		total := 0
		for o, ex := range outcomes[t] {
			os = append(os, o)
			total += len(ex)
		}
		sort.Slice(os, func(a, b int) bool { return len(outcomes[t][os[a]]) > len(outcomes[t][os[b]]) })
		fmt.Printf("gold %s: %d missed\n", t, total)
		for _, o := range os {
			fmt.Printf(" as %s: %d\n", o, len(outcomes[t][o]))
			for k, ex := range outcomes[t][o] {
				if k >= *show {
					break
				}
				fmt.Print(ex)
			}
		}
	}
}

func key(l align.Link) string { return fmt.Sprint(l.Source, l.Target) }

func overlaps(a, b align.Link) bool {
	for _, x := range a.Source {
		for _, y := range b.Source {
			if x == y {
				return true
			}
		}
	}
	for _, x := range a.Target {
		for _, y := range b.Target {
			if x == y {
				return true
			}
		}
	}
	return false
}

// span is the range of source and target indexes of the gold link and the
// links overlapping it.
func span(g align.Link, over []align.Link) (lo, hi [2]int) {
	lo = [2]int{1 << 30, 1 << 30}
	hi = [2]int{-1, -1}
	for _, l := range append([]align.Link{g}, over...) {
		for _, x := range l.Source {
			lo[0], hi[0] = min(lo[0], x), max(hi[0], x)
		}
		for _, x := range l.Target {
			lo[1], hi[1] = min(lo[1], x), max(hi[1], x)
		}
	}
	return lo, hi
}

func clip(s string) string {
	if utf8.RuneCountInString(s) > 110 {
		r := []rune(s)
		return string(r[:110]) + "…"
	}
	return s
}

// printCoverage prints the quartiles of the documents' lexicon coverage
// and how many are at or below 0.5, where the lexicon's merge and split
// penalty is not charged.
func printCoverage(docs []*align.Document, opts align.Options) {
	if len(docs) == 0 {
		return
	}
	var qs []float64
	low := 0
	for _, d := range docs {
		q := align.LexiconCoverage(d.Source, d.Target, opts)
		qs = append(qs, q)
		if q <= 0.5 {
			low++
		}
	}
	sort.Float64s(qs)
	at := func(p float64) float64 { return qs[int(p*float64(len(qs)-1)+0.5)] }
	fmt.Printf("%d documents, lexicon coverage min %.3f, quartiles %.3f %.3f %.3f, max %.3f; %d at or below 0.5\n",
		len(qs), qs[0], at(0.25), at(0.5), at(0.75), qs[len(qs)-1], low)
}
