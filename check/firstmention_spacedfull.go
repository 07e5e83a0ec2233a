package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 27 (helper T100, issue #11): a Korean form of a person right
// after the given names of a listed full form, written with other
// spacing or hyphens, is a full first mention. house132 lists Bashar
// al-Assad as 바샤르 알아사드 (preferred), 바샤르 아사드 and the titled 아사드
// 대통령 (admitted), and the Korean of NTREX 1467 writes "바샤르 알 아사드
// 대통령": the article 알 apart. The matcher finds only the titled 아사드
// 대통령 in it, and first-mention asked for the full name that is there
// (g132 ntrex-odd#article 1467, and g90's the same line, judged false).
// An Arabic article or a particle of a name (알, 엘, 빈, 반, 아부) is written
// joined, spaced or hyphenated as a translator likes; the name is the same.
//
// spacedFullBefore reads it: the form's first word (the surname of a
// titled form, or the one-word form) ends a listed allowed Korean form
// of two words or more once spaces and hyphens are left out of both, and
// the text right before the form, spaces and hyphens left out, is that
// form's rest, from a word's start. Another given name (하페즈 알 아사드,
// the father) or a given name further back is still a first mention
// (TestSpacedFullBefore).

// spacedFullBefore reports whether the Korean person's form at m stands
// right after the rest of a listed allowed full form (see above).
func spacedFullBefore(text string, m glossary.Match, e *glossary.Entry, forms []*glossary.Term) bool {
	if e.Type != glossary.Person {
		return false
	}
	w := text[m.Start:m.End]
	if i := strings.IndexByte(w, ' '); i >= 0 {
		w = w[:i]
	}
	if r, _ := utf8.DecodeRuneInString(w); !isHangulSyllable(r) {
		return false
	}
	w = squashName(w)
	for _, t := range forms {
		if t.Status.Forbidden() || t == m.Term || !strings.Contains(t.Text, " ") {
			continue
		}
		full := squashName(t.Text)
		if len(full) <= len(w) || !strings.HasSuffix(full, w) {
			continue
		}
		if squashedEndsWith(text[:m.Start], full[:len(full)-len(w)]) {
			return true
		}
	}
	return false
}

// squashName returns s without its spaces and hyphens.
func squashName(s string) string {
	if !strings.ContainsAny(s, " -") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' {
			return -1
		}
		return r
	}, s)
}

// squashedEndsWith reports whether s, its spaces and hyphens left out,
// ends with head, the stretch beginning a word (no letter before it).
func squashedEndsWith(s, head string) bool {
	j, k := len(s), len(head)
	for k > 0 {
		if j == 0 {
			return false
		}
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if r == ' ' || r == '-' {
			j -= size
			continue
		}
		h, hs := utf8.DecodeLastRuneInString(head[:k])
		if r != h {
			return false
		}
		j -= size
		k -= hs
	}
	r, _ := utf8.DecodeLastRuneInString(s[:j])
	return j == 0 || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}
