package check

import (
	"strings"

	"bitext/glossary"
)

// Session 24 (helper T62, issue #11): a person named in full by a
// forbidden form (도날드 트럼프, the list's deprecated spelling of 도널드
// 트럼프) has had a first mention: deprecated-term reports the spelling,
// and a later admitted surname alone (트럼프 대통령) is a second reference,
// no first mention (g74-ntrex-odd 637 and 1712, judged false; developed on
// those seen lines and our own sentences; TestForbiddenFullFirst).
// Session 26 (helper T90, issue #11): an admitted full form after it (자넷
// 잭슨 after 저넷 잭슨, ntrex-odd 988) is no first mention either: line 973
// named her in full, and deprecated-term reported the deviation there
// (g112 judged it false; g58's opposite verdict re-judged by the lead).

// forbiddenFull reports whether m, a forbidden form, names a person in
// full: two words or more.
func forbiddenFull(m glossary.Match) bool {
	return m.Term.Status.Forbidden() && m.Entry != nil && m.Entry.Type == glossary.Person &&
		strings.Contains(strings.TrimSpace(m.Term.Text), " ")
}
