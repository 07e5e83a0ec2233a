// Package lexicon learns a Korean–English translation lexicon from sentence
// pairs, such as the units of a translation memory, and gives the aligner
// word-level evidence that a Korean and an English sentence translate each
// other.
//
// The model is IBM Model 1 (Brown et al. 1993), p(English word | Korean
// stem), trained by expectation maximization with a null word; the model
// of the other direction, p(Korean stem | English word), is trained too,
// and a translation is kept only when it gives the pair at least
// ReverseMinProb (the two directions intersected). Korean words
// are reduced to their stems by stripping the particles the glossary
// matcher knows (외교부가 → 외교부) and common verb endings (발표했다 →
// 발표), and function stems (것, 수, 있 …) are left out; English words are
// lower-cased, stop words left out, possessive endings stripped and the
// rest reduced by the first step of Porter's stemmer (announced →
// announc). Numbers and Latin-script words on the Korean side are left to
// the aligner's own anchors.
//
//	t := lexicon.NewTrainer()
//	t.Add("정부는 예산안을 발표했다.", "The government announced the budget.")
//	// ... many more pairs
//	lex := t.Train(lexicon.DefaultIterations)
//	lex.Translations("정부") // [government]
package lexicon

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
)

// Lexicon holds, for each Korean stem, its likely English translations.
type Lexicon struct {
	ko    map[string]int32
	kos   []string
	en    map[string]int32
	ens   []string
	trans [][]entry // by Korean id, best first
	units int
	// ids are the sorted English ids of each Korean id's translations,
	// made once on the first KoreanIDs (a lexicon is not changed after
	// it is made).
	idsOnce sync.Once
	ids     [][]int32
	// function marks the Korean ids that are function stems
	// (functionStems), which KoreanIDs leaves out; made with ids.
	function []bool
}

type entry struct {
	en int32
	p  float32
}

// Translation thresholds: a translation is kept when p(e|k) is at least
// MinProb, and at most MaxTranslations per stem. MinProb was 0.05 until
// session 6; 0.15 was chosen on the development data among 0.02–0.2 with
// lexicons that had not seen the documents aligned (README, The lexicon):
// learned from a few thousand pairs, Model 1 spreads a stem's mass over
// the words it happened to meet, and those weak translations matched
// unrelated sentences.
const (
	MinProb         = 0.15
	MaxTranslations = 8
	// ReverseMinProb: a translation e of k is kept only when the model
	// trained the other way, p(k|e), gives k at least this much (session
	// 20, helper A44). Model 1 lets a rare stem take the frequent words
	// of its few sentences (조국 → soon, 리서치센터 → percent: no
	// other stem explains them better in those sentences); from the
	// English side those words have many better sources, and the pair
	// falls below it.
	ReverseMinProb = 0.02
	// DefaultIterations of EM; the gain after five is small.
	DefaultIterations = 5
	// minCount: stems and words seen fewer times are not learned.
	minCount = 2
)

// Units is the number of sentence pairs the lexicon was learned from.
func (l *Lexicon) Units() int { return l.units }

// Len is the number of Korean stems with a translation.
func (l *Lexicon) Len() int {
	n := 0
	for _, t := range l.trans {
		if len(t) > 0 {
			n++
		}
	}
	return n
}

// Translations returns the English translations of a Korean stem, best
// first.
func (l *Lexicon) Translations(stem string) []string {
	id, ok := l.ko[stem]
	if !ok {
		return nil
	}
	var out []string
	for _, e := range l.trans[id] {
		out = append(out, l.ens[e.en])
	}
	return out
}

