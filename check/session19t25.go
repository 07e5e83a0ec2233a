package check

import (
	"slices"
	"strings"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 19 (helper T25, issue #11): what house25 and house26 found.

// attributiveFirst reports whether m, a form of a person not mentioned yet
// in the article (the caller's test), is used as an adjective right after it, with no
// particle between: an attributive noun ("the Biden administration", 바이든
// 행정부, house26's wmt24pp 41; attributive) or a ministry (바이든 법무부,
// "Biden's DOJ", koreanMinistry). It is no mention, so no first mention by
// a form that is not the full name, as a short form so used already was
// none; the article's first real mention counts as the first.
func attributiveFirst(text string, m glossary.Match) bool {
	if m.Suffix != "" || m.End >= len(text) || text[m.End] != ' ' && text[m.End] != '-' || m.Entry.Type != glossary.Person {
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

// sentenceCapital reports whether the word at i is capitalized (A to Z)
// by its place at a sentence's start: a lower-case form written there
// ("Net neutrallity was debated": check11y's planted near miss) is read
// with its first letter in lower case (lowerNear).
func sentenceCapital(text string, i int) bool {
	return 'A' <= text[i] && text[i] <= 'Z' && sentenceStart(text, i)
}

// mayAnchorFolded is mayAnchor for a capitalized word text[a:b] at a
// sentence's start, read in lower case; the cheap test first.
func (ix *nameIndex) mayAnchorFolded(text string, a, b int) bool {
	c := text[a]
	return 'A' <= c && c <= 'Z' && b-a < 64 && ix.lowLen[c|0x20]>>(b-a)&1 != 0 && sentenceStart(text, a)
}

// foldedAnchors returns the lowAnchors of the word text[a:b], read with
// its first letter in lower case when it is a capital (A to Z) at a
// sentence's start (sentenceCapital); no allocation.
func (ix *nameIndex) foldedAnchors(text string, a, b int) []lowerAnchor {
	if b-a >= 64 || !sentenceCapital(text, a) {
		return ix.lowAnchors[text[a:b]]
	}
	var buf [64]byte
	k := append(buf[:0], text[a:b]...)
	k[0] |= 0x20
	return ix.lowAnchors[string(k)]
}

// strayL reports whether words a and b differ by one l doubled or not
// where no British or American spelling does (britishSpellings reads any
// ll as l): a double l ends the word (fulfill) or comes before an ending
// (travelled, travelling, traveller, counsellor, jewellery, enrollment,
// skillful, cancellation) in those spellings, not inside a stem ("neutrallity" for
// neutrality: check11y's planted near miss).
func strayL(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a) != len(b)+1 {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	// a[i] is the letter a adds; with an l beside it, a double l.
	if a[i] != 'l' || a[i+1:] != b[i:] {
		return false
	}
	var k int // after the double l
	switch {
	case i > 0 && a[i-1] == 'l':
		k = i + 1
	case i+1 < len(a) && a[i+1] == 'l':
		k = i + 2
	default:
		return false
	}
	rest := a[k:]
	if strings.HasPrefix(rest, "ment") || strings.HasPrefix(rest, "ful") {
		return false
	}
	switch strings.TrimSuffix(strings.TrimSuffix(rest, "ly"), "s") {
	case "", "ed", "ing", "er", "or", "ery", "ation":
		return false
	}
	return true
}

// surnameAfterName reports whether the English of pr has the surname of
// one of the person's English forms (given names first, two words or more,
// the surname four letters or more) as a whole word right after another
// capitalized word that is a given name (no sentence's ordinary word, title
// or surname particle, and no attributive noun after the surname: "The Bush
// administration"): the person named there with the listed surname kept,
// so a Korean form of two syllables is the person, not another thing
// (otherThing; check11z's planted "Mike Romney" for 롬니, Mitt Romney), as
// givenNamesBefore reads the given names kept.
func surnameAfterName(pr Pair, forms []*glossary.Term) bool {
	if !isEnglish(pr.TargetLang) {
		return false
	}
	for _, t := range forms {
		ws := strings.Fields(t.Text)
		if len(ws) < 2 || t.Status.Forbidden() || surnameFirst(ws) {
			continue
		}
		last := ws[len(ws)-1]
		if len(last) < 4 || !upperAt(last, 0) {
			continue
		}
		for off := 0; off < len(pr.Target); {
			k := strings.Index(pr.Target[off:], last)
			if k < 0 {
				break
			}
			a := off + k
			off = a + 1
			if b := a + len(last); b < len(pr.Target) && letterAt(pr.Target, b) {
				continue
			}
			if a < 3 || pr.Target[a-1] != ' ' || attributive(pr.Target, a+len(last)) {
				continue // "The Bush administration"
			}
			if k := upperWordBefore(pr.Target, a-1); k >= 0 {
				lw := strings.ToLower(pr.Target[k : a-1])
				if !articles[lw] && !sentenceWords[lw] && !surnameParticles[lw] && titleWords[lw] == nil && !roleNouns[lw] && !honorifics[lw] && !titleNouns[lw] {
					return true // a given name, not "The", "Mr" or "President"
				}
			}
		}
	}
	return false
}

// articles are no given names before a surname ("The Bush administration").
var articles = setOf("the", "a", "an", "this", "that", "these", "those")

// attributiveByFirst holds attributiveNouns by their first byte, so that
// attributive, run on every first mention of a person since
// attributiveFirst, tries only the few that may follow.
var attributiveByFirst = func() (by [256][]string) {
	for _, w := range attributiveNouns {
		by[w[0]] = append(by[w[0]], w)
	}
	return by
}()
