// Command openings counts how often a Korean sentence and an English line
// open on the same matter, as align's wOpening reads it (opening.go: a
// translation of one of the first two known stems of the Korean among the
// first quarter of the English words, three at least), for the gold 1-1
// links of edition-set files and for the pairs of a dropped sentence
// (gold 1-0) with the English line of a kept neighbour linked 1-1; and
// how often the line opens on the matter of a Korean sentence beside its
// own and not on its own (the neighbour test tried as wOpenNbr in session
// 19, helper A34). It is a development tool: never run it on the held-out
// part.
//
//	go run ./align/internal/openings [-lexicon FILE | -own-lexicon] /tmp/edition/half-ntrex-0.jsonl ...
//
// The core lexicon is always added; with -own-lexicon each file uses its
// own TM lexicon (half-ntrex-0.jsonl: half-ntrex-0.tm.lexicon).
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"slices"
	"strings"

	"bitext/lexicon"
)

type doc struct {
	Ko   []string   `json:"ko"`
	En   []string   `json:"en"`
	Gold [][2][]int `json:"gold"`
}

// opening is the sorted ids of the opening of s, as align's openingIDs.
func opening(lx *lexicon.Lexicon, s string, english bool) []int32 {
	var ids []int32
	if english {
		words := strings.Fields(s)
		for _, w := range words[:min(len(words), max(3, (len(words)+3)/4))] {
			ids = append(ids, lx.EnglishIDs(w)...)
		}
	} else {
		k := lx.KoreanIDs(s)
		for _, x := range k[:min(2, len(k))] {
			ids = append(ids, x...)
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

func meet(a, b []int32) bool {
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); ok {
			return true
		}
	}
	return false
}

type count struct{ n, yes int }

func (c count) String() string {
	if c.n == 0 {
		return "0/0"
	}
	return fmt.Sprintf("%d/%d (%.3f)", c.yes, c.n, float64(c.yes)/float64(c.n))
}

func main() {
	lexFile := flag.String("lexicon", "", "lexicon file")
	own := flag.Bool("own-lexicon", false, "each file with its own TM lexicon (FILE.jsonl: FILE.tm.lexicon)")
	flag.Parse()
	log.SetFlags(0)
	fmt.Println("file  gold 1-1 open together  gold 1-1 line opens on a neighbour only  dropped sentence with its kept neighbour's line open together")
	for _, file := range flag.Args() {
		path := *lexFile
		if *own {
			path = strings.TrimSuffix(file, ".jsonl") + ".tm.lexicon"
		}
		var lx *lexicon.Lexicon
		if path != "" {
			var err error
			if lx, err = lexicon.Load(path, ""); err != nil {
				log.Fatal(err)
			}
		}
		lx = lexicon.WithCore(lx)
		f, err := os.Open(file)
		if err != nil {
			log.Fatal(err)
		}
		var gold, nbrOnly, drop count
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<26)
		for sc.Scan() {
			var d doc
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				log.Fatal(err)
			}
			ko := make([][]int32, len(d.Ko))
			for i, s := range d.Ko {
				ko[i] = opening(lx, s, false)
			}
			dropped := map[int]bool{}
			for _, g := range d.Gold {
				if len(g[0]) == 1 && len(g[1]) == 0 {
					dropped[g[0][0]] = true
				}
			}
			for _, g := range d.Gold {
				if len(g[0]) != 1 || len(g[1]) != 1 {
					continue
				}
				k := g[0][0]
				en := opening(lx, d.En[g[1][0]], true)
				if len(ko[k]) == 0 || len(en) == 0 {
					continue
				}
				together := meet(ko[k], en)
				gold.n++
				if together {
					gold.yes++
				}
				beside := false
				for _, n := range []int{k - 1, k + 1} {
					if n < 0 || n >= len(ko) || !meet(ko[n], en) {
						continue
					}
					beside = true
					if dropped[n] {
						drop.yes++
					}
				}
				if !together && beside {
					nbrOnly.yes++
				}
				for _, n := range []int{k - 1, k + 1} {
					if n >= 0 && n < len(ko) && dropped[n] && len(ko[n]) > 0 {
						drop.n++
					}
				}
			}
		}
		if err := sc.Err(); err != nil {
			log.Fatal(err)
		}
		f.Close()
		nbrOnly.n = gold.n
		fmt.Printf("%s  %v  %v  %v\n", file, gold, nbrOnly, drop)
	}
}
