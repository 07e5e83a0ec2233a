package check

import (
	"strings"

	"bitext/glossary"
)

// Session 26 (helper T84, issue #11): a person's listed short form inside
// title-cased words, an idiom or a work's title ("The House That Ruth
// Built", Yankee Stadium, for 베이브 루스가 지은 집; g104-kpc-test 614,
// judged false), renders the person. target-term-missing set the short
// form aside as part of another name (nameIndex.otherName: a capitalized
// word after it, Built). titleCasedShort reads the short form as standing
// alone when the word before it is a capitalized clause word (That, Who,
// Of, And ...) in the middle of a sentence after another capitalized word:
// such words are capitalized only in title case, and start no name. A
// given name or surname beside the short form (Jim Hollis, Hollis Grant)
// is still another name (TestShortInTitleCase).

// titleClauseWords are words that are capitalized in the middle of a
// sentence only in title case and start no name.
var titleClauseWords = setOf("that", "who", "which", "whom", "whose", "of", "and", "is", "was", "are", "were")

// titleCasedShort reports whether the short form m of an English text
// stands in title-cased words after a clause word (see above).
func titleCasedShort(text string, m glossary.Match) bool {
	if m.Start < 2 || text[m.Start-1] != ' ' {
		return false
	}
	k := upperWordBefore(text, m.Start-1)
	if k < 2 || !titleClauseWords[strings.ToLower(text[k:m.Start-1])] || sentenceStart(text, k) || text[k-1] != ' ' {
		return false
	}
	return upperWordBefore(text, k-1) >= 0 // House That
}