// KoreanIDs returns, for each stem of a Korean text that the lexicon knows,
// the sorted ids of its English translations (see EnglishIDs). The id
// lists are shared: callers must not change them.
func (l *Lexicon) KoreanIDs(text string) [][]int32 {
	l.idsOnce.Do(func() {
		l.ids = make([][]int32, len(l.trans))
		for k, es := range l.trans {
			ids := make([]int32, len(es))
			for i, e := range es {
				ids[i] = e.en
			}
			slices.Sort(ids)
			l.ids[k] = ids
		}
		l.function = make([]bool, len(l.kos))
		for k, stem := range l.kos {
			l.function[k] = functionStems[stem]
		}
	})
	// The words of KoreanStems, found without making a list of them.
	var out [][]int32
	for i := 0; i < len(text); {
		start, end := nextField(text, i, isKoreanWordRune)
		i = end
		if start == end {
			break
		}
		w := text[start:end]
		if !allHangul(w) {
			continue
		}
		// A stem the lexicon lacks is not looked up among the function
		// stems (one map lookup a word, not two).
		s := Stem(w)
		if s == "" {
			continue
		}
		id, ok := l.ko[s]
		if !ok || len(l.trans[id]) == 0 || l.function[id] {
			continue
		}
		out = append(out, l.ids[id])
	}
	return out
}

// EnglishIDs returns the sorted ids of the words of an English text that
// are the translation of some Korean stem.
func (l *Lexicon) EnglishIDs(text string) []int32 {
	// The words of EnglishWords, found without making a list of them.
	var out []int32
	for i := 0; i < len(text); {
		start, end := nextField(text, i, isEnglishWordRune)
		i = end
		if start == end {
			break
		}
		w, ok := englishWord(text[start:end])
		if !ok {
			continue
		}
		if id, ok := l.en[EnglishStem(w)]; ok {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

// nextField returns the bounds of the first run of runes for which in is
// true in text[i:] (strings.FieldsFunc's fields, with in the negation of
// its separator test), start == end == len(text) when there is none.
func nextField(text string, i int, in func(rune) bool) (start, end int) {
	start = -1
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if in(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			return start, i
		}
		i += size
	}
	if start < 0 {
		return len(text), len(text)
	}
	return start, len(text)
}

// isKoreanWordRune is true for the runes of KoreanStems' words.
func isKoreanWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return r >= 0xAC00 && r <= 0xD7A3 || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isEnglishWordRune is true for the runes of EnglishWords' words.
func isEnglishWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '\''
	}
	return r == '’' || unicode.IsLetter(r)
}

// englishWord is a field of EnglishWords lower-cased, without quotes
// around it or a possessive ending, and whether it is a content word
// (two letters or more, a-z only, no stop word).
func englishWord(w string) (string, bool) {
	w = strings.ToLower(strings.Trim(w, "'’"))
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if len(w) < 2 || stopWords[w] || !isASCIIWord(w) {
		return "", false
	}
	return w, true
}

// Trainer collects sentence pairs and learns a Lexicon from them.
type Trainer struct {
	ko, en      map[string]int32
	kos, ens    []string
	kCount      []int32
	eCount      []int32
	kTok, eTok  []int32 // all sentences, concatenated
	kOff, eOff  []int   // sentence i is kTok[kOff[i]:kOff[i+1]]
	kBuf, eBuf  []int32
	maxSentence int
}

// NewTrainer returns an empty trainer.
func NewTrainer() *Trainer {
	return &Trainer{ko: map[string]int32{}, en: map[string]int32{}, kOff: []int{0}, eOff: []int{0}, maxSentence: 40}
}

// Add adds one sentence pair, Korean and English.
func (t *Trainer) Add(ko, en string) {
	t.kBuf = t.kBuf[:0]
	for _, s := range KoreanStems(ko) {
		t.kBuf = append(t.kBuf, intern(t.ko, &t.kos, &t.kCount, s))
	}
	t.eBuf = t.eBuf[:0]
	for _, w := range EnglishWords(en) {
		t.eBuf = append(t.eBuf, intern(t.en, &t.ens, &t.eCount, w))
	}
	if len(t.kBuf) == 0 || len(t.eBuf) == 0 || len(t.kBuf) > t.maxSentence || len(t.eBuf) > t.maxSentence {
		// Counted, but not trained on: long pairs cost much and teach
		// little.
		return
	}
	t.kTok = append(t.kTok, t.kBuf...)
	t.eTok = append(t.eTok, t.eBuf...)
	t.kOff = append(t.kOff, len(t.kTok))
	t.eOff = append(t.eOff, len(t.eTok))
}

