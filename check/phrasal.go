package check

import (
	"strings"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 17 (helper T16, issue #11): a forbidden one-word form inside a
// phrasal verb. house18 forbids "hung" of people put to death (they are
// hanged); "A man who answered the phone ... abruptly hung up" (kpc-test
// 1214, a default error judged false) is another verb, as "hung out" or
// "hung around" are. A desk lists such a form with the phrases it does
// not mean (the glossary's not_in: hung up|hung jury), and the gate
// honours not_in (usable); a list that does not say so still should not
// fail CI on a phrasal verb. So a forbidden English form listed as one
// word in lower case (a common word, not a name: "Brinks", "Burma" keep their
// findings) directly followed by an adverb particle (phrasalParticles) is
// not reported (TestPhrasalVerb). Nouns used as adjectives ("hung jury")
// are the list's matter: no rule can tell which of them a desk forbids.

// phrasalParticles are the adverb particles that make a verb phrasal.
var phrasalParticles = setOf("up", "out", "around", "round", "about", "back", "off", "down", "away", "over", "together")

// phrasalVerb reports whether the forbidden form of match m in text is
// listed as one lower-case word and directly followed by a phrasal
// particle ("Hung up" at a sentence start too).
func phrasalVerb(text string, m glossary.Match) bool {
	form := m.Term.Text // the listed form: a name's capital stays at a sentence start
	if m.Suffix != "" || strings.ContainsAny(form, " -'’") || strings.ToLower(form) != form {
		return false
	}
	rest, ok := strings.CutPrefix(text[m.End:], " ")
	if !ok {
		return false
	}
	i := 0
	for i < len(rest) && isLetter(rest[i]) {
		i++
	}
	if i < len(rest) {
		if r, _ := utf8.DecodeRuneInString(rest[i:]); isWordRune(r) {
			return false
		}
	}
	return phrasalParticles[rest[:i]]
}
