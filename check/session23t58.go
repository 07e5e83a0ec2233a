package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"

	"golang.org/x/text/language"
)

// Session 23 (helper T58, issue #11): what house60, house62, house67 and
// house68 showed.
//
//   - A listed person the English names by the surname alone, with no
//     title before it ("Karadzic" for 카라지치, "Kennedy was
//     assassinated", "said Zheng" for 정지에), is present for
//     target-term-missing though the list gives no English short form: the
//     usual second reference (house68: 13 false errors and warnings;
//     house60's kpc-test 1584, house62's "said Zheng"). titledSurnameOnly
//     (session22t47.go) read the surname after a title only. The surname
//     is the last word of an allowed English full form (formSurname), or
//     its first for a name the list gives in East Asian order (Han
//     Seung-soo, Zheng Jie for 정지에: eastAsianOrder); diacritics are
//     folded on both sides (Karadžić, Karadzic). It must stand alone:
//     no capitalized word joined to it but a role noun, an honorific or an
//     ordinary word opening the sentence (nameSpan, plainWordBefore), so
//     "Han Sung-soo" for 한승수 and a changed given name ("Dmitry
//     Karadzic") are still found; not when another person of the list has
//     that surname (sharedSurname), nor when the list gives the person a
//     short form (the list chose its second reference). In the pair's
//     English (surnameAlone) or, as other second references are read
//     (namedEarlier), in the article's English before a pair that refers
//     by a pronoun or a description (surnameEarlier), not in one that
//     begins mid-sentence (a broken pair). An initial before the surname
//     ("W. S. Anderson") is part of a name. Only where a finding says a
//     form is absent.
//   - A forbidden form read only through a plural ending, where the word
//     is the regular plural of an allowed form of the same entry, is not
//     the forbidden form (pluralOfAllowed): "tomatoes" is tomato + es, not
//     the list's forbidden "tomatoe" + s (house67: 4 false errors).

// surnameAlone reports whether the English of pr names person m by the
// surname of an allowed English full form alone (see above).
func (c *Checker) surnameAlone(m glossary.Match, pr Pair) bool {
	s := c.aloneSurname(m, pr)
	if s == "" {
		s = c.soleBearerSurname(m, pr) // "Kennedy" for 존 F. 케네디, Caroline Kennedy listed too (surnamebearer.go)
	}
	return s != "" && surnameAloneIn(foldAccents(pr.Target), s)
}

// surnameEarlier reports whether the English of pr refers to someone by a
// pronoun or a description after the article's English before it named
// person m by the surname alone (as namedEarlier reads a listed form).
func (c *Checker) surnameEarlier(m glossary.Match, pr Pair) bool {
	if len(pr.TargetBefore) == 0 || !isEnglish(pr.TargetLang) || m.Entry.Type != glossary.Person || !refersByDescription(pr.Target) && !otherCount(pr.Target) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(pr.Target, " \"“‘'(")); unicode.IsLower(r) {
		return false // the English begins mid-sentence: a broken pair (g68 kpc-dev 653, judged real)
	}
	s := c.aloneSurname(m, pr)
	if s == "" {
		return false
	}
	for i := len(pr.TargetBefore) - 1; i >= 0; i-- {
		if t := pr.TargetBefore[i]; t != "" && surnameAloneIn(foldAccents(t), s) {
			return true
		}
	}
	return false
}

// aloneSurname returns the folded surname of person m's allowed English
// full form that may stand alone for it, or "" (no person, a short form
// listed, the surname another listed person's too).
func (c *Checker) aloneSurname(m glossary.Match, pr Pair) string {
	e := m.Entry
	if e == nil || e.Type != glossary.Person || !isEnglish(pr.TargetLang) {
		return ""
	}
	terms := e.TermsIn(pr.TargetLang)
	for _, t := range terms {
		if !t.Status.Forbidden() && t.Short != "" {
			return "" // the list's own second reference decides
		}
	}
	for _, t := range terms {
		if t.Status.Forbidden() {
			continue
		}
		s := formSurname(t.Text)
		if ws := strings.Fields(t.Text); eastAsianOrder(ws, e.TermsIn(pr.SourceLang)) {
			s = strings.TrimRight(ws[0], ".,")
			if len(s) < 2 || !upperAt(s, 0) {
				s = ""
			}
		}
		if s == "" || romanNumeral(s) {
			continue // Benedict XVI: a regnal number, no surname
		}
		if c.sharedSurname(pr, s) || foldAccents(s) != s && c.sharedSurname(pr, foldAccents(s)) {
			return ""
		}
		return foldAccents(s)
	}
	return ""
}

