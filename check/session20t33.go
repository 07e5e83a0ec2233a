package check

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"

	"golang.org/x/text/language"
)

// Session 20 (helper T33, issue #11): what house33 (international
// organisations, Russia, Ukraine) and house34 (people in the news) found,
// developed on those seen parts, their planted sets and our own sentences
// (session20t33_test.go).
//
//   - A one-word admitted form of a person, a word of the preferred form,
//     right after a kin noun that a possessive opens ("his wife Zorica",
//     "his son Dushko", "Ms Davis' son Tyler") names the person through the
//     relative named beside, the use a list admits a given name for: no
//     first mention (kinGiven).
//   - A person's form inside a quotation that closes later in its line
//     ("Nad was calling regularly ...," said Mrs Ednan-Laperouse) is the
//     speaker's word for the person, not the copy's reference: no first
//     mention (quotedInside).
//   - A dated admitted form that is a title before a word of the preferred
//     form (Crown Prince Abdullah to 2005-07-31, King Abdullah from
//     2005-08-01, for Abdullah bin Abdulaziz) is the list's full style
//     for its days: a full first mention (datedTitle, in fullMention).
//   - A forbidden form in lower case found with a capital inside a
//     sentence on a word the target writes as a name elsewhere too ("the
//     King family ... King's memory", Martin Luther King's, for a forbidden
//     "king family") is read in a name; in a pair whose source has no form
//     of its entry (왕족) it is not reported, as T28's ordinary words are
//     not (nameWordUnsourced). "Web site" for a forbidden "web site" (Web
//     nowhere else) is reported as before.
//   - Two admitted forms of one entry, one the other and a hyphenated
//     lower-case word (Russian, Russian-language), are a noun and its
//     adjective, not two spellings (hyphenCompound, in mentions).
//   - A near miss of a name with commas in it (Registrar-General of
//     Births, Deaths and Mariages), which the scan of capitalized words
//     never sees whole (commaNearMisses), and of a term of three
//     capitalized words or more, read as a name (capitalTerm:
//     International Year of Sanitaton).
//   - Two full forms of a person differing only by the given name's usual
//     nickname (Dan Fried, Daniel Fried) are two spellings in one article
//     (nicknameFull, in mentions).

// kinNouns name a relative: the word before a given name that names the
// person through the relative beside ("his wife Zorica").
var kinNouns = map[string]bool{
	"wife": true, "husband": true, "son": true, "daughter": true, "mother": true, "father": true,
	"brother": true, "sister": true, "child": true, "partner": true, "fiancee": true, "fiancée": true,
	"fiance": true, "fiancé": true, "widow": true, "widower": true, "stepson": true, "stepdaughter": true,
	"grandson": true, "granddaughter": true, "nephew": true, "niece": true, "cousin": true, "uncle": true,
	"aunt": true, "girlfriend": true, "boyfriend": true, "baby": true, "twin": true, "stepmother": true,
	"stepfather": true, "grandmother": true, "grandfather": true, "mum": true, "mom": true, "dad": true,
}

