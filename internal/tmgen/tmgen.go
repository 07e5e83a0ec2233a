// Package tmgen builds translation memories and lookup queries for tests
// and benchmarks, reproducibly from a seed.
//
// Units keep the shape of real sentences: each is a sentence pair of a
// corpus (or of the small built-in set) with about a third of its words
// replaced by words drawn from the same corpus, as often as they occur
// there, and its numbers changed. Queries are made by editing units the
// way a newsroom's new sentences differ from old ones: one to three words
// changed, the numbers changed, or a clause deleted; the unit each was made
// from is known.
//
//	pairs := tmgen.Builtin()                    // or tmgen.LoadCorpus(dir)
//	g := tmgen.New(pairs, 1)
//	units := g.Units(10000)                     // the same for the same seed
//	queries := g.Queries(units, 1000)
//	err := tmgen.WriteTMX(w, units)
package tmgen

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"bitext/tm"
	"bitext/tmx"
)

// Pair is an English sentence and its Korean translation.
type Pair struct {
	En, Ko string
}

// LoadCorpus reads the sentence pairs of every .tsv file in dir: lines of
// "ko<TAB>en", or files with a header "document_id segment_id ko en".
// Pairs that are very short or very long are left out.
func LoadCorpus(dir string) ([]Pair, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.tsv"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out []Pair
	for _, f := range files {
		ps, err := readTSV(f)
		if err != nil {
			return nil, err
		}
		out = append(out, ps...)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("tmgen: no sentence pairs in %s/*.tsv", dir)
	}
	return out, nil
}

func readTSV(path string) ([]Pair, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("tmgen: %w", err)
	}
	defer f.Close()
	var out []Pair
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	koCol, enCol := 0, 1
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Split(sc.Text(), "\t")
		if line == 1 && len(fields) >= 4 && fields[2] == "ko" && fields[3] == "en" {
			koCol, enCol = 2, 3
			continue
		}
		if len(fields) <= max(koCol, enCol) {
			continue
		}
		ko, en := strings.TrimSpace(fields[koCol]), strings.TrimSpace(fields[enCol])
		if n := len(strings.Fields(en)); n < 5 || n > 60 || len(strings.Fields(ko)) < 3 {
			continue
		}
		out = append(out, Pair{En: en, Ko: ko})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("tmgen: %s: %w", path, err)
	}
	return out, nil
}

// Generator makes units and queries from sentence pairs.
type Generator struct {
	pairs         []Pair
	enVocab       []string
	koVocab       []string
	seed          uint64
	ReplaceRate   float64 // share of words replaced in a unit; 0.3 by default
	NumberChangeP float64 // chance that a unit's number is changed; 0.8 by default
}

// New returns a generator over pairs with the given seed.
func New(pairs []Pair, seed uint64) *Generator {
	g := &Generator{pairs: pairs, seed: seed, ReplaceRate: 0.3, NumberChangeP: 0.8}
	for _, p := range pairs {
		for _, w := range strings.Fields(p.En) {
			if isWord(w) {
				g.enVocab = append(g.enVocab, w)
			}
		}
		for _, w := range strings.Fields(p.Ko) {
			if isWord(w) {
				g.koVocab = append(g.koVocab, w)
			}
		}
	}
	if len(g.enVocab) == 0 {
		g.enVocab = []string{"news"}
	}
	if len(g.koVocab) == 0 {
		g.koVocab = []string{"뉴스"}
	}
	return g
}

// isWord reports whether a space-separated token is only letters (so that
// replacing it keeps the punctuation and numbers of the sentence).
func isWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// Units returns n distinct units (by English text). Units(n) is a prefix
// of Units(m) for n < m with the same seed.
func (g *Generator) Units(n int) []Pair {
	rng := rand.New(rand.NewPCG(g.seed, 0x7467656e))
	seen := make(map[string]struct{}, n)
	out := make([]Pair, 0, n)
	for tries := 0; len(out) < n; tries++ {
		if tries > 50*n+1000 {
			break // the corpus is too small for n distinct units
		}
		p := g.pairs[rng.IntN(len(g.pairs))]
		en := g.mutate(rng, p.En, g.enVocab)
		if _, dup := seen[en]; dup {
			continue
		}
		seen[en] = struct{}{}
		out = append(out, Pair{En: en, Ko: g.mutate(rng, p.Ko, g.koVocab)})
	}
	return out
}

func (g *Generator) mutate(rng *rand.Rand, s string, vocab []string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		switch {
		case isWord(w) && rng.Float64() < g.ReplaceRate:
			ws[i] = vocab[rng.IntN(len(vocab))]
		case hasDigit(w) && rng.Float64() < g.NumberChangeP:
			ws[i] = changeNumbers(rng, w)
		}
	}
	return strings.Join(ws, " ")
}

func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

