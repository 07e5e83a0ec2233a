package check

import (
	"slices"
	"strings"
	"unicode/utf8"

	"bitext/glossary"
	"bitext/romanize"
)

// Session 27 (helper T98, issue #11): a Korean person's listed name written
// as listed and later in the same English article with the given name
// hyphenated, spaced or cased otherwise ("Chung Un-chan spoke ..., and
// Chung Un Chan spoke again"; Goh Kun, then Goh kun: check15x-missed) is
// one name spelt twice, inconsistent. The matcher reads persons in their
// own case, so the second spelling was no match, and its words differ from
// the listed ones too much for a near miss (a word more, or a first letter
// in another case). koreanGivenVariants takes each listed English form of
// a Korean name written as listed (family name first: its first word a
// usual spelling of the family name of the entry's Hangul name,
// koreanSurnameOf), and after it each match of that family name as a short
// form (Chung, Goh: the list's short column) followed by a given name that
// is the listed one once hyphens, spaces and letter case are folded. Left
// alone: a form the glossary lists (Chung Un-Chan, a deprecated form, is
// deprecated-term's; an admitted Kim Jong Un is the list's own), a span
// another match holds, a line in title case or in capitals (a heading sets
// its own case), a span another finding already reports (a near miss), and
// the family name written otherwise (a sentence's capital or a heading
// never changes the given name alone). The short matches are the anchors,
// not a search of the article's text: no pass over the article for each
// name. TestKoreanGivenVariants.

// givenForm is a listed form of a person koreanGivenVariants follows.
type givenForm struct {
	entry  *glossary.Entry
	term   *glossary.Term
	w      string // the form as written (its Term's text)
	sp     int    // the space after the family name
	korean int8   // 0 not asked yet, 1 a Korean name, -1 not
	done   bool   // a second spelling reported
}

// koreanGivenVariants reports, in one English article, the first later
// spelling of each listed Korean name that differs from the listed form
// only in the given name's hyphens, spaces and letter case (see above).
func koreanGivenVariants(out []Finding, file, text string, ms []glossary.Match, known map[string]bool, p *pos) []Finding {
	var buf [32]givenForm
	forms := buf[:0]
	for j := range ms {
		o := &ms[j]
		if o.Short {
			if len(forms) == 0 || o.End >= len(text) || text[o.End] != ' ' {
				continue
			}
			sur := text[o.Start:o.End]
			for i := range forms {
				f := &forms[i]
				if f.done || f.w[:f.sp] != sur {
					continue
				}
				e := givenFoldEnd(text, o.End+1, f.w[f.sp+1:])
				if e < 0 || text[o.Start:e] == f.w {
					continue
				}
				if f.korean == 0 {
					f.korean = -1
					if koreanSurnameOf(f.entry, sur) {
						f.korean = 1
					}
				}
				v := text[o.Start:e]
				if f.korean < 0 || known[v] || heldByMatch(ms, o.Start, e) || !ownCaseLine(text, o.Start) || findingAt(out, file, p, text, o.Start, e) {
					continue
				}
				out = append(out, inconsistentFinding(file, v, f.w, f.w, f.entry.ID, p, o.Start, e))
				f.done = true
				break
			}
			continue
		}
		if o.Term == nil || o.Entry == nil || o.Entry.Type != glossary.Person || o.Term.Status.Forbidden() {
			continue
		}
		w := text[o.Start:o.End]
		sp := strings.IndexByte(w, ' ')
		if w != o.Term.Text || sp <= 0 || !plainGiven(w[sp+1:]) || listedBefore(forms, o.Term) {
			continue
		}
		forms = append(forms, givenForm{entry: o.Entry, term: o.Term, w: w, sp: sp})
	}
	return out
}

// listedBefore reports whether forms hold t.
func listedBefore(forms []givenForm, t *glossary.Term) bool {
	for i := range forms {
		if forms[i].term == t {
			return true
		}
	}
	return false
}

// plainGiven reports whether given name g has a letter and is ASCII
// letters, hyphens and spaces only.
func plainGiven(g string) bool {
	letter := false
	for i := 0; i < len(g); i++ {
		switch c := g[i]; {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			letter = true
		case c == '-' || c == ' ':
		default:
			return false
		}
	}
	return letter
}

// givenFoldEnd returns the end of the given name written from i of text
// that is given (plainGiven) once both are written small without hyphens
// and spaces, one hyphen or space at most between two letters and no word
// going on after it; -1 when there is none.
func givenFoldEnd(text string, i int, given string) int {
	j := 0
	for ; i < len(text); i++ {
		for j < len(given) && (given[j] == '-' || given[j] == ' ') {
			j++
		}
		if j == len(given) {
			break
		}
		c := text[i]
		if c == '-' || c == ' ' {
			if j == 0 || i+1 >= len(text) || text[i+1] == '-' || text[i+1] == ' ' {
				return -1
			}
			continue
		}
		if lowerASCII(c) != lowerASCII(given[j]) {
			return -1
		}
		j++
	}
	for j < len(given) && (given[j] == '-' || given[j] == ' ') {
		j++
	}
	if j < len(given) || i < len(text) && asciiWordByte(text[i]) {
		return -1
	}
	return i
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// koreanFamily returns the first syllable of a Hangul name of person e
// (one word of two to four syllables) when it is a Korean family name of
// package romanize's table; "" when e has none.
func koreanFamily(e *glossary.Entry) string {
	for _, t := range e.Terms {
		if n := utf8.RuneCountInString(t.Text); n < 2 || n > 4 || !hangulOnly(t.Text) || strings.ContainsRune(t.Text, ' ') {
			continue
		}
		if r, size := utf8.DecodeRuneInString(t.Text); romanize.FamilyName(r) {
			return t.Text[:size]
		}
	}
	return ""
}

// koreanSurnameOf reports whether the English word w is a usual spelling
// of the family name of a Hangul name of person e (koreanFamily).
func koreanSurnameOf(e *glossary.Entry, w string) bool {
	f := koreanFamily(e)
	return f != "" && slices.Contains(romanize.SurnameKeys(f), romanize.Key(w))
}

// findingAt reports whether a finding of out already covers text[s:e]
// of file, in part or whole: by place, or by its text where p places every
// finding at one unit's position.
func findingAt(out []Finding, file string, p *pos, text string, s, e int) bool {
	var l1, c1, l2, c2 int
	if !p.fixed {
		l1, c1 = p.at(s)
		l2, c2 = p.at(e)
	}
	for _, f := range out {
		switch {
		case f.File != file:
		case p.fixed:
			if f.Found == text[s:e] {
				return true
			}
		case posBefore(f.Line, f.Column, l2, c2) && posBefore(l1, c1, f.EndLine, f.EndColumn):
			return true
		}
	}
	return false
}

// posBefore reports whether line:col a comes before line:col b.
func posBefore(la, ca, lb, cb int) bool { return la < lb || la == lb && ca < cb }
