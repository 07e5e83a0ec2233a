package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 25 (helper T77, issue #11): a listed one-word Korean surname
// after another given name that the English, or a Latin gloss, gives.
// otherGivenBefore (othergiven.go) reads another person's given name from
// the Korean alone and so only where it is plainly a transliteration of
// two syllables or more with no particle; two of house91's false alarms
// fell outside it (held-out-glossary-91, ntrex-even 623 and 640, judged
// false): 에두아르도 로드리게스(Eduardo Rodríguez Veltzé), a former
// president of Bolivia, not the list's Alex Rodriguez (lexicon.Stem reads
// the 도 of 에두아르도 as the particle "also"), and 톰 브라운(Thom Browne),
// the designer, not Gordon Brown (톰 is one syllable). An editor hears the
// word before the surname in the English: otherGivenNamed reads a whole
// Hangul word right before the form (after a space, with no letter or
// digit before it, no title) that a capitalized word of latin sounds as
// (soundsAs), that word standing right before, after one space, a
// capitalized word that sounds as the form, and being no word of the
// entry's Latin forms; nor is the Hangul word the first word of one of the
// entry's Korean forms (고든 브라운 is the person, however the English spells
// him). latin is the pair's English for target-term-missing, and the Latin
// gloss bracketed right after the form (latinGlossAfter) for the Korean of
// an article (first-mention), where the same form bare later is the other
// person too (otherGivenForms). A one-syllable word is read only so: 팀, 짐,
// 밥 and 빌 are Korean words as well, and the English decides
// (TestOtherGivenNamed). A short form of the person's own given name reads
// so too (톰 라소다, "Tom Lasorda", beside a listed Tommy Lasorda;
// held-out-glossary-47, kpc-test 332, judged false as a usual rendering):
// no target-term-missing either way, rightly.

// otherGivenNamed reports whether the one-word Korean person form of match
// m in text stands right after another person's given name that latin
// gives before the surname (see above).
func otherGivenNamed(text string, m glossary.Match, latin string) bool {
	e := m.Entry
	if e == nil || e.Type != glossary.Person || latin == "" || m.Start < 2 || text[m.Start-1] != ' ' {
		return false
	}
	form := otherGivenSurname(e, text[m.Start:m.End]) // one word, or a titled surname's (othergiven_titled.go)
	if form == "" {
		return false
	}
	w := hangulRunBefore(text, m.Start-1)
	if w == "" || isPersonTitle(w) {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(text[:m.Start-1-len(w)]); unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false // part of a longer word
	}
	var forms []*glossary.Term
	for _, t := range e.Terms {
		if isLatinForm(t.Text) {
			forms = append(forms, t)
		} else if first, _, ok := strings.Cut(t.Text, " "); ok && first == w {
			return false // the person's own given name
		}
	}
	return soundedPair(latin, w, form, func(x, _ string) bool { return !personWord(x, forms) })
}

// soundedPair reports whether latin has two capitalized words, one space
// apart, that sound as the Hangul words w and form (soundsAs), for which
// ok(first, second) holds.
func soundedPair(latin, w, form string, ok func(x, y string) bool) bool {
	for i := 0; i < len(latin); {
		if !upperAt(latin, i) || i > 0 && isLetterByte(latin[i-1]) {
			i++
			continue
		}
		x := wordAt(latin, i)
		if x == "" {
			i++
			continue
		}
		end := i + len(x)
		if end+1 < len(latin) && latin[end] == ' ' && upperAt(latin, end+1) && soundsAs(w, x) {
			if y := wordAt(latin, end+1); y != "" && soundsAs(form, y) && ok(x, y) {
				return true
			}
		}
		i = end
	}
	return false
}

// latinGlossAfter is the text bracketed right after Korean match m and its
// particle, when it holds Latin letters and no Hangul, no bracket and no
// line break (로드리게스(Eduardo Rodríguez Veltzé)); "" otherwise.
func latinGlossAfter(text string, m glossary.Match) string {
	at := m.End + len(m.Suffix)
	if at >= len(text) || text[at] != '(' {
		return ""
	}
	in, _, ok := strings.Cut(text[at+1:], ")")
	if !ok || strings.ContainsAny(in, "(\n") || hasHangul(in) {
		return ""
	}
	for _, r := range in {
		if latinLetter(r) {
			return in
		}
	}
	return ""
}
