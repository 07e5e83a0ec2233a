package check

import (
	"strings"
	"unicode/utf8"

	"bitext/glossary"
)

// inconsistent: two allowed forms of one entry in one article that a desk
// keeps to one (session 26, helper T83, issue #11; the planted sets'
// -missed folders check14b, c, k, q and w): a person's name with and
// without a middle name (Hillary Rodham Clinton, Hillary Clinton; 힐러리
// 클린턴, 힐러리 로댐 클린턴), a Korean name with one syllable more (명동성당,
// 명동대성당), one Korean title written with another syllable (영국 외무장관,
// 영국 외교장관), one Korean word with another ending (휴대전화, 휴대폰), and a
// naming verb read as giving another name when a preposition follows it
// ("was named in the 1975 verdict").

// middleNameAdded reports whether the forms a and b of person e, of two
// words or more each, are one name with and without inner words: the
// longer's first and last words are the shorter's, the shorter's inner
// words are the longer's in order, and neither end is a title ("President
// Sarkozy" after "President Nicolas Sarkozy" is a titled second reference,
// titleKeptShort). Hillary Clinton after Hillary Rodham Clinton, or 힐러리
// 로댐 클린턴 after 힐러리 클린턴, names her two ways in one article.
func middleNameAdded(e *glossary.Entry, a, b string) bool {
	if e == nil || e.Type != glossary.Person || hasHangul(a) != hasHangul(b) {
		return false
	}
	s, l := strings.Fields(a), strings.Fields(b)
	if len(s) > len(l) {
		s, l = l, s
	}
	if len(s) < 2 || len(s) == len(l) || s[0] != l[0] || s[len(s)-1] != l[len(l)-1] {
		return false
	}
	for _, w := range [2]string{s[0], s[len(s)-1]} {
		if englishTitleWord(w) || hasHangul(w) && koreanTitleWord(w) {
			return false
		}
	}
	return titleKeptShort(strings.Join(s, " "), strings.Join(l, " "))
}

// syllableInserted reports whether the Hangul forms a and b, one word
// each, are one name with one syllable more inside it, the shorter of four
// syllables or more (명동성당, 명동대성당): one name written two ways, not a
// contraction (한은 of 한국은행) nor an abbreviation (안보리).
func syllableInserted(a, b string) bool {
	if !hangulOnly(a) || !hangulOnly(b) || strings.Contains(a, " ") || strings.Contains(b, " ") {
		return false
	}
	s, l := []rune(a), []rune(b)
	if len(s) > len(l) {
		s, l = l, s
	}
	if len(s) < 4 || len(l) != len(s)+1 {
		return false
	}
	i := 0
	for i < len(s) && s[i] == l[i] {
		i++
	}
	return i >= 2 && i <= len(s)-2 && string(s[i:]) == string(l[i+1:])
}

// titleSyllable reports whether the Hangul forms a and b of a title are
// one title with one syllable of a word other (영국 외무장관, 영국 외교장관):
// as many syllables and spaces, one syllable apart, not the first of a
// word, in a word of three syllables or more.
func titleSyllable(a, b string) bool {
	if !hangulOnly(a) || !hangulOnly(b) || len(a) != len(b) || a == b {
		return false
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return false
	}
	diff := -1
	for i := range ra {
		if ra[i] != rb[i] {
			if diff >= 0 || ra[i] == ' ' || rb[i] == ' ' {
				return false
			}
			diff = i
		}
	}
	if diff <= 0 || ra[diff-1] == ' ' {
		return false
	}
	start := strings.LastIndexByte(string(ra[:diff]), ' ') + 1
	word := string(ra[:diff])[start:]
	rest := string(ra[diff:])
	if k := strings.IndexByte(rest, ' '); k >= 0 {
		rest = rest[:k]
	}
	return utf8.RuneCountInString(word)+utf8.RuneCountInString(rest) >= 3
}

// otherEnding reports whether the Hangul forms a and b, one word each,
// begin alike in two syllables or more and end otherwise, the shorter no
// contraction of the longer (휴대폰 after 휴대전화: two endings of one word,
// a second form in one article, no short second reference).
func otherEnding(a, b string) bool {
	if !hangulOnly(a) || !hangulOnly(b) || strings.Contains(a, " ") || strings.Contains(b, " ") {
		return false
	}
	s, l := []rune(a), []rune(b)
	if len(s) > len(l) {
		s, l = l, s
	}
	n := 0
	for n < len(s) && s[n] == l[n] {
		n++
	}
	return n >= 2 && n < len(s) && !contraction(string(s), string(l))
}

// prepositionAfter holds the words after a naming verb that show it names
// no other name: "was named in the 1975 verdict", "called on", "known for".
var prepositionAfter = map[string]bool{"in": true, "on": true, "at": true, "by": true, "to": true, "into": true,
	"from": true, "with": true, "up": true, "off": true, "out": true, "over": true, "during": true, "among": true, "for": true}

// namingVerbs are the naming words that are verbs a preposition may follow
// in another sense (namesAnother).
var namingVerbs = map[string]bool{"named": true, "called": true, "known": true}

// Session 26 (helper T89, issue #11): a naming verb before an indefinite
// article names no other name either: "Zabiullah Mujahid called a
// reporter, and Zabihullah Mujahid called again" (check15e-missed, house109's
// planted miss: the preferred form then the admitted one in one sentence,
// not reported), "called an election", "was named a special envoy". A name
// follows its naming verb bare or after "the" (a group called the Islamic
// State), never after "a" or "an" (TestNamesAnother).
var articleAfter = map[string]bool{"a": true, "an": true}

// middleNameTold reports whether mention m of person e is the form other
// with or without inner words (middleNameAdded) in the copy's own words:
// a quotation gives the name as its source wrote it ("Sayfullo
// Habibullaevic Saipov caused injury ...," the notice of intent states;
// house39's ntrex-even 1639), no second spelling of the copy's.
func middleNameTold(e *glossary.Entry, text string, m glossary.Match, other string) bool {
	return middleNameAdded(e, m.Term.Text, other) && !quotedInside(text, m.Start, m.End)
}
