// Command splitdev makes, from the development part of the edition set
// (align/internal/editionset), the files of the two protocols that
// measure the aligner with a translation memory that has not seen the
// documents it aligns (README: Aligning, Measured):
//
//   - cross: the documents of each corpus (dev-ntrex.jsonl,
//     dev-kpc-dev.jsonl, and their .clean.jsonl) and a TMX of the other
//     corpus's pairs (cross-ntrex.tmx holds the pairs to align the NTREX
//     documents with: the KPC dev pairs; cross-kpc-dev.tmx the NTREX
//     pairs);
//   - half-out: the documents of each corpus split by position into even
//     and odd (half-ntrex-0.jsonl ... half-kpc-dev-1.jsonl, and .clean),
//     and for each half a TMX of every development pair whose Korean
//     sentence is in none of that half's documents (half-ntrex-0.tmx ...):
//     a TM of a few thousand news pairs, from the same sources, without
//     the documents.
//
// Usage:
//
//	go run ./align/internal/splitdev DIR
//
// where DIR holds dev.jsonl, dev.clean.jsonl and dev-tm.tmx. It never
// reads the held-out part. Each TMX is then imported into a TM and given a
// lexicon (bitext tm import, bitext tm lexicon).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"

	"bitext/tmx"
)

type doc struct {
	raw    []byte
	corpus string
	ko     []string
}

func main() {
	log.SetFlags(0)
	if len(os.Args) != 2 {
		log.Fatal("usage: splitdev DIR")
	}
	dir := os.Args[1]
	edited := read(filepath.Join(dir, "dev.jsonl"))
	clean := read(filepath.Join(dir, "dev.clean.jsonl"))
	if len(edited) != len(clean) {
		log.Fatalf("splitdev: %d edited and %d unedited documents", len(edited), len(clean))
	}
	units := readTMX(filepath.Join(dir, "dev-tm.tmx"))
	corpora := []string{"ntrex", "kpc-dev"}
	byCorpus := map[string][]int{}
	for i, d := range clean {
		byCorpus[d.corpus] = append(byCorpus[d.corpus], i)
	}
	for _, c := range corpora {
		idx := byCorpus[c]
		write(dir, "dev-"+c, edited, clean, idx)
		// The other corpus's pairs.
		writeTMX(filepath.Join(dir, "cross-"+c+".tmx"), units, func(u *tmx.TU) bool { return corpusOf(u) != c })
		for half := 0; half < 2; half++ {
			var part []int
			for n, i := range idx {
				if n%2 == half {
					part = append(part, i)
				}
			}
			name := fmt.Sprintf("half-%s-%d", c, half)
			write(dir, name, edited, clean, part)
			seen := koreanOf(clean, part)
			writeTMX(filepath.Join(dir, name+".tmx"), units, func(u *tmx.TU) bool {
				return !seen[u.Variant("ko").Seg.Text()]
			})
		}
	}
}

// corpusOf tells which corpus a unit of dev-tm.tmx comes from: the
// editionset writes the NTREX pairs first, with tuids 1..N, then the KPC
// dev pairs; the property x-corpus says so when present.
func corpusOf(u *tmx.TU) string {
	for _, p := range u.Props {
		if p.Type == "x-corpus" {
			return p.Value
		}
	}
	var n int
	fmt.Sscan(u.TUID, &n)
	if n <= ntrexPairs {
		return "ntrex"
	}
	return "kpc-dev"
}

// ntrexPairs is the number of NTREX pairs (ntrex128-newstest2019.ko-en.tsv).
const ntrexPairs = 1997

func koreanOf(docs []doc, idx []int) map[string]bool {
	m := map[string]bool{}
	for _, i := range idx {
		for _, k := range docs[i].ko {
			m[k] = true
		}
	}
	return m
}

func read(path string) []doc {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var out []doc
	s := bufio.NewScanner(f)
	s.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for s.Scan() {
		var d struct {
			Corpus string   `json:"corpus"`
			Ko     []string `json:"ko"`
		}
		if err := json.Unmarshal(s.Bytes(), &d); err != nil {
			log.Fatalf("%s:%d: %v", path, len(out)+1, err)
		}
		out = append(out, doc{raw: append([]byte(nil), s.Bytes()...), corpus: d.Corpus, ko: d.Ko})
	}
	if err := s.Err(); err != nil {
		log.Fatal(err)
	}
	return out
}

func write(dir, name string, edited, clean []doc, idx []int) {
	for _, x := range []struct {
		suffix string
		docs   []doc
	}{{".jsonl", edited}, {".clean.jsonl", clean}} {
		var b bytes.Buffer
		for _, i := range idx {
			b.Write(x.docs[i].raw)
			b.WriteByte('\n')
		}
		if err := os.WriteFile(filepath.Join(dir, name+x.suffix), b.Bytes(), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	fmt.Printf("%s: %d documents\n", name, len(idx))
}

func readTMX(path string) []*tmx.TU {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	dec := tmx.NewDecoder(f)
	if _, err := dec.Header(); err != nil {
		log.Fatal(err)
	}
	var out []*tmx.TU
	for {
		tu, err := dec.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			log.Fatal(err)
		}
		out = append(out, tu)
	}
}

func writeTMX(path string, units []*tmx.TU, keep func(*tmx.TU) bool) {
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	enc, err := tmx.NewEncoder(f, &tmx.Header{SrcLang: "en"})
	if err != nil {
		log.Fatal(err)
	}
	n := 0
	for _, u := range units {
		if keep(u) {
			if err := enc.Encode(u); err != nil {
				log.Fatal(err)
			}
			n++
		}
	}
	if err := enc.Close(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: %d of %d pairs\n", filepath.Base(path), n, len(units))
}
