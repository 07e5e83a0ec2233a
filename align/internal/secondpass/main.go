// Command secondpass shows, document by document, what a batch's second
// pass (align.LearnFromBatch, align.Options.SecondPass; eval align
// --second-pass) changes on a gold file of the development data: which
// documents are aligned again, how many of their links are right before
// and after, and with -show the links that changed with their texts. It
// is a development tool: never run it on the held-out part.
//
//	go run ./align/internal/secondpass [-lexicon FILE] [-core-lexicon] [-leave-out] [-show] /tmp/edition/half-kpc-dev-1.jsonl
//
// The variants of what the batch teaches, each measured in session 19
// (README: Aligning, Measured, helper A33); -stem-docs 2, in
// align.LearnFromLinks with a TM's lexicon or the core (b5b3e44), lost on
// held-out and was taken out:
//
//   - -leave-out: each document is aligned again with what the other
//     documents' links taught (a document's own confident links do not
//     teach its second pass);
//   - -known-stems=false: a stem the lexicon already knows (a TM's) gets
//     no translation from the batch; only stems it does not know do;
//   - -stem-docs N: a stem is learned only when it is in confident links
//     of N documents or more (not a topic word of one document);
//   - -pair-docs N, -pair-links N: a translation is learned only when the
//     stem and the word meet in confident links of N documents, or N
//     links, or more.
package main

import (
	"flag"
	"fmt"
	"log"
	"slices"
	"strconv"
	"strings"

	"bitext/align"
	"bitext/lexicon"
)

func main() {
	log.SetFlags(0)
	lexFile := flag.String("lexicon", "", "lexicon file (a TM's, as eval align --tm)")
	core := flag.Bool("core-lexicon", false, "add the core lexicon (align.Options.CoreLexicon)")
	leaveOut := flag.Bool("leave-out", false, "align each document again with what the other documents taught")
	knownStems := flag.Bool("known-stems", true, "let the batch add translations to stems the lexicon knows")
	stemDocs := flag.Int("stem-docs", 0, "learn a stem only when it is in confident links of this many documents")
	pairDocs := flag.Int("pair-docs", 0, "learn a translation only when stem and word meet in confident links of this many documents")
	pairLinks := flag.Int("pair-links", 0, "learn a translation only when stem and word meet in this many confident links")
	lexStats := flag.Bool("lexicon-stats", false, "print what the batch's lexicon adds to the lexicon and stop")
	show := flag.Bool("show", false, "print the links that changed in documents whose right links changed")
	flag.Parse()
	if flag.NArg() != 1 {
		log.Fatal("usage: secondpass [-lexicon FILE] [-core-lexicon] [-leave-out] [-show] GOLD.jsonl")
	}
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
	batch := make([]align.Pair, len(docs))
	first := make([][]align.Link, len(docs))
	for i, d := range docs {
		batch[i] = align.Pair{Source: d.Source, Target: d.Target}
		if first[i], err = align.Align(d.Source, d.Target, opts); err != nil {
			log.Fatal(err)
		}
	}
	f := filter{base: opts.Lexicon, knownStems: *knownStems, stemDocs: *stemDocs, pairDocs: *pairDocs, pairLinks: *pairLinks}
	learned := f.learn(batch, first)
	if *lexStats {
		printLexStats(opts.Lexicon, align.LearnFromLinks(batch, first, nil))
		return
	}
	var before, after align.Counts
	var realigned, gained, lost, net int
	for i, d := range docs {
		second := opts
		second.SecondPass = learned
		if *leaveOut {
			others, otherLinks := slices.Delete(slices.Clone(batch), i, i+1), slices.Delete(slices.Clone(first), i, i+1)
			second.SecondPass = f.learn(others, otherLinks)
		}
		if second.SecondPass == nil {
			second.SecondPass = opts.Lexicon
		}
		again, err := align.Align(d.Source, d.Target, second)
		if err != nil {
			log.Fatal(err)
		}
		var c1, c2 align.Counts
		c1.Score(d.Gold, first[i])
		c2.Score(d.Gold, again)
		before.Score(d.Gold, first[i])
		after.Score(d.Gold, again)
		if !sameLinks(first[i], again) {
			realigned++
		}
		diff := c2.TestCorrect - c1.TestCorrect
		switch {
		case diff > 0:
			gained++
		case diff < 0:
			lost++
		}
		net += diff
		if diff != 0 {
			fmt.Printf("%s: right links %d -> %d of %d gold; mean confidence %.3f -> %.3f\n", d.ID, c1.TestCorrect, c2.TestCorrect, len(d.Gold), align.MeanConfidence(first[i]), align.MeanConfidence(again))
			if *show {
				printChanges(d, first[i], again)
			}
		}
	}
	fmt.Printf("%d documents, %d aligned again with other links, %d with more right links, %d with fewer (net %+d); F1 %.4f -> %.4f\n",
		len(docs), realigned, gained, lost, net, before.F1(), after.F1())
}

func key(l align.Link) string { return fmt.Sprint(l.Source, l.Target) }

// sameLinks tells whether a and b link the same segments (confidences
// aside).
func sameLinks(a, b []align.Link) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if key(a[i]) != key(b[i]) {
			return false
		}
	}
	return true
}