func intern(m map[string]int32, names *[]string, counts *[]int32, s string) int32 {
	id, ok := m[s]
	if !ok {
		id = int32(len(*names))
		m[s] = id
		*names = append(*names, s)
		*counts = append(*counts, 0)
	}
	(*counts)[id]++
	return id
}

// Train runs EM for the given number of iterations (at least one) and
// returns the lexicon.
//
// The table p(e|k) is kept as one sparse row per Korean stem, and the E
// step walks the stems rather than the sentences: for a stem, its row is
// spread into a dense array indexed by English word, and the sentences
// the stem occurs in (an inverted index) are visited in turn. Every
// lookup is then an index into an array of the English vocabulary's size,
// which stays in the processor's cache, instead of a probe into a hash
// table of every co-occurring pair; the per-token denominators of a
// sentence are contiguous. The first iteration, from the uniform start,
// is computed while the rows are built. The result is the same model as
// the sentence-by-sentence E step, up to the order of float additions.
func (t *Trainer) Train(iterations int) *Lexicon {
	return t.TrainReverse(iterations, ReverseMinProb)
}

// TrainReverse is Train with its own threshold of the reverse filter: a
// translation e of k is kept only when p(k|e) is at least reverseMin (0
// keeps every translation Model 1 gives MinProb or more). The batch's
// second pass learns from a few hundred links, where ReverseMinProb,
// chosen for a TM of thousands of units, drops real pairs (align,
// LearnFromLinks).
func (t *Trainer) TrainReverse(iterations int, reverseMin float64) *Lexicon {
	iterations = max(iterations, 1)
	n := len(t.kOff) - 1
	// Only frequent tokens are learned: the sentences are filtered once.
	kTok, kOff := filterTokens(t.kTok, t.kOff, t.kCount)
	eTok, eOff := filterTokens(t.eTok, t.eOff, t.eCount)
	m := newModel(len(t.kos), len(t.ens), kTok, kOff, eTok, eOff)
	m.firstIteration(kOff, eOff)
	for it := 1; it < iterations; it++ {
		m.iterate()
	}
	lex := &Lexicon{ko: map[string]int32{}, en: map[string]int32{}, units: n}
	var keys []int32
	for k := range m.rowStart[:len(m.rowStart)-1] {
		if m.rowStart[k+1] > m.rowStart[k] {
			keys = append(keys, int32(k))
		}
	}
	sort.Slice(keys, func(a, b int) bool { return t.kos[keys[a]] < t.kos[keys[b]] })
	var cands []candidate
	for _, k := range keys {
		for x := m.rowStart[k]; x < m.rowStart[k+1]; x++ {
			if m.prob[x] >= MinProb {
				cands = append(cands, candidate{k: k, e: m.col[x], p: m.prob[x]})
			}
		}
	}
	if reverseMin > 0 {
		// The other direction, p(k|e), from the same sentences.
		r := newModel(len(t.ens), len(t.kos), eTok, eOff, kTok, kOff)
		r.firstIteration(eOff, kOff)
		for it := 1; it < iterations; it++ {
			r.iterate()
		}
		r.reverseProbs(cands)
	}
	var es []entry
	for i := 0; i < len(cands); {
		k := cands[i].k
		es = es[:0]
		for ; i < len(cands) && cands[i].k == k; i++ {
			if cands[i].rev >= float32(reverseMin) {
				es = append(es, entry{cands[i].e, cands[i].p})
			}
		}
		sort.Slice(es, func(a, b int) bool {
			if es[a].p != es[b].p {
				return es[a].p > es[b].p
			}
			return t.ens[es[a].en] < t.ens[es[b].en]
		})
		if len(es) > MaxTranslations {
			es = es[:MaxTranslations]
		}
		for _, x := range es {
			lex.add(t.kos[k], t.ens[x.en], x.p)
		}
	}
	return lex
}

// candidate is a translation e of a Korean stem k with p(e|k) at least
// MinProb, and rev = p(k|e), the other direction's probability.
type candidate struct {
	k, e int32
	p    float32
	rev  float32
}

