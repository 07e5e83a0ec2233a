package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
	"golang.org/x/text/language"
)

// initialsOfForm reports whether abbr, an abbreviation of term m's entry
// (UAV), is made of the initials of an allowed form of the entry in
// abbr's language of two words or more (unmanned aerial vehicle): the
// abbreviation then stands for the entry even when its preferred form is
// one word that does not spell it (drone), so written before that word at
// a first mention it is the admitted abbreviation first (house73's planted
// check13u, "The UAV came up on Friday; the drone was named again").
// Words of three letters or fewer in lower case (of, and, the) may be
// left out of the initials, as in a body's abbreviation.
func initialsOfForm(abbr string, e *glossary.Entry, lang language.Tag) bool {
	a := strings.ToLower(strings.ReplaceAll(abbr, ".", ""))
	if utf8.RuneCountInString(a) < 2 || e == nil {
		return false
	}
	for _, t := range e.Terms {
		if t.Status.Forbidden() || t.Lang != lang || !strings.ContainsRune(t.Text, ' ') {
			continue
		}
		if initialsMatch(a, strings.Fields(t.Text)) {
			return true
		}
	}
	return false
}

// initialsMatch reports whether a, lower case, is the initials of words in
// order, short lower-case words optional.
func initialsMatch(a string, words []string) bool {
	if a == "" {
		return len(words) == 0 || allMinor(words)
	}
	if len(words) == 0 {
		return false
	}
	w := words[0]
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.ToLower(r) == rune(a[0]) && initialsMatch(a[1:], words[1:]) {
		return true
	}
	return minorWord(w) && initialsMatch(a, words[1:])
}

// minorWord reports whether w is a short lower-case word an abbreviation
// may leave out (of, and, the, for).
func minorWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return len(w) <= 3 && unicode.IsLower(r)
}

func allMinor(words []string) bool {
	for _, w := range words {
		if !minorWord(w) {
			return false
		}
	}
	return true
}
