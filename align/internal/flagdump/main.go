// Command flagdump lists the links an alignment flags "check alignment"
// (confidence below 0.5) on a gold file of the development data, each with
// whether it is right, its type and confidence, its neighbours'
// confidences and its texts, for studying the flag (issue #10). It is a
// development tool: never run it on the held-out part.
//
//	go run ./align/internal/flagdump [-lexicon FILE] [-core-lexicon] [-second-pass] [-below 0.5] [-tag T] dev.jsonl
//
// Each line is tab-separated: tag, document, link, type, confidence,
// right (1 or 0), the previous and next links' confidences, and the
// Korean and English texts.
package main

import (
	"flag"
	"fmt"
	"log"
	"strings"

	"bitext/align"
	"bitext/lexicon"
)

func main() {
	lexFile := flag.String("lexicon", "", "lexicon file")
	second := flag.Bool("second-pass", false, "as eval align --second-pass")
	core := flag.Bool("core-lexicon", true, "add the core lexicon (align.Options.CoreLexicon)")
	below := flag.Float64("below", 0.5, "list links whose confidence is below this")
	tag := flag.String("tag", "", "first column of every line")
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
	for _, d := range docs {
		links, err := align.Align(d.Source, d.Target, opts)
		if err != nil {
			log.Fatal(err)
		}
		gold := map[string]bool{}
		for _, g := range d.Gold {
			gold[key(g)] = true
		}
		for i, l := range links {
			if l.Confidence >= *below || len(l.Source)+len(l.Target) == 0 {
				continue
			}
			prev, next := -1.0, -1.0
			if i > 0 {
				prev = links[i-1].Confidence
			}
			if i+1 < len(links) {
				next = links[i+1].Confidence
			}
			right := 0
			if gold[key(l)] {
				right = 1
			}
			var ko, en []string
			for _, s := range l.Source {
				ko = append(ko, d.Source[s])
			}
			for _, t := range l.Target {
				en = append(en, d.Target[t])
			}
			fmt.Printf("%s\t%s\t%v-%v\t%s\t%.3f\t%d\t%.2f\t%.2f\t%s\t%s\n", *tag, d.ID, l.Source, l.Target, l.Type(), l.Confidence, right, prev, next,
				clip(strings.Join(ko, " | ")), clip(strings.Join(en, " | ")))
		}
	}
}

func key(l align.Link) string { return fmt.Sprint(l.Source, l.Target) }

func clip(s string) string {
	s = strings.ReplaceAll(s, "\t", " ")
	if r := []rune(s); len(r) > 90 {
		return string(r[:90]) + "…"
	}
	return s
}
