package check

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
	"bitext/romanize"
)

// Session 29 (helper T118, issue #11): a listed Korean titled surname
// inside another person's full name. house184 lists Harry Reid's 리드
// 상원의원 (Sen. Reid), and the Korean "척 하겔과 잭 리드 상원의원과 함께" names
// Sen. Jack Reed of Rhode Island, whom the English names ("Democrat Jack
// Reed"): target-term-missing read the titled form as Harry Reid missing
// from the English (held-out-glossary-184, kpc-test 587, judged false).
// otherGivenBefore (othergiven.go: 패트리샤 슈뢰더) and otherGivenNamed
// (othergiven_named.go: 톰 브라운, Thom Browne) read another person's given
// name right before a one-word Korean surname only; otherGivenSurname
// lets both read the surname of a titled form too: one Hangul word and
// the titles untitledRole strips (리드 상원의원, 슈뢰더 하원의원), the word
// before the surname then read as for the bare surname (epentheticWord
// from the Korean alone; a one-syllable 잭 only where the English gives
// "Jack" right before a word sounding as the surname). Only for a person
// whose English preferred form is in Western order (westernOrder: Harry
// Reid, not Moon Jae-in): a Korean's titled surname (김 대통령, 문 장관)
// after a Korean word is no full name of another person, and is left as
// it was. Such a form names another person: no mention of the entry, so
// no target-term-missing for the pair, no first mention, no deprecated-
// term for a titled form the list dates past the story's day
// (namesOtherGiven), and the same titled form later in the article is
// that person (otherGivenForms). TestOtherGivenTitled,
// TestOtherGivenTitledDated.

// otherGivenSurname returns the surname that otherGivenBefore and
// otherGivenNamed read in form, a Korean form of person e: form itself
// when it is one Hangul word, the one word before its titles when it is a
// titled surname of a person named in Western order (see above), ""
// otherwise.
func otherGivenSurname(e *glossary.Entry, form string) string {
	if !hangulOnly(form) {
		return ""
	}
	if !strings.Contains(form, " ") {
		return form
	}
	w, titled := untitledRole(form)
	if !titled || len(w) != 1 || !westernOrder(e) {
		return ""
	}
	return w[0]
}

// westernOrder reports whether person e's preferred Latin form is a name
// of two words or more written given name first (Harry Reid; not Moon
// Jae-in, surnameFirst).
func westernOrder(e *glossary.Entry) bool {
	for _, t := range e.Terms {
		if t.Status != glossary.Preferred || !isLatinForm(t.Text) {
			continue
		}
		if ws := strings.Fields(t.Text); len(ws) >= 2 && !surnameFirst(ws) {
			return true
		}
	}
	return false
}

// The word before the surname may also be a given name the list itself
// gives another person (a word the list's person does not have): with 잭
// 켐프 listed for Jack Kemp, 잭 리드 상원의원 is not Harry Reid's 리드
// 상원의원, whatever the English says, and a Korean article with no English
// beside it is read so too. otherListedGiven reads it: the Hangul word
// right before the form (one word or a titled surname: otherGivenSurname),
// after one space and no letter or digit before it, is the first word of
// a Korean form of two words or more (titles aside) of another person of
// the list named in Western order, that word sounding as the first word
// of the person's preferred Latin form (soundsAs: 잭 for Jack; not 아베 of
// 아베 신조, Shinzo Abe, a surname), and none of the entry's own given
// names (ownGivenName). The list's given names are read once a checker
// (listedGivenNames).

// otherListedGiven reports whether the Korean person form of match m in
// text stands right after a given name the list gives another person
// (see above).
func (c *Checker) otherListedGiven(text string, m glossary.Match) bool {
	e := m.Entry
	if e == nil || e.Type != glossary.Person || m.Start < 2 || text[m.Start-1] != ' ' || otherGivenSurname(e, text[m.Start:m.End]) == "" {
		return false
	}
	w := hangulRunBefore(text, m.Start-1)
	if w == "" {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(text[:m.Start-1-len(w)]); unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false // part of a longer word
	}
	owners := c.listedGivenNames()[w]
	if len(owners) == 0 || len(owners) == 1 && owners[0] == e {
		return false
	}
	return !ownGivenName(e, w)
}

// listedGivenNames maps each given name the list gives in Korean to the
// persons it gives it (see above), built once a checker.
func (c *Checker) listedGivenNames() map[string][]*glossary.Entry {
	c.givenOnce.Do(func() {
		m := map[string][]*glossary.Entry{}
		for _, e := range c.g.Entries {
			if e.Type != glossary.Person || !westernOrder(e) {
				continue
			}
			first := ""
			for _, t := range e.Terms {
				if t.Status == glossary.Preferred && isLatinForm(t.Text) {
					first, _, _ = strings.Cut(t.Text, " ")
					break
				}
			}
			for _, t := range e.Terms {
				if t.Status.Forbidden() || !hangulOnly(t.Text) {
					continue
				}
				ws, _ := untitledRole(t.Text)
				if len(ws) < 2 || !soundsAs(ws[0], first) || slices.Contains(m[ws[0]], e) {
					continue
				}
				m[ws[0]] = append(m[ws[0]], e)
			}
		}
		c.givenKo = m
	})
	return c.givenKo
}

// ownGivenName reports whether the Hangul word w is a given name of person
// e: a word before the last of one of its Korean forms, or a word a Latin
// form of it has before its last word that romanize.Word(w) begins as
// (sameInitial: 게하르트 for Gerhard, misspelt).
func ownGivenName(e *glossary.Entry, w string) bool {
	rw := romanize.Word(w)
	for _, t := range e.Terms {
		ws := strings.Fields(t.Text)
		for _, g := range ws[:max(0, len(ws)-1)] {
			if g == w || !hasHangul(g) && sameInitial(rw, g) {
				return true
			}
		}
	}
	return false
}

// namesOtherGiven reports whether the Korean person form of match m in
// text names another person after that person's given name: a
// transliteration's (otherGivenBefore), one the list gives another person
// (otherListedGiven), or one latin gives before a word sounding as the
// surname (otherGivenNamed; latin is the pair's English or a Latin gloss
// after the form, "" for none). Such a form is no deprecated-term of the
// entry either where the list dates it past the story's day (리드 상원의원
// of Harry Reid after 2017: 잭 리드 상원의원 is still Sen. Reed); a spelling
// the list forbids stays one for all who bear the surname (한니발 가다피,
// Gadhafi's son, by a forbidden 가다피: g86-kpc-test 398, judged real).
func (c *Checker) namesOtherGiven(text string, m glossary.Match, latin string) bool {
	return otherGivenBefore(text, m) || c.otherListedGiven(text, m) || otherGivenNamed(text, m, latin)
}

// englishOf is the pair's target when it is English, "" otherwise.
func englishOf(pr Pair) string {
	if isEnglish(pr.TargetLang) {
		return pr.Target
	}
	return ""
}
