// Command onetwo sorts the split links (the 1-2 bead) the aligner gets
// wrong on gold files of the development data by cause. A gold 1-2 the
// aligner does not make ("MISS") is, by what it makes of the Korean
// sentence and the two lines: "conflict" (the Korean sentence linked 1-1
// to one of the lines, the other left unlinked: the choice between a split
// and a 1-1 beside an English-only line, whose answer differs by gold
// convention, README: Aligning, Measured, session 21, helper A48),
// "second line to the next Korean" (the Korean sentence linked 1-1 to the
// first line, the second linked with a later Korean sentence), "first
// line to the previous Korean", "a line into a merge", "Korean dropped"
// (the sentence left unlinked, 1-0), or "other". An aligner's 1-2 the
// gold does not have ("FALSE") is, by the gold of the Korean sentence and
// the lines: "conflict" (the gold links the sentence 1-1 to one of the
// lines and leaves the other unlinked), "glued gold 0-1, rest wrong",
// "a neighbour's line" (a line the gold links 1-1 or in a split with the
// previous or next Korean sentence; "beside a dropped Korean" when that
// neighbour's own gold leaves a Korean sentence next to it unlinked or the
// aligner leaves it unlinked), "the Korean is dropped" (a gold 1-0
// sentence given two lines), "a merge's lines" or "other". Each case also
// says whether the link after it is wrong too ("run": the gold link
// starting at the next Korean sentence is missed as well).
// It is a development tool: never run it on the held-out part.
//
//	go run ./align/internal/onetwo [-lexicon FILE] [-core-lexicon=false] [-show] [-tag NAME] FILE.jsonl ...
//
// It prints one line per count: tag, MISS or FALSE or GOLD12 (the gold
// 1-2 links) or TEST12 (the aligner's), the corpus (kpc for kpc-*
// documents, else ntrex), the cause and the count; -show lists each case
// on stderr with its sentences (README: Aligning, Measured, session 23,
// helper A54).
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
			for _, c := range classify(d, links) {
				counts[c.key()]++
				if c.text != "" {
					fmt.Fprintf(w, "%s\t%s\t%s\n%s", *tag, c.key(), d.ID, c.text)
				}
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

// finding is one counted case: kind MISS, FALSE, GOLD12 or TEST12.
type finding struct {
	kind, corpus, cause string
	text                string // the case with its sentences, for -show
}

func (f finding) key() string {
	parts := []string{f.kind, f.corpus}
	if f.cause != "" {
		parts = append(parts, f.cause)
	}
	return strings.Join(parts, "\t")
}

func linkKey(l align.Link) string { return fmt.Sprint(l.Source, l.Target) }

func is12(l align.Link) bool { return len(l.Source) == 1 && len(l.Target) == 2 }

// classify sorts d's 1-2 errors of links by cause and counts its gold and
// test 1-2 links.
func classify(d *align.Document, links []align.Link) []finding {
	corpus := "ntrex"
	if strings.HasPrefix(d.ID, "kpc") {
		corpus = "kpc"
	}
	gold, test := map[string]bool{}, map[string]bool{}
	goldOfS, goldOfT := map[int]align.Link{}, map[int]align.Link{}
	testOfS, testOfT := map[int]align.Link{}, map[int]align.Link{}
	for _, g := range d.Gold {
		gold[linkKey(g)] = true
		for _, s := range g.Source {
			goldOfS[s] = g
		}
		for _, t := range g.Target {
			goldOfT[t] = g
		}
	}
	for _, l := range links {
		test[linkKey(l)] = true
		for _, s := range l.Source {
			testOfS[s] = l
		}
		for _, t := range l.Target {
			testOfT[t] = l
		}
	}
	// run: the gold link of the next Korean sentence after s is missed too.
	run := func(s int) string {
		g, ok := goldOfS[s+1]
		if ok && !test[linkKey(g)] {
			return ", run"
		}
		return ""
	}
	dropped := func(s int) bool { // a Korean sentence the gold or the aligner leaves unlinked
		if s < 0 || s >= len(d.Source) {
			return false
		}
		g, okg := goldOfS[s]
		t, okt := testOfS[s]
		return (okg && len(g.Target) == 0) || (okt && len(t.Target) == 0)
	}
	text := func(head string, ls ...align.Link) string {
		var b strings.Builder
		b.WriteString(head)
		seenS, seenT := map[int]bool{}, map[int]bool{}
		for _, l := range ls {
			for _, s := range l.Source {
				if !seenS[s] {
					seenS[s] = true
					fmt.Fprintf(&b, "  KO%d %q\n", s, d.Source[s])
				}
			}
			for _, t := range l.Target {
				if !seenT[t] {
					seenT[t] = true
					fmt.Fprintf(&b, "  EN%d %q\n", t, d.Target[t])
				}
			}
		}
		return b.String()
	}
	var out []finding
	for _, g := range d.Gold {
		if !is12(g) {
			continue
		}
		out = append(out, finding{kind: "GOLD12", corpus: corpus})
		if test[linkKey(g)] {
			continue
		}
		k, e1, e2 := g.Source[0], g.Target[0], g.Target[1]
		tk := testOfS[k]
		t1, t2 := testOfT[e1], testOfT[e2]
		var cause string
		switch {
		case len(tk.Target) == 0:
			cause = "Korean dropped"
		case len(t1.Source) > 1 || len(t2.Source) > 1:
			cause = "a line into a merge"
		case len(tk.Target) == 1 && (len(t1.Source) == 0 || len(t2.Source) == 0):
			cause = "conflict"
		case linkKey(tk) == linkKey(t1) && len(t2.Source) == 1 && t2.Source[0] > k:
			cause = "second line to the next Korean"
		case linkKey(tk) == linkKey(t2) && len(t1.Source) == 1 && t1.Source[0] < k:
			cause = "first line to the previous Korean"
		default:
			cause = "other"
		}
		cause += run(k)
		head := fmt.Sprintf("  gold %v %v; test %v %v, %v %v, %v %v\n", g.Source, g.Target,
			tk.Source, tk.Target, t1.Source, t1.Target, t2.Source, t2.Target)
		out = append(out, finding{kind: "MISS", corpus: corpus, cause: cause, text: text(head, g, tk, t1, t2)})
	}
	for _, l := range links {
		if !is12(l) {
			continue
		}
		out = append(out, finding{kind: "TEST12", corpus: corpus})
		if gold[linkKey(l)] {
			continue
		}
		k := l.Source[0]
		gk := goldOfS[k]
		var extra []int // the lines the gold does not give k
		for _, t := range l.Target {
			if g, ok := goldOfT[t]; !ok || linkKey(g) != linkKey(gk) {
				extra = append(extra, t)
			}
		}
		var cause string
		switch {
		case len(gk.Target) == 0:
			cause = "the Korean is dropped"
		case len(gk.Source) > 1:
			cause = "a merge's lines"
		case len(extra) == 1 && len(goldOfT[extra[0]].Source) == 0 && len(gk.Target) == 1:
			cause = "conflict"
		case len(extra) == 1 && len(goldOfT[extra[0]].Source) == 0:
			cause = "glued gold 0-1, rest wrong"
		case len(extra) >= 1:
			ge := goldOfT[extra[0]]
			cause = "other"
			if len(ge.Source) == 1 && (ge.Source[0] == k+1 || ge.Source[0] == k-1) {
				cause = "a neighbour's line"
				n := ge.Source[0]
				if dropped(n-1) || dropped(n+1) || dropped(k-1) || dropped(k+1) {
					cause += " beside a dropped Korean"
				}
			}
		default:
			cause = "other"
		}
		cause += run(k)
		var ctx []align.Link
		ctx = append(ctx, l, gk)
		for _, t := range l.Target {
			ctx = append(ctx, goldOfT[t])
		}
		head := fmt.Sprintf("  test %v %v; gold %v %v", l.Source, l.Target, gk.Source, gk.Target)
		for _, t := range extra {
			g := goldOfT[t]
			head += fmt.Sprintf(", %v %v", g.Source, g.Target)
		}
		out = append(out, finding{kind: "FALSE", corpus: corpus, cause: cause, text: text(head+"\n", ctx...)})
	}
	return out
}
