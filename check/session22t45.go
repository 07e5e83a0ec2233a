package check

import (
	"strings"

	"bitext/glossary"
)

// Session 22 (helper T45, issue #11): what house49 and house50 found.
//
//   - A forbidden form that differs from the entry's preferred form only by
//     a hyphen where the preferred has a space (climate-change for climate
//     change, breast-pump for breast pump) is no deprecated-term where the
//     hyphenated word is right: a compound modifier before a noun ("the
//     climate-change standoff", house48 g48-kpc-test 1132) and a compound
//     verb after a subject or a modal ("women who breast-pump",
//     house49 g49-ntrex-odd 1441). Before a function word, a verb or a
//     stop ("climate-change is", "fight climate-change.") the hyphen is the
//     list's forbidden spelling of the noun and still reported.
//   - A form with no context of its own borrows the not_with of the same
//     form in another language of its entry: house50 lists GMAC (General
//     Motors' finance arm) in Korean with not_with 경영대학원|MBA|GMAT|...
//     (not the business schools' council) and in English with none, so the
//     English "GMAC runs the GMAT ..." read as the finance arm's GMAC, a
//     form dated to 2010 (check12x-missed's clean pair, an error). Only
//     not_with: a context the list writes in Korean words cannot be asked
//     of an English text.
//   - A near miss of a long name (three words or more) whose word with a
//     letter left out is a word of the list's forbidden forms only (Comission, from European Comission, a
//     misspelling listed as such) is still a near miss: the vocabulary that
//     blocks a near miss (Minister is no misspelling of Ministry) is the
//     words of allowed forms ("Securities and Exchange Comission",
//     check12x-missed).

// hyphenOnly reports whether form is pref with one or more of its spaces
// written as hyphens and nothing else changed.
func hyphenOnly(form, pref string) bool {
	if len(form) != len(pref) {
		return false
	}
	hyphen := false
	for i := 0; i < len(form); i++ {
		a, b := form[i], pref[i]
		if a == '-' && b == ' ' {
			hyphen = true
		} else if a != b {
			return false
		}
	}
	return hyphen
}

// notModified are the words after which a hyphenated compound is no
// modifier: function words, forms of be, have and do, modals, and the
// verbs of saying.
var notModified = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true, "of": true, "in": true, "on": true,
	"at": true, "to": true, "for": true, "with": true, "by": true, "from": true, "as": true, "than": true, "that": true,
	"which": true, "who": true, "whom": true, "whose": true, "this": true, "these": true, "those": true, "it": true, "its": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "has": true, "have": true,
	"had": true, "do": true, "does": true, "did": true, "will": true, "would": true, "can": true, "could": true, "may": true,
	"might": true, "must": true, "should": true, "shall": true, "not": true, "if": true, "so": true, "while": true, "when": true,
	"where": true, "because": true, "after": true, "before": true, "into": true, "over": true, "under": true, "about": true,
	"against": true, "between": true, "through": true, "during": true, "says": true, "said": true, "say": true, "remains": true,
	"became": true, "becomes": true, "also": true, "now": true, "still": true, "up": true, "out": true, "off": true,
}

// verbBefore are the words after which a hyphenated compound is a verb: a
// relative or personal pronoun as its subject or a modal.
var verbBefore = map[string]bool{
	"who": true, "i": true, "we": true, "you": true, "they": true, "he": true, "she": true, "will": true,
	"would": true, "can": true, "could": true, "may": true, "might": true, "must": true, "should": true, "cannot": true,
}

// hyphenRight reports whether the forbidden match m, its entry's preferred
// form written with a hyphen for a space (hyphenOnly) and a term's (a name
// takes no hyphen as a modifier: Time-Warner), stands where the
// hyphen is right: before a noun (the next word a lower-case word that is
// no function word or verb, notModified) or after a subject or an
// auxiliary that makes it a verb (verbBefore).
func hyphenRight(text string, m glossary.Match) bool {
	if m.Entry.Type != glossary.TermType || m.Preferred == nil || !hyphenOnly(m.Term.Text, m.Preferred.Text) {
		return false
	}
	end := m.End + len(m.Suffix)
	if m.Suffix == "" && end < len(text) && text[end] == ' ' {
		if w := letterRunAt(text, end+1); w != "" && 'a' <= w[0] && w[0] <= 'z' && !notModified[w] {
			return true // the climate-change standoff
		}
	}
	if w := wordBefore(text, m.Start); w != "" && verbBefore[strings.ToLower(w)] {
		return true // women who breast-pump
	}
	return false
}