// changeNumbers replaces each digit run of w by another of the same length.
func changeNumbers(rng *rand.Rand, w string) string {
	var b strings.Builder
	for i := 0; i < len(w); {
		if w[i] < '0' || w[i] > '9' {
			b.WriteByte(w[i])
			i++
			continue
		}
		j := i
		for j < len(w) && w[j] >= '0' && w[j] <= '9' {
			j++
		}
		old := w[i:j]
		for {
			d := make([]byte, j-i)
			for k := range d {
				d[k] = byte('0' + rng.IntN(10))
			}
			if len(d) > 1 && d[0] == '0' {
				d[0] = '1'
			}
			if string(d) != old || len(d) == 1 && old == "0" {
				b.Write(d)
				break
			}
		}
		i = j
	}
	return b.String()
}

// Query is a lookup made by editing a unit.
type Query struct {
	Text   string
	Source language.Tag
	Target language.Tag
	Want   int    // index of the unit the query was made from
	Edit   string // words, numbers or clause
}

// Queries returns n queries made from random units of units: seven in ten
// English (looked up into Korean), three in ten Korean (into English).
func (g *Generator) Queries(units []Pair, n int) []Query {
	rng := rand.New(rand.NewPCG(g.seed, 0x71756572))
	out := make([]Query, 0, n)
	for i := 0; i < n && len(units) > 0; i++ {
		want := rng.IntN(len(units))
		u := units[want]
		q := Query{Want: want, Source: language.English, Target: language.Korean}
		text, vocab := u.En, g.enVocab
		if i%10 >= 7 {
			q.Source, q.Target = language.Korean, language.English
			text, vocab = u.Ko, g.koVocab
		}
		switch i % 3 {
		case 0:
			q.Text, q.Edit = changeWords(rng, text, vocab, 1+rng.IntN(3)), "words"
		case 1:
			if hasDigit(text) {
				q.Text, q.Edit = changeNumbers(rng, text), "numbers"
			} else {
				q.Text, q.Edit = changeWords(rng, text, vocab, 1), "words"
			}
		default:
			q.Text, q.Edit = deleteClause(rng, text), "clause"
		}
		out = append(out, q)
	}
	return out
}

func changeWords(rng *rand.Rand, s string, vocab []string, k int) string {
	ws := strings.Fields(s)
	var idx []int
	for i, w := range ws {
		if isWord(w) {
			idx = append(idx, i)
		}
	}
	rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
	for _, i := range idx[:min(k, len(idx))] {
		for tries := 0; tries < 10; tries++ {
			if w := vocab[rng.IntN(len(vocab))]; w != ws[i] {
				ws[i] = w
				break
			}
		}
	}
	return strings.Join(ws, " ")
}

// deleteClause drops one comma-separated clause other than the first, or,
// in a sentence without commas, the last quarter of its words.
func deleteClause(rng *rand.Rand, s string) string {
	parts := strings.Split(s, ", ")
	if len(parts) >= 3 || len(parts) == 2 && len(strings.Fields(parts[1])) < len(strings.Fields(s))/2 {
		i := 1 + rng.IntN(len(parts)-1)
		rest := append(append([]string{}, parts[:i]...), parts[i+1:]...)
		out := strings.Join(rest, ", ")
		if i == len(parts)-1 {
			out = strings.TrimRight(out, ",") + trailingPunct(s)
		}
		return out
	}
	ws := strings.Fields(s)
	cut := len(ws) / 4
	if cut == 0 || len(ws)-cut < 2 {
		return s
	}
	return strings.TrimRightFunc(strings.Join(ws[:len(ws)-cut], " "), unicode.IsPunct) + trailingPunct(s)
}

func trailingPunct(s string) string {
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == '.' || r == '?' || r == '!' {
		return string(r)
	}
	return ""
}

// Unit converts a generated pair to a unit with TUID i+1.
func Unit(p Pair, i int) tm.Unit {
	return tm.Unit{TUID: strconv.Itoa(i + 1), SourceLang: language.English,
		Variants: []tm.Variant{{Lang: language.English, Text: p.En}, {Lang: language.Korean, Text: p.Ko}}}
}

// WriteTMX writes pairs as a TMX 1.4b document (srclang en).
func WriteTMX(w io.Writer, pairs []Pair) error {
	enc, err := tmx.NewEncoder(w, &tmx.Header{SrcLang: "en", CreationTool: "bitext-tmgen"})
	if err != nil {
		return err
	}
	for i, p := range pairs {
		tu := &tmx.TU{TUID: strconv.Itoa(i + 1), Variants: []tmx.TUV{
			{Lang: "en", Seg: tmx.PlainSeg(p.En)},
			{Lang: "ko", Seg: tmx.PlainSeg(p.Ko)},
		}}
		if err := enc.Encode(tu); err != nil {
			return err
		}
	}
	return enc.Close()
}
