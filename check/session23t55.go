package check

import (
	"strings"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 23 (helper T55, issue #11): the lead's decision applied where
// no title stands between.
//
//   - A person the Korean names and another person the English names in
//     their place is an error, whatever the title (session 22). A title
//     translated before a full name was one (titledFullName); a full name
//     opening the English where the Korean opens with the person as its
//     subject, no title in the English ("Ismail Haniyeh proposed talks."
//     for 마무드 아바스 수반은 회담을 제안했다, check13i u-4; "Sebastian
//     Vettel won ..." for 루이스 해밀턴이 ... 우승했다, check11c p-1), was
//     read as the person left out, a warning. subjectFullName reads it as
//     another person. The name test keeps descriptions out: a determiner or
//     possessive first ("The Pittsburgh researcher", check13c t-4), a
//     nationality or direction word ("Senior North Korean officials"), a
//     role noun, an ordinary word capitalized by its place, a word of the
//     person's own forms or another entry's.

// nameOpeners are words that open a description, not a name.
var nameOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true,
	"some": true, "many": true, "several": true, "both": true, "all": true, "each": true, "every": true,
	"senior": true, "former": true, "late": true, "new": true, "top": true, "young": true, "old": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "sir": true, "saint": true, "st": true,
	"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true,
	"eastern": true, "western": true, "central": true, "united": true,
	"officials": true, "police": true, "government": true, "authorities": true, "state": true,
	"he": true, "she": true, "they": true, "we": true, "it": true, "i": true, "you": true,
}

// subjectParticle reports whether the Hangul word w ends in a subject or
// topic particle (은, 는, 이, 가) after at least one syllable.
func subjectParticle(w string) bool {
	r, n := utf8.DecodeLastRuneInString(w)
	return n < len(w) && (r == '은' || r == '는' || r == '이' || r == '가')
}

// koreanSubject reports whether the source opens with the person's form
// at src[at.Start:at.End] as the clause's subject: the particle on the
// name itself (루이스 해밀턴이, 플리트우드가), or on a title after it
// (마무드 아바스 수반은, 갈리아니 부회장은), an upper-case abbreviation
// allowed before the title (겐슬러 SEC 의장은) or a one-word company or
// country (orgTitleRoles).
func koreanSubject(src string, at glossary.Match) bool {
	if strings.TrimLeft(src[:at.Start], " \"“‘'") != "" {
		return false
	}
	if w := hangulWordAt(src, at.End); w != "" {
		r, _ := utf8.DecodeRuneInString(w)
		return len(w) == utf8.RuneLen(r) && (r == '은' || r == '는' || r == '이' || r == '가')
	}
	i := at.End
	if i+1 >= len(src) || src[i] != ' ' {
		return false
	}
	i++
	if w := wordAt(src, i); w != "" && allUpper(w) && src[i] < utf8.RuneSelf { // SEC
		i += len(w)
		if i+1 >= len(src) || src[i] != ' ' {
			return false
		}
		i++
	}
	w := hangulWordAt(src, i)
	if w == "" {
		return false
	}
	if koreanTitleRoles(w) != nil {
		return subjectParticle(w)
	}
	j := i + len(w)
	if orgTitleRoles(src, i) != nil && j+1 < len(src) {
		return subjectParticle(hangulWordAt(src, j+1))
	}
	return false
}

// subjectFullName returns the full name (two or three capitalized words)
// that opens the English of pr, followed by a verb or by "of" or a comma,
// where the Korean opens with person e as its subject (koreanSubject):
// another person in their place. The words must be none of e's words, no
// description's words (nameOpeners, roleNouns, a demonym), no ordinary
// word capitalized by its place, not taken by another entry, and not a
// romanization of another Hangul name of the source. "" otherwise.
func subjectFullName(pr Pair, at glossary.Match, forms []*glossary.Term, taken func(a, b int) bool) string {
	src, target := pr.Source, pr.Target
	if !koreanSubject(src, at) {
		return ""
	}
	own, _ := personWords(forms)
	b := len(target) - len(strings.TrimLeft(target, " \"“‘'"))
	k, words := b, 0
	for words < 4 && k < len(target) && upperAt(target, k) {
		name := wordAt(target, k)
		e, rest := k+len(name), ""
		if e < len(target) && target[e] == '-' { // a hyphenated name (Jean-Marie), or a title (Secretary-General)
			if rw := wordAt(target, e+1); rw != "" {
				rest, e = strings.ToLower(rw), e+1+len(rw)
			}
		}
		lw := strings.ToLower(target[k:e])
		if len(name) < 2 || containsString(own, lw) || roleNouns[lw] || roleNouns[rest] || nameOpeners[lw] ||
			ordinaryWord(target, k, e) || taken(k, e) {
			return ""
		}
		k, words = e, words+1
		if k+1 < len(target) && target[k] == ' ' && upperAt(target, k+1) {
			k++
			continue
		}
		if demonym(lw) { // the last word a nationality ("North Korean officials"), not a given name (Sebastian)
			return ""
		}
		break
	}
	if words < 2 || words > 3 || k >= len(target) {
		return ""
	}
	// A verb, "of" or a comma after the name.
	switch {
	case target[k] == ',':
	case target[k] == ' ' && k+1 < len(target) && !upperAt(target, k+1) && wordAt(target, k+1) != "" &&
		!roleNouns[wordAt(target, k+1)]: // "White House spokesman Tony Snow": a description first
	default:
		return ""
	}
	if otherKoreanName(src, at.Start, at.End, target[b:k]) {
		return ""
	}
	return target[b:k]
}
