// Package align links the sentences of a Korean original with the sentences
// of its English edition.
//
// The English edition is not a sentence-by-sentence copy: translators merge
// and split sentences, drop background lines and add English-only ones.
// Align finds the most probable sequence of links (1-1, 1-2, 2-1, 1-3,
// 3-1, 1-0 and 0-1; 2-2 was tried and lost accuracy) under a length model
// calibrated for Korean and English (params.go, derived by
// internal/calibrate: run go generate) and anchors that survive
// translation: numbers and dates compared by value (package number: 31일
// and Oct. 31, 30분간 and 30 minutes), Latin-script tokens such as G20,
// OECD or COVID-19, transliterated names (Trump and 트럼프 share the
// consonant skeleton TLMP), glossary names (Options.Terms), quotation and
// question marks, and the credit and footer lines only the English edition
// has.
//
// The search runs in a band around the diagonal of the cumulative lengths,
// moved to follow the best path and widened only when that path touches
// its edge, so time and memory grow linearly with the length of the
// documents. Each link carries its posterior probability from a
// forward-backward pass over the same band, as a confidence in [0,1].
//
// When both sides come with paragraphs, the paragraphs are aligned first and
// no link crosses a paragraph boundary.
//
//	links, err := align.Align(
//		[]string{"정부는 31일 예산안을 발표했다.", "총액은 600조원이다."},
//		[]string{"The government unveiled its budget on Oct. 31.", "It totals 600 trillion won."},
//		align.Options{})
//	// links[0]: source [0], target [0]; links[1]: source [1], target [1]
package align

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/language"

	"bitext/lexicon"
)

// Link joins source segments with the target segments that translate them.
// One of the two lists may be empty: a source segment left out of the
// translation (1-0) or a target segment with no original (0-1). Indexes are
// 0-based, ascending and contiguous.
type Link struct {
	Source     []int   `json:"source"`
	Target     []int   `json:"target"`
	Confidence float64 `json:"confidence"`
}

// Type is the shape of the link, such as "1-1", "2-1" or "0-1".
func (l Link) Type() string { return fmt.Sprintf("%d-%d", len(l.Source), len(l.Target)) }

// TermFinder finds glossary entries named in a text and returns their ids;
// a source and a target segment naming the same entry are likely a pair.
type TermFinder interface {
	Terms(text string, lang language.Tag) []string
}

// Options tune an alignment. The zero value aligns Korean to English
// without paragraphs or glossary.
type Options struct {
	// SourceLang and TargetLang are the languages of the two sides;
	// undetermined means Korean source and English target.
	SourceLang, TargetLang language.Tag
	// SourceParas and TargetParas, when both are set, give the paragraph
	// number of each segment (non-decreasing). Links then never cross a
	// paragraph boundary.
	SourceParas, TargetParas []int
	// Terms finds glossary names; nil means no glossary.
	Terms TermFinder
	// Lexicon, when set, gives word-level evidence: a Korean stem whose
	// translation is in the English segment, and an English word that
	// translates a Korean stem, pull the two together; known words without
	// their translation push them apart.
	Lexicon *lexicon.Lexicon
	// SecondPass is the lexicon of a batch's second pass (LearnFromBatch:
	// Lexicon and what the batch's confident links taught). A document
	// whose links with Lexicon have a mean confidence below
	// SecondPassBelow is aligned again with it; the others keep their
	// links, for on confident documents the batch's noisier lexicon costs
	// more than it brings. The links of the second pass replace the
	// first only when the first pass's costs and the second's together
	// prefer them (secondkeep.go).
	SecondPass *lexicon.Lexicon
	// CoreLexicon, when set and the two sides are Korean and English, adds
	// the core lexicon (lexicon.WithCore: everyday news words written by
	// hand) to Lexicon and SecondPass as a prior: the stems they translate
	// keep their translations, the core gives the others. Without Lexicon
	// the core alone gives word evidence.
	CoreLexicon bool
	// Date is the article's date. When set, a Korean day of the month
	// (29일) is also read as the weekday it fell on (the article's month,
	// or the month before for a day after the article's), to meet an
	// English weekday (Friday). Weekday names (금요일, Friday) are compared
	// with or without it.
	Date time.Time
}

// Align links the source segments with the target segments. Every segment
// of both sides is in exactly one link, in order.
func Align(src, tgt []string, opts Options) ([]Link, error) {
	links, plain, err := alignOnce(src, tgt, opts)
	if err != nil || opts.SecondPass == nil || plain >= SecondPassBelow {
		return links, err
	}
	again := opts
	again.Lexicon, again.SecondPass = opts.SecondPass, nil
	second, _, err := alignOnce(src, tgt, again)
	if err != nil || !secondBetter(src, tgt, opts, again, links, second) {
		return links, err
	}
	return second, nil
}

