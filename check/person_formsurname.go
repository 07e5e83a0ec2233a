package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 27 (helper T97, issue #11): the surname of any allowed English
// full form names the person alone, though the list gives a short form.
// house127 lists Walid al-Moallem (short form Moallem), admits Walid
// al-Moualem (Reuters' spelling) and Walid Muallem, and forbids Walid
// al-Mouallem; the English of NTREX 1958 writes "Al-Moualem said ..."
// (g127 ntrex-even 1958, target-term-missing, judged false: the surname of
// the admitted form). The glossary matches the short forms only; T58's
// surnameAlone (surname_alone.go) reads a surname alone only when the list
// gives no short form (the list chose its second reference), and T86's
// arabicTranslitPresent (person_arabicvowels.go) leaves a spelling whose
// doubled letters once are a forbidden form's (al-Mouallem). An admitted
// full form is the list's choice too: its surname is a second reference
// to the person as the short form is.
//
// formSurnameAlone reads it: the last word of an allowed English form of
// two words or more (Jr., Sr. and a roman numeral after it set aside), not
// one written surname first (koreanOrder: Kim Jong-un's last word is a
// given name); with a lower-case article prefix (al-, el-, ul-), also
// capitalized ("Al-Moualem" opening a sentence). The surname's stem is
// capitalized and of three letters or more, no other listed person has the
// word (sharedSurname), and it stands alone in the English
// (surnameAloneIn: no capitalized word joined to it but a title, an
// honorific or an ordinary word opening the sentence, so "Walid
// al-Mouallem" and "Ahmed al-Moualem" are not read so). Not for a
// forbidden form: "Al-Mouallem said" stays reported; nor for a surname
// that is a forbidden form's last word too, an article prefix aside and
// any case (a list that forbids Jon Smith beside John Smith leaves "Smith"
// to its short form). Only where a finding says a form is absent, the
// person then counted present (TestFormSurnameAlone).

// formSurnameAlone reports whether the English of pr names person m by the
// surname of an allowed English full form alone (see above).
func (c *Checker) formSurnameAlone(m glossary.Match, pr Pair) bool {
	e := m.Entry
	if e == nil || e.Type != glossary.Person || !isEnglish(pr.TargetLang) {
		return false
	}
	terms := e.TermsIn(pr.TargetLang)
	var text string // the target, accents folded, made once
	for _, t := range terms {
		if t.Status.Forbidden() {
			continue
		}
		s := lastNameWord(t.Text)
		if s == "" || forbiddenSurname(s, terms) || c.sharedSurname(pr, s) {
			continue
		}
		if text == "" {
			text = foldAccents(pr.Target)
		}
		fs := foldAccents(s)
		if surnameAloneIn(text, fs) {
			return true
		}
		if r, n := utf8.DecodeRuneInString(fs); unicode.IsLower(r) && surnameAloneIn(text, string(unicode.ToUpper(r))+fs[n:]) {
			return true // "Al-Moualem said"
		}
	}
	return false
}

// lastNameWord returns the last word of an English person form of two
// words or more (Jr., Sr. and a roman numeral after it set aside), not
// written surname first (koreanOrder), its stem after an Arabic article
// prefix capitalized and of three letters or more; else "".
func lastNameWord(form string) string {
	ws := suffixlessWords(form)
	if len(ws) < 2 || koreanOrder(ws) {
		return ""
	}
	s := strings.TrimRight(ws[len(ws)-1], ".,")
	_, stem := splitArticle(s)
	if len(stem) < 3 || !upperAt(stem, 0) || romanNumeral(stem) {
		return ""
	}
	return s
}

// forbiddenSurname reports whether s, an article prefix aside, is the last
// word of a forbidden form of terms (any case).
func forbiddenSurname(s string, terms []*glossary.Term) bool {
	_, stem := splitArticle(s)
	for _, t := range terms {
		if !t.Status.Forbidden() {
			continue
		}
		ws := strings.Fields(t.Text)
		if len(ws) == 0 {
			continue
		}
		_, fstem := splitArticle(strings.TrimRight(ws[len(ws)-1], ".,"))
		if strings.EqualFold(stem, fstem) {
			return true
		}
	}
	return false
}
