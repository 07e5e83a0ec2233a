package check

import (
	"slices"
	"strings"

	"bitext/glossary"
)

// Session 28 (helper T112, issue #11): a person named in one article by
// two full forms the list admits, one surname and other given names: Sepp
// Blatter, then Joseph Blatter (testdata/check15b-missed and
// check16x-missed), Hans Geiger, then Johannes Wilhelm Geiger
// (check16y-missed). The inconsistent rule read two Latin forms of an
// entry as two names the list admits unless they were spellings of one
// (secondSpelling) or the given name's nickname (nicknameFull, whose
// table has no Sepp); a given name in another form is neither, and went
// unreported. A desk keeps one person to one full name in an article, as
// it keeps Dan Fried to Dan Fried.
//
// otherGivenFull reports whether later, a form of person e met after
// first in one article, is first's person named again in full with other
// given names: both Latin, of two words or more, the same last word (the
// surname), the given names (the words before it) not the one's within
// the other's (Hillary Clinton after Hillary Rodham Clinton is
// middleNameAdded's). Not so, and left to the rules before:
//   - a form with a title or a lower-case first word (FIFA President Sepp
//     Blatter, Sir Hamo Thornycroft, former Vice President Joseph Biden):
//     titles change with the post and are read by titleKeptShort and
//     titledSurname;
//   - a later form with fewer given names than the first: the full legal
//     name, then the name the person goes by (William Jefferson Clinton,
//     then Bill Clinton; Gregory James Coots, then Jamie Coots), a second
//     reference as the surname alone is;
//   - a form whose given names are initials (A.Q. Khan, B.B. Bell, J.A.
//     Bayona) or initials of the other's (George H.W. Bush, George Herbert
//     Walker Bush): a short form of the same names.
//
// The preferred form later is no inconsistency of the entry at all (the
// rule's m.Term == pref), so Sepp Blatter after Joseph Blatter is the
// first mention's to report, not this rule's.
func otherGivenFull(e *glossary.Entry, later, first string) bool {
	if e == nil || e.Type != glossary.Person || hasHangul(later) || hasHangul(first) {
		return false
	}
	lw, fw := strings.Fields(later), strings.Fields(first)
	if len(lw) < 2 || len(fw) < 2 || lw[len(lw)-1] != fw[len(fw)-1] || len(lw) < len(fw) {
		return false
	}
	lg, fg := lw[:len(lw)-1], fw[:len(fw)-1]
	for _, g := range [2][]string{lg, fg} {
		if !upperAt(g[0], 0) {
			return false // the Rev. ..., former President ...
		}
		for _, w := range g {
			if englishTitleWord(strings.TrimSuffix(w, ",")) {
				return false
			}
		}
		if allInitials(g) {
			return false
		}
	}
	if (slices.ContainsFunc(lg, initialWord) || slices.ContainsFunc(fg, initialWord)) && givenInitials(lg) == givenInitials(fg) {
		return false // George H.W. Bush, George Herbert Walker Bush
	}
	ll, fl := lowerEach(lg), lowerEach(fg)
	return !subsetWords(ll, fl) && !subsetWords(fl, ll)
}

// lowerEach returns ws in lower case.
func lowerEach(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(w)
	}
	return out
}

// initialWord reports whether w is a given name's initials: capital
// letters, one to three, with or without stops (S., B.B., H.W., JD).
func initialWord(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == '.':
		case c >= 'A' && c <= 'Z':
			n++
		default:
			return false
		}
	}
	return n >= 1 && n <= 3 && (n < len(w) || n <= 2)
}

// allInitials reports whether every word of g is initials (A.Q., G. P.).
func allInitials(g []string) bool {
	return !slices.ContainsFunc(g, func(w string) bool { return !initialWord(w) })
}

// givenInitials returns the capital letters that begin the given names g,
// an initials word giving all of its own (George H.W. → GHW; George
// Herbert Walker → GHW).
func givenInitials(g []string) string {
	var b strings.Builder
	for _, w := range g {
		if initialWord(w) {
			b.WriteString(strings.ReplaceAll(w, ".", ""))
		} else if w != "" {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}
