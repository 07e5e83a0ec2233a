package check

import "bitext/glossary"

// An abbreviation with two inner letters swapped (session 24, helper T61,
// issue 11; developed on check12v-missed's "The SRAS outbreak" for house48's
// SARS, and our own sentences; TestSwappedAbbreviation). The near-miss scan
// read names of capitalized words and one-word names of five letters or
// more; a listed abbreviation of four or five capital letters (SARS, NATO,
// OPEC, ASEAN) with two adjacent letters inside it swapped, its first and
// last letters kept, is a typing slip of it, as a short word's swap is
// (shortSwapped: "Tunguska evnet"), unless the swapped spelling is itself a
// form of the glossary.

// swapAbbr is a listed abbreviation that a swapped spelling misspells.
type swapAbbr struct {
	entry *glossary.Entry
	text  string
}

// buildSwappedAbbreviations indexes, for every abbreviation of ix's
// language that is no forbidden form (four or five letters A to Z), each
// spelling with two adjacent inner letters swapped that is no form of the
// glossary.
func (ix *nameIndex) buildSwappedAbbreviations() {
	ix.swapAbbr = map[string]swapAbbr{}
	for _, e := range ix.g.Entries {
		for _, t := range e.TermsIn(ix.lang) {
			s := t.Text
			if t.Status.Forbidden() || len(s) < 4 || len(s) > 5 || !capitalLetters(s) {
				continue
			}
			for i := 1; i+2 < len(s); i++ {
				if s[i] == s[i+1] {
					continue
				}
				v := s[:i] + string(s[i+1]) + string(s[i]) + s[i+2:]
				if !ix.known[v] {
					ix.swapAbbr[v] = swapAbbr{e, s}
				}
			}
		}
	}
}

// capitalLetters reports whether s holds only the letters A to Z.
func capitalLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return s != ""
}

// swappedAbbreviation appends text[start:end], an abbreviation swapped
// (ix.swapAbbr), as a near miss of a, unless a glossary match holds it.
func swappedAbbreviation(out []Finding, file, text string, start, end int, a swapAbbr, ms []glossary.Match, p *pos) []Finding {
	if overlapsMatch(ms, start, end) {
		return out
	}
	f := newFinding(file, RuleNearMiss, Warning, "CheckMsgNearMiss",
		map[string]any{"Found": text[start:end], "Expected": a.text, "Term": a.entry.ID})
	p.place(&f, start, end)
	return append(out, f)
}