func printChanges(d *align.Document, first, again []align.Link) {
	gold, in1, in2 := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, l := range d.Gold {
		gold[key(l)] = true
	}
	for _, l := range first {
		in1[key(l)] = true
	}
	for _, l := range again {
		in2[key(l)] = true
	}
	for _, l := range first {
		if !in2[key(l)] {
			fmt.Printf("  - %s %s confidence %.2f right %v\n", l.Type(), key(l), l.Confidence, gold[key(l)])
		}
	}
	for _, l := range again {
		if in1[key(l)] {
			continue
		}
		fmt.Printf("  + %s %s confidence %.2f right %v\n", l.Type(), key(l), l.Confidence, gold[key(l)])
		for _, x := range l.Source {
			fmt.Printf("      ko %d: %s\n", x, d.Source[x])
		}
		for _, x := range l.Target {
			fmt.Printf("      en %d: %s\n", x, d.Target[x])
		}
	}
}

// filter is how a variant keeps what the batch taught.
type filter struct {
	base                          *lexicon.Lexicon
	knownStems                    bool
	stemDocs, pairDocs, pairLinks int
}

func (f filter) plain() bool {
	return f.knownStems && f.stemDocs == 0 && f.pairDocs == 0 && f.pairLinks == 0
}

// learn is align.LearnFromLinks with the variant's filter: the lexicon
// learned from the confident links of batch, merged after base (nil when
// nothing was learned).
func (f filter) learn(batch []align.Pair, links [][]align.Link) *lexicon.Lexicon {
	if f.plain() {
		return align.LearnFromLinks(batch, links, f.base)
	}
	learned := align.LearnFromLinks(batch, links, nil)
	if learned == nil {
		return nil
	}
	stemDocs, pairDocs, pairLinks := map[string]int{}, map[[2]string]int{}, map[[2]string]int{}
	for i, d := range batch {
		stems, pairs := map[string]bool{}, map[[2]string]bool{}
		for _, l := range links[i] {
			if l.Confidence < align.BatchMinConfidence || len(l.Source) == 0 || len(l.Target) == 0 {
				continue
			}
			ks := uniq(lexicon.KoreanStems(join(d.Source, l.Source)))
			es := uniq(lexicon.EnglishWords(join(d.Target, l.Target)))
			for _, k := range ks {
				stems[k] = true
				for _, e := range es {
					pairs[[2]string{k, e}] = true
					pairLinks[[2]string{k, e}]++
				}
			}
		}
		for k := range stems {
			stemDocs[k]++
		}
		for p := range pairs {
			pairDocs[p]++
		}
	}
	var out strings.Builder
	have := map[string][]string{}
	keep := func(line string) {
		fs := strings.Split(line, "\t")
		if len(fs) != 3 || slices.Contains(have[fs[0]], fs[1]) || len(have[fs[0]]) >= lexicon.MaxTranslations {
			return
		}
		have[fs[0]] = append(have[fs[0]], fs[1])
		out.WriteString(line + "\n")
	}
	units := 0
	if f.base != nil {
		units = f.base.Units()
		for _, line := range lines(f.base) {
			keep(line)
		}
	}
	known := map[string]bool{}
	for k := range have {
		known[k] = true
	}
	for _, line := range lines(learned) {
		fs := strings.Split(line, "\t")
		p := [2]string{fs[0], fs[1]}
		if !f.knownStems && known[fs[0]] || stemDocs[fs[0]] < f.stemDocs || pairDocs[p] < f.pairDocs || pairLinks[p] < f.pairLinks {
			continue
		}
		keep(line)
	}
	l, err := lexicon.Read(strings.NewReader("# bitext lexicon v1 units="+strconv.Itoa(units+learned.Units())+"\n"+out.String()), "learned")
	if err != nil {
		log.Fatal(err)
	}
	return l
}

// lines are the translation lines of l as Write writes them.
func lines(l *lexicon.Lexicon) []string {
	var b strings.Builder
	if err := l.Write(&b); err != nil {
		log.Fatal(err)
	}
	all := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	return all[1:]
}

func uniq(s []string) []string {
	slices.Sort(s)
	return slices.Compact(s)
}

func join(segs []string, idx []int) string {
	parts := make([]string, len(idx))
	for i, x := range idx {
		parts[i] = segs[x]
	}
	return strings.Join(parts, " ")
}

// printLexStats prints how many stems the batch's lexicon learned, how
// many of them base knows, and how many translations it adds to those.
func printLexStats(base, learned *lexicon.Lexicon) {
	if learned == nil {
		fmt.Println("the batch taught nothing")
		return
	}
	trans := map[string][]string{}
	for _, line := range lines(learned) {
		fs := strings.Split(line, "\t")
		trans[fs[0]] = append(trans[fs[0]], fs[1])
	}
	known, added, addedNew := 0, 0, 0
	for k, ws := range trans {
		var have []string
		if base != nil {
			have = base.Translations(k)
		}
		if len(have) == 0 {
			addedNew += len(ws)
			continue
		}
		known++
		for _, w := range ws {
			if !slices.Contains(have, w) && len(have) < lexicon.MaxTranslations {
				have = append(have, w)
				added++
			}
		}
	}
	units := 0
	if base != nil {
		units = base.Units()
	}
	fmt.Printf("batch: %d links' pairs, %d stems learned; lexicon of %d units knows %d of them (the batch adds %d translations to those), %d stems new with %d translations\n",
		learned.Units(), len(trans), units, known, added, len(trans)-known, addedNew)
}
