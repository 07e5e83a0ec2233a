package check

import (
	"strings"

	"bitext/glossary"
)

// Session 22 (helper T49, issue #11): what house57 and house58 found.
//
//   - A Korean article's first mention of a body or a term by an
//     abbreviation the list admits (국정원, 인혁당) where its preferred
//     form is the spelled-out name (국가정보원, 인민혁명당) and the article
//     gives the full name only later is a first mention (first-mention, a
//     warning), as abbreviationFirst does for English (GDP before gross
//     domestic product; session22t44.go): check13e's 국정원 before
//     국가정보원. A Korean abbreviation is a form of Hangul syllables only,
//     no space, shorter than the full name and its syllables in order
//     among the full name's (koreanShortOf, koreanAbbreviation).

// koreanShortOf reports whether the Korean form short abbreviates full
// (koreanAbbreviation, session21t41.go) and is the shorter of the two:
// one word with no space.
func koreanShortOf(short, full string) bool {
	return !strings.ContainsRune(short, ' ') && hangulOnly(short) && len([]rune(short)) < len([]rune(full)) && koreanAbbreviation(short, full)
}

// koreanAbbreviationFirst reports whether ms[i], the first mention of its
// entry (a term's or a body's) in a Korean article, is an abbreviation
// (koreanShortOf) of the entry's preferred form pref written before a
// later match of the same entry gives a full form (an allowed form the
// abbreviation abbreviates too).
func koreanAbbreviationFirst(ms []glossary.Match, i int, pref *glossary.Term) bool {
	m := ms[i]
	if m.Entry.Type != glossary.TermType && m.Entry.Type != glossary.Organization || pref == nil || m.Term == pref ||
		m.Term.Status.Forbidden() || !koreanShortOf(m.Term.Text, pref.Text) {
		return false
	}
	for _, n := range ms[i+1:] {
		if n.Entry == m.Entry && !n.Short && !n.Term.Status.Forbidden() && koreanShortOf(m.Term.Text, n.Term.Text) {
			return true
		}
	}
	return false
}

//   - abbreviationFirst takes an abbreviation's plural as an abbreviation
//     (pluralAbbreviation): VMAs before the MTV Video Music Awards
//     (check13f's planted first mention).

// pluralAbbreviation reports whether form is an abbreviation
// (glossary.Abbreviation) or one with a plural s (VMAs, Oscars no: the rest
// must be an abbreviation of two capitals or more).
func pluralAbbreviation(form string) bool {
	return glossary.Abbreviation(form) || len(form) > 2 && form[len(form)-1] == 's' && glossary.Abbreviation(form[:len(form)-1])
}

//   - Two listed spellings of one Korean title that differ only by a
//     space (정책위 의장, 정책위의장) in one article are a second spelling
//     (inconsistent), though titles are otherwise no second spellings
//     (spokesman, spokeswoman name two posts): check13e's planted pair.

// spaceOnlyKorean reports whether a and b are Hangul forms that differ only
// by their spaces.
func spaceOnlyKorean(a, b string) bool {
	return a != b && hangulOnly(a) && hangulOnly(b) && strings.ReplaceAll(a, " ", "") == strings.ReplaceAll(b, " ", "")
}

//   - A former name quoted as a former name is no deprecated form, nor a
//     first mention, nor a second spelling: formerName takes more cues,
//     English "renamed from", "has had the name", "went by", "has gone by"
//     and a name followed by ", as he was then known" (thenKnown), Korean
//     개명 전 before and …라는 이름을 가졌고, …와 같이 다양하게 알려져 after
//     (house58's 퍼프 대디, Snoop Lion, 스눕 라이언: g58-ntrex-even 460,
//     g58-ntrex-odd 858, 859); mentions skips a person's first mention and a
//     second spelling so named (rules.go).

// thenCues follow a name given as the one of its time.
var thenCues = []string{"as he was then known", "as she was then known", "as it was then known", "as they were then known",
	"as he was then called", "as she was then called", "as it was then called", "as they were then called",
	"as he was known then", "as she was known then", "as it was known then", "as they were known then"}

// thenKnown reports whether the English form ending at end is followed,
// after a comma or an opening bracket, by a cue that names it the name of
// its time ("Puff Daddy, as he was then known").
func thenKnown(text string, end int) bool {
	rest := text[end:]
	if strings.HasPrefix(rest, ", ") {
		rest = rest[2:]
	} else if strings.HasPrefix(rest, " (") {
		rest = rest[2:]
	} else {
		return false
	}
	rest = strings.ToLower(rest[:min(len(rest), 32)])
	for _, c := range thenCues {
		if strings.HasPrefix(rest, c) {
			return true
		}
	}
	return false
}

// clauseEnd is the index in s of its first stop (., !, ?) followed by a
// space or the end of s and ending no initial (isInitialStop), or of its
// first line break, else len(s): a stop inside a name (P.디디, P. Diddy)
// ends no clause.
func clauseEnd(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			return i
		case '.', '!', '?':
			if (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n') && !isInitialStop(s, i) {
				return i
			}
		}
	}
	return len(s)
}

//   - A Hangul form that merges two syllables of another form of its
//     entry, a consonant and the vowel ㅣ or ㅡ taken as the first
//     syllable's final (칸예 for 카니예), is a second spelling
//     in one article, no short second reference (mergedSyllable):
//     check13f's 칸예 웨스트 after 카니예 웨스트.

// finalOfInitial maps a Hangul initial consonant's index to the final
// consonant's index of the same letter (0: none; ㅇ has none, as an
// initial it is silent).
var finalOfInitial = [19]int{1, 2, 4, 7, 0, 8, 16, 17, 0, 19, 20, 0, 22, 0, 23, 24, 25, 26, 27}

// mergedSyllable reports whether the Hangul forms a and b, of as many
// words, differ in one word only, the shorter of the two the longer with
// one syllable of no final and the next syllable, of the vowel ㅣ or ㅡ and
// no final, merged into one whose final is that syllable's initial.
func mergedSyllable(a, b string) bool {
	if !hangulOnly(a) || !hangulOnly(b) {
		return false
	}
	aw, bw := strings.Fields(a), strings.Fields(b)
	if len(aw) != len(bw) {
		return false
	}
	diff := -1
	for i := range aw {
		if aw[i] != bw[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	if diff < 0 {
		return false
	}
	s, l := []rune(aw[diff]), []rune(bw[diff])
	if len(s) > len(l) {
		s, l = l, s
	}
	if len(l) != len(s)+1 {
		return false
	}
	for k := 0; k < len(s); k++ {
		if s[k] == l[k] {
			continue
		}
		x, y := int(l[k]-0xAC00), int(l[k+1]-0xAC00)
		if x%28 != 0 || y%28 != 0 || (y%588)/28 != 20 && (y%588)/28 != 18 {
			return false
		}
		f := finalOfInitial[y/588]
		return f != 0 && s[k] == rune(0xAC00+x+f) && string(s[k+1:]) == string(l[k+2:])
	}
	return false
}