// LexiconCoverage is the share of the Korean side's stems known to
// opts.Lexicon whose translation the English side has somewhere in the
// document (0 without a lexicon or a known stem). Above 0.5 it scales the
// cost of a merge or split member the other side does not translate; it is
// a development measure of how well a lexicon knows a document
// (align/internal/failures -coverage).
func LexiconCoverage(src, tgt []string, opts Options) float64 {
	opts.Lexicon = opts.lexicon()
	if opts.Lexicon == nil {
		return 0
	}
	sl, tl := opts.langs()
	sf := features(src, sl, opts)
	tf := features(tgt, tl, opts)
	if len(sf) > 0 && sf[0].english {
		return lexCoverage(tf, sf)
	}
	return lexCoverage(sf, tf)
}

// langs returns the languages of the two sides, Korean and English where
// opts leaves them unset.
func (opts Options) langs() (src, tgt language.Tag) {
	src, tgt = opts.SourceLang, opts.TargetLang
	if src == language.Und {
		src = language.Korean
	}
	if tgt == language.Und {
		tgt = language.English
	}
	return src, tgt
}

// lexicon is the lexicon an alignment uses: opts.Lexicon, with the core
// lexicon when opts.CoreLexicon is set and the pair is Korean–English.
func (opts Options) lexicon() *lexicon.Lexicon {
	if !opts.coreApplies() {
		return opts.Lexicon
	}
	return lexicon.WithCore(opts.Lexicon)
}

// knots is the calibration table of an alignment whose lexicon is
// opts.Lexicon (with the core already added): the core's when the core
// lexicon is in it, the lexicon's with another lexicon, the plain one
// without.
func (opts Options) knots() knotTable {
	switch {
	case opts.Lexicon == nil || opts.Lexicon.Len() == 0:
		return calibrationKnots
	case opts.coreApplies():
		return coreKnots
	}
	return lexiconKnots
}

// coreApplies tells whether opts asks for the core lexicon and the pair is
// Korean–English, the only pair it is offered for.
func (opts Options) coreApplies() bool {
	if !opts.CoreLexicon {
		return false
	}
	s, t := opts.langs()
	sb, _ := s.Base()
	tb, _ := t.Base()
	return sb.String() == "ko" && tb.String() == "en" || sb.String() == "en" && tb.String() == "ko"
}

// MeanConfidence is the mean confidence of links (1 when there are none).
func MeanConfidence(links []Link) float64 {
	if len(links) == 0 {
		return 1
	}
	sum := 0.0
	for _, l := range links {
		sum += l.Confidence
	}
	return sum / float64(len(links))
}

// alignOnce aligns with opts.Lexicon. Besides the links it returns their
// mean confidence as the session-4 calibration without a lexicon
// (gateKnots) rates them, which the second pass compares with
// SecondPassBelow whether or not the first pass had a lexicon (the
// threshold was chosen with that calibration).
func alignOnce(src, tgt []string, opts Options) ([]Link, float64, error) {
	if opts.SourceParas != nil && len(opts.SourceParas) != len(src) {
		return nil, 0, errors.New("align: source paragraph numbers do not match the segments")
	}
	if opts.TargetParas != nil && len(opts.TargetParas) != len(tgt) {
		return nil, 0, errors.New("align: target paragraph numbers do not match the segments")
	}
	for _, p := range [][]int{opts.SourceParas, opts.TargetParas} {
		for i := 1; i < len(p); i++ {
			if p[i] < p[i-1] {
				return nil, 0, errors.New("align: paragraph numbers must not decrease")
			}
		}
	}
	opts.Lexicon = opts.lexicon()
	sl, tl := opts.langs()
	sf := features(src, sl, opts)
	tf := features(tgt, tl, opts)
	markFormulas(sf, src, tf, tgt)
	knots := opts.knots()
	if opts.SourceParas == nil || opts.TargetParas == nil || len(src) == 0 || len(tgt) == 0 {
		out, plain := links(alignFeatures(sf, tf), 0, 0, 1, knots)
		return out, meanOf(plain, len(out)), nil
	}
	// Paragraphs first, then the sentences inside each paragraph link.
	sp, sb := paragraphs(sf, opts.SourceParas)
	tp, tb := paragraphs(tf, opts.TargetParas)
	var out []Link
	plain := 0.0
	pi, pj := 0, 0
	for _, st := range alignFeatures(sp, tp) {
		s0, s1 := sb[pi], sb[st.i]
		t0, t1 := tb[pj], tb[st.j]
		pi, pj = st.i, st.j
		ls, p := links(alignFeatures(sf[s0:s1], tf[t0:t1]), s0, t0, st.conf, knots)
		out = append(out, ls...)
		plain += p
	}
	return out, meanOf(plain, len(out)), nil
}

