package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
	"bitext/lexicon"
)

// Session 25 (helper T75, issue #11): a listed one-word Korean surname
// right after another person's given name. Lists give a person's surname
// alone as a Korean form (슈뢰더 for Gerhard Schroeder), and other people
// bear the surname: 당시 콜로라도 민주당 연방하원의원이었던 패트리샤 슈뢰더 is
// Patricia Schroeder, a U.S. congresswoman, and first-mention read
// house89's 슈뢰더 as the chancellor named by surname alone
// (held-out-glossary-89, ntrex-even 1927, judged false). An editor reads
// the word before the surname: a foreign given name that is not the
// person's makes another person. otherGivenBefore reads one, from the
// Korean alone, where the form is one Hangul word after one space and the
// word before it
//
//   - is one whole Hangul word of two syllables or more with no particle or
//     ending (lexicon.Stem leaves it whole: not 그러나, 밝히며, 에서, 라고),
//     no title, and no word of the core lexicon (lexicon.Core: not 독일,
//     당시, 대통령);
//   - is written as a transliteration is (epentheticWord): a syllable of
//     the vowel ㅡ with no final after ㄷ ㄹ ㅂ ㅅ ㅈ ㅊ ㅋ ㅌ or ㅍ, the vowel a
//     Korean spelling of a foreign name puts after a consonant (패트리샤,
//     크리스, 스콧, 이그나시오; a native word has few: not 그날, 드디어,
//     슬프게);
//   - is none of the person's given names: no first word of the entry's
//     Korean full forms, and no romanization beginning as a word before
//     the surname of the entry's English forms does (sameInitial: 게하르트
//     for Gerhard stays the person, misspelt).
//
// Such a surname names another person: no first mention, no second
// spelling of the entry, and the entry's later bare uses of the same form
// in the article go with the other person (mentions); no target-term-
// missing for the pair either (appendPair). Korean given names (one or
// two syllables, no ㅡ) and vocabulary words are left alone: the rule
// reads only what is plainly a foreign given name (TestOtherGivenBefore).

// otherGivenBefore reports whether the one-word Korean person form of
// match m in text stands right after another person's given name (see
// above).
func otherGivenBefore(text string, m glossary.Match) bool {
	e := m.Entry
	if e == nil || e.Type != glossary.Person || m.Start < 2 || text[m.Start-1] != ' ' {
		return false
	}
	if otherGivenSurname(e, text[m.Start:m.End]) == "" { // one word, or a titled surname (othergiven_titled.go)
		return false
	}
	w := hangulRunBefore(text, m.Start-1)
	if utf8.RuneCountInString(w) < 2 || !epentheticWord(w) {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(text[:m.Start-1-len(w)]); unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false // part of a longer word
	}
	if lexicon.Stem(w) != w || isPersonTitle(w) || strings.HasSuffix(w, "장") || len(lexicon.Core().Translations(w)) > 0 {
		return false
	}
	return !ownGivenName(e, w) // the person's own given name, or one spelt otherwise (othergiven_titled.go)
}

// epentheticWord reports whether the Hangul word w has a syllable of the
// vowel ㅡ and no final consonant after one of the consonants a
// transliteration ends a foreign consonant with (드 르 브 스 즈 츠 크 트 프),
// or 그 past the first syllable (이그나시오), a transliteration's mark, and
// does not end as a connective or an adverb does (게 어 며 고 서 면 요 까:
// 슬프게, 드디어). 그 first (그때, 그녀, 그날) and 느 (느리게) are native
// words' far more often than a loan's.
func epentheticWord(w string) bool {
	last, _ := utf8.DecodeLastRuneInString(w)
	if strings.ContainsRune("게어며고서면요까", last) {
		return false
	}
	for i, r := range w {
		if isHangulSyllable(r) {
			x := int(r - 0xAC00)
			if x%28 == 0 && x%588/28 == 18 && (strings.ContainsRune(epentheticInitials, rune(x/588)) || i > 0 && x/588 == 0) {
				return true
			}
		}
	}
	return false
}

// epentheticInitials are the initial consonants (their indexes among the
// 19 of Hangul syllables) of epentheticWord: ㄷ ㄹ ㅂ ㅅ ㅈ ㅊ ㅋ ㅌ ㅍ.
const epentheticInitials = "\x03\x05\x07\x09\x0c\x0e\x0f\x10\x11"

// otherGivenForms remembers, for one Korean article, the entries whose
// one-word form named another person (otherGivenBefore) and that form:
// the same form again, bare, is that person (그때 슈뢰더 의원은 after 패트리샤
// 슈뢰더), no mention of the entry.
type otherGivenForms map[*glossary.Entry]string

// other reports whether Korean match m names another person than its
// entry: after another given name, or by a form that did so earlier in
// the article. It records the first.
func (o *otherGivenForms) other(c *Checker, text string, m glossary.Match) bool {
	if m.Entry == nil || m.Entry.Type != glossary.Person {
		return false
	}
	if f, ok := (*o)[m.Entry]; ok && f == text[m.Start:m.End] {
		return true
	}
	if !c.namesOtherGiven(text, m, latinGlossAfter(text, m)) { // othergiven_named.go, othergiven_titled.go
		return false
	}
	if *o == nil {
		*o = otherGivenForms{}
	}
	(*o)[m.Entry] = text[m.Start:m.End]
	return true
}
