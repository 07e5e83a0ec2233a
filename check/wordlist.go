package check

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"strings"
	"sync"
)

// The English word list (englishwords.gz, see englishwords.COPYRIGHT): a
// lower-case word of the list is a word, not a misspelt glossary form.

// A word list (session 20, helper T32): the 64,604 lower-case words of
// four letters or more of SCOWL's American and British English lists as
// Debian's wamerican and wbritish 2020.12.07 ship them (size 60 of SCOWL,
// inflections written out), gzipped in englishwords.gz (170 KB),
// under SCOWL's permissive licence (englishwords.COPYRIGHT). The core
// lexicon's 3,000 news words leave out ordinary words (contact, believes,
// shouting); a spelling checker's list says them. It is read the first
// time a word reaches the question, never on a text without a candidate.
//
//go:embed englishwords.gz
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
