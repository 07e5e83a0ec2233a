package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

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

//   - A forbidden or dated form inside a longer name the Korean source
//     gives in Latin letters, and the English has whole at the form's
//     place, is that name's own spelling: 테넌트의 프리미어(Tennent's
//     Premiership) for Scottish club rugby's league, not the English
//     Premier League's former name (house46's ntrex-even 586); 트리뷴 드
//     제네바(Tribune de Geneve), the newspaper's own French name, not
//     Geneva misspelt (kpc-test 401). The form alone, a gloss no longer
//     than it, or Latin words outside brackets (a bilingual headline's
//     "Supporters of Burma's junta", house11's kpc-test 1656) keep the
//     finding.

// glossedLongerName reports whether target[a:b], a form found in pr's
// English target, lies inside a longer name that pr's non-English source
// glosses in Latin letters in brackets (a run of letters, digits, spaces,
// apostrophes, hyphens, periods and ampersands holding the form as whole
// words, with another capital, between "(" and ")") and the target has at
// the same place.
func glossedLongerName(pr *Pair, target string, a, b int) bool {
	if pr == nil || isEnglish(pr.SourceLang) || a < 0 || b > len(target) || a >= b {
		return false
	}
	found := target[a:b]
	src := pr.Source
	for i := 0; i < len(src); {
		j := strings.Index(src[i:], found)
		if j < 0 {
			return false
		}
		s, e := i+j, i+j+len(found)
		i = e
		if s > 0 && isLatinLetter(src[s-1]) || e < len(src) && isLatinLetter(src[e]) {
			continue // inside a word
		}
		l, r := s, e
		for l > 0 && glossByte(src[l-1]) {
			l--
		}
		for r < len(src) && glossByte(src[r]) {
			r++
		}
		if l == 0 || src[l-1] != '(' || r == len(src) || src[r] != ')' {
			continue // no gloss in brackets: "Supporters of Burma" of an English headline
		}
		run := strings.TrimSpace(src[l:r])
		l = strings.Index(src[l:r], run) + l
		off := s - l
		if len(run) <= len(found) || !strings.ContainsFunc(run[:off]+run[off+len(found):], unicode.IsUpper) {
			continue
		}
		if a-off >= 0 && a-off+len(run) <= len(target) && target[a-off:a-off+len(run)] == run {
			return true
		}
	}
	return false
}

// glossedFound reports whether f, a finding of an article's monolingual
// pass on pr's target, is inside a longer name the source glosses
// (glossedLongerName): at f's column when the target has f.Found there,
// else at every occurrence of f.Found in the target.
func glossedFound(pr *Pair, f Finding) bool {
	if f.Line == f.EndLine {
		a, col := 0, 1
		for a < len(pr.Target) && col < f.Column {
			_, n := utf8.DecodeRuneInString(pr.Target[a:])
			a += n
			col++
		}
		if col == f.Column && strings.HasPrefix(pr.Target[a:], f.Found) {
			return glossedLongerName(pr, pr.Target, a, a+len(f.Found))
		}
	}
	found := f.Found
	n := 0
	for i := 0; found != "" && i < len(pr.Target); {
		j := strings.Index(pr.Target[i:], found)
		if j < 0 {
			break
		}
		a := i + j
		i = a + len(found)
		if a > 0 && isLatinLetter(pr.Target[a-1]) || i < len(pr.Target) && isLatinLetter(pr.Target[i]) {
			continue
		}
		if !glossedLongerName(pr, pr.Target, a, i) {
			return false
		}
		n++
	}
	return n > 0
}

// glossByte reports whether c may belong to a Latin-letter name written
// inside non-Latin text.
func glossByte(c byte) bool {
	return isLatinLetter(c) || '0' <= c && c <= '9' || strings.IndexByte(" '-.&", c) >= 0
}

// isLatinLetter reports whether c is an ASCII letter.
func isLatinLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

//   - A one-word place of seven letters or more (Minnesota) and a term of
//     two capitalized words, one no word of the word list (Hurricane
//     Bertha; not Tropical Storm), which the near-miss scan
//     left out (one-word places and two-word terms are often another
//     word or name one edit away), are sought for a typing slip alone: two
//     adjacent letters swapped (Hurricane Bretha) or a letter doubled or
//     undoubled (Minnessota), never another letter in place of one
//     (check12t-missed's planted near misses).

// typoOnlyName reports whether words, a form of e, is a one-word place of
// seven letters or more or a term of two capitalized words (typoNear
// reads the words when a candidate comes).
func typoOnlyName(e *glossary.Entry, words []string) bool {
	switch {
	case e.Type == glossary.Place && len(words) == 1:
		return utf8.RuneCountInString(words[0]) >= 7
	case e.Type == glossary.TermType && len(words) == 2:
		return upper(words[0]) && upper(words[1])
	}
	return false
}

// typoNear reports whether cand, a near miss of n (typoOnly), is n with a
// typing slip, n being a place or a two-word term of which one word is no
// word of the word list (Bertha: a name; "Tropical Storm" is a term's
// words, which T39's TestNameNearMissKinds leaves alone). The word list is
// read here, when a candidate comes, not when the index is built.
func typoNear(n *name, cand string) bool {
	if !typingSlip(cand, n.text) {
		return false
	}
	if n.entry.Type != glossary.TermType {
		return true
	}
	for _, w := range n.words {
		if !listedWord(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// typingSlip reports whether cand is name with two adjacent different
// letters swapped, or with one letter doubled or a doubled letter
// written once.
func typingSlip(cand, name string) bool {
	if len(cand) == len(name) {
		i := 0
		for i < len(cand) && cand[i] == name[i] {
			i++
		}
		return i+1 < len(cand) && cand[i] == name[i+1] && cand[i+1] == name[i] && cand[i] != cand[i+1] && cand[i+2:] == name[i+2:]
	}
	short, long := cand, name
	if len(short) > len(long) {
		short, long = long, short
	}
	if len(long) != len(short)+1 {
		return false
	}
	i := 0
	for i < len(short) && short[i] == long[i] {
		i++
	}
	return i > 0 && long[i] == long[i-1] && long[i+1:] == short[i:]
}
