package glossary

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// Match is one glossary form found in a text.
type Match struct {
	Start, End int    // byte offsets of the form in the original text
	Entry      *Entry // the entry of Term
	Term       *Term  // the term matched (for Short matches: the term whose Short form it is)
	// Terms lists every term the matched text stands for, Term first; it
	// has more than one element only when entries share a form (which Lint
	// reports) or a short form ("Moon").
	Terms []*Term
	// Entries holds the entry of each of Terms, in the same order.
	Entries []*Entry
	Short   bool // the text is Term.Short, not Term.Text
	// formsIn has bit 0 set when Entry has a preferred or admitted term
	// in English (any tag of base en), bit 1 in Korean, and bit 7 when
	// the matcher set it: HasPreferredIn answers from it without reading
	// the entry.
	formsIn uint8
	// Preferred is the preferred term of Entry in the matcher's language
	// (as Glossary.Preferred gives it, kept in the matcher): nil when the
	// entry has neither a preferred nor an admitted term there.
	Preferred *Term
	// Suffix is the accepted ending right after End: a Korean particle or
	// copula ("은", "이라고"), an English possessive ("'s", "’s", "'") or,
	// for entries of type term, a plural ("s", "es", with a possessive
	// after it). It is text[End:End+len(Suffix)].
	Suffix string
}

var enBase, koBase = mustBase(language.English), mustBase(language.Korean)

func mustBase(t language.Tag) language.Base {
	b, _ := t.Base()
	return b
}

// HasPreferredIn reports whether m.Entry has a preferred or admitted term
// of base (Glossary.Preferred not nil for a tag of that base); known is
// false when the match cannot tell (a base other than English and
// Korean, or a Match not made by a Matcher).
func (m *Match) HasPreferredIn(base language.Base) (has, known bool) {
	if m.formsIn&0x80 == 0 {
		return false, false
	}
	switch base {
	case enBase:
		return m.formsIn&1 != 0, true
	case koBase:
		return m.formsIn&2 != 0, true
	}
	return false, false
}

// formsIn gives the bits of Match.formsIn for e.
func formsIn(e *Entry, en, ko *langOf) uint8 {
	f := uint8(0x80)
	for _, t := range e.Terms {
		if t.Status != Preferred && t.Status != Admitted {
			continue
		}
		if en.has(t.Lang) {
			f |= 1
		} else if ko.has(t.Lang) {
			f |= 2
		}
	}
	return f
}

// MatchOptions choose what a matcher looks for.
type MatchOptions struct {
	// ShortForms adds the Short form of each term (a person's surname) as
	// a form of its own; such matches have Short set.
	ShortForms bool
	// At, when not zero, keeps only the entries active on that day.
	At time.Time
}

type matcherKey struct {
	lang  language.Base
	short bool
	day   string
}

// Matcher returns the matcher of every term of lang (all statuses, so that
// deprecated forms are found too), built on first use and cached.
func (g *Glossary) Matcher(lang language.Tag) *Matcher {
	return g.MatcherWith(lang, MatchOptions{})
}

// MatcherWith is Matcher with options. Matchers are cached per language
// and options; a Matcher is safe for concurrent use.
func (g *Glossary) MatcherWith(lang language.Tag, opt MatchOptions) *Matcher {
	base, _ := lang.Base()
	k := matcherKey{base, opt.ShortForms, day(opt.At)}
	g.mu.Lock()
	m := g.matchers[k]
	g.mu.Unlock()
	if m != nil {
		return m
	}
	m = newMatcher(g.Entries, lang, opt)
	g.mu.Lock()
	if g.matchers == nil {
		g.matchers = map[matcherKey]*Matcher{}
	}
	if prev := g.matchers[k]; prev != nil {
		m = prev
	} else {
		g.matchers[k] = m
	}
	g.mu.Unlock()
	return m
}

// Matcher finds the forms of one language's terms in texts with one pass
// over a trie of normalized keys. Build it with Glossary.Matcher.
type Matcher struct {
	// top is the root node; every other node is in the edge that leads
	// to it, so that a step down the trie reads the edges of one node
	// and nothing else.
	top   node
	edges []edge
	outs  [][]output // per node with outputs; nil after the build (keepOutputs)
	// terms and ents hold every node's terms and their entries, in
	// order, one node after another: those of outs index o are
	// terms[at[o].term:at[o+1].term], so that a match reads them
	// without loading a slice header from elsewhere in memory.
	terms []*Term
	ents  []*Entry
	// leads holds the outputs check must test (those whose same is -1,
	// among the first maxOutputs of a node), copied in one flat slice
	// so that a check touches one place in memory: those of outs index
	// o are leads[at[o].lead:at[o+1].lead].
	leads []lead
	at    []nodeAt
	// rootHangul holds the index in edges of the root's edge for each
	// Hangul syllable (index r-0xAC00), -1 for none; nil when no form
	// starts with one.
	rootHangul []int32
	// root holds the index in edges of the root's edge for each ASCII
	// byte (folded): -1 when no form starts with it, so most word starts
	// cost one table lookup.
	root [128]int32
	// pair has bit c1<<7|c2 set when a form may start with the ASCII
	// bytes c1 c2 (folded as the matcher folds them) or with c1 alone:
	// most words are rejected on their first two bytes without a walk.
	pair [128 * 128 / 64]uint64
	// pairOut has bit c1<<7|c2 set when a form may end within the
	// ASCII bytes c1 c2 (c1 or c1 c2 is one), so that the third byte
	// decides nothing; tri has bit triHash(c1, c2, c3) set for the first
	// three runes, all ASCII, of each longer form (folded): a common word
	// that shares two letters with some form ("committee", "said") is
	// rejected on its third without a walk down the trie.
	pairOut [128 * 128 / 64]uint64
	tri     [1 << triBits / 64]uint64
}

