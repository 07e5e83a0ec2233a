package check

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 17, helper T17 (issue #11): a person's short form misspelled
// after the right one. Near misses are read against full names and
// one-word names of six letters or more; a surname alone is no name of the
// index (any word one letter from any listed surname would be one), so
// "Nick Bostrom ... Bostrom said ... Bostrum repeated" (testdata/check11s)
// went unreported. Within one article that has used a person's short form
// (alone, or as the listed short form of a full mention), a later
// capitalized word that is that short form with one vowel changed for
// another (Bostrum, Bostrem) and is no glossary form, nor a word of one
// but of the person's own forbidden forms (Nick Bostrum), is reported as
// a near miss of the short form. TestShortVowelMiss.

// shortNearMisses appends those near misses of text (ms: its matches).
func (ix *nameIndex) shortNearMisses(out []Finding, file, text string, ms []glossary.Match, p *pos) []Finding {
	type used struct {
		short string
		e     *glossary.Entry
		from  int
	}
	var buf [8]used
	us := buf[:0]
	for _, m := range ms {
		if m.Entry == nil || m.Entry.Type != glossary.Person || m.Term == nil || m.Term.Status.Forbidden() {
			continue
		}
		s := m.Term.Short
		if m.Short {
			s = text[m.Start:m.End]
		}
		if len(s) < 4 || !isLetter(s[0]) {
			continue
		}
		seen := false
		for _, u := range us {
			seen = seen || u.e == m.Entry && u.short == s
		}
		if !seen {
			us = append(us, used{s, m.Entry, m.End})
		}
	}
	// Each short form's misspellings begin with its first letter and are
	// as long: found by that letter at word starts after its first use.
	for _, u := range us {
		c0, l := u.short[0], len(u.short)
		for i := u.from; i < len(text); {
			k := strings.IndexByte(text[i:], c0)
			if k < 0 {
				break
			}
			start := i + k
			i = start + 1
			end := start + l
			if end > len(text) || start > 0 && wordByteBefore(text, start) || end < len(text) && wordByteAt(text, end) {
				continue
			}
			w := text[start:end]
			if !vowelChanged(w, u.short) || ix.known[w] || ix.vocab[w] && !forbiddenWord(u.e, w) || overlapsMatch(ms, start, end) {
				continue
			}
			if ix.otherGivenEn(text, start, u.e) {
				continue // Harry Reid after Jack Reed's Reed: another person
			}
			f := newFinding(file, RuleNearMiss, Warning, "CheckMsgNearMiss",
				map[string]any{"Found": w, "Expected": u.short, "Term": u.e.ID})
			p.place(&f, start, end)
			out = append(out, f)
		}
	}
	return out
}

// wordByteBefore reports whether a letter or digit ends text[:i].
func wordByteBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordByteAt reports whether a letter or digit begins text[i:].
func wordByteAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// overlapsMatch reports whether text[a:b] overlaps one of the matches ms.
func overlapsMatch(ms []glossary.Match, a, b int) bool {
	for _, m := range ms {
		if m.Start < b && a < m.End {
			return true
		}
	}
	return false
}

// vowelChanged reports whether w is s with one ASCII vowel changed for
// another, in a word of the same length and case.
func vowelChanged(w, s string) bool {
	if len(w) != len(s) || w == s {
		return false
	}
	k := -1
	for i := 0; i < len(w); i++ {
		if w[i] != s[i] {
			if k >= 0 {
				return false
			}
			k = i
		}
	}
	return k > 0 && strings.IndexByte("aeiou", w[k]) >= 0 && strings.IndexByte("aeiou", s[k]) >= 0
}

// forbiddenWord reports whether w is a word of a deprecated or superseded
// form of e.
func forbiddenWord(e *glossary.Entry, w string) bool {
	for _, t := range e.Terms {
		if t.Status.Forbidden() && slices.Contains(strings.Fields(t.Text), w) {
			return true
		}
	}
	return false
}

// Session 26 (helper T87, issue #11): a short form's vowel changed right
// after another given name is another person. house106 lists Jack Reed
// with the short form Reed, and "Sen. Jack Reed met ... Reed said ..."
// followed by "Harry Reid, the former Senate leader, ..." had Reid read as
// a near miss of Reed (check15b-missed, a clean false alarm). A surname
// after a capitalized word that makes a name with it is the surname of
// whoever that given name is, not the listed person's misspelt.
// otherGivenEn reports one before text[start:]: after one space, a whole
// word of Latin letters, capitalized and in lower case after its first
// letter, of two letters or more, which
//
//   - is no word of the glossary's forms (a title such as Senator is) but
//     a listed person's given name (givenNames), and no title, honorific
//     or role noun of the gate's lists (Senator, Mr, Leader), no
//     sentence's ordinary first word (Then Reid, But Reid) and no
//     particle of a surname (Van, De);
//   - is none of the person's given names nor one edit from one: no word
//     but the last of the entry's forms in the text's language ("Jack
//     Reid", "Jak Reid" stay reported).
//
// TestShortVowelMiss.
func (ix *nameIndex) otherGivenEn(text string, start int, e *glossary.Entry) bool {
	if start < 3 || text[start-1] != ' ' {
		return false
	}
	i := start - 1
	for i > 0 && isLetter(text[i-1]) {
		i--
	}
	w := text[i : start-1]
	if len(w) < 2 || i > 0 && (wordByteBefore(text, i) || text[i-1] == '-' || text[i-1] == '\'') {
		return false
	}
	if w[0] < 'A' || w[0] > 'Z' || strings.ToLower(w[1:]) != w[1:] {
		return false
	}
	lw := strings.ToLower(w)
	if ix.vocab[w] && !ix.given[w] || givenTitles[lw] || titleNouns[lw] || honorifics[lw] || roleNouns[lw] || openingWord(text, i, lw) || surnameParticles[lw] {
		return false
	}
	for _, t := range e.TermsIn(ix.lang) {
		ws := strings.Fields(t.Text)
		for _, g := range ws[:max(0, len(ws)-1)] {
			if distance(w, g, 1) <= 1 {
				return false // the person's own given name, or it misspelt
			}
		}
	}
	return true
}
