package check

import (
	"strings"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 25 (helper T76, issue #11): another bearer of the surname named
// earlier in the article. A list gives a one-word Korean surname with the
// given names of the surname's other bearers as not_with words (해밀턴 for
// Josh Hamilton, not beside 루이스): the form does not count on a line with
// one of them. An article that names the other bearer in full (루이스
// 해밀턴, the Formula One driver) then calls him by the surname alone
// (동료인 해밀턴을), on a line without the given name: that bare surname is
// the other bearer too, as an editor reads it, not a first mention of the
// list's person (house91's ntrex-even 1702, judged false). otherBearerBefore
// reports it for Korean person match m of text when, earlier in the text
// or in the article's Korean before it (before), the same form stands right
// after one of its not_with words and a space, and no allowed Korean form
// of two words or more of the entry came before (the list's person named
// in full makes the bare surname ambiguous again).
func otherBearerBefore(before []string, text string, m glossary.Match) bool {
	if m.Entry == nil || m.Entry.Type != glossary.Person || len(m.Term.NotWith) == 0 || m.Short {
		return false
	}
	form := text[m.Start:m.End]
	if strings.Contains(form, " ") {
		return false
	}
	other := false
	for _, t := range append(before, text[:m.Start]) {
		for _, ko := range m.Entry.Terms {
			if ko.Lang == m.Term.Lang && !ko.Status.Forbidden() && strings.Contains(ko.Text, " ") && strings.Contains(t, ko.Text) {
				return false // the list's person named in full
			}
		}
		other = other || bearerNamed(t, form, m.Term.NotWith)
	}
	return other
}

// bearerNamed reports whether text holds form right after one of the words
// of notWith and one space, the form's word beginning there.
func bearerNamed(text, form string, notWith []string) bool {
	for at := range occurrences(text, form) {
		if at < 2 || text[at-1] != ' ' {
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(text[:at-1])
		if !isHangulSyllable(r) {
			continue
		}
		w := text[hangulRunStart(text, at-1) : at-1]
		for _, nw := range notWith {
			if w == nw {
				return true
			}
		}
	}
	return false
}
