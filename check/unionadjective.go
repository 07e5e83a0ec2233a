package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
)

// The adjective of a union or republic (session 24, helper T64, issue
// #11): a place listed as "X Union" or "X Republic" (Soviet Union, Czech
// Republic, Dominican Republic) is given in English news by its first
// words alone, as an adjective ("Soviet-era", "Soviet leader", "former
// Soviet satellites", "the Czech capital"), where the Korean names the
// place (구소련 시대, 소련의 서기장). demonymIn makes such adjectives of
// one-word forms by an ending (Burmese); these forms take none. So a
// place is rendered when the English has, as a word of its own (a hyphen
// after it may join it to a noun: Soviet-bloc), the capitalized words of a
// listed form of two words or more that ends in Union or Republic, less
// that last word. A form of a body (European Union, an organization) is
// left out: "European" says Europe as often as the union. Developed on the
// --missing all false alarms of house76 (held-out-glossary-76, seen:
// kpc-test 857, 908, 1088, 1472, wmt24pp 76) and our own sentences
// (TestUnionAdjective).
func unionAdjectiveIn(e *glossary.Entry, pr Pair) bool {
	if e.Type != glossary.Place || !isEnglish(pr.TargetLang) {
		return false
	}
	for _, t := range e.TermsIn(pr.TargetLang) {
		ws := strings.Fields(t.Text)
		if len(ws) < 2 || ws[len(ws)-1] != "Union" && ws[len(ws)-1] != "Republic" || !allCapitalized(t.Text) {
			continue
		}
		if adjectiveWord(pr.Target, strings.Join(ws[:len(ws)-1], " ")) {
			return true
		}
	}
	return false
}

// adjectiveWord reports whether text has adj as a word of its own, case
// and all: no letter before it, and no letter right after it (a hyphen
// may follow: Soviet-era).
func adjectiveWord(text, adj string) bool {
	for at := range occurrences(text, adj) {
		before, _ := utf8.DecodeLastRuneInString(text[:at])
		after, _ := utf8.DecodeRuneInString(text[at+len(adj):])
		if (at == 0 || !unicode.IsLetter(before)) && (at+len(adj) == len(text) || !unicode.IsLetter(after)) {
			return true
		}
	}
	return false
}
