package check

import (
	"strings"
	"unicode/utf8"

	"bitext/glossary"
)

// A person rendered by a word made from the surname (session 24, helper
// T66, issue #11; the lead's ruling on kpc-test 544): English news gives a
// person the Korean names by an adjective or noun derived from the
// surname: the Maoists, Maoist rebels (마오쩌둥의 네팔공산당), a Thatcherite,
// the Gaullists, Reaganomics, Trumpism, Putinism, Leninist, Marxist. Such a
// word renders the listed person where a finding would say the person is
// absent (target-term-missing, never presence for another rule). The
// surname is the list's one-word short form or the surname of an allowed
// English full form (formSurname, the first word of a name in East Asian
// order: Mao of Mao Zedong), of three letters or more; the word is the
// surname, same case, then an ending of surnameDerivations (a final e
// dropped before a vowel: Gaulle, Gaullist), a word of its own (a hyphen
// before it may join it: pro-Thatcherite). A nationality (Jordanian for a
// listed Jordan, Georgian) is no such word: countryAdjectives lists the
// nationality adjectives it knows. Developed on the lead's ruling on
// house15's and house68's kpc-test 544 (judged false by G59, G76 and G77
// on house59, house76 and house77: seen) and our own sentences
// (TestSurnameDerived).

// surnameDerivations are the endings of an English word derived from a
// surname.
var surnameDerivations = []string{"ist", "ists", "ism", "isms", "ite", "ites", "ian", "ians", "esque", "omics"}

// surnameDerived reports whether the English of pr has a word derived from
// the surname of listed person m (see above).
func surnameDerived(m glossary.Match, pr Pair) bool {
	e := m.Entry
	if e == nil || e.Type != glossary.Person || !isEnglish(pr.TargetLang) {
		return false
	}
	for _, s := range derivableSurnames(e, pr) {
		for _, end := range surnameDerivations {
			stem := s
			if strings.HasSuffix(stem, "e") && strings.IndexByte("aeiou", end[0]) >= 0 {
				stem = stem[:len(stem)-1] // Gaulle, Gaullist
			}
			if w := stem + end; !countryAdjectives[w] && adjectiveWord(pr.Target, w) {
				return true
			}
		}
	}
	return false
}

// derivableSurnames returns the surnames of person e's allowed English
// forms: one-word short forms and the surnames of full forms.
func derivableSurnames(e *glossary.Entry, pr Pair) []string {
	var out []string
	add := func(s string) {
		s = strings.TrimRight(s, ".,")
		if utf8.RuneCountInString(s) >= 3 && upperAt(s, 0) && !strings.ContainsAny(s, " .") {
			out = append(out, s)
		}
	}
	for _, t := range e.TermsIn(pr.TargetLang) {
		if t.Status.Forbidden() {
			continue
		}
		if t.Short != "" && !strings.Contains(t.Short, " ") {
			add(t.Short)
		}
		if ws := strings.Fields(t.Text); eastAsianOrder(ws, e.TermsIn(pr.SourceLang)) {
			add(ws[0])
		} else if s := formSurname(t.Text); s != "" {
			add(s)
		}
	}
	return out
}
