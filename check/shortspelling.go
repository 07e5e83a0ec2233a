package check

import (
	"strings"

	"bitext/glossary"
)

// Session 17, helper T10 (issue #11): a person's short form spelled two
// ways in one article. inconsistent compared full mentions only, so
// "Recep Tayyip Erdogan ... Erdoğan" or "Jassim Mohammed Jaafar ... Jafar"
// (two listed spellings of one surname, the later one a second reference)
// went unreported, though second references are where a desk's copy mixes
// wires. The article's spelling of the short form is that of the first
// short mention, or the short form of the first full mention (the listed
// short form of that term, or a listed short form that is a word of it);
// a later short mention of the same person in another spelling is reported
// when the two are spelling variants (spellingVariant for Latin forms,
// spellings for Hangul ones), once a person. A surname several listed
// persons share is read only when one of them is mentioned before with
// another spelling and none with this one. Developed on our own sentences
// (testdata/check11o-missed, TestShortSpelling).

// shortSpelling appends an inconsistent finding for the short form match
// m when the article spelled the same person's short form otherwise
// before; states are mentions' states of the entries so far.
func (c *Checker) shortSpelling(out []Finding, file, text string, m glossary.Match, states map[*glossary.Entry]*mentionState, p *pos) []Finding {
	found := text[m.Start:m.End]
	var (
		e   *glossary.Entry
		t   *glossary.Term
		st  *mentionState
		ref string
	)
	for _, tt := range m.Terms {
		ee := c.entryOf(m, tt)
		if ee == nil || ee.Type != glossary.Person {
			continue
		}
		s := states[ee]
		if s == nil {
			s = &mentionState{}
			states[ee] = s
		}
		r := s.shortRef
		if r == "" && s.first != nil {
			r = shortOf(ee, s.first)
		}
		if r == "" {
			s.shortRef = found // the first short mention sets the spelling
			continue
		}
		if r == found {
			return out // a person mentioned before with this spelling
		}
		if e != nil && e != ee {
			e = nil // two persons mentioned with other spellings: which one is meant is unclear
			break
		}
		e, t, st, ref = ee, tt, s, r
	}
	if e == nil || st.shortBad || !shortVariant(found, ref) {
		return out
	}
	pref := c.g.Preferred(e, t.Lang)
	if st.firstBad && t == pref {
		return out // the first-mention finding already says it
	}
	st.shortBad = true
	exp := ref
	if pref != nil && pref.Short != "" {
		exp = pref.Short
	}
	return append(out, inconsistentFinding(file, found, ref, exp, e.ID, p, m.Start, m.End))
}

// shortOf returns the short form that term t of person e gives: its own,
// or a listed short form of another of e's terms in t's language that is a
// word of t ("Erdogan" of an admitted "Tayyip Erdogan"); "" without one.
func shortOf(e *glossary.Entry, t *glossary.Term) string {
	if t.Short != "" {
		return t.Short
	}
	for _, o := range e.Terms {
		if o.Short != "" && o.Lang == t.Lang && containsWord(t.Text, o.Short) {
			return o.Short
		}
	}
	return ""
}

// shortVariant reports whether two spellings of a short form are spelling
// variants of one name: two Hangul forms sharing two syllables (spellings),
// two Latin ones spellingVariant as names; not a form and its abbreviation.
func shortVariant(a, b string) bool {
	if a == b || abbreviation(a) || abbreviation(b) {
		return false
	}
	ha, hb := hangulOnly(strings.ReplaceAll(a, " ", "")), hangulOnly(strings.ReplaceAll(b, " ", ""))
	switch {
	case ha && hb:
		return spellings(a, b)
	case ha || hb:
		return false
	}
	return spellingVariant(a, b, true)
}

// plainWordBefore reports whether the short form text[start:end], which
// otherName reads as part of a longer name, is so read only for the
// capitalized word before it, and that word is a weekday or a month ("On
// Tuesday Erdoğan"), an honorific ("Mr Sussman") or one of the ordinary
// words that start a sentence ("Later Jafar"): no given name. For shortSpelling and, since session
// 17 (helper T12), first-mention ("On Monday Coupe ...; Mike Coupe ..."); the presence of a name
// keeps otherName's reading.
func plainWordBefore(text string, start, end int) bool {
	if end+1 < len(text) && text[end] == ' ' && upperAt(text, end+1) || start < 2 || text[start-1] != ' ' {
		return false
	}
	i := start - 1
	for i > 0 && isWordByte(text[i-1]) {
		i--
	}
	w := strings.ToLower(strings.TrimSuffix(text[i:start-1], "."))
	return dayOrMonth[w] || honorifics[w] || sentenceStart(text, i) && sentenceWords[w]
}

// honorifics stand before a surname as a second reference ("Mr Sussman",
// "Dr. Sussman").
var honorifics = setOf("mr", "mrs", "ms", "miss", "dr", "prof")

// sentenceWords are ordinary words that start a sentence right before a
// name: adverbs of time and sequence, conjunctions, prepositions.
var sentenceWords = setOf("later", "then", "but", "and", "so", "yet", "when", "while", "after", "before", "since",
	"meanwhile", "also", "still", "now", "today", "yesterday", "tomorrow", "earlier", "afterwards", "finally",
	"there", "here", "although", "though", "if", "as", "at", "in", "on", "for", "with", "by", "from", "to",
	"instead", "however", "until", "once", "because", "where")
