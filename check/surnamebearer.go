package check

import (
	"strings"

	"bitext/glossary"
)

// Session 24 (helper T65, issue #11): a surname two listed persons share
// names, standing alone in a pair's English, the one of them the pair's
// Korean names. surnameAlone (surname_alone.go) took a listed person's
// surname alone for the person unless another person of the list has that
// surname (aloneSurname's sharedSurname), so "Kennedy was assassinated in
// Dallas" for 존 F. 케네디 대통령이 댈러스에서 암살되었습니다 (kpc-test 1584)
// stayed a missing person on house60 and house68, both listing Caroline
// Kennedy too (judged false twice: the English names him by the surname).
// When the pair's Korean names none of the others who share the surname (no
// Korean form of theirs, short or forbidden, occurs in it), the surname in
// the pair's English can only be the one the Korean names: present. Only for
// the pair's own English (not surnameEarlier's articles before, nor a first
// mention's surname before the full name), and the surname must still stand
// alone (Caroline Kennedy for 존 F. 케네디 stays another person given).
// Developed on house60's and house68's false alarm (seen) and our own
// sentences (TestSoleBearerSurname).

// soleBearerSurname returns the folded surname of person m's first allowed
// English full form (as aloneSurname reads it) when other listed persons
// share it but the pair's Korean names none of them, or "".
func (c *Checker) soleBearerSurname(m glossary.Match, pr Pair) string {
	e := m.Entry
	terms := unshortenedPersonTerms(e, pr)
	if terms == nil {
		return ""
	}
	for _, t := range terms {
		if t.Status.Forbidden() {
			continue
		}
		s := formSurname(t.Text)
		if ws := strings.Fields(t.Text); eastAsianOrder(ws, e.TermsIn(pr.SourceLang)) || s == "" || romanNumeral(s) {
			return "" // aloneSurname's reading decides these
		} else if spacedKoreanOrder(ws, e.TermsIn(pr.SourceLang)) {
			return "" // Kim Yo Jong: soleSurnameFirst's (person_spacedorder.go)
		}
		if !c.sharedSurname(pr, s) || c.bearerNamedIn(e, pr, s) {
			return ""
		}
		return foldAccents(s)
	}
	return ""
}

// bearerNamedIn reports whether the Korean of pr names a listed person other
// than e whose English forms have the word s (any Korean form of theirs,
// short or forbidden, occurring in it).
func (c *Checker) bearerNamedIn(e *glossary.Entry, pr Pair, s string) bool {
	for _, o := range c.g.Entries {
		if o == e || o.Type != glossary.Person || !hasFormWord(o, pr, s) {
			continue
		}
		for _, t := range o.TermsIn(pr.SourceLang) {
			if strings.Contains(pr.Source, t.Text) || t.Short != "" && strings.Contains(pr.Source, t.Short) {
				return true
			}
		}
	}
	return false
}

// hasFormWord reports whether a form of o in pr's target language, or its
// short form, has the word s (as sharedSurname counts owners).
func hasFormWord(o *glossary.Entry, pr Pair, s string) bool {
	for _, t := range o.TermsIn(pr.TargetLang) {
		for _, w := range strings.Fields(t.Text + " " + t.Short) {
			if strings.TrimRight(w, ".,") == s {
				return true
			}
		}
	}
	return false
}