// reverseProbs sets the rev of each candidate from r, the model trained
// from English to Korean (rows by English word): the candidates are
// visited by English word, whose row is spread once into the dense array
// indexed by Korean stem, so the cost is at most one pass over the rows.
func (r *model) reverseProbs(cands []candidate) {
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return cands[order[a]].e < cands[order[b]].e })
	dense := r.dense
	for i := 0; i < len(order); {
		e := cands[order[i]].e
		row := r.col[r.rowStart[e]:r.rowStart[e+1]]
		p := r.prob[r.rowStart[e]:r.rowStart[e+1]]
		for x, k := range row {
			dense[k] = p[x]
		}
		for ; i < len(order) && cands[order[i]].e == e; i++ {
			cands[order[i]].rev = dense[cands[order[i]].k]
		}
		for _, k := range row {
			dense[k] = 0
		}
	}
}

// model is IBM Model 1's table p(e|k) with a null word, in sparse rows by
// Korean stem, and the training sentences indexed by stem.
type model struct {
	// toks are the English tokens of every sentence, in order, each with
	// its E step denominator beside it, so that a sentence's tokens and
	// denominators are read together.
	toks []token
	// occStart[k]:occStart[k+1] are the entries of occ for stem k: the
	// sentences it occurs in, once per occurrence.
	occStart []int
	occ      []occurrence
	// Row k is col/prob[rowStart[k]:rowStart[k+1]]: the English words
	// that co-occur with k and p(e|k).
	rowStart []int
	col      []int32
	prob     []float32
	nullProb []float32
	// dense is scratch by English word.
	dense []float32
}

type token struct {
	e int32
	d float32
}

// occurrence is a sentence a stem occurs in: where its English tokens
// start in toks, how many there are, and how many Korean tokens the
// sentence has (a sentence has at most maxSentence of each).
type occurrence struct {
	start  int32
	en, ko uint16
}

func (m *model) tokensOf(o occurrence) []token { return m.toks[o.start : o.start+int32(o.en)] }

func newModel(nk, ne int, kTok []int32, kOff []int, eTok []int32, eOff []int) *model {
	m := &model{toks: make([]token, len(eTok)),
		occStart: make([]int, nk+1), occ: make([]occurrence, len(kTok)),
		rowStart: make([]int, nk+1), nullProb: make([]float32, ne),
		dense: make([]float32, ne)}
	for i, e := range eTok {
		m.toks[i].e = e
	}
	for _, k := range kTok {
		m.occStart[k+1]++
	}
	for k := 0; k < nk; k++ {
		m.occStart[k+1] += m.occStart[k]
	}
	next := append([]int(nil), m.occStart[:nk]...)
	for s := 0; s+1 < len(kOff); s++ {
		o := occurrence{start: int32(eOff[s]), en: uint16(eOff[s+1] - eOff[s]), ko: uint16(kOff[s+1] - kOff[s])}
		for _, k := range kTok[kOff[s]:kOff[s+1]] {
			m.occ[next[k]] = o
			next[k]++
		}
	}
	return m
}

// firstIteration builds the rows and runs the first EM iteration from the
// uniform start, where every English token of a sentence gives 1/(K+1) to
// each of its K Korean tokens and to the null word.
func (m *model) firstIteration(kOff, eOff []int) {
	acc := m.dense
	nullCount := make([]float32, len(m.nullProb))
	for s := 0; s+1 < len(kOff); s++ {
		w := 1 / float32(kOff[s+1]-kOff[s]+1)
		for _, t := range m.toks[eOff[s]:eOff[s+1]] {
			nullCount[t.e] += w
		}
	}
	var touched []int32
	for k := 0; k+1 < len(m.occStart); k++ {
		touched = touched[:0]
		for _, o := range m.occ[m.occStart[k]:m.occStart[k+1]] {
			w := 1 / float32(o.ko+1)
			for _, t := range m.tokensOf(o) {
				if acc[t.e] == 0 {
					touched = append(touched, t.e)
				}
				acc[t.e] += w
			}
		}
		total := float32(0)
		for _, e := range touched {
			total += acc[e]
		}
		if n := len(m.col) + len(touched); n > cap(m.col) {
			// Doubled, not append's gentler growth for large slices:
			// the rows are the largest table.
			m.col = slices.Grow(m.col, max(n, 2*cap(m.col))-len(m.col))
			m.prob = slices.Grow(m.prob, max(n, 2*cap(m.prob))-len(m.prob))
		}
		for _, e := range touched {
			m.col = append(m.col, e)
			m.prob = append(m.prob, acc[e]/total)
			acc[e] = 0
		}
		m.rowStart[k+1] = len(m.col)
	}
	normalize(nullCount, m.nullProb)
}