// triBits is the size of the hash of Matcher.tri: 8 KB, a few per cent of
// its bits set by a 10,000-entry glossary.
const triBits = 16

// triHash hashes three folded ASCII bytes to a bit of Matcher.tri.
func triHash(c1, c2, c3 byte) uint32 {
	k := uint32(c1)<<14 | uint32(c2)<<7 | uint32(c3)
	return k * 0x9E3779B1 >> (32 - triBits)
}

// nodeAt is where the leads and the terms of a node with outputs start
// in Matcher.leads and Matcher.terms; one more, at the end, closes the
// last node's. The match reads the copies in each lead (lead.t0, lead.t1,
// lead.last, node.out); at is the build's record of them.
type nodeAt struct{ lead, term int32 }

type lead struct {
	o    output // a copy of output j of the node
	mask uint64 // bit j and the bits of the outputs whose same is j
	// key holds o.exact when it fits, so that a case-sensitive form
	// found as written is compared without reading o.exact elsewhere
	// in memory.
	key [24]byte
	// t0 and t1 bound the node's terms and entries in Matcher.terms and
	// Matcher.ents, so that a match reads them from the lead check found.
	t0, t1 int32
	last   bool // the node's last lead
}

// sameExact is sameExact(span, l.o.exact), with a first comparison
// against the copy in l.key.
func (l *lead) sameExact(span string) bool {
	if n := len(span); n == len(l.o.exact) && n <= len(l.key) && span == string(l.key[:n]) {
		return true
	}
	return sameExact(span, l.o.exact)
}

type node struct {
	lo, hi int32 // edges[lo:hi], sorted by rune
	// out is the index in leads of the node's first lead, or -1 (after
	// the build, which first numbers the nodes with outputs: outs index).
	out int32
}

// edge is an edge of the trie and the node it leads to.
type edge struct {
	r rune
	node
}

type output struct {
	entry *Entry
	term  *Term
	exact string // the key without case folding, for case-sensitive forms
	pref  *Term
	// same is the index of an earlier output of the node that is valid
	// exactly when this one is (same exact key, case rule and endings),
	// or -1: many persons share a short form ("Kim").
	same    int32
	cs      bool
	short   bool
	plural  bool  // entry type term: English plural endings allowed
	formsIn uint8 // Match.formsIn of entry
}

// NewMatcher builds a matcher over entries for lang directly, without a
// Glossary cache.
func NewMatcher(entries []*Entry, lang language.Tag, opt MatchOptions) *Matcher {
	return newMatcher(entries, lang, opt)
}

// eachOutput calls full with the output of each form of entries in lang
// (valid at opt.At), in order, and short with that of each short form
// when opt.ShortForms.
func eachOutput(entries []*Entry, lang language.Tag, opt MatchOptions, full, short func(output)) {
	in := newLangOf(lang)
	en, ko := newLangOf(language.English), newLangOf(language.Korean)
	var articles []output // Korean article spellings, after every listed form
	for _, e := range entries {
		if !opt.At.IsZero() && !e.Active(opt.At) {
			continue
		}
		var pref *Term
		var fin uint8
		prefDone := false
		for _, t := range e.Terms {
			if !in.has(t.Lang) {
				continue
			}
			exact := exactKey(t.Text)
			if !prefDone {
				// preferred(e, t.Lang) is the same for every term of
				// lang's base: found once an entry.
				pref, prefDone = in.preferred(e), true
				fin = formsIn(e, &en, &ko)
			}
			o := output{entry: e, term: t, exact: exact, cs: t.CaseSensitive, plural: e.Type == TermType, pref: pref, formsIn: fin}
			full(o)
			if in.base == koBase {
				articles = append(articles, articleOutputs(e, o, &in)...) // 바샤르 알 아사드 (arabic_article_ko.go)
			}
			if opt.ShortForms && t.Short != "" {
				short(output{entry: e, term: t, exact: exactKey(t.Short), cs: t.CaseSensitive, short: true, pref: pref, formsIn: fin})
			}
		}
	}
	for _, o := range articles {
		full(o)
	}
}

// keyAt is one form to put in a matcher's trie: its folded key, the
// key's first eight bytes as a number (keyHead) and the index of its
// output. The keys are sorted as these, read without going through the
// outputs of fifty bytes.
type keyAt struct {
	head uint64
	key  string
	i    int32
}

