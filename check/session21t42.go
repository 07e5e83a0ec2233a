package check

import (
	"strings"

	"bitext/glossary"
)

// Session 21 (helper T42, issue #11): what house45 and house46 found.
//
//   - A forbidden lower-case form within two edits of one of its entry's
//     allowed forms is another spelling of it (e-mail for email, T28's
//     spelledLike) and house style whatever the source says, unless the
//     form is a word of the language's own (the word list's, no hyphen):
//     "premiere", forbidden as a misspelt premier for 수상, is a film's
//     premiere (시사회) in a pair whose source names no 수상 (house45's
//     kpc-dev 607 and 613, errors). Such a word is reported, as T28's
//     other ordinary words are, only when the pair's source names its
//     entry; "advisor" beside a source's 보좌관 stays a finding.

// wordOfItsOwn reports whether found, a lower-case forbidden form of m's
// entry, is a word of the English word list with no hyphen that is no
// variant of the entry's allowed forms within two edits of it: neither
// their British or American spelling (defence, honour, programme) nor the
// same length with letters changed (advisor, protestors, artefacts), but a
// word of its own that adds or drops letters (premiere beside premier).
func wordOfItsOwn(m glossary.Match, found string) bool {
	if strings.Contains(found, "-") || len(found) < 4 || !listedWord(found) {
		return false
	}
	own := false
	for _, t := range m.Entry.Terms {
		if t == m.Term || t.Status.Forbidden() || !isEnglish(t.Lang) {
			continue
		}
		a := strings.ToLower(t.Text)
		if distance(found, a, 2) > 2 {
			continue
		}
		if len(a) == len(found) || britishAmerican(a) == britishAmerican(found) {
			return false
		}
		own = true
	}
	return own
}
