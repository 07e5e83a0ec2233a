package check

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"bitext/glossary"
)

// Session 27 (helper T103, issue #11): a foreign person's Korean surname
// alone before the article's first mention by the full name ("보스트롬은
// 화요일에 말했다. 닉 보스트롬은 이어 ...": check16d-missed) is a first
// mention by a form that is not the full name, as T59's surnameBeforeFull
// reads "Karadzic spoke ... Radovan Karadzic" in English. The list gives
// no Korean short form, so the bare surname was no match. Read only where
// the surname plainly stands alone: the last word (two syllables or
// more) of the person's first Korean form of two Hangul words or more,
// opening a line or following punctuation (a quote, a stop, a comma), a
// particle or punctuation right after it (보스트롬은, 보스트롬,); no other
// person of the list ending a Korean form with that word, no match holding
// it, not in the headline (the article's first line) nor inside a quote
// the full name opens, not when the surname first stands in another name
// (세라 페일린의 장남 트랙 페일린이 ... 페일린은 ... 토드 페일린: g10-ntrex-even
// 1614, judged false; the English rule's own case, 1612), and not when the
// person's first mention was already reported. Left alone: a surname after another word (젭 부시는 ...
// 조지 부시: another given name; 이날 보스트롬은: not told apart from a
// name), a surname before a space (힐튼 호텔: a hotel; 트럼프 대통령: a
// titled form, another rule's). TestKoreanSurnameBeforeFull.

// koreanSurnameBeforeFull appends a first-mention warning for each person
// of a Korean article whose surname stands alone before the first mention
// by a full form (see above).
func (c *Checker) koreanSurnameBeforeFull(out []Finding, file, text string, ms []glossary.Match, lang language.Tag, p *pos, states map[*glossary.Entry]*mentionState) []Finding {
	var seen []*glossary.Entry
	for _, m := range ms {
		e := m.Entry
		if m.Short || e == nil || m.Term == nil || e.Type != glossary.Person || m.Term.Status.Forbidden() {
			continue
		}
		dup := false
		for _, o := range seen {
			dup = dup || o == e
		}
		if dup {
			continue
		}
		seen = append(seen, e)
		w := text[m.Start:m.End]
		if st := states[e]; st != nil && st.firstBad || !strings.Contains(w, " ") || !hangulOnly(w) {
			continue
		}
		s := w[strings.LastIndexByte(w, ' ')+1:]
		if utf8.RuneCountInString(s) < 2 {
			continue
		}
		at := koreanSurnameAloneAt(text, headlineEnd(text), m.Start, s)
		if at < 0 || firstHangulWordAt(text, s) != at || heldByMatch(ms, at, at+len(s)) || quotedBefore(text, at, m.Start) || c.koreanSurnameShared(e, s) {
			continue
		}
		pref := c.g.Preferred(e, lang)
		if pref == nil {
			continue
		}
		if st := states[e]; st != nil {
			st.firstBad = true
		}
		f := newFinding(file, RuleFirstMention, Warning, "CheckMsgFirstMention",
			map[string]any{"Found": s, "Expected": pref.Text, "Term": e.ID})
		p.place(&f, at, at+len(s))
		out = append(out, f)
	}
	return out
}

// koreanSurnameAloneAt returns the first place in text[from:to] where the
// Hangul word s stands alone (see above), or -1.
func koreanSurnameAloneAt(text string, from, to int, s string) int {
	for i := from; i < to; {
		k := strings.Index(text[i:to], s)
		if k < 0 {
			return -1
		}
		at := i + k
		i = at + len(s)
		if !aloneBefore(text, at) {
			continue
		}
		j := at + len(s)
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if !isHangulSyllable(r) {
				break
			}
			j += size
		}
		if j > at+len(s) && stripParticle(text[at:j]) != s {
			continue // 보스트로미: another word
		}
		if r, _ := utf8.DecodeRuneInString(text[j:]); j < len(text) && (r == ' ' || isHangulSyllable(r) || isWordRune(r)) && j == at+len(s) {
			continue // 힐튼 호텔: a word after it
		}
		return at
	}
	return -1
}

// aloneBefore reports whether the word at i of text opens a line or
// follows punctuation (after one space at most): no word before it.
func aloneBefore(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, size := utf8.DecodeLastRuneInString(text[:i])
	if r == ' ' {
		i -= size
		if i == 0 {
			return true
		}
		r, _ = utf8.DecodeLastRuneInString(text[:i])
		return strings.ContainsRune(".,!?\"”’')]…·:;\n", r)
	}
	return !isHangulSyllable(r) && !isWordRune(r) && !('0' <= r && r <= '9')
}

// firstHangulWordAt is the first place s begins a Hangul word in text (no
// syllable before it), or -1.
func firstHangulWordAt(text, s string) int {
	for i := 0; ; {
		k := strings.Index(text[i:], s)
		if k < 0 {
			return -1
		}
		if at := i + k; !isHangulSyllableBefore(text, at) {
			return at
		}
		i += k + len(s)
	}
}

// koreanSurnameShared reports whether another person of the list has a
// Korean form whose last word is s.
func (c *Checker) koreanSurnameShared(e *glossary.Entry, s string) bool {
	for _, o := range c.g.Entries {
		if o == e || o.Type != glossary.Person {
			continue
		}
		for _, t := range o.Terms {
			if t.Text == s || strings.HasSuffix(t.Text, " "+s) {
				return true
			}
		}
	}
	return false
}