func newMatcher(entries []*Entry, lang language.Tag, opt MatchOptions) *Matcher {
	forms, short := 0, 0 // the lists sized once
	in := newLangOf(lang)
	for _, e := range entries {
		for _, t := range e.Terms {
			if in.has(t.Lang) {
				forms++
				if opt.ShortForms && t.Short != "" {
					short++
				}
			}
		}
	}
	outs, keys := make([]output, 0, forms+short), make([]keyAt, 0, forms+short)
	souts, skeys := make([]output, 0, short), make([]keyAt, 0, short)
	add := func(outs []output, keys []keyAt, o output) ([]output, []keyAt) {
		key := foldKey(o.exact)
		if key == "" {
			return outs, keys
		}
		if !utf8.ValidString(key) {
			// The walk reads a bad byte as U+FFFD: so does the key.
			key = string([]rune(key))
		}
		return append(outs, o), append(keys, keyAt{keyHead(key), key, int32(len(keys))})
	}
	eachOutput(entries, lang, opt, func(o output) { outs, keys = add(outs, keys, o) }, func(o output) { souts, skeys = add(souts, skeys, o) })
	// Short forms go after every full form, so a key that is both a full
	// form and a short form reports the full form first.
	for _, k := range skeys {
		k.i += int32(len(outs))
		keys = append(keys, k)
	}
	outs = append(outs, souts...)
	// The trie is built from the keys in order, depth first: a node's
	// edges are contiguous and sorted by rune, and a path's nodes mostly
	// follow one another in memory (a walk down a name reads one place
	// after another, not nodes scattered in the order of insertion). Equal
	// keys keep the order they were added in (the index breaks ties: a
	// stable order from the faster unstable sort). The first eight
	// bytes, big-endian and padded with zeros, order most pairs of keys
	// without reading the keys' bytes; a tie is settled by the keys
	// themselves (a zero byte and padding tie).
	slices.SortFunc(keys, func(a, b keyAt) int {
		if a.head != b.head {
			return cmp.Compare(a.head, b.head)
		}
		if c := strings.Compare(a.key, b.key); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	})
	// A node for each rune of a key after the prefix it shares with the
	// key before it, and the root: every table sized once.
	nodes := 1
	for i, it := range keys {
		common := 0
		if i > 0 {
			prev := keys[i-1].key
			for common < len(prev) && common < len(it.key) && prev[common] == it.key[common] {
				common++
			}
			for common > 0 && common < len(it.key) && !utf8.RuneStart(it.key[common]) {
				common-- // back to the start of the rune that differs
			}
		}
		nodes += utf8.RuneCountInString(it.key[common:])
	}
	b := trieBuilder{keys: keys, src: outs, edges: make([]edge, 0, nodes-1), all: make([]output, 0, len(keys)), outs: make([][]output, 0, len(keys))}
	return b.finish(b.build(0, len(keys), 0))
}

// keyHead is the first eight bytes of key as a big-endian number, zeros
// after a shorter key: keyHead(a) < keyHead(b) only when a < b.
func keyHead(key string) uint64 {
	var h uint64
	for i := range 8 {
		h <<= 8
		if i < len(key) {
			h |= uint64(key[i])
		}
	}
	return h
}

// trieBuilder builds a matcher's trie from its sorted keys.
type trieBuilder struct {
	keys  []keyAt  // sorted
	src   []output // the output of each key, by keyAt.i
	edges []edge
	outs  [][]output // the outputs of each node with outputs, depth first
	all   []output   // every node's outputs, one after another (outs are its parts)
}

// build adds the node of keys[lo:hi], which share their first off bytes
// and have more, or end there, and its subtree; it returns the node.
func (b *trieBuilder) build(lo, hi, off int) node {
	n := node{out: -1}
	// The keys that end here sort first; a term added twice with the
	// same short flag is one output.
	start := len(b.all)
	for lo < hi && len(b.keys[lo].key) == off {
		o := b.src[b.keys[lo].i]
		dup := false
		for _, p := range b.all[start:] {
			if p.term == o.term && p.short == o.short {
				dup = true
				break
			}
		}
		if !dup {
			b.all = append(b.all, o)
		}
		lo++
	}
	if out := b.all[start:len(b.all):len(b.all)]; len(out) > 0 {
		n.out = int32(len(b.outs))
		b.outs = append(b.outs, out)
	}
	// One edge a next rune, the runes in order: count them, keep their
	// places, then build each child.
	k := 0
	for i := lo; i < hi; k++ {
		i = b.group(i, hi, off)
	}
	first := len(b.edges)
	b.edges = append(b.edges, make([]edge, k)...)
	n.lo, n.hi = int32(first), int32(first+k)
	for i, j := lo, first; i < hi; j++ {
		r, size := utf8.DecodeRuneInString(b.keys[i].key[off:])
		end := b.group(i, hi, off)
		b.edges[j] = edge{r, b.build(i, end, off+size)}
		i = end
	}
	return n
}

