package check

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 26 (helper T80, issue #11): a body's first mention by an admitted
// name or a listed short form that is no abbreviation of its preferred
// name, the preferred name given only later in the article, and the
// words a person's one-word short form is at a sentence's start or after
// a preposition (Brown rice, in May).

// admittedBodyFirst reports whether ms[i], the first mention of its
// entry, an organization, in an English article, is an admitted form other
// than the preferred form pref that the article writes before a later
// match of pref itself ("The Man United came up ...; the Manchester United
// was named again": check14n's Man United, check14p's DBSK before TVXQ,
// Blue House before Cheong Wa Dae, Ministry of Unification before
// Unification Ministry, Korean Workers' Party before Workers' Party of
// Korea). Not an abbreviation of pref (abbreviationFirst's, with its own
// exceptions), not a form that holds pref (Federal Reserve Board names
// the Federal Reserve in full), not another spelling of pref (case,
// spaces and marks only: inconsistent's), not in the headline, and not
// beside a capitalized word ("the Louisiana Republican", a person).
func admittedBodyFirst(text string, ms []glossary.Match, i int, pref *glossary.Term) bool {
	m := ms[i]
	if m.Entry.Type != glossary.Organization || pref == nil || m.Term == pref || m.Term.Status.Forbidden() ||
		m.Start < headlineEnd(text) || !bodyFormNotPref(m.Term.Text, pref.Text) || capitalBefore(text, m.Start) || capitalAfter(text, m.End) {
		return false
	}
	for _, n := range ms[i+1:] {
		if n.Entry == m.Entry && !n.Short && n.Term == pref {
			return true
		}
	}
	return false
}

// bodyFormNotPref reports whether form, an allowed form of a body, names
// it otherwise than its preferred form pref, both written as names
// (properName: no description such as "Spanish government", "highest
// court"): no abbreviation of pref nor pref of it (initials or letters),
// not holding pref (a longer full name first: "Qantas Airways named a new
// chief executive, and Qantas shares rose", check12x's clean line), not made of pref's own words only (wordsAllIn), not pref
// spelt otherwise (the same letters and digits, case aside).
func bodyFormNotPref(form, pref string) bool {
	if form == "" || strings.Contains(form, pref) || !nameVariant(form, pref) {
		return false // Qantas Airways, London's Metropolitan Police: in full; Scotland Yard, the Senedd: another name
	}
	if lettersOf(form, pref) || lettersOf(pref, form) || initialsOf(form, pref) || initialsOf(pref, form) {
		return false // an abbreviation and its words: abbreviationFirst's (firstmention.go)
	}
	if !properName(form) || !properName(pref) || wordsAllIn(form, pref) {
		return false // Madrid for the Spanish government, "the prosecution"; the General Assembly, a Republican
	}
	return alnumFold(form) != alnumFold(pref)
}

// nameVariant reports whether form is a variant of the name pref, not
// another name: a word of form, no short lower-case one, is a word of pref
// or the start of one, three letters or more (Ministry of Unification for
// Unification Ministry, Man United for Manchester United, Fed for Federal
// Reserve). Another name for the body
// (Scotland Yard for the Metropolitan Police, the Senedd for the Welsh
// Parliament, Blue House for Cheong Wa Dae) is no variant: the planted
// clean lines of check12z and check13a write them before the preferred
// name as right.
func nameVariant(form, pref string) bool {
	ps := strings.Fields(pref)
	for _, w := range strings.Fields(form) {
		if minorWord(w) {
			continue
		}
		for _, p := range ps {
			if w == p || len(w) >= 3 && strings.HasPrefix(p, w) {
				return true
			}
		}
	}
	return false
}

// properName reports whether s is written as a name: each word capitalized
// or no letter first, but short lower-case words (of, the, and).
func properName(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !minorWord(w) {
			return false
		}
	}
	return s != ""
}

// wordsAllIn reports whether every word of form is a word of name: a
// shorter name made of the full name's own words (General Assembly of the
// U.N. General Assembly, Judiciary Committee of the Senate Judiciary
// Committee, Republican of the Republican Party), which the article's
// context completes ("the world body's annual General Assembly").
func wordsAllIn(form, name string) bool {
	ws := strings.Fields(name)
	for _, w := range strings.Fields(form) {
		if !slices.Contains(ws, w) {
			return false
		}
	}
	return true
}

