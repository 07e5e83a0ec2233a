package check

import (
	"strings"

	"bitext/glossary"
	"bitext/romanize"
)

// Session 19 (helper T28, issue #11): what house30 found.
//
//   - A forbidden form that is an ordinary English word (one word of
//     lower-case letters: "landing", forbidden for landfall 상륙) is, in
//     a bilingual pair, reported only when the pair's source has a form
//     of its entry: without one the word is the language's own ("On
//     landing", a plane's 착륙), not a rendering of the entry (house30's
//     six false errors). A capitalised or several-word form keeps being
//     reported whatever the source says (a name, "Senate Judicial
//     Committee"), nor does a spelling of one of the entry's allowed forms
//     (within two edits: e-mail for email, hi-tech for high-tech, house
//     style whatever the source says; house25's real findings). In an
//     article (Document) the pair's source is read the same way.
//     Monolingual English text keeps reporting the word as before (no
//     source to read it against).
//   - A listed person's given names kept and the surname's first letter
//     changed to one the Korean cannot be heard as ("Sen. Jeff Blake" for
//     플레이크, Jeff Flake: ㅍ is a p or an f, never a b) is a misspelt
//     surname, an error as T26's nearSurname makes other misspellings,
//     not an unlisted transliteration of the Korean (a warning), which
//     the consonant classes of sameSkeleton (b and p one class) took it
//     for (initialMisheard; check12d's planted d-1).

// commonWordUnsourced reports whether m, a forbidden match on the target
// side of pr, is an ordinary English word whose entry pr's source does not
// name: neither a match of the source (sm) nor, read leniently, any form of
// the entry in the source's language within its text (상륙했다, which the
// matcher's particle rule does not read).
func commonWordUnsourced(text string, m glossary.Match, pr *Pair, sm []glossary.Match) bool {
	found := text[m.Start:m.End]
	if !lowerWord(found) || spelledLike(m, found) && !wordOfItsOwn(m, found) { // premiere (session21t42.go)
		return false
	}
	for _, s := range sm {
		if s.Entry == m.Entry {
			return false
		}
	}
	for _, t := range m.Entry.TermsIn(pr.SourceLang) {
		if t.Text != "" && strings.Contains(pr.Source, t.Text) || t.Short != "" && strings.Contains(pr.Source, t.Short) {
			return false
		}
	}
	return true
}

// lowerWord reports whether s is one word of lower-case ASCII letters
// (an internal hyphen allowed), three letters or more.
func lowerWord(s string) bool {
	if len(s) < 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b == '-' && i > 0 && i < len(s)-1 {
			continue
		}
		if b < 'a' || b > 'z' {
			return false
		}
	}
	return true
}

// spelledLike reports whether found, a forbidden form of m's entry, is
// within two edits of one of the entry's allowed forms: another spelling
// of it, not another word.
func spelledLike(m glossary.Match, found string) bool {
	for _, t := range m.Entry.Terms {
		if t == m.Term || t.Status.Forbidden() {
			continue
		}
		if a := strings.ToLower(t.Text); distance(found, a, 2) <= 2 && !otherVariety(m.Entry, found, a) { // honor, honour (session20t31.go)
			return true
		}
	}
	return false
}

// UnsourcedCommonWord reports whether f, a deprecated-term finding of a
// monolingual pass on pr's target (an article's, Document), is an
// ordinary English word whose entry pr's source does not name: a finding
// the pair alone would not give (commonWordUnsourced), to be dropped; or
// a near miss inside another name the source does not name either
// (unsourcedInnerNear, session21t40.go).
func (c *Checker) UnsourcedCommonWord(f Finding, pr *Pair) bool {
	if c.unsourcedInnerNear(f, pr) {
		return true // the word of another name: the Asian Games (session21t40.go)
	}
	if f.Rule == RuleDeprecated && isEnglish(pr.TargetLang) && glossedFound(pr, f) {
		return true // Tennent's Premiership, glossed so in the Korean (session21t42.go)
	}
	lower := lowerWord(f.Found)
	if f.Rule != RuleDeprecated || !lower && !allWordsCapital(f.Found) || !isEnglish(pr.TargetLang) { // Domestic Violence Charges (session20t37.go)
		return false
	}
	tm := appendMatches(c.matcher(pr.TargetLang), nil, f.Found, pr.nfc)
	for _, m := range tm {
		if m.Start == 0 && m.End == len(f.Found) && !m.Short && m.Entry.ID == f.Term {
			sm := appendMatches(c.matcher(pr.SourceLang), nil, pr.Source, pr.nfc)
			if capitalisedNameIn(f.Found, m, pr, sm) {
				return true // Bale, 베일 in the source (session22t44.go)
			}
			if !lower {
				return titledUnsourcedIn(pr.Target, f.Found, m, pr, sm)
			}
			return commonWordUnsourced(f.Found, m, pr, sm)
		}
	}
	return false
}

// initialHeard gives, for the first letter of a Hangul word's
// romanization, the first letters of the English names that word may
// transliterate (ㅍ: Paul, Flake; ㅂ: Bush, Victor, Powell).
var initialHeard = map[byte]string{
	'p': "pf", 'b': "bvp", 'g': "gkc", 'k': "kcq", 'd': "dt", 't': "t", 's': "scz",
	'j': "jgz", 'c': "cjk", 'r': "rl", 'l': "lr", 'm': "m", 'n': "n", 'h': "hw",
}

// initialMisheard reports whether ln, a word in lower case standing where
// one of surnames is listed for the Hangul word sw, is that surname with
// its first letter changed to one sw cannot be heard as: a misspelt
// surname (Blake for 플레이크 Flake: ㅍ is never a b), not an unlisted
// transliteration of sw, whatever their consonant classes share
// (sameSkeleton).
func initialMisheard(sw, ln string, surnames []string) bool {
	r := romanize.Word(sw)
	if r == "" || ln == "" {
		return false
	}
	heard, ok := initialHeard[r[0]]
	if !ok || strings.IndexByte(heard, ln[0]) >= 0 {
		return false
	}
	for _, s := range surnames {
		if s != "" && s[0] != ln[0] && strings.IndexByte(heard, s[0]) >= 0 && distance(ln, s, 2) <= 1 {
			return true
		}
	}
	return false
}