// iterate runs one EM iteration: the denominators of every English token
// (null plus the sum of p(e|k) over the sentence's Korean tokens) stem by
// stem, then the expected counts, which for a pair (k, e) are p(e|k) times
// the sum of the inverse denominators of e's tokens in k's sentences, and
// the M step row by row.
func (m *model) iterate() {
	dense := m.dense
	for i := range m.toks {
		m.toks[i].d = m.nullProb[m.toks[i].e]
	}
	for k := 0; k+1 < len(m.rowStart); k++ {
		row := m.col[m.rowStart[k]:m.rowStart[k+1]]
		p := m.prob[m.rowStart[k]:m.rowStart[k+1]]
		for x, e := range row {
			dense[e] = p[x]
		}
		for _, o := range m.occ[m.occStart[k]:m.occStart[k+1]] {
			ts := m.tokensOf(o)
			for j := range ts {
				ts[j].d += dense[ts[j].e]
			}
		}
		for _, e := range row {
			dense[e] = 0
		}
	}
	nullCount := make([]float32, len(m.nullProb))
	for i := range m.toks {
		t := &m.toks[i]
		t.d = 1 / t.d
		nullCount[t.e] += m.nullProb[t.e] * t.d
	}
	for k := 0; k+1 < len(m.rowStart); k++ {
		for _, o := range m.occ[m.occStart[k]:m.occStart[k+1]] {
			for _, t := range m.tokensOf(o) {
				dense[t.e] += t.d
			}
		}
		row := m.col[m.rowStart[k]:m.rowStart[k+1]]
		p := m.prob[m.rowStart[k]:m.rowStart[k+1]]
		total := float32(0)
		for x, e := range row {
			p[x] *= dense[e]
			total += p[x]
			dense[e] = 0
		}
		if total > 0 {
			for x := range p {
				p[x] /= total
			}
		}
	}
	normalize(nullCount, m.nullProb)
}

// normalize sets out to counts divided by their sum (when it is not zero).
func normalize(counts, out []float32) {
	total := float32(0)
	for _, c := range counts {
		total += c
	}
	if total == 0 {
		return
	}
	for i, c := range counts {
		out[i] = c / total
	}
}

// filterTokens keeps the tokens seen at least minCount times.
func filterTokens(tok []int32, off []int, count []int32) ([]int32, []int) {
	out := make([]int32, 0, len(tok))
	outOff := make([]int, 1, len(off))
	for s := 0; s+1 < len(off); s++ {
		for _, x := range tok[off[s]:off[s+1]] {
			if count[x] >= minCount {
				out = append(out, x)
			}
		}
		outOff = append(outOff, len(out))
	}
	return out, outOff
}

func (l *Lexicon) add(ko, en string, p float32) {
	k, ok := l.ko[ko]
	if !ok {
		k = int32(len(l.kos))
		l.ko[ko] = k
		l.kos = append(l.kos, ko)
		l.trans = append(l.trans, nil)
	}
	e, ok := l.en[en]
	if !ok {
		e = int32(len(l.ens))
		l.en[en] = e
		l.ens = append(l.ens, en)
	}
	l.trans[k] = append(l.trans[k], entry{e, p})
}

