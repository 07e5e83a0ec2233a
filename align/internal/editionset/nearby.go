package main

import (
	"sort"
	"strings"
	"unicode"
)

// Borrowing by topic (-borrow topic; session 18, helper A27). By default a
// borrowed English-only line is any sentence of another document of the
// part, most often about another story, so it shares no word with the
// Korean around it. The English-only lines a real edition adds are about
// the story: background from related coverage, naming its people, places
// and matters. With -borrow topic a borrowed line is drawn from the
// sentences of other documents that share the most content words with the
// document (topicPool of them, at least topicMin words), and put after the
// pair sharing most words with it in topicNear cases of ten (where an
// editor adds background), else after a random pair. The default draws
// are untouched, so the default output is byte-identical
// (TestBorrowDefaultUnchanged).

const (
	topicPool = 10
	topicMin  = 2
	topicNear = 0.7
)

// contentWords are the distinct lower-cased words of four letters or more
// of s that are not function words.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		w = strings.ToLower(strings.Trim(w, "-"))
		if len([]rune(w)) >= 4 && !functionWords[w] {
			out[w] = true
		}
	}
	return out
}

func sharedWords(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}

// topicCandidates are the pool's sentences of other documents that share
// the most content words with d (at least topicMin), best first, at most
// topicPool of them (ties in pool order).
func topicCandidates(d doc, m *material) []borrowed {
	self := d.corpus + "/" + d.id
	words := map[string]bool{}
	for _, p := range d.pairs {
		for w := range contentWords(p.en) {
			words[w] = true
		}
	}
	type cand struct {
		b borrowed
		n int
	}
	var cs []cand
	for _, b := range m.pool {
		if b.doc == self {
			continue
		}
		if n := sharedWords(contentWords(b.text), words); n >= topicMin {
			cs = append(cs, cand{b, n})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].n > cs[j].n })
	var out []borrowed
	for i := 0; i < len(cs) && i < topicPool; i++ {
		out = append(out, cs[i].b)
	}
	return out
}

// nearestPair is the pair after which a borrowed line s fits best: the
// one past the headline sharing most content words with it, not the first
// half of a merge (-1 when none shares a word).
func nearestPair(d doc, op []int, s string) int {
	w := contentWords(s)
	best, bestN := -1, 0
	for i := 1; i < len(d.pairs); i++ {
		if op[i] == opMerge {
			continue
		}
		if n := sharedWords(contentWords(d.pairs[i].en), w); n > bestN {
			best, bestN = i, n
		}
	}
	return best
}

var functionWords = map[string]bool{
	"that": true, "this": true, "with": true, "from": true, "have": true, "been": true, "were": true, "will": true,
	"would": true, "said": true, "they": true, "their": true, "there": true, "which": true, "what": true, "when": true,
	"where": true, "about": true, "after": true, "before": true, "also": true, "more": true, "than": true, "them": true,
	"into": true, "over": true, "could": true, "should": true, "some": true, "such": true, "other": true, "these": true,
	"those": true, "being": true, "does": true, "only": true, "just": true, "very": true, "most": true, "many": true,
	"while": true, "says": true, "year": true, "years": true, "told": true, "last": true, "first": true, "according": true,
	"because": true, "since": true, "still": true, "even": true, "like": true, "made": true, "make": true, "people": true,
	"your": true, "here": true, "then": true, "both": true, "each": true, "much": true, "well": true, "week": true,
}
