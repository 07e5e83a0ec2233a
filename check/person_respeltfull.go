package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 28 (helper T115, issue #11): a listed person's name respelt in
// every part is a near miss, not a person the neighbours name. house159
// lists Jon Rahm (forbidding John Rahm) and 존 램 among his Korean forms;
// the English of ntrex-odd 1974 gives 존 램 as "John Ram". No lenient
// presence reading takes "John Ram" for him (it is not present), but the
// misrendered readings need a respelt word of four letters or more or a
// kept surname, so the pair fell to the person-absent branch, and there the
// next segment's "23-year-old Rahm" (namedBeside: a split or shifted pair)
// silenced it: the gate said nothing about a name misspelt in both its
// given name and its surname. The near-miss rule reports a one-word
// misspelling of a listed name (one word exact); a name whose given name
// AND surname both differ from every allowed form is no other
// transliteration the list accepts (those are present and never reach
// here), and when each word is within one edit of the allowed form's word,
// with its first letter, the source naming the person says whose name it
// is: a near miss of the preferred form (a warning, as forbiddenRespelt
// gives), reported where the pair would otherwise say nothing or that the
// person is absent. A kept surname with another given name stays another
// person (misrendered, givenOtherSurname), and a span another entry's match
// covers, a glossary form, or a differing surname that is a word of the
// glossary's forms is no evidence. Developed on ntrex-odd 1974 (seen) and
// our own sentences (TestRespeltFullName).

// respeltFullName returns the span of target that gives person e by one of
// its allowed English forms of two words or more with the surname and at
// least one given name each respelt by one edit, the first letters kept
// ("John Ram" for Jon Rahm), or "". taken reports a span inside another
// entry's match.
func respeltFullName(ix *nameIndex, e *glossary.Entry, target string, forms []*glossary.Term, taken func(a, b int) bool) string {
	if e.Type != glossary.Person {
		return ""
	}
	own := func(w string) bool {
		for _, t := range forms {
			for _, f := range strings.Fields(t.Text) {
				if f == w {
					return true
				}
			}
		}
		return false
	}
	for _, t := range forms {
		if t.Status.Forbidden() {
			continue
		}
		ws := strings.Fields(t.Text)
		if len(ws) < 2 || len(ws) > 4 {
			continue
		}
		last := len(ws) - 1 // the surname's word
		if surnameFirst(ws) {
			last = 0
		}
		c0, _ := utf8.DecodeRuneInString(ws[0])
		for i := 0; i < len(target); {
			r, n := utf8.DecodeRuneInString(target[i:])
			if r != c0 || i > 0 && isWordByte(target[i-1]) {
				i += n
				continue
			}
			if span := respeltAt(ix, target, i, ws, last, own, taken); span != "" {
				return span
			}
			i += n
		}
	}
	return ""
}

// respeltAt reports the span at target[i:] of len(ws) capitalized words,
// each one space apart, matching ws word by word within one edit with the
// first letter kept, the surname ws[last] and another word respelt, or "".
func respeltAt(ix *nameIndex, target string, i int, ws []string, last int, own func(string) bool, taken func(a, b int) bool) string {
	k := i
	givenRespelt := false
	for j, f := range ws {
		if j > 0 {
			if k >= len(target) || target[k] != ' ' {
				return ""
			}
			k++
		}
		w := givenWordAt(target, k)
		if w == "" {
			return ""
		}
		a, _ := utf8.DecodeRuneInString(w)
		b, _ := utf8.DecodeRuneInString(f)
		if a != b || !unicode.IsUpper(a) {
			return ""
		}
		switch d := distance(w, f, 1); {
		case d > 1:
			return ""
		case d == 0 && j == last:
			return "" // the surname kept: another given name is another person (misrendered)
		case d == 1 && j == last:
			if ix.vocab[w] && !own(w) {
				return "" // another listed name's word
			}
		case d == 1:
			givenRespelt = true
		}
		k += len(w)
	}
	if !givenRespelt || k < len(target) && (isWordByte(target[k]) || target[k] == '-') {
		return ""
	}
	if k+1 < len(target) && target[k] == ' ' && unicode.IsUpper(firstRune(target[k+1:])) {
		return "" // a longer name goes on
	}
	span := target[i:k]
	if ix.known[span] || taken(i, k) {
		return ""
	}
	return span
}

// firstRune returns the first rune of s, or utf8.RuneError.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// respeltFull is respeltFullName for the person at of pair pr, tm the
// target's matches: a span inside another entry's match, or another
// Korean name of the source, is no evidence.
func (c *Checker) respeltFull(at glossary.Match, pr Pair, tm []glossary.Match) string {
	e := at.Entry
	if e.Type != glossary.Person || !isEnglish(pr.TargetLang) {
		return ""
	}
	taken := func(a, b int) bool {
		for _, m := range tm {
			if m.Start < b && a < m.End && m.Entry != e && !capitalizedCommon(pr.Target, m) {
				return true
			}
		}
		return false
	}
	span := respeltFullName(c.nameIndex(pr.TargetLang), e, pr.Target, e.TermsIn(pr.TargetLang), taken)
	if span == "" || otherKoreanName(pr.Source, at.Start, at.End, span) {
		return ""
	}
	return span
}
