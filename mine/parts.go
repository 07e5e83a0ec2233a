package mine

import (
	"slices"
	"strings"
	"time"

	"bitext/glossary"
)

// partMark marks the counts of a name's words inside a longer name
// (partCounts): the Korean form of such a count is partMark and the
// word, its English the English word at the same place. Session 23,
// helper M46.
const partMark = "\x02"

// partCounts adds to out, for each pair of the unit of two to four words
// on both sides whose English ends in a club's or a place's word (덴버
// 너기츠 ~ Denver Nuggets, 파인라스 카운티 ~ Pinellas County: clubLast,
// placeHeads), a count of its first word against the English first word
// (partMark+덴버 ~ Denver): the place the longer name is named after, not
// a person's given name (브렛 of 브렛 캐버노, a part by the verdicts'
// criteria) nor the founder a body is named after (Cornell of Cornell
// University, typed a place on the 1M TM), unless the unit pairs the
// two itself or the English word is in lower case or of one letter. A
// count is no pair: State.Result adds it to the pair of the same word
// alone when that pair is in fewer units than --min-count (partRescues),
// once a unit, so that a name the miner paired in one unit alone but
// wrote inside a longer name in another reaches two (held-out-11's 덴버 ~
// Denver, once 여기 덴버(Denver), once 덴버 너기츠(Denver Nuggets)).
// Session 23, helper M46.
func partCounts(out map[[2]string]glossary.Type, sc *scratch) {
	parts := sc.parts[:0]
	for k := range out {
		n := strings.Count(k[0], " ")
		if n == 0 || n > 3 || strings.Count(k[1], " ") != n || k[0][0] < ' ' {
			continue
		}
		last := k[1][strings.LastIndexByte(k[1], ' ')+1:]
		if !clubLast[last] && !placeHeads[last] {
			continue
		}
		kw, _, _ := strings.Cut(k[0], " ")
		ew, _, _ := strings.Cut(k[1], " ")
		if len(ew) < 2 || ew[0] < 'A' || ew[0] > 'Z' {
			continue
		}
		if _, own := out[[2]string{kw, ew}]; own {
			continue
		}
		parts = append(parts, [2]string{partMark + kw, ew})
	}
	for _, p := range parts {
		out[p] = Organization
	}
	sc.parts = parts[:0]
}

// partRescue is a pair in fewer units than --min-count with the units
// where longer names hold its words (partCounts), extra.
type partRescue struct {
	p     *pairStats
	extra int
}

// partRescues returns the pairs in fewer units than minCount (from the
// day since, when not zero) that reach it with the units where a longer
// name holds their words (partCounts), in key order: every count of
// partMark, those kept whole and those a cache left undecoded. A form the
// country table lists is counted so only against a name the table gives
// it (not 유럽 ~ European of European Union), and no English word is
// counted so that is the adjective of a country's name (Afghan). Nor a
// pair whose own units show another kind than its type (otherKind):
// the few units of such a pair are too weak to type it (서머셋(Somerset)
// typed an organisation by its brackets, 에서 a place's).
func (st *State) partRescues(minCount int, since time.Time) []partRescue {
	var marks []*pairStats
	for k, p := range st.Pairs {
		if strings.HasPrefix(k, partMark) {
			marks = append(marks, p)
		}
	}
	if l := st.lazy; l != nil {
		for _, p := range l.prefixed(partMark) {
			if st.Pairs[p.Ko+"\t"+p.En] == nil {
				marks = append(marks, p)
			}
		}
	}
	slices.SortFunc(marks, comparePairs)
	var out []partRescue
	for _, m := range marks {
		ko := strings.TrimPrefix(m.Ko, partMark)
		if countries[ko] != nil && !isCountry(ko, m.En) || countryAdjective(m.En) {
			continue // 유럽 ~ European of European Union, 아프간 ~ Afghan: an adjective
		}
		p := st.pair(ko + "\t" + m.En)
		if p == nil {
			continue
		}
		n, x := p.Units, m.Units
		if !since.IsZero() {
			n, x = p.unitsSince(since), m.unitsSince(since)
		}
		if n < minCount && n+x >= minCount && n > 0 && !otherKind(p) {
			out = append(out, partRescue{p, m.Units})
		}
	}
	return out
}

// prefixed decodes the records whose Korean form begins with prefix
// (the records are in key order: they stand together); an error ends
// the list, kept for the state to report when it decodes them again.
func (l *lazyPairs) prefixed(prefix string) []*pairStats {
	lo, hi := 0, l.n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		d := l.d
		d.off = l.offset(m)
		ko := d.inline()
		if d.err != nil {
			return nil
		}
		if ko < prefix {
			lo = m + 1
		} else {
			hi = m
		}
	}
	var out []*pairStats
	for i := lo; i < l.n; i++ {
		p, _, err := l.at(i)
		if err != nil || !strings.HasPrefix(p.Ko, prefix) {
			break
		}
		out = append(out, p)
	}
	return out
}

// countryAdjective reports whether the English word w is an adjective or
// demonym of a country's name of one word (adjectiveOf: Afghan of
// Afghanistan).
func countryAdjective(w string) bool {
	for c := range countryWords {
		if adjectiveOf(w, c) {
			return true
		}
	}
	return false
}

// otherKind reports whether p's units show evidence of a kind other
// than the type kindOf gives it: a place's or a person's for an
// organisation, a person's for a place, a place's for a person.
func otherKind(p *pairStats) bool {
	switch kindOf(p) {
	case Organization:
		return p.Place > 0 || p.Person > 0
	case Place:
		return p.Person > 0
	case Person:
		return p.Place > 0
	}
	return false
}
