package check

import (
	"strings"

	"bitext/glossary"
	"golang.org/x/text/language"
)

// Session 21 (helper T41, issue #11): what house43 (people) and house44
// (bodies) found (held-out-glossary-43 and -44, seen).

// qualifiedPast reports whether the English form m, right only until a
// day (a title dated while held: Vice President Joe Biden to 2017-01-20),
// is qualified as past by the word right before it: "former", "ex-",
// "then" or "then-" ("former Vice President Joe Biden" in a 2018 story,
// held-out-glossary-43's ntrex-odd 1019). The form names what the person
// or body was, which is right on any later day; an expired form used
// bare is still reported.
func qualifiedPast(text string, m glossary.Match, lang language.Tag) bool {
	if !isEnglish(lang) || m.Term.Until.IsZero() || m.Start == 0 {
		return false
	}
	before := strings.ToLower(text[max(0, m.Start-8):m.Start])
	if strings.HasSuffix(before, "ex-") || strings.HasSuffix(before, "then-") {
		return true
	}
	w, _ := prevWord(text, m.Start)
	if text[m.Start-1] != ' ' {
		return false
	}
	switch strings.ToLower(w) {
	case "former", "then":
		return true
	}
	return false
}

// bodyNamedAfter reports whether the person's Korean form m is followed
// in the source by a noun of a body named after the person (크롬웰 연맹, the
// Cromwell Society, held-out-glossary-43's ntrex-odd 169; 재단, 협회,
// 기념관 ...: attributiveNouns), with no particle between: the source
// names the body, not the person, so the English owes the person no form
// (the admitted one-word 크롬웰 is no short form, which attributive
// already left out).
func bodyNamedAfter(source string, m glossary.Match) bool {
	if m.Entry.Type != glossary.Person || m.Suffix != "" || m.End+1 >= len(source) || source[m.End] != ' ' {
		return false
	}
	rest := source[m.End+1:]
	for _, w := range koreanBodyNouns {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// koreanBodyNouns are the Korean nouns of attributiveNouns that name a
// body or a building (not 정부 or 행정부, the person's own government).
var koreanBodyNouns = []string{"연맹", "협회", "재단", "연구소", "기념관", "기념사업회", "박물관", "도서관"}
