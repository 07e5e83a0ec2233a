package check

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
)

// Which target-term-missing findings for a person fail CI (session 10,
// helper T). Over the four fresh tests of sessions 8 and 9 (house3 to
// house6, rules frozen, run once) the rule was right for 7 of 22 persons,
// and every false one had the person absent from the English pair: named
// by a description ("a superhero", "its CEO"), by a pronoun, or in the
// English segment beside a split or shifted pair. The real ones were of two
// kinds: the English gives the person in a wrong form (a misspelled given
// name with the surname kept, "Dimitry Medvedev", "quasi-Teresa-May"), or
// the pair is broken and its English names no one (a fragment, another
// sentence). So the evidence decides the severity:
//
//   - a name-like span of the English that matches the person only partly
//     (misrendered): an error, as before;
//   - the person plainly absent from the English of the pair and of the
//     segments beside it: a warning, reported but not failing CI by default
//     (an editor may write "the minister" or "he");
//   - absent from the pair but named in the English segment right before or
//     after it: no finding (a split or shifted pair, or a description; the
//     misaligned rule speaks for a broken pair).
//
// Developed on the judged parts dev to held-out-glossary-6 (all seen) and
// our own sentences; README, bitext check, Rules.

// misrendered returns a name-like span of target that gives a person in
// a wrong form: the surname of one of its forms of two words or more with
// other capitalized words (another given name: Jim Bates for Tom Bates, Han
// Sung-soo for Han Seung-soo), or a capitalized word one or two letters from a word of one of
// e's English forms (a respelled given name or surname: Dimitry for Dmitry,
// Teresa for Theresa; forms: the person's English forms), not equal to it,
// both of four letters or more and
// starting with the same letter, in a span of capitalized words. A word
// inside another entry's match in the target (taken) is no evidence; nor is
// a word the glossary has in another entry's forms (another listed name's
// word; a word of the person's own deprecated form is evidence), nor one the
// text also has in lower case (an ordinary word capitalized at a sentence
// start). A respelled word of fewer than six letters needs a second word
// of the person's forms beside it, kept or respelled (Teresa-May; "Jace
// spoke" or "Costa Rica" for a listed Rice are no evidence). "" when there
// is none.
func misrendered(ix *nameIndex, target string, forms []*glossary.Term, taken func(a, b int) bool) string {
	var words, own, surnames []string
	var heads [][2]string // the given names and surname of a form of given names first
	for _, t := range forms {
		ws := strings.Fields(t.Text)
		if len(ws) >= 2 && !t.Status.Forbidden() {
			// The surname: the first word of a Korean-style name (Han
			// Seung-soo, Kim Jong-un), else the last.
			if surnameFirst(ws) {
				surnames = append(surnames, ws[0])
			} else {
				surnames = append(surnames, ws[len(ws)-1])
				heads = append(heads, [2]string{t.Text[:strings.LastIndexByte(t.Text, ' ')+1], ws[len(ws)-1]})
			}
		}
		for _, w := range strings.FieldsFunc(t.Text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			own = append(own, w)
			if utf8.RuneCountInString(w) >= 4 && !t.Status.Forbidden() {
				words = append(words, w)
			}
		}
	}
	if len(words)+len(surnames) == 0 {
		return ""
	}
	for i := 0; i < len(target); {
		r, n := utf8.DecodeRuneInString(target[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		j := i
		for j < len(target) {
			r2, n2 := utf8.DecodeRuneInString(target[j:])
			if !unicode.IsLetter(r2) {
				break
			}
			j += n2
		}
		w := target[i:j]
		if unicode.IsUpper(r) && !taken(i, j) && (!ix.vocab[w] || slices.Contains(own, w)) && !ordinaryWord(target, i, j) {
			if slices.Contains(surnames, w) {
				if span := nameSpan(target, i, j); span != w && strings.ContainsAny(span, " -") && !particleLed(span, w) {
					return span // the surname with another given name
				}
			}
			if span := lengthenedSurname(target, i, j, heads); span != "" {
				return span // the given names with the surname lengthened (Mehmet Cetinkaya)
			}
			if span := respeltSurnameAfterHead(target, i, j, heads); span != "" {
				return span // the given names with the surname respelt (Aung San Suu Ki; respelling.go)
			}
			for _, f := range words {
				if respelt(w, f) {
					if span := nameSpan(target, i, j); utf8.RuneCountInString(w) >= 6 || shared(span, own) >= 2 {
						return span
					}
				}
			}
		}
		i = j
	}
	return ""
}

// shared counts the words of span that are words of own or one letter from
// one (Teresa-May: 2 for Theresa May).
func shared(span string, own []string) int {
	n := 0
	for _, w := range strings.FieldsFunc(span, func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, o := range own {
			if w == o || respelt(w, o) {
				n++
				break
			}
		}
	}
	return n
}

// respelt reports whether w is f with one letter changed, added, dropped or
// swapped (two in words of eight letters or more), the first letter kept.
func respelt(w, f string) bool {
	if w == f || utf8.RuneCountInString(w) < 4 {
		return false
	}
	a, _ := utf8.DecodeRuneInString(w)
	b, _ := utf8.DecodeRuneInString(f)
	if unicode.ToLower(a) != unicode.ToLower(b) {
		return false
	}
	max := 1
	if utf8.RuneCountInString(f) >= 8 {
		max = 2
	}
	d := distance(strings.ToLower(w), strings.ToLower(f), max)
	return d >= 1 && d <= max
}

// nameSpan widens target[a:b] to the words joined to it: a capitalized word
// before it (not a role noun such as Minister or President), and after it
// a capitalized word or a hyphenated part (Sung-soo): the name the
// finding quotes.
func nameSpan(target string, a, b int) string {
	for a > 1 && (target[a-1] == ' ' || target[a-1] == '-') {
		k := upperWordBefore(target, a-1)
		if k < 0 {
			break
		}
		if lw := strings.ToLower(target[k : a-1]); roleNouns[lw] || spanStop[lw] || openingWord(target, k, lw) || titleOfObject(target, k) {
			break
		}
		a = k
	}
	for b+1 < len(target) && (target[b] == ' ' && upperAt(target, b+1) || target[b] == '-') {
		k := b + 1
		for k < len(target) {
			r, n := utf8.DecodeRuneInString(target[k:])
			if !unicode.IsLetter(r) {
				break
			}
			k += n
		}
		if k == b+1 {
			break
		}
		b = k
	}
	return target[a:b]
}

// titleOfObject reports whether the capitalized word at k follows "of"
// after a capitalized word: the end of a title or a name of its own
// (Hall of Famer, Secretary of State), no given name of the person after
// it. Session 26 (helper T86): nameSpan gave "Famer Tom Lasorda" for
// "Hall of Famer Tom Lasorda" (g106 kpc-test 332, judged false); the
// wife of John Smith still gives John Smith (TestNameSpanTitleOf).
func titleOfObject(text string, k int) bool {
	return k >= 5 && text[k-4:k] == " of " && upperWordBefore(text, k-4) >= 0
}

// spanStop are words capitalized before a name that are no part of it ("By
// Chung Eui-yung" in a byline, "Mr Han").
var spanStop = map[string]bool{"by": true, "in": true, "at": true, "on": true, "of": true, "the": true, "a": true, "an": true,
	"for": true, "to": true, "with": true, "from": true, "and": true, "as": true, "but": true, "if": true, "when": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "says": true, "said": true}

// upperWordBefore returns the start of the capitalized word that ends at
// end, or -1.
func upperWordBefore(text string, end int) int {
	i := end
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	if i == end || !upperAt(text, i) {
		return -1
	}
	return i
}

// personRendering returns the span of the English of pr that gives the
// person e in a wrong form: e's short form inside another name (inOther:
// "Medvedev" of "Dimitry Medvedev", "Han" of "Han Sung-soo"), another
// listed person the source (sm) does not name, or a respelled word of one
// of e's forms (misrendered); a span that romanizes another Hangul name of
// the source is none (at: the person's match in the source). "" when there
// is none.
func (c *Checker) personRendering(e *glossary.Entry, pr Pair, at glossary.Match, sm, tm, inOther []glossary.Match) string {
	for _, m := range inOther {
		if slices.Contains(m.Entries, e) || m.Entry == e {
			if span := nameSpan(pr.Target, m.Start, m.End); !otherKoreanName(pr.Source, at.Start, at.End, span) {
				return span
			}
		}
	}
	// Another listed person in its place, whom the source does not name
	// (Sebastian Vettel for 루이스 해밀턴).
	for _, m := range tm {
		if m.Entry == e || m.Short || m.Entry.Type != glossary.Person || m.Term.Status.Forbidden() {
			continue
		}
		named := false
		for _, s := range sm {
			named = named || s.Entry == m.Entry
		}
		if named || inLongerName(pr.Target, m) || sourceSpells(pr.Source, at.Start, at.End, pr.Target[m.Start:m.End]) {
			continue // a name the source gives too (Mahmoud Abbas beside 마무드 아바스: respelling.go)
		}
		if span := pr.Target[m.Start:m.End]; !otherKoreanName(pr.Source, at.Start, at.End, span) {
			return span
		}
	}
	taken := func(a, b int) bool {
		for _, m := range tm {
			if m.Start < b && a < m.End && m.Entry != e && !capitalizedCommon(pr.Target, m) {
				return true
			}
		}
		return false
	}
	if span := misrendered(c.nameIndex(pr.TargetLang), pr.Target, e.TermsIn(pr.TargetLang), taken); span != "" &&
		!otherKoreanName(pr.Source, at.Start, at.End, span) {
		return span
	}
	if span := replacedSurname(pr, at, e.TermsIn(pr.TargetLang), taken); span != "" && !otherKoreanName(pr.Source, at.Start, at.End, span) {
		return span // Uma Thurston for Uma Thurman (lengthened.go)
	}
	if span := titledReplacement(pr, at, e.TermsIn(pr.TargetLang), taken); span != "" {
		return span // Prime Minister Olmer for 올메르트 총리 (respelling.go)
	}
	if span := titledFullName(pr, at, e.TermsIn(pr.TargetLang), taken); span != "" {
		return span // Attorney General Eric Holder for 제프 세션스 법무장관 (respelling.go)
	}
	if span := titledGivenReplacement(pr, at, sm, e.TermsIn(pr.TargetLang), taken); span != "" {
		return span // Deputy convenor Peter Salvo for 피터 소발리스 부의장 (respelling.go)
	}
	if span := bareReplacement(pr, at, e.TermsIn(pr.TargetLang), taken); span != "" {
		return span // Pickett for 피킨스 (respelling.go)
	}
	if span := givenReplacement(pr, at, e.TermsIn(pr.TargetLang), taken); span != "" {
		return span // Hillary Cox for 힐러리 폭스 (respelling.go)
	}
	if span := titledMisspelt(pr.Source[at.Start:at.End], pr.Target, e.TermsIn(pr.TargetLang)); span != "" {
		return span // Treasury Secretary Henry Poulsen for 폴슨 재무장관 (respelling.go)
	}
	if span := subjectFullName(pr, at, e.TermsIn(pr.TargetLang), taken); span != "" {
		return span // Ismail Haniyeh for 마무드 아바스 수반은 (respelling.go)
	}
	return ""
}

// otherKoreanName reports whether span, a name of the English, is a usual
// romanization of a Hangul word of source outside the person's own form
// (source[start:end]), read as a Korean name with up to two syllables of a
// particle left out: the English names another Korean the source names
// (Kim Yo-jong for 김여정 beside 김정은), no misrendering.
func otherKoreanName(source string, start, end int, span string) bool {
	for i := 0; i < len(source); {
		r, n := utf8.DecodeRuneInString(source[i:])
		if r < 0xAC00 || r > 0xD7A3 {
			i += n
			continue
		}
		j := i
		var rs []rune
		for j < len(source) {
			r2, n2 := utf8.DecodeRuneInString(source[j:])
			if r2 < 0xAC00 || r2 > 0xD7A3 {
				break
			}
			rs = append(rs, r2)
			j += n2
		}
		if j <= start || i >= end {
			for cut := 0; cut <= 2 && len(rs)-cut >= 2; cut++ {
				if w := rs[:len(rs)-cut]; len(w) <= 4 && romanized(string(w), span) != "" {
					return true
				}
			}
		}
		i = j
	}
	return false
}

// namedBeside reports whether the English segment right before the pair or
// right after it names the entry e (any form, judged as leniently as in
// the pair): a person, and from session 11 (helper T2) a place, body,
// title or term.
func (c *Checker) namedBeside(e *glossary.Entry, pr Pair) bool {
	names := func(text string) bool {
		return text != "" && c.present(e, text, strings.ToLower(text), pr.TargetLang)
	}
	return len(pr.TargetBefore) > 0 && names(pr.TargetBefore[len(pr.TargetBefore)-1]) || names(pr.TargetAfter)
}

// surnameFirst reports whether the words ws of a name of two words or more
// are written surname first, the Korean way: a hyphenated given name last
// and an unhyphenated first word (Han Seung-soo, Kim Jong-un).
func surnameFirst(ws []string) bool {
	return len(ws) >= 2 && strings.Contains(ws[len(ws)-1], "-") && !strings.Contains(ws[0], "-")
}

// namedAround reports whether a place, body, title or term e that the
// pair's target lacks is named in the English beside it the way a sound
// pair leaves a name to its neighbour (session 11, helper T3): the pair
// must read as aligned, the target having another entry of the source
// (found > 0) or e being the source's only entry (anchors == 1), and not
// starting with a lower-case letter (the rest of a split sentence,
// "killed at least 21 miners, state-run media reported"); then e
// named in the English segment right before counts, and in the one right
// after only when that pair's own source names e too (the English naming
// it once for two Korean mentions). A name the English gives only in the
// next segment, whose Korean lacks it, moved there: a shifted pair, a
// finding (judged real on the checkreal parts: typhoon, CNN, Yemen).
func (c *Checker) namedAround(e *glossary.Entry, pr Pair, anchors, found int) bool {
	if found == 0 && anchors != 1 {
		return false // the target has none of the source's entries: broken
	}
	for _, r := range pr.Target { // the first letter
		if unicode.IsLetter(r) {
			if unicode.IsLower(r) {
				return false
			}
			break
		}
	}
	tnames := func(text string) bool {
		return text != "" && c.present(e, text, strings.ToLower(text), pr.TargetLang)
	}
	if len(pr.TargetBefore) > 0 && tnames(pr.TargetBefore[len(pr.TargetBefore)-1]) {
		return true
	}
	return tnames(pr.TargetAfter) && pr.After != "" && c.present(e, pr.After, strings.ToLower(pr.After), pr.SourceLang)
}

// capitalizedCommon reports whether m, a match of a listed form written in
// lower case only (a common noun: "brewer"), is written capitalized inside
// a sentence: a word of a name there ("Scott Brewer" for Scott Brewster,
// session 17, helper T12), which is evidence of a misrendered person as any
// capitalized word is, not another entry's term. At a sentence start the
// capital says nothing, and the match keeps its word.
func capitalizedCommon(text string, m glossary.Match) bool {
	if m.Term == nil || !upperAt(text, m.Start) || sentenceStart(text, m.Start) {
		return false
	}
	for _, r := range m.Term.Text {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// inLongerName reports whether m, a listed person's form of one word, is a
// word of a longer name in text, capitalized words joined to it (nameSpan):
// "Mohammed" of "Jassim Mohammed Jaffer" is a given name of someone the
// list does not have, not the prophet the list gives as Mohammed (session
// 17, helper T14, after T10's note on house15). A form of two words or
// more (Sebastian Vettel) is its person wherever it stands.
func inLongerName(text string, m glossary.Match) bool {
	form := text[m.Start:m.End]
	if strings.ContainsAny(form, " -") {
		return false
	}
	return nameSpan(text, m.Start, m.End) != form && !plainWordBefore(text, m.Start, m.End) // "Yesterday Mohammed" is no longer name
}

// Session 17 (helper T15, issue #11; house17, held-out-glossary-17, seen):
// two readings of a name span that made the English's own name of the
// person a misrendering, an error. "Although Hawke never named Keith": the
// sentence's first word, an ordinary one, was read as Hawke's given name
// (openingWord; T10's and T12's sentenceWords, which plainWordBefore reads
// for first mentions). "Von Hagens, a self-styled iconoclast": the
// particle of the surname (capitalized at a sentence start) was read as
// another given name for the listed short form Hagens (particleLed).

// openingWord reports whether lw, the lower-case capitalized word at k
// before a name, is an ordinary word that opens the sentence (Although,
// Later, Then ...: sentenceWords), no given name.
func openingWord(text string, k int, lw string) bool {
	return sentenceWords[lw] && sentenceStart(text, k)
}

// particleLed reports whether span is the surname w after particles of a
// surname only (Von Hagens, Van Gogh, De la Cruz, Al-Assad, bin Laden):
// the person's surname as the English writes it in full.
func particleLed(span, w string) bool {
	if !strings.HasSuffix(span, w) {
		return false
	}
	head := span[:len(span)-len(w)]
	if head == "" {
		return false
	}
	for _, p := range strings.FieldsFunc(head, func(r rune) bool { return r == ' ' || r == '-' }) {
		if !surnameParticles[strings.ToLower(p)] {
			return false
		}
	}
	return true
}

// surnameParticles are the words that stand before a surname as part of it
// (von Hagens, van Gogh, de la Cruz, al-Assad, bin Laden, O'... aside).
var surnameParticles = setOf("von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "des", "la", "le",
	"al", "el", "bin", "ibn", "ter", "ten", "dos", "das", "vom", "zu")