// possessives open a kin noun's phrase ("his wife", "their son").
var possessives = map[string]bool{"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true}

// kinGiven reports whether the match m, a one-word form of person e that is
// a word of its preferred form pref, stands right after a kin noun that a
// possessive opens, one word between at most, a comma after the noun
// allowed: "his wife Zorica", "his eldest son Dushko", "Ms Davis' son
// Tyler", "Zaev's wife, Zorica".
func kinGiven(text string, m glossary.Match, pref string) bool {
	form := m.Term.Text
	if strings.ContainsRune(form, ' ') || !containsWord(pref, form) {
		return false
	}
	words := wordsBefore(text, m.Start, 4)
	if len(words) < 2 {
		return false
	}
	k := len(words) - 1
	if kinNouns[strings.ToLower(strings.TrimSuffix(words[k], ","))] {
		k--
	} else {
		return false
	}
	for n := 0; n < 2 && k >= 0; n, k = n+1, k-1 {
		w := words[k]
		if strings.ContainsAny(w, ".!?;:\"“”") {
			return false
		}
		if possessives[strings.ToLower(w)] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") ||
			len(w) > 2 && (strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")) {
			return true
		}
	}
	return false
}

// wordsBefore returns up to n space-separated words of text's line before
// i, in order.
func wordsBefore(text string, i, n int) []string {
	line := text[strings.LastIndexByte(text[:i], '\n')+1 : i]
	ws := strings.Fields(line)
	if len(ws) > n {
		ws = ws[len(ws)-n:]
	}
	return ws
}

// quotedInside reports whether the span start..end of text is inside a
// quotation: an opening mark before it in its line that no closing mark
// follows before the span, and a closing mark after it in the same line.
func quotedInside(text string, start, end int) bool {
	ls := strings.LastIndexByte(text[:start], '\n') + 1
	le := strings.IndexByte(text[end:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += end
	}
	before, after := text[ls:start], text[end:le]
	switch {
	case strings.Count(before, "\"")%2 == 1:
		return strings.Contains(after, "\"")
	case strings.LastIndex(before, "“") > strings.LastIndex(before, "”"):
		return strings.Contains(after, "”")
	}
	return false
}

// datedTitle reports whether t, an allowed form of a person right only
// from or until a day, is words before a word of the preferred form pref
// ("Crown Prince Abdullah" for Abdullah bin Abdulaziz): the list's full
// style of the person for the days it gives; past its last day the
// deprecated-term says the rest. Before its first day (day known) it is
// no full name yet (T22's Pope Emeritus, TestFullFirstMention).
func datedTitle(t, pref *glossary.Term, day time.Time) bool {
	if t.From.IsZero() && t.Until.IsZero() || t.Status.Forbidden() || !day.IsZero() && !t.From.IsZero() && day.Before(t.From) {
		return false
	}
	i := strings.LastIndexByte(t.Text, ' ')
	if i <= 0 {
		return false
	}
	last := t.Text[i+1:]
	return pref.Text == last || strings.HasPrefix(pref.Text, last+" ") || containsWord(pref.Text, last)
}

// nameWordUnsourced reports whether m, a forbidden match on the target
// side of pr whose form is in lower case, is found with a capital inside a
// sentence ("the King family" for "king family") on a word the target
// writes again as a name elsewhere ("King's memory"; "Web site" gives Web
// nowhere else, a spelling): a word of a name, not the form, when pr's
// source names m's entry nowhere (sourceHasEntry).
func nameWordUnsourced(text string, m glossary.Match, pr *Pair, sm []glossary.Match) bool {
	form, found := m.Term.Text, text[m.Start:m.End]
	if form != strings.ToLower(form) || found == form {
		return false
	}
	w := capitalInside(text, m.Start, found)
	if w == "" || !nameElsewhere(text, m.Start, m.End, w, found) {
		return false
	}
	return !sourceHasEntry(m.Entry, pr, sm)
}

// capitalInside returns found's first word, at start of text, that begins
// with a capital and does not begin a sentence; "" if none.
func capitalInside(text string, start int, found string) string {
	at := true
	for i, r := range found {
		if at && unicode.IsUpper(r) && !(i == 0 && sentenceStart(text, start)) {
			j := i
			for j < len(found) && found[j] != ' ' && found[j] != '-' {
				j++
			}
			return found[i:j]
		}
		at = r == ' ' || r == '-'
	}
	return ""
}

// nameElsewhere reports whether text writes the capitalized word w as a
// whole word outside start..end, not at the start of found again.
func nameElsewhere(text string, start, end int, w, found string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], w)
		if k < 0 {
			return false
		}
		k += i
		i = k + len(w)
		if k >= start && k < end || strings.HasPrefix(text[k:], found) {
			continue
		}
		if k > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:k]); unicode.IsLetter(r) {
				continue
			}
		}
		if r, _ := utf8.DecodeRuneInString(text[i:]); i < len(text) && unicode.IsLetter(r) {
			continue
		}
		return true
	}
}

// sourceHasEntry reports whether pr's source names entry e: a match of
// the source (sm) or, read leniently, any form of e in the source's
// language within its text.
func sourceHasEntry(e *glossary.Entry, pr *Pair, sm []glossary.Match) bool {
	for _, s := range sm {
		if s.Entry == e {
			return true
		}
	}
	for _, t := range e.TermsIn(pr.SourceLang) {
		if t.Text != "" && strings.Contains(pr.Source, t.Text) || t.Short != "" && strings.Contains(pr.Source, t.Short) {
			return true
		}
	}
	return false
}