// group returns the end of the keys from i on (before hi) whose key has
// the same rune at byte off as keys[i] (keys are valid UTF-8: the same
// bytes are the same rune).
func (b *trieBuilder) group(i, hi, off int) int {
	_, size := utf8.DecodeRuneInString(b.keys[i].key[off:])
	prefix := b.keys[i].key[off : off+size]
	for i++; i < hi && strings.HasPrefix(b.keys[i].key[off:], prefix); i++ {
	}
	return i
}

// finish makes the matcher of the built trie.
func (b *trieBuilder) finish(top node) *Matcher {
	withOut, outs, all := len(b.outs), 0, 0
	for _, o := range b.outs {
		outs += min(len(o), maxOutputs)
		all += len(o)
	}
	m := &Matcher{top: top, edges: b.edges,
		outs: make([][]output, 0, withOut), terms: make([]*Term, 0, all), ents: make([]*Entry, 0, all),
		at: make([]nodeAt, 0, withOut+1), leads: make([]lead, 0, outs)}
	for _, outs := range b.outs {
		m.addOutputs(outs)
	}
	m.closeOutputs()
	m.outsToLeads()
	m.tables()
	if !keepOutputs {
		// A match reads the leads, terms and entries: the outputs
		// themselves (about 50 bytes each, a 10,000-entry glossary's
		// matcher holds some 20,000) served the build only.
		m.outs = nil
	}
	return m
}

// keepOutputs keeps Matcher.outs after the build, for the tests that
// compare the outputs of two builders (TestMatcherBuild).
var keepOutputs bool

// addOutputs appends the outputs of the next node with outputs to m:
// ordered so that the most specific valid form is reported first, each
// linked to an earlier one valid exactly when it is, with their terms and
// entries (appended to m.terms and m.ents) and their leads.
func (m *Matcher) addOutputs(outs []output) {
	// Case-sensitive forms before case-insensitive ones, full forms
	// before short ones.
	// (slices.SortStableFunc with the rank of each: no reflection and no
	// allocation for each node, which sort.SliceStable had.)
	if len(outs) > 1 {
		slices.SortStableFunc(outs, func(x, y output) int { return outputRank(&x) - outputRank(&y) })
	}
	for j := range outs {
		outs[j].same = -1
		for k := 0; k < j && k < maxOutputs; k++ {
			if outs[k].same < 0 && outs[k].cs == outs[j].cs && (outs[k].plural && !outs[k].short) == (outs[j].plural && !outs[j].short) &&
				(!outs[j].cs || outs[k].exact == outs[j].exact) {
				outs[j].same = int32(k)
				break
			}
		}
	}
	m.outs = append(m.outs, outs)
	m.at = append(m.at, nodeAt{int32(len(m.leads)), int32(len(m.terms))})
	for _, o := range outs {
		m.terms = append(m.terms, o.term)
		m.ents = append(m.ents, o.entry)
	}
	var at [maxOutputs]int32 // index in leads of each leading output
	for j := range min(len(outs), maxOutputs) {
		if k := outs[j].same; k >= 0 {
			m.leads[at[k]].mask |= 1 << j
			continue
		}
		at[j] = int32(len(m.leads))
		m.leads = append(m.leads, lead{o: outs[j], mask: 1 << j})
		copy(m.leads[at[j]].key[:], outs[j].exact)
	}
}

// outputRank orders a node's outputs: case-sensitive full forms, other
// full forms, case-sensitive short forms, other short forms.
func outputRank(o *output) int {
	r := 0
	if o.short {
		r = 2
	}
	if !o.cs {
		r++
	}
	return r
}

// closeOutputs ends the last node's leads and terms, after the last
// addOutputs.
func (m *Matcher) closeOutputs() {
	m.at = append(m.at, nodeAt{int32(len(m.leads)), int32(len(m.terms))})
	for o := range len(m.at) - 1 {
		a, b := m.at[o], m.at[o+1]
		for k := a.lead; k < b.lead; k++ {
			m.leads[k].t0, m.leads[k].t1 = a.term, b.term
		}
		m.leads[b.lead-1].last = true
	}
}

// outsToLeads renumbers the out of every node with outputs, an index in
// outs, as the index in leads of its first lead, so that a check starts
// at the leads without reading at.
func (m *Matcher) outsToLeads() {
	if m.top.out >= 0 {
		m.top.out = m.at[m.top.out].lead
	}
	for i := range m.edges {
		if o := m.edges[i].out; o >= 0 {
			m.edges[i].out = m.at[o].lead
		}
	}
}

