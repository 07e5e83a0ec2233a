package align

// English lines that say nothing of the Korean around them (session 16,
// helper A21). An English-only line an edition adds (background copied
// from other coverage, a sentence about the wider story) is often linked
// with a dropped Korean sentence beside it, or glued to a split: a 1-1
// link between two lines with nothing in common costs less than leaving
// both unlinked. An English line with at least aloofKnown words the
// lexicon knows, none of which a Korean sentence within aloofWindow of the
// link translates, and no number, Latin token or name that one of them
// has, costs wAloof in any link, scaled like wLexAlone by how well the
// lexicon covers the document (lexAloneScale, 0 up to a coverage of 0.5):
// with a lexicon that knows little of the document, translated lines show
// no evidence either. A member past the first of a split that opens with
// a continuation (It, But …) is not charged: it carries on the sentence
// before it and may say more than the Korean (a source's "It would form
// part of …"). Chosen on the development part of helper A16's edition set
// and NTREX p05: wAloof 3, 4, 5 and 6 tried (6 changed unedited links),
// aloofWindow 1, 2 and 3, aloofKnown 3, 4 and 5 (see README).
const (
	wAloof      = 4.0
	aloofKnown  = 4
	aloofWindow = 2
)

// aloofLines holds, for each English segment of a lattice with at least
// aloofKnown known words, the set of Korean segments that carry one of
// its words, numbers, Latin tokens or names (a bit set over the Korean
// segments); nil for the other English segments.
type aloofLines [][]uint64

// newAloofLines finds what every English segment of en with at least
// aloofKnown known words shares with each segment of ko.
func newAloofLines(ko, en []feature) aloofLines {
	var out aloofLines
	for j := range en {
		if len(en[j].lexAll) < aloofKnown {
			continue
		}
		if out == nil {
			out = make(aloofLines, len(en))
		}
		out[j] = make([]uint64, (len(ko)+63)/64)
	}
	if out == nil {
		return nil
	}
	// An index of the Korean side: lexicon id, key or name → segments.
	const (
		tagLex  = 1 << 60
		tagKey  = 2 << 60
		tagName = 3 << 60
		tagRom  = 4 << 60
	)
	index := map[uint64][]int32{}
	add := func(k uint64, i int) {
		l := index[k]
		if len(l) == 0 || l[len(l)-1] != int32(i) {
			index[k] = append(l, int32(i))
		}
	}
	for i := range ko {
		for _, id := range ko[i].lexAll {
			add(tagLex|uint64(uint32(id)), i)
		}
		for _, k := range ko[i].keys {
			add(tagKey^k, i)
		}
		for _, k := range ko[i].weak {
			add(tagKey^k, i)
		}
		for _, k := range ko[i].names {
			add(tagName^k, i)
		}
		for _, k := range ko[i].roman {
			add(tagRom^k, i)
		}
	}
	for j, bits := range out {
		if bits == nil {
			continue
		}
		mark := func(k uint64) {
			for _, i := range index[k] {
				bits[i/64] |= 1 << (uint(i) % 64)
			}
		}
		f := &en[j]
		for _, id := range f.lexAll {
			mark(tagLex | uint64(uint32(id)))
		}
		for _, k := range f.keys {
			mark(tagKey ^ k)
		}
		for _, k := range f.words {
			mark(tagKey ^ k)
		}
		for _, k := range f.names {
			mark(tagName ^ k)
		}
		for _, k := range f.roman {
			mark(tagRom ^ k)
		}
	}
	return out
}

// aloof reports whether English segment j shares nothing with the Korean
// segments lo to hi-1 widened by aloofWindow on each side.
func (a aloofLines) aloof(j, lo, hi int) bool {
	if a == nil || a[j] == nil {
		return false
	}
	bits := a[j]
	lo = max(lo-aloofWindow, 0)
	hi = min(hi+aloofWindow, len(bits)*64)
	for i := lo; i < hi; i++ {
		if bits[i/64]&(1<<(uint(i)%64)) != 0 {
			return false
		}
	}
	return true
}

// aloofCost is the cost of the English members of a link of the Korean
// segments ko0 to ko1-1 and the English segments en0 to en1-1 that share
// nothing with the Korean around the link (see wAloof).
func (l *lattice) aloofCost(ko0, ko1, en0, en1 int) float64 {
	if l.aloofEn == nil || l.alone == 0 {
		return 0
	}
	en := l.tgt
	if len(l.src) > 0 && l.src[0].english {
		en = l.src
	}
	c := 0.0
	for j := en0; j < en1; j++ {
		// A member past the first of a split that opens with a
		// continuation (It, But …) carries on the sentence before it:
		// it may say what the Korean does not.
		if j > en0 && en[j].cont {
			continue
		}
		if l.aloofEn.aloof(j, ko0, ko1) {
			c += wAloof
		}
	}
	return c * l.alone
}
