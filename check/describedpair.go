package check

import (
	"strings"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 27 (helper T100, issue #11): two persons the Korean names, one
// of them unlisted, that the English counts ("the bodies of two Israeli
// soldiers" for 에후드 우디 골드와서와 엘다브 레게브의 시신, KPC test 500).
// countedPersons (T29, session 20) counted only listed persons absent
// from the English, so a list that holds one soldier in a spelling the
// Korean uses and the other in another kept the finding: house132 lists
// Eldad Regev (the Korean's 엘다브 레게브, a forbidden spelling) but
// Goldwasser only as 에후드 골드바서 (g132 kpc-test 500, judged false), and
// house91 Goldwasser's 골드와서 but not Regev (g91 kpc-test 500, judged
// false). The Korean particle 와 or 과 joining the person's form to one
// other Hangul name (before it: a word of three syllables or more ending
// in the particle; after it: the particle right after the form, then a
// word), part of no match of the list (아리 레빈과 단 카플란: Levin, listed,
// is no unlisted name beside Kaplan), makes the listed person one of two, and countedPersons asks the
// English for two persons as before (a number word or digits with a
// plural noun for persons after it). A count of three, a person joined to
// no one, or "two" with no noun for persons after it is still a finding
// (TestCountedPairOneListed).

// koreanPairedName reports whether the Korean person form at m is joined
// by 와 or 과 to a neighbouring Hangul word that is part of none of the
// source's matches sm (see above).
func koreanPairedName(src string, m glossary.Match, sm []glossary.Match) bool {
	if m.Entry.Type != glossary.Person || m.End > len(src) {
		return false
	}
	after := src[m.End:]
	for _, p := range []string{"와 ", "과 "} {
		if strings.HasPrefix(after, p) {
			at := m.End + len(p)
			if r, _ := utf8.DecodeRuneInString(src[at:]); isHangulSyllable(r) && !overlapsMatch(sm, at, at+utf8.RuneLen(r)) {
				return true
			}
		}
	}
	if m.Start < 1 || src[m.Start-1] != ' ' {
		return false
	}
	start := hangulRunStart(src, m.Start-1)
	w := src[start : m.Start-1]
	return utf8.RuneCountInString(w) >= 3 && (strings.HasSuffix(w, "와") || strings.HasSuffix(w, "과")) && !overlapsMatch(sm, start, m.Start-1)
}
