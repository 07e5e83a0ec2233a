package check

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"strings"
	"sync"
)

// Session 20 (helper T32, issue #11): more of the one-word lower-case
// near misses of T30's lowerOneNear. T30 asks two letter trigrams that no
// other word writes (strangeLetters), since one is not enough against an
// ordinary word one edit from a term: with one, T30's false near misses on
// the judged parts were all a letter replaced (inventor for investor,
// prompted for promoted); the ordinary words a letter dropped from a term
// (contact for contract, carries for carriers, believes for believers)
// write no strange trigram at all. So a letter doubled, a letter dropped
// or two neighbouring letters swapped, the slips of the keys that real
// typing makes most, needs one strange trigram (slipEdit: conncerts,
// alcholic, snetence); a letter replaced still needs two.

// slipEdit reports whether cw is w with one of its letters doubled
// (verrdicts), one dropped (vedicts) or two neighbouring different letters
// swapped (inetrviews).
func slipEdit(cw, w string) bool {
	switch len(cw) - len(w) {
	case 1:
		i := 0
		for i < len(w) && cw[i] == w[i] {
			i++
		}
		// cw[i] is the letter written again: the one before it, or the
		// one after (the first of a doubled pair written first).
		if i > 0 && cw[i] == cw[i-1] && cw[i+1:] == w[i:] {
			return true
		}
		return i < len(w) && cw[i] == w[i] && cw[i+1:] == w[i:]
	case -1:
		i := 0
		for i < len(cw) && cw[i] == w[i] {
			i++
		}
		return cw[i:] == w[i+1:]
	case 0:
		i := 0
		for i < len(w) && cw[i] == w[i] {
			i++
		}
		return i+1 < len(w) && cw[i] == w[i+1] && cw[i+1] == w[i] && cw[i] != cw[i+1] && cw[i+2:] == w[i+2:]
	}
	return false
}

// A word list (session 20, helper T32): the 64,604 lower-case words of
// four letters or more of SCOWL's American and British English lists as
// Debian's wamerican and wbritish 2020.12.07 ship them (size 60 of SCOWL,
// inflections written out), gzipped in session20t32words.gz (170 KB),
// under SCOWL's permissive licence (session20t32words.COPYRIGHT). The core
// lexicon's 3,000 news words leave out ordinary words (contact, believes,
// shouting); a spelling checker's list says them. It is read the first
// time a word reaches the question, never on a text without a candidate.

//go:embed session20t32words.gz
var wordsGz []byte

var (
	wordsOnce sync.Once
	wordSet   map[string]struct{}
)

// listedWord reports whether w (lower case) is a word of the list; a word
// shorter than four letters counts as one.
func listedWord(w string) bool {
	if len(w) < 4 {
		return true
	}
	wordsOnce.Do(func() {
		wordSet = map[string]struct{}{}
		r, err := gzip.NewReader(bytes.NewReader(wordsGz))
		if err != nil {
			return
		}
		b, err := io.ReadAll(r)
		if err != nil {
			return
		}
		for _, l := range strings.Split(string(b), "\n") {
			if l != "" {
				wordSet[l] = struct{}{}
			}
		}
	})
	if len(wordSet) == 0 {
		return true // no list: no evidence
	}
	_, ok := wordSet[w]
	return ok
}