// letterRunAt is the run of ASCII letters at i in text.
func letterRunAt(text string, i int) string {
	j := i
	for j < len(text) && isLetter(text[j]) {
		j++
	}
	return text[i:j]
}

// wordBefore is the run of ASCII letters that ends one space before i.
func wordBefore(text string, i int) string {
	if i < 2 || text[i-1] != ' ' {
		return ""
	}
	j := i - 1
	k := j
	for k > 0 && isLetter(text[k-1]) {
		k--
	}
	return text[k:j]
}

// borrowedNotWith returns, by form, the not_with of a form of the same
// entry and text in another language, for the forms with no context of
// their own (built once).
func (c *Checker) borrowedNotWith() map[*glossary.Term][]string {
	c.borrowOnce.Do(func() {
		for _, e := range c.g.Entries {
			for _, u := range e.Terms {
				if len(u.NotWith) == 0 {
					continue
				}
				for _, t := range e.Terms {
					if t != u && !t.Conditional() && t.Text == u.Text && t.Lang != u.Lang {
						if c.borrowed == nil {
							c.borrowed = map[*glossary.Term][]string{}
						}
						c.borrowed[t] = u.NotWith
					}
				}
			}
		}
	})
	return c.borrowed
}

// borrows reports whether a match of ms is a form with a borrowed not_with
// (borrowedNotWith).
func (c *Checker) borrows(ms []glossary.Match) bool {
	bs := c.borrowedNotWith()
	if len(bs) == 0 {
		return false
	}
	for _, m := range ms {
		if bs[m.Term] != nil {
			return true
		}
	}
	return false
}

// misspeltWords returns the words of forbidden forms that no allowed form
// of the glossary in the index's language has (Comission, of a forbidden
// European Comission).
func misspeltWords(g *glossary.Glossary, ix *nameIndex) map[string]bool {
	allowed, out := map[string]bool{}, map[string]bool{}
	for _, e := range g.Entries {
		for _, t := range e.TermsIn(ix.lang) {
			if !t.Status.Forbidden() {
				for _, w := range strings.Fields(t.Text) {
					allowed[w] = true
				}
			}
		}
	}
	for _, e := range g.Entries {
		for _, t := range e.TermsIn(ix.lang) {
			if t.Status.Forbidden() {
				for _, w := range strings.Fields(t.Text) {
					if !allowed[w] {
						out[w] = true
					}
				}
			}
		}
	}
	return out
}

// orLine is ctx, or when it is empty (a monolingual text) the line of
// text around off, as usable reads a form's context.
func orLine(ctx, text string, off int) string {
	if ctx != "" {
		return ctx
	}
	return lineAround(text, off)
}

// letterLeftOut reports whether cw, a word of a window read against the
// word w of name n, is a word of the list's forbidden forms only
// (misspelt) with one letter of w left out, in a name of three words or
// more: a misspelling the list knows of another name, not a word of its
// own (Comission).
func (ix *nameIndex) letterLeftOut(n *name, cw, w string) bool {
	return len(n.words) >= 3 && len(cw)+1 == len(w) && ix.misspelt[cw]
}

// abbreviationAside reports whether the abbreviation m stands where it is
// no first mention by itself (abbreviationFirst): in brackets, the gloss of
// the words before it ("The Scottish Council of Independent Schools
// (SCIS)", g31-ntrex-odd 655, a name the gate did not read after a
// capital The), or in a standfirst, the second line of an article whose
// first is a headline, not ending as a sentence ("As the latest tranche of
// NHS figures reveals more bad news, we should be outraged", wmt24pp 80);
// or after the entry was named by a related form (relatedBefore: GOP after
// "Senate Republican Leader", session23t52.go).
func abbreviationAside(text string, m glossary.Match) bool {
	if m.Start > 0 && text[m.Start-1] == '(' && m.End < len(text) && text[m.End] == ')' {
		return true
	}
	if relatedBefore(text, m) {
		return true // GOP after "Senate Republican Leader" (session23t52.go)
	}
	first := firstLine(text)
	if first >= len(text) || !isHeadline(text) {
		return false
	}
	nl := strings.IndexByte(text[first:], '\n')
	if nl < 0 {
		return false
	}
	second := firstLine(text[first+nl+1:]) + first + nl + 1
	if m.Start < second {
		return false
	}
	line := lineAt(text, second)
	return m.Start < second+len(line) && !sentenceEnd(strings.TrimSpace(line))
}