func features(segs []string, lang language.Tag, opts Options) []feature {
	out := make([]feature, len(segs))
	cache := map[string][]uint64{}
	for i, s := range segs {
		var terms []string
		if opts.Terms != nil {
			terms = opts.Terms.Terms(s, lang)
		}
		out[i] = extract(s, lang, terms, cache)
		if !out[i].english && !opts.Date.IsZero() {
			out[i].weekdays |= dayWeekdays(s, lang, opts.Date)
		}
		if opts.Lexicon != nil {
			if out[i].english {
				out[i].lexAll, out[i].lexPos = englishIDPositions(opts.Lexicon, s)
			} else {
				out[i].lexK = opts.Lexicon.KoreanIDs(s)
				out[i].lexAll = unionIDs(out[i].lexK)
			}
			out[i].ordered = true
			out[i].setLexBlooms()
			out[i].openingIDs(opts.Lexicon, s) // opening.go
		}
	}
	for i := 1; i < len(out); i++ {
		if out[i].english {
			out[i].rep = repeatedOpening(segs[i-1], segs[i])
		}
	}
	return out
}

// paragraphs merges the features of each paragraph and returns them with
// the index of each paragraph's first segment (plus the end).
func paragraphs(f []feature, para []int) ([]feature, []int) {
	var out []feature
	var bounds []int
	for i := range f {
		if i == 0 || para[i] != para[i-1] {
			out = append(out, feature{})
			bounds = append(bounds, i)
		}
		p := &out[len(out)-1]
		p.english = f[i].english
		p.len += f[i].len
		p.keys = append(p.keys, f[i].keys...)
		p.words = mergeSorted(p.words, f[i].words)
		p.weak = append(p.weak, f[i].weak...)
		p.names = append(p.names, f[i].names...)
		p.nameW = append(p.nameW, f[i].nameW...)
		p.roman = mergeSorted(p.roman, f[i].roman)
		p.weekdays |= f[i].weekdays
		p.nameMid = p.nameMid || f[i].nameMid
		p.lexK = append(p.lexK, f[i].lexK...)
		p.lexAll = append(p.lexAll, f[i].lexAll...)
		p.quote = p.quote || f[i].quote
		p.quest = p.quest || f[i].quest
	}
	for i := range out {
		slices.Sort(out[i].lexAll)
		out[i].setLexBlooms()
		if !out[i].english { // the Korean side looks names up
			slices.Sort(out[i].names)
		}
	}
	return out, append(bounds, len(f))
}

// englishIDPositions is the lexicon's EnglishIDs of an English sentence
// with, for each id, where its word stands in the sentence (0 the first
// word, 1 the last), for orderCost.
func englishIDPositions(lx *lexicon.Lexicon, s string) ([]int32, []float32) {
	type idPos struct {
		id  int32
		pos float32
	}
	var buf [32]idPos
	found := buf[:0]
	n := 0
	for w := range strings.FieldsSeq(s) {
		for _, id := range lx.EnglishIDs(w) {
			found = append(found, idPos{id, float32(n)})
		}
		n++
	}
	if len(found) == 0 {
		return nil, nil
	}
	slices.SortFunc(found, func(a, b idPos) int { return cmp.Compare(a.id, b.id) })
	last := float32(max(1, n-1))
	ids := make([]int32, len(found))
	pos := make([]float32, len(found))
	for k, f := range found {
		ids[k], pos[k] = f.id, f.pos/last
	}
	return ids, pos
}

func unionIDs(ids [][]int32) []int32 {
	var out []int32
	for _, x := range ids {
		out = append(out, x...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func mergeSorted(a, b []uint64) []uint64 {
	out := make([]uint64, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j == len(b) || i < len(a) && a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}

// links turns the steps of a search into links calibrated by knots and
// returns them with the sum of their confidences as the session-4
// calibration without a lexicon (gateKnots) gives them.
func links(steps []step, s0, t0 int, scale float64, knots knotTable) (out []Link, plain float64) {
	out = make([]Link, 0, len(steps))
	i, j := 0, 0
	for _, st := range steps {
		l := Link{Source: span(s0+i, s0+st.i), Target: span(t0+j, t0+st.j)}
		l.Confidence = calibrate(len(l.Source), len(l.Target), st.conf, knots) * scale
		plain += calibrate(len(l.Source), len(l.Target), st.conf, gateKnots) * scale
		i, j = st.i, st.j
		out = append(out, l)
	}
	return out, plain
}

func meanOf(sum float64, n int) float64 {
	if n == 0 {
		return 1
	}
	return sum / float64(n)
}

func span(a, b int) []int {
	out := make([]int, 0, b-a)
	for k := a; k < b; k++ {
		out = append(out, k)
	}
	return out
}