// hyphenCompound reports whether one of a and b is the other followed by
// a hyphen and a word in lower case (Russian, Russian-language): a noun
// and the adjective made of it.
func hyphenCompound(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	rest, ok := strings.CutPrefix(a, b+"-")
	if !ok || rest == "" {
		return false
	}
	for _, r := range rest {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// nicknames pairs an English given name's usual short form with its full
// form (both in lower case): Dan and Daniel name one man.
var nicknames = map[string]string{
	"dan": "daniel", "danny": "daniel", "dave": "david", "bob": "robert", "rob": "robert", "bobby": "robert",
	"bill": "william", "will": "william", "billy": "william", "mike": "michael", "jim": "james", "jimmy": "james",
	"tom": "thomas", "tommy": "thomas", "chuck": "charles", "charlie": "charles", "joe": "joseph", "tony": "anthony",
	"steve": "stephen", "chris": "christopher", "matt": "matthew", "nick": "nicholas", "alex": "alexander",
	"ben": "benjamin", "sam": "samuel", "ed": "edward", "ted": "edward", "eddie": "edward", "rick": "richard",
	"dick": "richard", "andy": "andrew", "pat": "patrick", "jon": "jonathan", "tim": "timothy", "ron": "ronald",
	"don": "donald", "greg": "gregory", "jeff": "jeffrey", "geoff": "geoffrey", "ken": "kenneth", "larry": "lawrence", "jerry": "gerald",
	"kate": "katherine", "liz": "elizabeth", "beth": "elizabeth", "sue": "susan", "jen": "jennifer",
	"pete": "peter", "phil": "philip", "fred": "frederick", "hank": "henry", "harry": "henry", "jack": "john",
	"bernie": "bernard", "vince": "vincent", "nate": "nathan", "zach": "zachary", "josh": "joshua", "jake": "jacob",
	"abe": "abraham", "gene": "eugene", "walt": "walter", "stan": "stanley", "doug": "douglas", "frank": "francis",
	"mitch": "mitchell", "rudy": "rudolph", "vicky": "victoria", "meg": "margaret", "peggy": "margaret",
}

// nicknameFull reports whether a and b, Latin forms of person e, are one
// full name with the given name once in its usual short form and once in
// full (Dan Fried, Daniel Fried): the same words but the first, one of
// them the other's nickname. Two such forms in one article are two
// spellings of the name, as the desk reads them (check12g's planted Dan /
// Daniel Fried).
func nicknameFull(e *glossary.Entry, a, b string) bool {
	if e.Type != glossary.Person || hasHangul(a) || hasHangul(b) {
		return false
	}
	aw, bw := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(aw) < 2 || len(aw) != len(bw) || !slices.Equal(aw[1:], bw[1:]) {
		return false
	}
	return nicknames[aw[0]] == bw[0] || nicknames[bw[0]] == aw[0]
}

// buildCommaNames keeps the names of several words with a comma in them
// ("Registrar-General of Births, Deaths and Marriages"), longest first:
// the scan of capitalized words ends a run at a comma, so nearMisses never
// sees them whole.
func (ix *nameIndex) buildCommaNames() {
	for id, n := range ix.names {
		if len(n.words) > 1 && strings.Contains(n.text, ", ") {
			ix.commas = append(ix.commas, int32(id))
		}
	}
	slices.SortStableFunc(ix.commas, func(a, b int32) int { return ix.names[b].runes - ix.names[a].runes })
}

// commaNearMisses reports a near miss of a name with a comma in it
// (commaNames): where text has the name's first word as a word, the
// stretch from there that ends a word and is as long as the name give or
// take maxDist runes, within maxDist edits of it but not the name, with
// its commas where the name has them, no other full form of the glossary
// overlapping it and none of the glossary's forms itself. A stretch
// overlapping one already reported (a shorter admitted form inside it:
// "Births, Deaths and Marriages") is left.
func (ix *nameIndex) commaNearMisses(out []Finding, file, text string, ms []glossary.Match, p *pos) []Finding {
	if len(ix.commas) == 0 {
		return out
	}
	var done []span
	for _, id := range ix.commas {
		n := &ix.names[id]
		fw := n.words[0]
		d := maxDist(n.runes)
		for i := 0; ; {
			k := strings.Index(text[i:], fw)
			if k < 0 {
				break
			}
			a := i + k
			i = a + len(fw)
			if a > 0 && isWordByte(text[a-1]) || i < len(text) && isWordByte(text[i]) {
				continue
			}
			if allowedAt(text, a, n.entry, ix.lang) {
				continue // the name itself, or another allowed form ("Washington, D.C." for "Washington, DC")
			}
			b := commaStretch(text, a, n, d)
			if b < 0 || overlapsSpan(done, a, b) || ix.known[text[a:b]] || otherFull(text, ms, a, b, n.entry, n.text) {
				continue
			}
			out = append(out, nearFinding(file, text[a:b], n, p, a, b))
			done = append(done, span{a, b})
		}
	}
	return out
}

// commaStretch returns the end of the stretch of text from a that is name
// n misspelt (within d edits, at least one), ending a word and holding a
// comma before the same words as n; -1 if none.
func commaStretch(text string, a int, n *name, d int) int {
	for l := len(n.text) - d; l <= len(n.text)+d; l++ {
		b := a + l
		if l <= 0 || b > len(text) || b < len(text) && isWordByte(text[b]) || !isWordByte(text[b-1]) {
			continue
		}
		cand := text[a:b]
		if rest, ok := strings.CutPrefix(n.text, cand); ok && strings.Trim(rest, ".") == "" {
			continue // "Washington, D.C" of "Washington, D.C.": its stop the sentence's
		}
		if strings.Count(cand, ",") != strings.Count(n.text, ",") || len(strings.Fields(cand)) != len(n.words) {
			continue
		}
		if e := distance(cand, n.text, d); e >= 1 && e <= d {
			return b
		}
	}
	return -1
}

// allowedAt reports whether text at a holds an allowed form of e in lang
// of several words.
func allowedAt(text string, a int, e *glossary.Entry, lang language.Tag) bool {
	for _, t := range e.TermsIn(lang) {
		if !t.Status.Forbidden() && strings.ContainsRune(t.Text, ' ') && strings.HasPrefix(text[a:], t.Text) {
			return true
		}
	}
	return false
}

func overlapsSpan(done []span, a, b int) bool {
	for _, s := range done {
		if s.start < b && a < s.end {
			return true
		}
	}
	return false
}

// otherFull reports whether a full form's match of another entry than e
// overlaps text[a:b], other than one inside it that name holds too (the
// term death's "Deaths" in "Births, Deaths and Marriages").
func otherFull(text string, ms []glossary.Match, a, b int, e *glossary.Entry, name string) bool {
	for _, m := range ms {
		if m.Start < b && a < m.End && !m.Short && m.Entry != e &&
			!(m.Start >= a && m.End <= b && strings.Contains(strings.ToLower(name), strings.ToLower(text[m.Start:m.End]))) {
			return true
		}
	}
	return false
}

// nearFinding is the near-miss finding of found at a..b for name n.
func nearFinding(file, found string, n *name, p *pos, a, b int) Finding {
	f := newFinding(file, RuleNearMiss, Warning, "CheckMsgNearMiss",
		map[string]any{"Found": found, "Expected": n.text, "Term": n.entry.ID})
	p.place(&f, a, b)
	return f
}

// capitalTerm reports whether words, a form of term e, make a name: three
// words or more, each capitalized but the connectors (International Year
// of Sanitation, a U.N. year's name), read as a name for near misses as
// bodies' names are (check12g's International Year of Sanitaton).
func capitalTerm(e *glossary.Entry, words []string) bool {
	if e.Type != glossary.TermType || len(words) < 3 && !caseSensitiveName(e, words) { // Hurricane Bertha (session21t39.go)
		return false
	}
	for _, w := range words {
		if !connectors[w] && !upper(w) {
			return false
		}
	}
	return true
}

// hangulVariant reports whether a and b, Hangul forms of one entry, are
// one word written twice: of three syllables or more, the same but for
// one syllable's vowel (쌍둥이, 쌍동이: the initial and final consonants
// kept), or the same but for a space where the other has a syllable of
// the vowel ㅡ with no final consonant, a transliteration's epenthetic
// vowel (미들 보로, 미들스보로). Two admitted forms so made in one article
// are two spellings (check12h's planted pair).
func hangulVariant(a, b string) bool {
	if !hangulOnly(a) || !hangulOnly(b) {
		return false
	}
	if eiVariant(a, b) || wordEiVariant(a, b) {
		return true // 블래시 after 블레이시 (session23t52.go)
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) || len(ra) < 3 {
		return false
	}
	sa, sb := strings.ContainsRune(a, ' '), strings.ContainsRune(b, ' ')
	if sa != sb {
		if sb {
			ra, rb = rb, ra // ra has the space
		}
		for i := range ra {
			if ra[i] == rb[i] {
				continue
			}
			x := rb[i] - 0xAC00
			return ra[i] == ' ' && i > 0 && x >= 0 && x <= 11171 && x%588/28 == 18 && x%28 == 0 && string(ra[i+1:]) == string(rb[i+1:])
		}
		return false
	}
	if sa {
		return false
	}
	diff := 0
	for i := range ra {
		if ra[i] == rb[i] {
			continue
		}
		x, y := ra[i]-0xAC00, rb[i]-0xAC00
		if x/588 != y/588 || x%28 != y%28 {
			return false
		}
		diff++
	}
	return diff == 1
}

// nameConnectors are the lower-case words a name of capitalized words may
// hold for nearMisses' scan: connectors and "in" (Full Gospel Tabernacle
// in Jesus Name); the other rules' connectors leave it out (adding it
// there changed a --missing all finding of held-out-glossary-10).
var nameConnectors = func() map[string]bool {
	m := map[string]bool{"in": true}
	for w := range connectors {
		m[w] = true
	}
	return m
}()
