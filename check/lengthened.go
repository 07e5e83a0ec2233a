package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 17, helper T10 (issue #11): a listed surname lengthened into
// another name. present read a form at the start of a longer word as the
// form (a compound, an inflection: right for places, bodies and terms), so
// "Mehmet Cetinkaya" rendered a listed Mehmet Cetin and the person was not
// reported missing. A person's Latin form now counts only as a whole name:
// after it no letter, or a plural s alone ("the Cetins"), a possessive or a
// hyphen ("Cetin-led") being no letter. Developed on our own sentences
// (testdata/check11o-missed, TestLengthenedName).

// formStart returns how present finds entry e's forms in a text: hasName
// for a person, hasStart for anything else.
func formStart(e *glossary.Entry) func(hay, needle string) bool {
	if e.Type == glossary.Person {
		return hasName
	}
	return hasStart
}

// hasName is hasStart for a name: needle occurs in hay at a word start and
// is not continued by letters (a plural s alone aside). A needle starting
// with Hangul may stand anywhere and be followed by anything (particles),
// as for hasStart.
func hasName(hay, needle string) bool {
	if needle == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(needle)
	if 0xAC00 <= first && first <= 0xD7A3 || !unicode.IsLetter(first) && !unicode.IsDigit(first) {
		return hasStart(hay, needle)
	}
	last, _ := utf8.DecodeLastRuneInString(needle)
	for i := 0; i < len(hay); {
		j := strings.Index(hay[i:], needle)
		if j < 0 {
			return false
		}
		j += i
		i = j + 1
		if j > 0 {
			if r, _ := utf8.DecodeLastRuneInString(hay[:j]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		if !unicode.IsLetter(last) || !continued(hay[j+len(needle):]) {
			return true
		}
	}
	return false
}

// continued reports whether rest, the text right after a name, goes on
// with letters that make a longer word: a Latin letter or a digit, but a
// plural s alone (a Korean particle after a Latin name, "Blinken은", is no
// longer name).
func continued(rest string) bool {
	r, n := utf8.DecodeRuneInString(rest)
	if !latinLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	if r == 's' || r == 'S' {
		r2, _ := utf8.DecodeRuneInString(rest[n:])
		return unicode.IsLetter(r2) || unicode.IsDigit(r2)
	}
	return true
}

// lengthenedSurname returns "Mehmet Cetinkaya" when the capitalized word
// target[i:j] starts with a listed surname of three letters or more and
// goes on with letters (Cetinkaya for Cetin) and the words right before it
// are that form's given names (heads: each form's given names with their
// space, "Mehmet ", and its surname); "" otherwise. misrendered's evidence
// that the English gives the person in a wrong form: the lengthened name is
// another person's.
func lengthenedSurname(target string, i, j int, heads [][2]string) string {
	w := target[i:j]
	for _, h := range heads {
		s := h[1]
		if len(w) <= len(s) || !strings.HasPrefix(w, s) || utf8.RuneCountInString(s) < 3 || !strings.HasSuffix(target[:i], h[0]) {
			continue
		}
		b := i - len(h[0])
		if b > 0 {
			if r, _ := utf8.DecodeLastRuneInString(target[:b]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
		}
		return target[b:j]
	}
	return ""
}

// latinLetter reports whether r is a letter of the Latin script.
func latinLetter(r rune) bool { return unicode.Is(unicode.Latin, r) }