// initialsOf reports whether abbr is the initials of the words of name
// (short lower-case words optional; initialsMatch, abbrevinitials.go).
func initialsOf(abbr, name string) bool {
	a := strings.ToLower(strings.ReplaceAll(abbr, ".", ""))
	return len(a) >= 2 && !strings.ContainsRune(a, ' ') && strings.ContainsRune(name, ' ') && initialsMatch(a, strings.Fields(name))
}

// alnumFold is s's letters and digits in lower case.
func alnumFold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// shortBodyFirst reports whether the short form match ms[i] of term t of
// organization e (the list's short column: "Fed" for the Federal Reserve,
// check14v) stands before the article's first full mention of e, the
// preferred form pref (full[e] the index of that mention), and is no
// abbreviation of the form it shortens (see bodyFormNotPref), nor in the
// headline, nor beside a capitalized word (a longer name's).
func shortBodyFirst(text string, ms []glossary.Match, i int, e *glossary.Entry, t, pref *glossary.Term, full map[*glossary.Entry]int) bool {
	m := ms[i]
	if e == nil || e.Type != glossary.Organization || pref == nil || t.Status.Forbidden() || m.Start < headlineEnd(text) {
		return false
	}
	j, ok := full[e]
	if !ok || j < i || ms[j].Term != pref {
		return false
	}
	if capitalAfter(text, m.End) || capitalBefore(text, m.Start) {
		return false // a word of a longer name: United of United Airlines
	}
	found := text[m.Start:m.End]
	return bodyFormNotPref(found, t.Text) && bodyFormNotPref(found, pref.Text)
}

// commonWordReading reports whether a person's one-word short form at
// text[start:end] reads as the ordinary word it also is, not the person:
//
//   - a month after a preposition or a time word ("would rule in May",
//     "since May", "early May") or before a day or a year ("May 5", "May
//     2019"), not before a possessive or a verb's subject position as a
//     name ("in May's cabinet" is hers);
//   - at a sentence's start, a lower-case English word (brown) before a
//     lower-case word that is no verb, adverb or function word: the
//     adjective of a noun phrase ("Brown rice prices rose.", check14u),
//     where "Brown said", "Brown then met" and "Brown, who" are the
//     person.
func commonWordReading(text string, start, end int) bool {
	w := text[start:end]
	lw := strings.ToLower(w)
	if possessiveAt(text, end) {
		return false
	}
	if dayOrMonth[lw] && len(lw) > 3 || lw == "may" {
		if end+1 < len(text) && text[end] == ' ' && text[end+1] >= '0' && text[end+1] <= '9' {
			return true // May 5, May 2019
		}
		if start >= 2 && text[start-1] == ' ' {
			k := start - 1
			for k > 0 && isWordByte(text[k-1]) {
				k--
			}
			if monthPrepositions[strings.ToLower(text[k:start-1])] {
				return true
			}
		}
		if start >= 1 && text[start-1] == '-' && strings.HasSuffix(strings.ToLower(text[:start-1]), "mid") {
			return true // mid-May
		}
	}
	if !sentenceStart(text, start) || len(lw) < 4 || !listedWord(lw) || end+1 >= len(text) || text[end] != ' ' {
		return false
	}
	next := wordAt(text, end+1)
	if next == "" || !lowerWord(next) || !listedWord(next) || notNounAfterName(next) && !pluralSubject(text, end+1+len(next), next) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[end+1+len(next):])
	return r != '\'' && r != '’'
}

// pluralSubject reports whether next, a lower-case word in s that ends
// at i, is a plural noun (no verb: "Brown says") since a past tense or
// an auxiliary follows it: "Rose petals covered the stage", "Brown bears
// are" (check15t-missed; session 26, helper T94).
func pluralSubject(text string, i int, next string) bool {
	if !strings.HasSuffix(next, "s") || strings.HasSuffix(next, "ss") || i+1 >= len(text) || text[i] != ' ' {
		return false
	}
	w := wordAt(text, i+1)
	if !lowerWord(w) {
		return false
	}
	return strings.HasSuffix(w, "ed") && len(w) > 4 || pluralVerbs[w]
}

