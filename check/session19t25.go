package check

import (
	"slices"
	"strings"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 19 (helper T25, issue #11): what house25 and house26 found.

// attributiveFirst reports whether m, a form of a person not mentioned yet
// in the article (st), is used as an adjective right after it, with no
// particle between: an attributive noun ("the Biden administration", 바이든
// 행정부, house26's wmt24pp 41; attributive) or a ministry (바이든 법무부,
// "Biden's DOJ", koreanMinistry). It is no mention, so no first mention by
// a form that is not the full name, as a short form so used already was
// none; the article's first real mention counts as the first.
func attributiveFirst(text string, m glossary.Match, st *mentionState) bool {
	if m.Entry.Type != glossary.Person || st != nil && st.first != nil || m.Suffix != "" {
		return false
	}
	end := m.End
	return attributive(text, end) || end+1 < len(text) && text[end] == ' ' && koreanMinistry(text, end+1)
}

// koreanMinistry reports whether the Hangul word at i names a ministry or
// department, three syllables or more ending in 부 (법무부, 국무부; 부부, a
// couple, is two), that ends its phrase: a particle after it (법무부는) or
// no word right after it. A word after it makes the person's post (로버트
// 하벡 경제부 장관, Economy Minister Robert Habeck, held-out-glossary-5).
func koreanMinistry(text string, i int) bool {
	w := hangulWordAt(text, i)
	s := stripParticle(w)
	if utf8.RuneCountInString(s) < 3 || !strings.HasSuffix(s, "부") {
		return false
	}
	j := i + len(w)
	return s != w || j+1 >= len(text) || text[j] != ' ' || hangulWordAt(text, j+1) == ""
}

// besideListedPerson reports whether the short form m of a person, read
// as part of a longer name only for the capitalized word right after it
// (otherName), stands beside another person's listed form that starts
// there, both persons named in the source sm: two names side by side, a
// comma missing ("prompted by Mbeki Mugabe and Tsvangirai" for 무가베와
// 창기라이 ... 음베키의, house26's kpc-dev 747), not one name.
func besideListedPerson(ix *nameIndex, text string, tm, sm []glossary.Match, m glossary.Match) bool {
	if m.Suffix != "" || m.End+1 >= len(text) || text[m.End] != ' ' || ix.otherName(text[:m.End], m.Start, m.End) {
		return false
	}
	for _, o := range tm {
		if o.Start != m.End+1 {
			continue
		}
		for _, e := range o.Entries {
			if e != nil && e.Type == glossary.Person && !slices.Contains(m.Entries, e) && named(sm, e) && named(sm, m.Entry) {
				return true
			}
		}
	}
	return false
}

// named reports whether a match of ms is of entry e.
func named(ms []glossary.Match, e *glossary.Entry) bool {
	for _, m := range ms {
		if m.Entry == e || slices.Contains(m.Entries, e) {
			return true
		}
	}
	return false
}