// tables fills the root's tables and the pair table from the trie.
func (m *Matcher) tables() {
	top := m.top
	for c := range m.root {
		m.root[c] = -1
	}
	for i := top.lo; i < top.hi; i++ {
		e := &m.edges[i]
		if e.r < utf8.RuneSelf {
			m.root[e.r] = i
		}
		if isHangulSyllable(e.r) {
			if m.rootHangul == nil {
				m.rootHangul = make([]int32, 0xD7A3-0xAC00+1)
				for k := range m.rootHangul {
					m.rootHangul[k] = -1
				}
			}
			m.rootHangul[e.r-0xAC00] = i
		}
	}
	for c := 'A'; c <= 'Z'; c++ {
		m.root[c] = m.root[c+'a'-'A']
	}
	for c1 := range 128 {
		if m.root[c1] < 0 {
			continue
		}
		n := m.edges[m.root[c1]].node
		for c2 := range 128 {
			r := rune(c2)
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			if isSpace(r) {
				r = ' '
			}
			e := m.child(n, r)
			if n.out >= 0 || e >= 0 {
				k := c1<<7 | c2
				m.pair[k>>6] |= 1 << (k & 63)
				if n.out >= 0 || m.edges[e].out >= 0 {
					m.pairOut[k>>6] |= 1 << (k & 63)
				}
			}
		}
	}
	for i := top.lo; i < top.hi; i++ {
		e1 := &m.edges[i]
		if e1.r >= utf8.RuneSelf {
			continue
		}
		for j := e1.lo; j < e1.hi; j++ {
			e2 := &m.edges[j]
			if e2.r >= utf8.RuneSelf {
				continue
			}
			for k := e2.lo; k < e2.hi; k++ {
				if r := m.edges[k].r; r < utf8.RuneSelf {
					h := triHash(byte(e1.r), byte(e2.r), byte(r))
					m.tri[h>>6] |= 1 << (h & 63)
				}
			}
		}
	}
}

// child returns the index in edges of node n's edge for r, or -1.
func (m *Matcher) child(n node, r rune) int32 {
	es := m.edges[n.lo:n.hi]
	if len(es) <= 8 {
		for i := range es {
			if es[i].r == r {
				return n.lo + int32(i)
			}
		}
		return -1
	}
	lo, hi := 0, len(es)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if es[h].r < r {
			lo = h + 1
		} else {
			hi = h
		}
	}
	if lo < len(es) && es[lo].r == r {
		return n.lo + int32(lo)
	}
	return -1
}

// first returns the index in edges of the root's edge for r (folded),
// or -1.
func (m *Matcher) first(r rune) int32 {
	switch {
	case r < utf8.RuneSelf:
		return m.root[r]
	case isHangulSyllable(r):
		if m.rootHangul == nil {
			return -1
		}
		return m.rootHangul[r-0xAC00]
	}
	return m.child(m.top, r)
}

// FindAll returns the glossary forms in text, leftmost-longest and not
// overlapping, in text order. Offsets are byte offsets into text as given,
// whatever normalization the matching needed.
func (m *Matcher) FindAll(text string) []Match {
	ms := m.AppendAll(nil, text)
	if len(ms) == 0 {
		return nil // no match: nil, not an empty slice
	}
	return ms
}

// AppendAll appends the matches FindAll returns to dst and returns the
// extended slice: a caller that matches many texts one after another
// reuses one slice instead of allocating one for each.
func (m *Matcher) AppendAll(dst []Match, text string) []Match {
	if len(m.at) == 0 || text == "" { // a zero Matcher
		return dst
	}
	if isNFC(text) {
		return m.findAll(dst, text, nil, text)
	}
	// Not NFC: match on the normalized text, then map offsets back. Only
	// the normalization segments that changed are remembered (normalized
	// span -> original span), so memory follows the changes, not the
	// text; a match boundary inside a changed segment widens to it.
	type change struct{ n0, n1, o0, o1 int }
	var changes []change
	var it norm.Iter
	it.InitString(norm.NFC, text)
	buf := make([]byte, 0, len(text))
	for !it.Done() {
		start := it.Pos()
		seg := it.Next()
		end := it.Pos()
		if string(seg) != text[start:end] {
			changes = append(changes, change{len(buf), len(buf) + len(seg), start, end})
		}
		buf = append(buf, seg...)
	}
	// last returns the last change with n0 < x (or <= x when incl).
	last := func(x int, incl bool) *change {
		i := sort.Search(len(changes), func(i int) bool {
			if incl {
				return changes[i].n0 > x
			}
			return changes[i].n0 >= x
		})
		if i == 0 {
			return nil
		}
		return &changes[i-1]
	}
	return m.findAll(dst, string(buf), func(a, b int) (int, int) {
		oa := a
		if c := last(a, true); c != nil {
			if a < c.n1 {
				oa = c.o0
			} else {
				oa = a - c.n1 + c.o1
			}
		}
		ob := b
		if c := last(b, false); c != nil {
			if b <= c.n1 {
				ob = c.o1
			} else {
				ob = b - c.n1 + c.o1
			}
		}
		return oa, ob
	}, text)
}

// AppendAllNFC is AppendAll for text the caller knows to be in NFC
// (norm.NFC.IsNormalString): it does not check that again. Text not in
// NFC may miss matches a normalized text has.
func (m *Matcher) AppendAllNFC(dst []Match, text string) []Match {
	if len(m.at) == 0 || text == "" {
		return dst
	}
	return m.findAll(dst, text, nil, text)
}