// pluralVerbs are the auxiliaries and irregular past tenses that follow a
// plural subject (pluralSubject).
var pluralVerbs = setOf("are", "were", "have", "had", "will", "would", "can", "could", "should", "might", "must", "did",
	"rose", "fell", "grew", "lay", "came", "went", "drew", "made", "took", "gave", "led", "left", "won", "lost",
	"sold", "bought", "hit", "cost", "spread", "hung", "stood", "remained")

// monthPrepositions are the words before a month that make it a time:
// "in May", "since May", "early May", "last May".
var monthPrepositions = setOf("in", "since", "until", "till", "through", "throughout", "during", "early", "late",
	"last", "next", "this", "of", "mid")

// notNounAfterName reports whether w, a lower-case word after a sentence's
// first word, reads as the verb, adverb or function word a subject
// name is followed by (said, then, has, who), not a noun the first word
// modifies: a verb ending (-s, -ed), an -ly adverb, or a word of
// afterSubject.
func notNounAfterName(w string) bool {
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") || afterSubject[w]
}

// afterSubject are the lower-case words that follow a subject name: the
// auxiliaries, the adverbs of time and sequence, the relative pronouns
// and conjunctions, and the irregular past tenses of the verbs news
// writes after a name.
var afterSubject = setOf("is", "was", "has", "had", "have", "will", "would", "can", "could", "should", "shall", "may",
	"might", "must", "did", "does", "do", "then", "also", "later", "now", "still", "too", "never", "again", "already",
	"once", "soon", "yet", "often", "who", "whose", "which", "that", "and", "but", "or", "nor", "as", "said", "told",
	"met", "spoke", "won", "lost", "went", "came", "gave", "made", "took", "saw", "left", "led", "ran", "rose", "fell",
	"began", "became", "wrote", "held", "kept", "got", "put", "set", "thought", "brought", "sought", "found", "felt",
	"heard", "knew", "paid", "sent", "stood", "struck", "sold", "hit", "cut", "quit", "let", "read", "drew", "grew",
	"threw", "flew", "chose", "broke", "drove", "rode", "sang", "swore", "wore", "shook", "stole", "fought", "bought",
	"taught", "caught", "built", "spent", "meant", "beat", "bid", "hung", "laid", "lay", "lied", "slid", "spun",
	"split", "spread", "shut", "bet", "hid", "bit", "forgot", "forgave", "withdrew", "overcame", "undertook",
	"to", "at", "in", "on", "for", "with", "by", "from", "of", "about", "after", "before", "into", "over", "under",
	"himself", "herself", "not", "alone", "first", "last", "just", "even", "only", "insisted", "argued", "added",
	"tried", "agreed", "denied", "replied", "admitted", "being", "having", "appeared", "remains")

// shortBodiesFirst appends a first-mention finding for each organization
// the short form match ms[i] may stand for whose first mention it is
// (shortBodyFirst), not quoted nor aside (abbreviationAside).
func (c *Checker) shortBodiesFirst(out []Finding, file, text string, ms []glossary.Match, i int, full map[*glossary.Entry]int, states map[*glossary.Entry]*mentionState, p *pos) []Finding {
	m := ms[i]
	for _, t := range m.Terms {
		e := c.entryOf(m, t)
		if e == nil || e.Type != glossary.Organization {
			continue
		}
		st := states[e]
		if st != nil && (st.firstBad || st.first != nil) {
			continue
		}
		pref := c.g.Preferred(e, t.Lang)
		if !shortBodyFirst(text, ms, i, e, t, pref, full) || quotedInside(text, m.Start, m.End) || abbreviationAside(text, m) {
			continue
		}
		if st == nil {
			st = &mentionState{}
			states[e] = st
		}
		st.firstBad = true
		f := newFinding(file, RuleFirstMention, Warning, "CheckMsgFirstMention",
			map[string]any{"Found": text[m.Start:m.End], "Expected": pref.Text, "Term": e.ID})
		p.place(&f, m.Start, m.End)
		out = append(out, f)
	}
	return out
}