// eastAsianOrder reports whether the English full form of words ws is
// written surname first: a hyphenated given name last (surnameFirst), or
// two words whose Korean forms are one word each (a Chinese or Korean
// name: 정제, 마오쩌둥) and the first English word fits the Korean's first
// consonant (Zheng for 정, not Adolf for 히틀러), the last word not, or the
// last the second syllable's (Jie for 제 of 정제; not Reagan for 이 of 레이건).
func eastAsianOrder(ws []string, ko []*glossary.Term) bool {
	if surnameFirst(ws) {
		return true
	}
	if len(ws) != 2 || len(ko) == 0 {
		return false
	}
	for _, t := range ko {
		if strings.Contains(t.Text, " ") {
			return false
		}
	}
	r, n := utf8.DecodeRuneInString(ko[0].Text)
	if !isHangulSyllable(r) || !initialFits(ws[0], r) {
		return false
	}
	if !initialFits(ws[1], r) {
		return true
	}
	r2, _ := utf8.DecodeRuneInString(ko[0].Text[n:]) // both fit (정제, Zheng Jie): the second syllable the second word
	return isHangulSyllable(r2) && initialFits(ws[1], r2)
}

// hangulInitialLetters are the Latin letters that begin a romanization of
// each Hangul initial consonant, in jamo order.
var hangulInitialLetters = []string{"gk", "gk", "n", "dt", "dt", "rl", "m", "bp", "bp", "s", "s", "aeiouwy", "jzc", "jzc", "cqzj", "kc", "t", "pf", "hx"}

// initialFits reports whether English word w begins with a letter the
// initial consonant of Hangul syllable r is romanized by.
func initialFits(w string, r rune) bool {
	if w == "" {
		return false
	}
	b := w[0] | 0x20
	return strings.IndexByte(hangulInitialLetters[int(r-0xAC00)/588], b) >= 0
}

// surnameAloneIn reports whether text holds surname s as a word of its own,
// no capitalized word joined to it but a role noun, an honorific or an
// ordinary word opening the sentence.
func surnameAloneIn(text, s string) bool {
	return surnameAloneAt(text, s) >= 0
}

// initialBefore reports whether an initial (a capital letter and a stop,
// "S.") stands right before the word at i of text, one space between.
func initialBefore(text string, i int) bool {
	return i >= 4 && text[i-1] == ' ' && text[i-2] == '.' && 'A' <= text[i-3] && text[i-3] <= 'Z' && !isLetterByte(text[i-4])
}

// pluralOfAllowed reports whether forbidden match m of English text is
// read only through a plural ending and the word so read is the regular
// plural of an allowed form of the same entry ("tomatoes": tomato + es,
// not the forbidden tomatoe + s).
func pluralOfAllowed(text string, m glossary.Match, lang language.Tag) bool {
	if m.Short || m.Term == nil || m.Suffix == "" || !isEnglish(lang) || !m.Term.Status.Forbidden() {
		return false
	}
	k := 0
	switch {
	case strings.HasPrefix(m.Suffix, "es"):
		k = 2
	case m.Suffix[0] == 's':
		k = 1
	default:
		return false
	}
	w := text[m.Start : m.End+k]
	for _, t := range m.Entry.TermsIn(lang) {
		if t == m.Term || t.Status.Forbidden() {
			continue
		}
		n := len(t.Text)
		if len(w) <= n || !strings.EqualFold(w[:n], t.Text) {
			continue
		}
		switch rest := strings.ToLower(w[n:]); {
		case rest == "s", rest == "es" && takesES(t.Text):
			return true
		}
	}
	return false
}

// takesES reports whether an English form takes the plural "es": after s,
// x, z, o, ch or sh, as the matcher reads it (glossary's esPlural).
func takesES(form string) bool {
	n := len(form)
	if n == 0 {
		return false
	}
	switch form[n-1] | 0x20 {
	case 's', 'x', 'z', 'o':
		return true
	case 'h':
		return n >= 2 && (form[n-2]|0x20 == 'c' || form[n-2]|0x20 == 's')
	}
	return false
}
