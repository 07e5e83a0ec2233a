package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 25 (helper T76, issue #11): four more ways the English refers to
// a person the Korean names, from the default false alarms of house91
// (held-out-glossary-91, a person list written from the KPC test Korean
// side; seen from then on). Each counts only where a finding says the
// person is absent (target-term-missing), and is read for that source
// match alone (secondReference):
//
//   - The government named after its head (governmentRendered): 부시
//     정부는, 부시 미 행정부와 (a one-syllable country word between) name
//     the administration, not the person; the English renders it by
//     "the administration" (kpc-test 123; each Korean noun by its own
//     English nouns, governmentNouns), or the English segment before,
//     whose sentence the pair goes on (no stop at its end), by the
//     person's surname and that noun ("The Bush administration and other
//     members of the U.N. Security Council —", kpc-test 1096).
//   - The person's given names (givenNamesAfterFull): all the words of an
//     allowed English full form but the surname, together and with no
//     other capitalized word after them ("Jamie Lynn said", "Jamie Lynn's
//     immediate family"), where the Korean gives the first of them (제이미)
//     or the article's English named the person before: the usual second
//     reference beside a relative of the same surname (kpc-test 923, 926,
//     927). givenNameReference read a one-word given name only, and none
//     before another capitalized word.
//   - The surname of a forbidden full form (forbiddenSurnameEarlier): the
//     article's English named the person by a forbidden form ("Khaled
//     Meshaal", deprecated-term's finding there) and the pair gives its
//     surname alone ("Abbas and Meshaal said", kpc-test 1611): the person
//     is there, in the spelling already reported.
//   - The subject of a split sentence (splitSubject): the English goes on
//     the sentence of the segment before ("and reportedly was to
//     receive ..."), and that sentence's subject describes a person ("The
//     younger sister of Britney Spears poses ...") the article's English
//     named before: the Korean repeats the name (kpc-test 918).
//
// A broken pair that begins mid-sentence with no shared subject ("that
// these people showed him ...", g68 kpc-dev 653, judged real) is still
// reported: splitSubject needs a conjunction and a verb, no subject.

// secondReference reports whether the English of pr refers to person m in
// one of the ways above.
func (c *Checker) secondReference(m glossary.Match, pr Pair) bool {
	if m.Entry.Type != glossary.Person || !isEnglish(pr.TargetLang) {
		return false
	}
	return governmentRendered(m, pr) || c.givenNamesAfterFull(m, pr) || forbiddenSurnameEarlier(m, pr) || c.splitSubject(m, pr)
}

// governmentNouns are the Korean nouns of a government named after its
// head, longest first, and the English nouns that render each.
var governmentNouns = []struct {
	ko string
	en []string
}{
	{"행정부", []string{"administration"}}, // "The government" for 클린턴 행정부 stays a finding (TestAttributiveSurname, session 23)
	{"정부", []string{"government", "administration"}},
	{"내각", []string{"cabinet", "government"}},
	{"정권", []string{"regime", "government", "administration"}},
}

// koreanGovernment returns the English nouns of the government noun that
// follows the Korean person form at start:end of source (one space, maybe
// a one-syllable country word and a space between, a particle after it),
// or nil.
func koreanGovernment(source string, start, end int) []string {
	if end+1 >= len(source) || source[end] != ' ' {
		return nil
	}
	i := end + 1
	if w := hangulWordAt(source, i); utf8.RuneCountInString(w) == 1 && i+len(w) < len(source) && source[i+len(w)] == ' ' {
		i += len(w) + 1 // 부시 미 행정부: the country between
	}
	w := hangulWordAt(source, i)
	for _, g := range governmentNouns {
		if rest, ok := strings.CutPrefix(w, g.ko); ok && (rest == "" || stripParticle(w) == g.ko) {
			return g.en
		}
	}
	return nil
}

// governmentRendered reports whether every place the source gives person
// m's form names a government after the person (koreanGovernment) and the
// English renders it (see above).
func governmentRendered(m glossary.Match, pr Pair) bool {
	form := pr.Source[m.Start:m.End]
	if strings.Contains(form, " ") {
		return false
	}
	var ens []string
	for at := range occurrences(pr.Source, form) {
		if r, _ := utf8.DecodeLastRuneInString(pr.Source[:at]); at > 0 && (isHangulSyllable(r) || r == '-') {
			continue // inside another word: 안호이저-부시
		}
		g := koreanGovernment(pr.Source, at, at+len(form))
		if g == nil {
			return false // the person named otherwise too: 부시는
		}
		ens = g
	}
	if ens == nil {
		return false
	}
	lower := strings.ToLower(pr.Target)
	for _, en := range ens {
		if hasWord(lower, en) {
			return true
		}
	}
	if len(pr.TargetBefore) == 0 {
		return false
	}
	prev := pr.TargetBefore[len(pr.TargetBefore)-1]
	if sentenceEnds(prev) {
		return false
	}
	for _, t := range m.Entry.TermsIn(pr.TargetLang) {
		s := formSurname(t.Text)
		if s == "" || t.Status.Forbidden() {
			continue
		}
		for at := range occurrences(prev, s) {
			if !wordStartAt(prev, at) || !strings.HasPrefix(prev[at+len(s):], " ") {
				continue
			}
			if w := strings.ToLower(wordAt(prev, at+len(s)+1)); w != "" && containsString(ens, w) {
				return true
			}
		}
	}
	return false
}

// sentenceEnds reports whether English text ends a sentence: a stop, a
// question or exclamation mark, maybe a closing quotation mark or
// bracket after it.
func sentenceEnds(text string) bool {
	t := strings.TrimRight(text, " \"”’')")
	if t == "" {
		return true
	}
	switch t[len(t)-1] {
	case '.', '!', '?':
		return true
	}
	return false
}

// givenNamesAfterFull reports whether the English of pr gives all the
// words but the surname of an allowed English full form of person m (two
// words at least: "Jamie Lynn" of Jamie Lynn Spears), as words of their
// own with no capitalized word after them, and either the Korean names
// the person by a one-word form that spells the first of them (제이미 for
// Jamie: the Korean's given-name reference too) or the article's English
// before named the person by a listed form. A KPC line no stretch dates
// reads only the three pairs before it (sets.tsv's context=), too few for
// the article's first naming (kpc-test 923 names her 8 lines after it).
func (c *Checker) givenNamesAfterFull(m glossary.Match, pr Pair) bool {
	ko := pr.Source[m.Start:m.End]
	ok, spelt := false, false
	for _, t := range m.Entry.TermsIn(pr.TargetLang) {
		ws := strings.Fields(t.Text)
		if t.Status.Forbidden() || len(ws) < 3 {
			continue
		}
		given := strings.Join(ws[:len(ws)-1], " ")
		for at := range occurrences(pr.Target, given) {
			end := at + len(given)
			if !wordStartAt(pr.Target, at) || end < len(pr.Target) && (isLetterByte(pr.Target[end]) || pr.Target[end] == '-') {
				continue
			}
			if end+1 < len(pr.Target) && pr.Target[end] == ' ' && upperAt(pr.Target, end+1) {
				continue // another surname after them
			}
			ok = true
			spelt = spelt || !strings.Contains(ko, " ") && soundsLike(ko, ws[0])
			break
		}
	}
	return ok && (spelt || c.namedInTargetBefore(m.Entry, pr))
}

// forbiddenSurnameEarlier reports whether the English of pr gives alone the
// surname of a forbidden English full form of person m that the article's
// English before wrote in full, a surname no allowed form has.
//
// Session 27 (helper T102, issue #11): a surname with a lower-case Arabic
// article prefix (al-, el-, ul-: Walid al-Moualem) is read too, also
// capitalized opening a sentence ("Al-Moualem said"), as T97's
// formSurnameAlone reads an allowed form's (person_formsurname.go).
// house135 forbids Walid al-Moualem; NTREX 1952 names him so (reported
// there, deprecated-term) and 1958 writes "Al-Moualem said ..." (g135
// ntrex-even 1958, target-term-missing, judged false by the lead's ruling
// of session 26: a person named earlier in the story by a forbidden full
// form is there at the later surname, the desk fixes the first). Only
// the same entry's forbidden form, in the English of the same story
// (Pair.TargetBefore: the document's targets before the pair, the KPC
// story by context=, NTREX by docid), earlier.
func forbiddenSurnameEarlier(m glossary.Match, pr Pair) bool {
	if len(pr.TargetBefore) == 0 {
		return false
	}
	terms := m.Entry.TermsIn(pr.TargetLang)
	for _, t := range terms {
		if !t.Status.Forbidden() {
			continue
		}
		s := formSurname(t.Text)
		if s == "" {
			if w := lastNameWord(t.Text); w != "" {
				if a, _ := splitArticle(w); a != "" && a == strings.ToLower(a) {
					s = w // al-Moualem
				}
			}
		}
		if s == "" || !surnameAloneIn(pr.Target, s) && !articleCapitalAlone(pr.Target, s) {
			continue
		}
		own := false
		for _, o := range terms {
			if !o.Status.Forbidden() && (hasWordCase(o.Text, s) || hasWordCase(o.Short, s)) {
				own = true
			}
		}
		if own {
			continue
		}
		for _, b := range pr.TargetBefore {
			if hasWordCase(b, t.Text) {
				return true
			}
		}
	}
	return false
}

// articleCapitalAlone reports whether text holds surname s, whose lower-case
// article prefix is written capitalized (Al-Moualem for al-Moualem), as a
// surname alone (surnameAloneIn).
func articleCapitalAlone(text, s string) bool {
	a, stem := splitArticle(s)
	if a == "" || a != strings.ToLower(a) {
		return false
	}
	return surnameAloneIn(text, strings.ToUpper(a[:1])+a[1:]+stem)
}

// hasWordCase reports whether text holds w, case kept, with no letter or
// digit right before or after it.
func hasWordCase(text, w string) bool {
	if w == "" {
		return false
	}
	for at := range occurrences(text, w) {
		end := at + len(w)
		if r, _ := utf8.DecodeLastRuneInString(text[:at]); at > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(text[end:]); end < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		return true
	}
	return false
}

// splitSubject reports whether the English of pr goes on the sentence of
// the English segment before with a conjunction and no subject of its own
// ("and reportedly was ...", "but said ..."), that sentence opens with a
// description of a person (the, up to four words, a kin or role noun: "The
// younger sister of Britney Spears"), and the article's English named
// person m before that segment.
func (c *Checker) splitSubject(m glossary.Match, pr Pair) bool {
	n := len(pr.TargetBefore)
	if n < 2 {
		return false
	}
	ws := strings.Fields(pr.Target)
	if len(ws) < 2 || ws[0] != "and" && ws[0] != "but" || thirdPersonWords[strings.ToLower(ws[1])] || articles[strings.ToLower(ws[1])] || upperAt(ws[1], 0) {
		return false // a subject of its own
	}
	prev := pr.TargetBefore[n-1]
	if !descriptionSubject(lastSentence(prev)) {
		return false
	}
	return c.namedInTargetBefore(m.Entry, Pair{TargetBefore: pr.TargetBefore[:n-1], TargetLang: pr.TargetLang})
}

// lastSentence returns the last sentence of English text (after the last
// stop, question or exclamation mark and a space), or text.
func lastSentence(text string) string {
	t := strings.TrimRight(text, " ")
	for i := len(t) - 2; i > 0; i-- {
		if t[i] == ' ' && (t[i-1] == '.' || t[i-1] == '?' || t[i-1] == '!') && i+1 < len(t) && upperAt(t, i+1) {
			return t[i+1:]
		}
	}
	return t
}

// descriptionSubject reports whether English sentence s opens with "The",
// at most three words and a kin or role noun.
func descriptionSubject(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || ws[0] != "The" {
		return false
	}
	for _, w := range ws[1:min(len(ws), 5)] {
		lw := strings.ToLower(strings.TrimRight(w, ",;:"))
		if kinEn[lw] || roleNouns[lw] {
			return true
		}
	}
	return false
}
