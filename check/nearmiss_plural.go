package check

import (
	"strings"
)

// Session 15 (helper T7, issue 11): a near miss that differs from a listed
// name only by a final s on one word is another word or another name, not
// a misspelling, when the name is one word (the rapper Common for a listed
// Commons, house12's House of Commons) or the window stands inside a
// longer capitalized name ("States Department" of "the United States
// Department of Justice" for a listed State Department): the two default
// near-miss false alarms of held-out-glossary-12 (seen). A misspelling
// inside a longer name that is not a plural stays reported. Table cases:
// TestPluralOther.

// pluralOther reports whether cand and name differ only by a final s on
// one of their words.
func pluralOther(cand, name string) bool {
	return oneWordOther(cand, name, func(c, n string) bool { return c+"s" == n || n+"s" == c }) ||
		pastOther(cand, name) // Unite for United (nearmiss_plural.go)
}

// oneWordOther reports whether cand and name have the same number of words
// and differ in exactly one, where other(cand's word, name's word) holds.
func oneWordOther(cand, name string, other func(c, n string) bool) bool {
	cw, nw := strings.Fields(cand), strings.Fields(name)
	if len(cw) != len(nw) {
		return false
	}
	diff := 0
	for i := range cw {
		if cw[i] == nw[i] {
			continue
		}
		if !other(cw[i], nw[i]) {
			return false
		}
		diff++
	}
	return diff == 1
}

// Session 16 (helper T9): a word of a listed name ending in y that the
// text ends in s instead names the place's people, not a misspelt place
// ("the Free Saxons" for a listed Free Saxony, Saxony's people; Germans,
// Germany): held-out-glossary-15's default near-miss false alarm (wmt24pp
// 25, seen). Wherever the window stands: y and s are no typing slip of
// each other. Table cases: TestPeopleOfPlace.

// peopleOther reports whether cand and name differ only by one word that
// ends in s in cand where it ends in y in name, after four letters or more.
func peopleOther(cand, name string) bool {
	return oneWordOther(cand, name, func(c, n string) bool {
		stem, ok := strings.CutSuffix(n, "y")
		return ok && len(stem) >= 4 && c == stem+"s"
	})
}

// pastOther reports whether cand is name, one word ending in -ed, with its
// d or its ed dropped (Unite, United): another form of an ordinary word.
//
// Session 20 (helper T31, issue #11): A one-word listed name ending in -ed
// with the d dropped or the ed (Unite for United) is another form of an
// ordinary word, a union's name, not a misspelling (pastOther, beside
// pluralOther's Common for Commons).
func pastOther(cand, name string) bool {
	stem, ok := strings.CutSuffix(name, "ed")
	if !ok || strings.ContainsAny(name, " -") || len(stem) < 3 {
		return false
	}
	return cand == stem || cand == stem+"e"
}

// Session 29 (the lead, issue #11): a listed name with a plural s after a
// count ("a veteran of eight Ryder Cups", "two World Cups", "both Koreas")
// is the name counted, not a misspelling: house196's default near-miss
// false alarm (ntrex-odd 1968, Ryder Cups). A count is a number word of
// countWords (describedperson.go), several, many or a numeral. Table
// cases: TestCountedPlural.

// countedBefore reports whether the word of text ending before off (spaces
// between) is a count.
func countedBefore(text string, off int) bool {
	end := off
	for end > 0 && text[end-1] == ' ' {
		end--
	}
	start := end
	for start > 0 && text[start-1] != ' ' && text[start-1] != '\n' {
		start--
	}
	w := strings.ToLower(text[start:end])
	if w == "" {
		return false
	}
	if _, ok := countWords[w]; ok || w == "several" || w == "many" || w == "eleven" || w == "twelve" {
		return true
	}
	return strings.Trim(w, "0123456789") == ""
}
