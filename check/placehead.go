package check

import "strings"

// placeHeadWord reports whether n, a place's name of two words, ends in a
// common English word (T32's word list: Hotel, Line, Park, Hall), the
// generic head of a name whose first word is the proper part.
//
// Session 24 (helper T69, issue #11): shortLastChanged read a short last
// word changed by one edit into no word only in places of three words or
// more (Round Reading Roon), so check14d's planted "Ryugyong Hotal" for
// the Ryugyong Hotel (house82) was missed. In a name of two words whose
// last word is a common word the changed word is that generic head
// misspelt, as in a longer name; a last word that is no common word
// (Camp Casey, a proper name) may be another place's one letter away, so
// two-word names whose last word is a name stay out.
func placeHeadWord(n *name) bool {
	return len(n.words) == 2 && listedWord(strings.ToLower(n.words[1]))
}
