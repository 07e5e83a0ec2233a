package check

import (
	"strings"

	"golang.org/x/text/language"

	"bitext/glossary"
)

// inLongerName reports whether the one word of the sequence at first, the
// window of a one-word listed person name n, is a word of a longer
// capitalized name: followed by a capitalized word, or preceded by a
// given name of another listed person (givenNames). A near miss must have the
// listed name's number of words, as one of several words does (wordsNear):
// "Francois Bouchard" names another man, not the pope listed as "Francis"
// misspelt (session 24, helper T67: held-out-glossary-80, ntrex-even 1736,
// seen). A title or other word of the list before the word ("Pope") does
// not make it another name, nor does a connector after it.
func (sc *seqCheck) inLongerName(n *name, first int) bool {
	if n.entry.Type != glossary.Person || len(n.words) != 1 {
		return false
	}
	text := sc.text
	if first+1 < len(sc.seq) {
		next := sc.seq[first+1]
		if next.start == sc.seq[first].end+1 && upperAt(text, next.start) {
			return true
		}
	}
	if first > 0 {
		prev := sc.seq[first-1]
		w := text[prev.start:prev.end]
		if prev.end+1 == sc.seq[first].start && sc.ix.given[w] && !entryWord(n.entry, w, sc.ix.lang) {
			return true // not the person's own given name (Harriet Beechar for a listed Harriet Beecher Stowe and Beecher)
		}
	}
	return false
}

// entryWord reports whether w is a word of one of e's forms in lang.
func entryWord(e *glossary.Entry, w string, lang language.Tag) bool {
	for _, t := range e.TermsIn(lang) {
		for _, f := range strings.Fields(t.Text) {
			if f == w {
				return true
			}
		}
	}
	return false
}
