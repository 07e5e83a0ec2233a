package align

import "slices"

// wSplitName is what a split (1-2, 1-3) of one Korean sentence gains for
// each English member past the first that names someone or something the
// Korean sentence names and a member before it names too: a capitalized
// word whose consonant skeleton a Korean word of the sentence begins
// with, or a run of capitalized words whose romanization key a Korean
// word has (feature.names, feature.roman; the transliterated names of
// nameScore). An editor who cuts a sentence in two often names its
// person again in the second line ("… a news
// conference Monday with South African President Thabo Mbeki." "South
// African President Thabo Mbeki mediated the memorandum of
// understanding." for 무가베와 창기라이는 … 타보 음베키 남아공 대통령이
// 참석했다.), while an English-only line glued to a neighbour's split
// seldom names the neighbour's person, unless the sentence after the link
// names him too: the gold splits that the half-out
// runs read as a 1-1 and an unlinked line. Chosen in session 20 (helper
// A43) on the development parts of two edition sets and the topic set
// (see README).
const wSplitName = 2.0

// splitNameGain is the gain of a split of ko into the English members en,
// when next is the Korean sentence after the link (nil at the end of the
// document): wSplitName for every member past the first that names again
// a name of ko that a member before it names and next does not name
// (splitNames). When the next sentence names the person too, the line is
// as likely its translation (an article about one person names him in
// most lines).
func splitNameGain(ko *feature, en []feature, next *feature) float64 {
	if len(ko.names) == 0 && len(ko.roman) == 0 {
		return 0
	}
	g := 0.0
	for k := 1; k < len(en); k++ {
		if splitNames(ko, en[:k], &en[k], next) {
			g += wSplitName
		}
	}
	return g
}

// splitNames tells whether the English segment en has a name (a
// romanization key or a name skeleton) that the Korean segment ko has, one
// of the English segments before has too, and the Korean segment next
// (nil: none) does not have.
func splitNames(ko *feature, before []feature, en, next *feature) bool {
	for _, k := range en.roman {
		if containsKey(ko.roman, k) && namedBefore(before, k, true) && (next == nil || !containsKey(next.roman, k)) {
			return true
		}
	}
	for _, h := range en.names {
		if containsKey(ko.names, h) && namedBefore(before, h, false) && (next == nil || !containsKey(next.names, h)) {
			return true
		}
	}
	return false
}

// namedBefore tells whether a segment of before has the romanization key
// (roman) or the name skeleton h.
func namedBefore(before []feature, h uint64, roman bool) bool {
	for i := range before {
		keys := before[i].names
		if roman {
			keys = before[i].roman
		}
		if slices.Contains(keys, h) {
			return true
		}
	}
	return false
}