func (m *Matcher) findAll(out []Match, text string, mapSpan func(a, b int) (int, int), orig string) []Match {
	if out == nil {
		// Room for about four matches a kilobyte, the density of news
		// with a large glossary, so that an article's matches rarely
		// regrow.
		out = make([]Match, 0, len(text)/256+4)
	}
	prevWord := false
	for i := 0; i < len(text); {
		if prevWord {
			// Inside a word no form starts: its ASCII letters and
			// digits are passed over in a loop of their own.
			for i < len(text) && text[i] < utf8.RuneSelf && asciiWord[text[i]] {
				i++
			}
			if i == len(text) {
				break
			}
		}
		c := text[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if !prevWord && (c >= utf8.RuneSelf || m.root[c] >= 0 && m.mayStart(text, i)) {
			if mt, ok := m.longest(text, i); ok {
				i = mt.End + len(mt.Suffix)
				if mapSpan != nil {
					a, b := mapSpan(mt.Start, mt.End)
					sb := b
					if len(mt.Suffix) > 0 {
						_, sb = mapSpan(mt.End, i)
					}
					mt.Start, mt.End, mt.Suffix = a, b, orig[b:sb]
				}
				out = append(out, mt)
				lr, _ := utf8.DecodeLastRuneInString(text[:i])
				prevWord = isWord(lr)
				continue
			}
		}
		if c < utf8.RuneSelf {
			prevWord = asciiWord[c]
		} else {
			prevWord = isWord(r)
		}
		i += size
	}
	return out
}

// asciiWord tells the ASCII letters and digits (isWord for ASCII).
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isWord(rune(c))
	}
	return t
}()

// mayStart reports whether a form may start at text[i], an ASCII byte
// with a root edge, judging by the byte after it.
func (m *Matcher) mayStart(text string, i int) bool {
	if i+1 >= len(text) || text[i+1] >= utf8.RuneSelf {
		return true
	}
	k := int(text[i])<<7 | int(text[i+1])
	if m.pair[k>>6]&(1<<(k&63)) == 0 {
		return false
	}
	// The third byte, when it and the second are ASCII and no space (a
	// run of spaces is one in the walk): the walk would stop before it
	// with nothing found unless some form starts with the three.
	if i+2 >= len(text) || m.pairOut[k>>6]&(1<<(k&63)) != 0 {
		return true
	}
	c2, c3 := text[i+1], text[i+2]
	if c3 >= utf8.RuneSelf || asciiSpace[c2] || asciiSpace[c3] {
		return true
	}
	h := triHash(asciiFold[text[i]], asciiFold[c2], asciiFold[c3])
	return m.tri[h>>6]&(1<<(h&63)) != 0
}

// asciiFold folds ASCII capitals to small letters as the walk does;
// asciiSpace tells the ASCII bytes isSpace reports.
var asciiFold, asciiSpace = func() (f [utf8.RuneSelf]byte, sp [utf8.RuneSelf]bool) {
	for c := range f {
		f[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			f[c] += 'a' - 'A'
		}
		sp[c] = isSpace(rune(c))
	}
	return f, sp
}()

// maxCands is how many output nodes longest remembers on its way down
// the trie before it checks them; a longer path is checked in batches.
const maxCands = 8

// longest walks the trie from text[start:] and returns the longest valid
// match starting there. The nodes with outputs met on the way are checked
// afterwards, longest first, so that the prefixes of a long match (a
// surname before the full name) cost nothing.
func (m *Matcher) longest(text string, start int) (Match, bool) {
	n := m.top
	bestEnd, bestSuf, bestLead := -1, 0, int32(-1)
	var bestValid uint64
	var cands [maxCands]struct{ end, out int32 } // end: bytes after start
	nc := 0
	// flush checks the remembered candidates, longest first, and keeps
	// the first valid one unless a longer one is already kept.
	flush := func() {
		for k := nc - 1; k >= 0; k-- {
			end := start + int(cands[k].end)
			if end <= bestEnd {
				break
			}
			if suf, valid, lead := m.check(text, start, end, cands[k].out); lead >= 0 {
				bestEnd, bestSuf, bestValid, bestLead = end, suf, valid, lead
				break
			}
		}
		nc = 0
	}
	i := start
	for i < len(text) {
		c := text[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			if !isHangulSyllable(r) {
				r = unicode.ToLower(foldWidth(r))
			}
		}
		if isSpace(r) {
			r = ' '
			// a run of spaces is one space
			for i+size < len(text) {
				nr, ns := utf8.DecodeRuneInString(text[i+size:])
				if !isSpace(nr) {
					break
				}
				size += ns
			}
		}
		var e int32
		if i == start {
			e = m.first(r)
		} else {
			e = m.child(n, r)
		}
		if e < 0 {
			break
		}
		n = m.edges[e].node
		i += size
		if o := n.out; o >= 0 {
			if nc == maxCands {
				// A full batch is checked now; any valid candidate
				// of a later batch is longer and replaces its result.
				flush()
			}
			cands[nc].end, cands[nc].out = int32(i-start), o
			nc++
		}
	}
	flush()
	if bestEnd < 0 {
		return Match{}, false
	}
	// The node's terms are cut from the flat lists with bounds that sit
	// beside the leads check read, and the first valid output is the
	// first valid lead's copy: no other memory is read.
	l := &m.leads[bestLead]
	t0, t1 := l.t0, l.t1
	terms, ents := m.terms[t0:t1:t1], m.ents[t0:t1:t1]
	nt := min(len(terms), maxOutputs)
	if bestValid == uint64(1)<<nt-1 { // every output (1<<64 is 0 in Go)
		terms, ents = terms[:nt], ents[:nt]
	} else {
		var ts []*Term
		var es []*Entry
		for j := range terms {
			if bestValid&(1<<j) != 0 {
				ts = append(ts, terms[j])
				es = append(es, ents[j])
			}
		}
		terms, ents = ts, es
	}
	o := &l.o
	return Match{Start: start, End: bestEnd, Entry: o.entry, Term: o.term, Terms: terms, Entries: ents, Short: o.short,
		formsIn: o.formsIn, Preferred: o.pref, Suffix: text[bestEnd : bestEnd+bestSuf]}, true
}

