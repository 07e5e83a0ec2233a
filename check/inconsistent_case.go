package check

import (
	"strings"
	"unicode"

	"bitext/glossary"
)

// inconsistent: two case-sensitive forms of one term in one article that
// differ only in letter case (session 27, helper T95, issue #11;
// testdata/check13z-missed: house78's juche and Juche, both admitted and
// listed case-sensitive). caseOnly reads a pair whose first letters are
// one capital (Washington state, Washington State); a pair whose first
// letters differ in case was left alone as a common noun beside a name
// (central bank, Central Bank) or a sentence's start. A term (no body,
// place, person or title) listed both ways with the case column set has
// no common noun beside it: the list keeps two spellings of one word apart,
// and an article that writes both writes the word two ways.
//
// A capital at a sentence's start is the lower-case form ("Juche" opening
// a sentence after "juche" is juche again), and a line in title case or in
// capitals (a heading inside the article) sets its own case: none.

// caseFormEarlier returns the form of m's entry, a term, that an earlier
// match of before wrote in its own case and that differs from m's form
// only in letter case, both listed case-sensitive and allowed; nil when
// there is none, m's form is no such term's or m's own case is set by its
// place (a sentence's start, a heading line).
func caseFormEarlier(text string, before []glossary.Match, m glossary.Match) *glossary.Term {
	t := m.Term
	if m.Entry.Type != glossary.TermType || m.Short || t == nil || !t.CaseSensitive || t.Status.Forbidden() {
		return nil // the cheap gate: most terms are matched in any case
	}
	for _, o := range before {
		u := o.Term
		if o.Entry != m.Entry || o.Short || u == nil || u == t || !u.CaseSensitive || u.Status.Forbidden() || u.Lang != t.Lang ||
			u.Text == t.Text || !strings.EqualFold(u.Text, t.Text) {
			continue
		}
		if sentenceCapitalOf(text, m.Start, t.Text, u.Text) || sentenceCapitalOf(text, o.Start, u.Text, t.Text) ||
			!ownCaseLine(text, o.Start) {
			continue
		}
		if !ownCaseLine(text, m.Start) {
			return nil
		}
		return u
	}
	return nil
}

// sentenceCapitalOf reports whether form, written at start of text, is
// other with its first letter capitalized at a sentence's start: the same
// form as other ("Juche" opening a sentence, for juche).
func sentenceCapitalOf(text string, start int, form, other string) bool {
	if form == "" || other == "" || form[1:] != other[1:] || !unicode.IsUpper(rune(form[0])) || !unicode.IsLower(rune(other[0])) {
		return false
	}
	return sentenceStart(text, start)
}

// ownCaseLine reports whether the line of text holding offset i writes its
// words in their own case: not in title case (titleCase, a heading) nor in
// capitals alone (a heading or a banner).
func ownCaseLine(text string, i int) bool {
	s := strings.LastIndexByte(text[:i], '\n') + 1
	line := lineAt(text, s)
	if titleCase(line) {
		return false
	}
	lower := false
	for _, r := range line {
		if unicode.IsLower(r) {
			lower = true
			break
		}
	}
	return lower
}
