package check

import (
	"strings"

	"bitext/glossary"
)

// A term whose form opens with two proper words, then lower-case words
// (Mount Kumgang tours; session 24, helper T61, issue 11: check12a-missed's
// "Mount Kumgang tuors", house27's planted near miss, developed on it alone
// and our own sentences; TestProperPairTerm). properLowerTerm took one
// capitalized word only (Tunguska event), so the lower-term scan never saw
// the term; now a second capitalized word of letters may follow the first,
// and the term is read as T38's are: its lower-case words the ones a
// misspelling is looked for in, the other words exact.

// properPairLower reports whether rest, a term's form after its first
// capitalized word, is one more capitalized word of letters then one or two
// lower-case words (Kumgang tours).
func properPairLower(rest string) bool {
	i := 0
	for i < len(rest) && rest[i] != ' ' {
		i++
	}
	if i < 2 || i == len(rest) || rest[0] < 'A' || rest[0] > 'Z' {
		return false
	}
	for j := 1; j < i; j++ {
		if rest[j] < 'a' || rest[j] > 'z' {
			return false
		}
	}
	return lowerLetters(rest[i+1:])
}

// properPairTarget reports whether w, a word of four or five letters of
// term form s of entry e, may be the misspelt word of a term of two proper
// words then lower-case words (properPairLower): tours of Mount Kumgang
// tours, which shortSwapped and shortSubstituted read (a plural s keeps
// it from doublingWord's and droppingWord's words).
func properPairTarget(e *glossary.Entry, s, w string) bool {
	i := strings.IndexByte(s, ' ')
	return len(w) >= 4 && w[0] >= 'a' && w[0] <= 'z' && i > 0 && properLowerTerm(e, s) && properPairLower(s[i+1:])
}
