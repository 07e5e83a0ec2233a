package glossary

import (
	"strings"
	"unicode/utf8"
)

// HasWord reports whether word occurs in text as a word: where no letter,
// digit or mark comes before it (a word start), and then
//
//   - Korean of two syllables or more: anything (a context word is often
//     a stem or the head of a compound: 위구르족, 풀려났다, 법무부장관);
//   - Korean of one syllable: what may follow a form (see the package
//     doc), a particle of the right form, a number or anything that is
//     not Hangul (파를, 파 세이브, 파4), since one syllable begins too many
//     other words (파리, 파티, 홀리);
//   - otherwise what may follow a form in English: a plural s or es, a
//     possessive or anything that is not a letter or digit (US not in USA).
//
// Case and spaces are compared as they are written.
//
// It is the test for the context words of a form (Term.Context and
// Term.NotWith): a context word inside another word is another word, 파
// (par) in 페파 (Peppa) or 스파. Session 18, helper T20: from a house20
// false alarm, 보기 (seeing) read as the golf term bogey beside 페파.
// Session 24, helper T68: nor a Korean word of two syllables or more
// followed by a suffix that makes another noun of it (대표단, a
// delegation, for 대표; see derivedNoun).
func HasWord(text, word string) bool {
	if word == "" {
		return false
	}
	o := output{plural: true}
	last, _ := utf8.DecodeLastRuneInString(word)
	hangul := isHangulSyllable(last)
	stem := hangul && utf8.RuneCountInString(word) > 1
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], word)
		if j < 0 {
			return false
		}
		j += i
		i = j + 1
		if j > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:j]); isWord(r) {
				continue
			}
		}
		if stem && !derivedNoun(text[j+len(word):]) {
			return true // 위구르족, 풀려났다; not 대표단 for 대표 (contextsuffix.go)
		}
		if stem {
			continue
		}
		if e := j + len(word); hangul && e < len(text) && '0' <= text[e] && text[e] <= '9' {
			return true // 파4, 18홀 aside: a number after Korean is another word
		}
		if _, ok := ending(text, j+len(word), &o); ok {
			return true
		}
	}
	return false
}

// HasAnyWord reports whether one of words is in text by HasWord.
func HasAnyWord(text string, words []string) bool {
	for _, w := range words {
		if HasWord(text, w) {
			return true
		}
	}
	return false
}

// Abbreviation reports whether form is an abbreviation written in
// capitals: a capital Latin letter, two letters or digits or more and no
// small letter, with periods, hyphens and ampersands allowed (AL, MLB,
// NATO, G8, U.S., AT&T).
func Abbreviation(form string) bool {
	caps, digits := 0, 0
	for i := 0; i < len(form); i++ {
		switch c := form[i]; {
		case 'A' <= c && c <= 'Z':
			caps++
		case '0' <= c && c <= '9':
			digits++
		case c == '.', c == '-', c == '&':
		default:
			return false
		}
	}
	return caps >= 1 && caps+digits >= 2
}

// HasAbbreviation reports whether text has the abbreviation form (see
// Abbreviation) as a word (HasWord): in its own case, or, for a form of
// four letters or more and nothing else, with only its first letter a
// capital, as British papers write the acronyms said as words (Nato,
// Unesco, Fifa). A case-sensitive abbreviation is not read in any case
// nor at the start of a longer word: AL (the American League) is neither
// All-Star nor Al Gore. Session 18, helper T20: from a planted miss of
// house20 (check11t-missed), AL read in "the National League All-Star
// team".
func HasAbbreviation(text, form string) bool {
	if HasWord(text, form) {
		return true
	}
	if len(form) < 4 {
		return false
	}
	for i := 0; i < len(form); i++ {
		if c := form[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return HasWord(text, form[:1]+strings.ToLower(form[1:]))
}