// maxOutputs is how many forms one key can stand for; more are ignored.
const maxOutputs = 64

// check tests the outputs of a trie node, whose first lead is leads[k0],
// for a form text[start:end]: case
// where the form is case-sensitive, then the ending. It returns the suffix
// length of the first valid output, which outputs are valid and the index
// in leads of the first valid one (the first valid output), or -1 when
// none is.
func (m *Matcher) check(text string, start, end int, k0 int32) (int, uint64, int32) {
	suf, first := 0, int32(-1)
	var valid uint64
	// Only the leading outputs are tested; each valid one makes the
	// outputs that are valid exactly when it is valid too (its mask).
	for k := k0; ; k++ {
		l := &m.leads[k]
		op := &l.o
		if !op.cs || l.sameExact(text[start:end]) || sentenceCapital(text, start, end, op.exact) {
			if s, ok := ending(text, end, op); ok {
				valid |= l.mask
				if first < 0 {
					suf, first = s, k
				}
			}
		}
		if l.last {
			return suf, valid, first
		}
	}
}

// ending decides whether a form may end at text[end] and returns the
// length of the suffix accepted after it. See the package doc for the rule.
func ending(text string, end int, o *output) (int, bool) {
	if end >= len(text) {
		return 0, true
	}
	r, _ := utf8.DecodeRuneInString(text[end:])
	if isHangulSyllable(r) {
		k := end
		for k < len(text) {
			r, size := utf8.DecodeRuneInString(text[k:])
			if !isHangulSyllable(r) {
				break
			}
			k += size
		}
		if run := text[end:k]; (!isParticle(run) || !agrees(text[:end], run)) && !hadaEnding(text[:end], run, o) && !slip(text[:end], run, o.entry != nil && o.entry.Type == Person) {
			return 0, false
		}
		if k < len(text) {
			if nr, _ := utf8.DecodeRuneInString(text[k:]); isWord(nr) {
				return 0, false
			}
		}
		return k - end, true
	}
	if !isWord(r) && !isApostrophe(r) {
		return 0, true
	}
	// English endings: plural (terms only), then possessive, longest
	// first; whatever is taken must end at a boundary.
	if o.plural && !o.short {
		if text[end] == 'e' && end+1 < len(text) && text[end+1] == 's' && esPlural(text[:end]) {
			if q, ok := possessive(text, end+2); ok {
				return q - end, true
			}
		}
		if text[end] == 's' {
			if q, ok := possessive(text, end+1); ok {
				return q - end, true
			}
		}
	}
	if q, ok := possessive(text, end); ok {
		return q - end, true
	}
	return 0, false
}

// esPlural reports whether a form ending text takes the plural "es": after
// s, x, z, o, ch or sh (taxes, embargoes, crashes), not after other
// letters, so a forbidden "advocat" is not read in "advocates", the plural
// of the right word (house48, session 21, lead).
func esPlural(text string) bool {
	n := len(text)
	if n == 0 {
		return false
	}
	switch text[n-1] | 0x20 {
	case 's', 'x', 'z', 'o':
		return true
	case 'h':
		return n >= 2 && (text[n-2]|0x20 == 'c' || text[n-2]|0x20 == 's')
	}
	return false
}

// boundary reports whether a word may end at text[q]: at the end of the
// text, before a character that is not a letter, digit or mark, or before
// an apostrophe that closes a quotation (no letter or digit after it, or
// Hangul: a particle after the quote).
func boundary(text string, q int) bool {
	if q >= len(text) {
		return true
	}
	r, size := utf8.DecodeRuneInString(text[q:])
	if isWord(r) {
		return false
	}
	if isApostrophe(r) && q+size < len(text) {
		// A Korean particle may follow a closing quote: '종전선언'이라고.
		nr, _ := utf8.DecodeRuneInString(text[q+size:])
		return !isWord(nr) || isHangulSyllable(nr)
	}
	return true
}