// endings are Korean verb and adjective endings stripped after the
// particles: 발표했다 → 발표, 참석한 → 참석.
var endings = suffixSet(strings.Fields(`했다 한다 하는 하고 하며 했으며 했고 했던 하기 하여 해 했 할 한 하겠다 하겠다고 했다고 한다고 하면서 하지 하자 합니다 했습니다
	됐다 된다 되는 되고 되며 됐으며 됐고 된 될 되어 돼 되기 됐던
	이다 였다 었다 았다 는다 다고 다며 다는 다면 면서 지만 으며 으면 에서 었던 았던 이며 이고 였고 었고 았고 겠다 습니다 니다 고 며 다 는 은 을 인 적 들`))

var particles = suffixSet(glossary.Particles)

// suffixes is a set of suffixes by their length in syllables, so the
// longest one a word ends in is found in a few map lookups; byLast lists
// them by their last rune, longest first, so that stripOne only tries
// those a word can end in.
type suffixes struct {
	set    map[string]bool
	maxLen int // in runes
	byLast map[rune][]suffix
}

type suffix struct {
	s     string
	runes int
}

func suffixSet(list []string) suffixes {
	s := suffixes{set: map[string]bool{}, byLast: map[rune][]suffix{}}
	for _, x := range list {
		if s.set[x] || x == "" {
			continue
		}
		s.set[x] = true
		n := utf8.RuneCountInString(x)
		s.maxLen = max(s.maxLen, n)
		r, _ := utf8.DecodeLastRuneInString(x)
		s.byLast[r] = append(s.byLast[r], suffix{x, n})
	}
	for _, l := range s.byLast {
		slices.SortStableFunc(l, func(a, b suffix) int { return b.runes - a.runes })
	}
	return s
}

// KoreanStems returns the stems of the Hangul words of a Korean text, in
// order. Words with other letters or digits are left out (the aligner
// compares numbers and Latin tokens on its own).
func KoreanStems(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !(r >= 0xAC00 && r <= 0xD7A3) && !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !allHangul(w) {
			continue
		}
		if s := Stem(w); s != "" && !functionStems[s] {
			out = append(out, s)
		}
	}
	return out
}

// Stem strips one particle sequence (or the plural 들 and a particle), then
// one ending, keeping at least one syllable.
func Stem(w string) string {
	w = stripOne(w, particles)
	if s, ok := strings.CutSuffix(w, "들"); ok && s != "" {
		w = s
	}
	w = stripOne(w, endings)
	return w
}

func stripOne(w string, suf suffixes) string {
	// The longest suffix that leaves at least one rune (and of at most 8
	// runes, as stripOneLookups counts them).
	last, size := utf8.DecodeLastRuneInString(w)
	if size == 0 {
		return w
	}
	cands := suf.byLast[last]
	if len(cands) == 0 {
		return w
	}
	n := utf8.RuneCountInString(w)
	for _, c := range cands {
		if c.runes < n && c.runes <= 8 && strings.HasSuffix(w, c.s) {
			return w[:len(w)-len(c.s)]
		}
	}
	return w
}

// stripOneLookups is stripOne as it was until session 10, a map lookup
// for each suffix length (FuzzStripOne holds stripOne to it).
func stripOneLookups(w string, suf suffixes) string {
	// Byte offsets of the last maxLen runes, longest suffix first; a
	// suffix must leave at least one rune.
	n := utf8.RuneCountInString(w)
	k := min(suf.maxLen, n-1)
	off := len(w)
	var starts [8]int
	for i := 0; i < k && i < len(starts); i++ {
		_, size := utf8.DecodeLastRuneInString(w[:off])
		off -= size
		starts[i] = off
	}
	for i := min(k, len(starts)) - 1; i >= 0; i-- {
		if suf.set[w[starts[i]:]] {
			return w[:starts[i]]
		}
	}
	return w
}

func allHangul(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < 0xAC00 || r > 0xD7A3 {
			return false
		}
	}
	return true
}