// possessive returns the end of the longest possessive ending at text[p:]
// that ends at a boundary ('s, ’s, or after an s a bare apostrophe), or p
// itself when a word may end there; false when none may.
func possessive(text string, p int) (int, bool) {
	if p < len(text) && (text[p] == '\'' || text[p] == 0xE2) {
		q := p + 1
		if text[p] == 0xE2 { // ’ is E2 80 99
			if p+3 > len(text) || text[p+1] != 0x80 || text[p+2] != 0x99 {
				return p, boundary(text, p)
			}
			q = p + 3
		}
		if q < len(text) && (text[q] == 's' || text[q] == 'S') {
			end := q+1 >= len(text)
			if !end {
				nr, _ := utf8.DecodeRuneInString(text[q+1:])
				end = !isWord(nr)
			}
			if end && boundary(text, q+1) {
				return q + 1, true
			}
		}
		if p > 0 && (text[p-1] == 's' || text[p-1] == 'S') && boundary(text, q) {
			return q, true
		}
	}
	return p, boundary(text, p)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// isWord reports whether r continues a word: letters (Hangul and Han
// included), digits and combining marks.
func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if isHangulSyllable(r) {
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r)
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
	}
	if isHangulSyllable(r) {
		return false
	}
	return unicode.IsSpace(r)
}

func isHangulSyllable(r rune) bool { return 0xAC00 <= r && r <= 0xD7A3 }

// foldWidth maps fullwidth and halfwidth forms to their canonical width
// (Ａ to A, ｶ to カ); other runes are returned as they are.
func foldWidth(r rune) rune {
	if r < 0x2000 {
		return r
	}
	p := width.LookupRune(r)
	switch p.Kind() {
	case width.EastAsianFullwidth, width.EastAsianHalfwidth:
		if f := p.Folded(); f != 0 {
			return f
		}
	}
	return r
}

// exactKey is the form as matched case-sensitively: NFC, width folded,
// runs of spaces as one space, trimmed.
func exactKey(s string) string {
	if plainKey(s) {
		return s
	}
	return slowExactKey(s)
}

// slowExactKey is exactKey without its fast path (plainKey), which
// FuzzKeys holds it to.
func slowExactKey(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(s) {
		r = foldWidth(r)
		if isSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// plainKey reports whether s is its own exact key: printable ASCII and
// Hangul syllables with single inner spaces (in NFC, since no conjoining
// jamo follows a syllable, and of no width to fold).
func plainKey(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isHangulSyllable(r) {
				return false
			}
			i += size - 1
			continue
		}
		if c < ' ' || c == 0x7F || c == ' ' && s[i-1] == ' ' {
			return false
		}
	}
	return true
}

// foldKey lowercases an exact key.
func foldKey(s string) string {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.Map(unicode.ToLower, s)
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return s // ASCII without capitals: strings.Map would return s too
	}
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// termKey is the matching key of a form, case folded: two forms with the
// same key are the same spelling for Lint and Merge.
func termKey(s string) string { return foldKey(exactKey(s)) }

// sameExact compares text as found (NFC) with an exact key, folding width
// and spaces in text.
func sameExact(span, exact string) bool {
	if span == exact {
		return true
	}
	j := 0
	for i := 0; i < len(span); {
		r, size := utf8.DecodeRuneInString(span[i:])
		i += size
		r = foldWidth(r)
		if isSpace(r) {
			for i < len(span) {
				nr, ns := utf8.DecodeRuneInString(span[i:])
				if !isSpace(nr) {
					break
				}
				i += ns
			}
			r = ' '
		}
		if j >= len(exact) {
			return false
		}
		er, es := utf8.DecodeRuneInString(exact[j:])
		if er != r {
			return false
		}
		j += es
	}
	return j == len(exact)
}

// isNFC reports whether text is in NFC, with a fast path for ASCII and
// precomposed Hangul syllables, which are NFC unless conjoining jamo follow.
func isNFC(text string) bool {
	prev := 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			prev = i
			i++
			continue
		}
		if c >= 0xEA && c <= 0xED && i+2 < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if isHangulSyllable(r) {
				prev = i
				i += size
				continue
			}
		}
		// Something else: let the norm package decide from the last
		// starter on.
		return norm.NFC.QuickSpanString(text[prev:]) == len(text)-prev
	}
	return true
}

// sentenceCapital reports whether text[start:end] is the case-sensitive
// form exact, which begins with a lower-case letter a to z, with that
// letter capitalized at a sentence's start: "Our country and the United
// States agreed" for a place's forbidden "our country" (session 21, helper
// T38: check12j-missed). A sentence starts at the text's start or after .
// ! ? or a line break, spaces and opening quotes between.
func sentenceCapital(text string, start, end int, exact string) bool {
	if len(exact) < 2 || exact[0] < 'a' || exact[0] > 'z' || text[start] != exact[0]-'a'+'A' || !sameExact(text[start+1:end], exact[1:]) {
		return false
	}
	i := start
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '"' || text[i-1] == '\'' || text[i-1] == '(') {
		i--
	}
	if i >= len("“") && (text[i-len("“"):i] == "“" || text[i-len("‘"):i] == "‘") {
		i -= len("“")
		for i > 0 && text[i-1] == ' ' {
			i--
		}
	}
	return i == 0 || strings.IndexByte(".!?\n\t", text[i-1]) >= 0
}