// functionStems are Korean stems that carry no lexical evidence, the
// Korean side's stop words: bound nouns and auxiliaries (것, 수, 있, 없,
// 않), pronouns and demonstratives (그, 이, 우리), verbs of saying (말,
// 밝혔: the English stop words have said), and one-syllable leftovers of
// stripped particles and endings (을, 라, 위 of 위해). Learned from a small
// memory they take the translations of whatever words they co-occur with,
// and every true pair then counts them as misses. Chosen by reading the
// most frequent stems of the development pairs (NTREX, KPC dev; README).
var functionStems = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`있 것 그 말 이 수 대 한 위 라 고 않 하 없 더 밝혔 의 전 때 했 많 그리 것입
	같 그러 또 때문 가 는 그녀 나 그것 모 자신 받 될 할 바 내 보 에 며 못 된 통 데 등 를 에서 피 알
	아니 되 저 함 만 안 사 을 와 제 합 인 따 및 또한 이것 이런 그런 어떤 다 지 게 도 로 으 은 면 서 기
	해 했으 였 었 았 겠 것이 것으 경우 일 두 말했 전했 덧붙였 설명했 그들 그의 이들 또는 그리고 그러나 하지만`) {
		m[w] = true
	}
	return m
}()

// stopWords are English function words that carry no lexical evidence.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but if of to in on at by for with from as into onto about over under
	after before than then that this these those there here it its it's he him his she her they them their we us our
	you your i me my is are was were be been being am has have had do does did not no nor so too very can could
	will would shall should may might must also just only which who whom whose what when where why how all any each
	some such up down out off s t said says say mr ms mrs`) {
		m[w] = true
	}
	return m
}()

// EnglishWords returns the lower-cased content words of an English text,
// with possessive endings stripped and reduced to stems (EnglishStem).
func EnglishWords(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !(unicode.IsLetter(r) || r == '\'' || r == '’') }) {
		if w, ok := englishWord(w); ok {
			out = append(out, EnglishStem(w))
		}
	}
	return out
}

// EnglishStem reduces an inflected English word (lower-case ASCII) to its
// stem by the first step of Porter's stemmer (plurals, -ed, -ing, and a
// final y after a consonant): countries and country → countri, talks →
// talk, announced and announcing → announc, worried → worri. A small
// memory sees each form of a word only a few times; one stem pools them.
func EnglishStem(w string) string {
	// Step 1a: plurals.
	switch {
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ies"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"), w == "news":
	case len(w) > 3 && strings.HasSuffix(w, "s"):
		w = w[:len(w)-1]
	}
	// Step 1b: -eed, -ed, -ing.
	cut := ""
	switch {
	case strings.HasSuffix(w, "eed"):
		if porterMeasure(w[:len(w)-3]) > 0 {
			w = w[:len(w)-1]
		}
	case strings.HasSuffix(w, "ed") && hasVowel(w[:len(w)-2]):
		w, cut = w[:len(w)-2], "ed"
	case strings.HasSuffix(w, "ing") && hasVowel(w[:len(w)-3]):
		w, cut = w[:len(w)-3], "ing"
	}
	if cut != "" {
		n := len(w)
		switch {
		case strings.HasSuffix(w, "at"), strings.HasSuffix(w, "bl"), strings.HasSuffix(w, "iz"):
			w += "e"
		case n >= 2 && w[n-1] == w[n-2] && isConsonant(w, n-1) && !strings.ContainsRune("lsz", rune(w[n-1])):
			w = w[:n-1]
		case porterMeasure(w) == 1 && endsCVC(w):
			w += "e"
		}
	}
	// Step 1c: a final y after a vowel-bearing stem.
	if strings.HasSuffix(w, "y") && hasVowel(w[:len(w)-1]) {
		w = w[:len(w)-1] + "i"
	}
	// Step 5a: a final e, so announce meets announced.
	if strings.HasSuffix(w, "e") {
		if m := porterMeasure(w[:len(w)-1]); m > 1 || m == 1 && !endsCVC(w[:len(w)-1]) {
			w = w[:len(w)-1]
		}
	}
	return w
}

// isConsonant reports whether w[i] is a consonant in Porter's sense (y is
// a consonant at the start and after a vowel).
func isConsonant(w string, i int) bool {
	switch w[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return false
	case 'y':
		return i == 0 || !isConsonant(w, i-1)
	}
	return true
}

func hasVowel(w string) bool {
	for i := range len(w) {
		if !isConsonant(w, i) {
			return true
		}
	}
	return false
}

// porterMeasure is m in Porter's [C](VC)^m[V]: the number of vowel runs
// followed by a consonant.
func porterMeasure(w string) int {
	m := 0
	prevVowel := false
	for i := range len(w) {
		c := isConsonant(w, i)
		if c && prevVowel {
			m++
		}
		prevVowel = !c
	}
	return m
}

// endsCVC reports whether w ends consonant–vowel–consonant, the last not
// w, x or y (hop, but not snow).
func endsCVC(w string) bool {
	n := len(w)
	return n >= 3 && isConsonant(w, n-1) && !isConsonant(w, n-2) && isConsonant(w, n-3) &&
		!strings.ContainsRune("wxy", rune(w[n-1]))
}

func isASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// header is the first line of a lexicon file.
const header = "# bitext lexicon v1"

// Write writes the lexicon as text: a header line with the number of
// units, then one line per translation, stem TAB word TAB probability.
func (l *Lexicon) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%s units=%d\n", header, l.units)
	for k, es := range l.trans {
		for _, e := range es {
			fmt.Fprintf(bw, "%s\t%s\t%.4f\n", l.kos[k], l.ens[e.en], e.p)
		}
	}
	return bw.Flush()
}

// SyntaxError is a malformed line of a lexicon file.
type SyntaxError struct {
	File string
	Line int
	Msg  string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("lexicon: %s:%d: %s", e.File, e.Line, e.Msg)
}

// Read reads a lexicon written by Write; file names r in errors.
func Read(r io.Reader, file string) (*Lexicon, error) {
	s := bufio.NewScanner(r)
	s.Buffer(make([]byte, 0, 1<<16), 1<<20)
	l := &Lexicon{ko: map[string]int32{}, en: map[string]int32{}}
	line := 0
	for s.Scan() {
		line++
		t := s.Text()
		if line == 1 {
			rest, ok := strings.CutPrefix(t, header+" units=")
			if !ok {
				return nil, &SyntaxError{file, line, fmt.Sprintf("want the header %q", header)}
			}
			n, err := strconv.Atoi(rest)
			if err != nil || n < 0 {
				return nil, &SyntaxError{file, line, "bad unit count " + strconv.Quote(rest)}
			}
			l.units = n
			continue
		}
		if t == "" {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) != 3 || f[0] == "" || f[1] == "" {
			return nil, &SyntaxError{file, line, "want stem TAB word TAB probability"}
		}
		p, err := strconv.ParseFloat(f[2], 32)
		if err != nil || p < 0 || p > 1 || math.IsNaN(p) {
			return nil, &SyntaxError{file, line, "bad probability " + strconv.Quote(f[2])}
		}
		l.add(f[0], f[1], float32(p))
	}
	if err := s.Err(); err != nil {
		return nil, fmt.Errorf("lexicon: %s: %w", file, err)
	}
	if line == 0 {
		return nil, &SyntaxError{file, 1, "empty file"}
	}
	return l, nil
}

// PathFor is where the lexicon of the translation memory at tmPath is
// stored: a file next to it, tmPath + ".lexicon". (A PostgreSQL memory
// named by a URL has no such place; give the lexicon file explicitly.)
func PathFor(tmPath string) string { return tmPath + ".lexicon" }

// Merge returns a lexicon with the translations of a, then those of b that
// a does not have for the same stem (at most MaxTranslations a stem).
func Merge(a, b *Lexicon) *Lexicon {
	out := &Lexicon{ko: map[string]int32{}, en: map[string]int32{}, units: a.units + b.units}
	for _, l := range []*Lexicon{a, b} {
		for k, es := range l.trans {
			for _, e := range es {
				stem, word := l.kos[k], l.ens[e.en]
				if id, ok := out.ko[stem]; ok {
					if len(out.trans[id]) >= MaxTranslations || slicesContainsWord(out, id, word) {
						continue
					}
				}
				out.add(stem, word, e.p)
			}
		}
	}
	return out
}

func slicesContainsWord(l *Lexicon, k int32, word string) bool {
	for _, e := range l.trans[k] {
		if l.ens[e.en] == word {
			return true
		}
	}
	return false
}
