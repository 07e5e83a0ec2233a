package check

import (
	"strings"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 27 (helper T103, issue #11): a foreign person's Korean name
// written as listed and later in the same article with one word spelt
// another usual way the list does not give (우사인 볼트, then 우세인 볼트;
// 히스 레저, then 히스 레져: check16d-missed; 라파엘 나달, then 라파엘 나다르:
// check16g-missed) is one name spelt twice, inconsistent. The gate read no
// unlisted Hangul spelling as the person, so the second was no match at
// all. koreanRespeltAfter takes the first match of each person's Korean form of
// two to four Hangul words written as listed, and after it each place the
// same words stand with one word respelt (koreanRespeltWord): of two
// syllables or more, one syllable's vowel the other of a usual pair of
// transliteration (ㅏ ㅐ ㅔ for a and e, ㅓ ㅕ, ㅐ ㅒ, ㅔ ㅖ after a palatal
// sound, ㅏ ㅓ and ㅓ ㅗ for an unstressed vowel), its initial and final
// consonants kept; or one syllable's final consonant ㄹ ㄱ ㅂ ㅅ written as
// a syllable of its own with ㅡ (나달, 나다르; 잡스, 자브스). A particle may
// follow the last word (레져는). Left alone: another given name or surname
// (마리아 for 마리오, 아 for 오; 젭 부시 for 조지 부시), a one-syllable
// word (존, 잔), a span a match holds (a deprecated form is
// deprecated-term's), a Korean name of one word (김정은: the list's own
// romanized forms rule on those). The form's words are the anchors: two
// searches of the article after its first match, for each person named.
// TestKoreanRespeltAfter.

// koreanRespeltAfter reports, in one Korean article, the first later spelling
// of each listed Korean person form that has one word respelt (see above).
func koreanRespeltAfter(out []Finding, file, text string, ms []glossary.Match, p *pos) []Finding {
	var seen [16]*glossary.Entry
	n := 0
	for j := range ms {
		m := &ms[j]
		if m.Short || m.Term == nil || m.Entry == nil || m.Entry.Type != glossary.Person || m.Term.Status.Forbidden() {
			continue
		}
		w := text[m.Start:m.End]
		if w != m.Term.Text || !strings.Contains(w, " ") || !hangulOnly(w) {
			continue
		}
		dup := false
		for _, e := range seen[:n] {
			dup = dup || e == m.Entry
		}
		if dup || n == len(seen) {
			continue
		}
		seen[n] = m.Entry
		n++
		words := strings.Fields(w)
		if len(words) > 4 {
			continue
		}
		if s, e, ok := respeltAfter(text, m.End, words, ms); ok && !findingAt(out, file, p, text, s, e) {
			out = append(out, inconsistentFinding(file, text[s:e], w, w, m.Entry.ID, p, s, e))
		}
	}
	return out
}

// respeltAfter returns the first span of text after from that gives the
// Hangul words of a listed form with one word respelt
// (koreanRespeltWord), a particle after the last allowed and no match
// holding it.
func respeltAfter(text string, from int, words []string, ms []glossary.Match) (int, int, bool) {
	best, bestEnd := -1, -1
	// Anchored on the first word (another word respelt), then on the
	// rest (the first word respelt).
	head := words[0] + " "
	for i := from; ; {
		k := strings.Index(text[i:], head)
		if k < 0 {
			break
		}
		at := i + k
		i = at + len(head)
		if isHangulSyllableBefore(text, at) {
			continue
		}
		if e, ok := respeltSpan(text, at, words); ok && !heldByMatch(ms, at, e) {
			best, bestEnd = at, e
			break
		}
	}
	tail := " " + strings.Join(words[1:], " ")
	for i := from; ; {
		k := strings.Index(text[i:], tail)
		if k < 0 || best >= 0 && i+k > best {
			break
		}
		sp := i + k
		i = sp + len(tail)
		s := sp
		for s > from {
			r, size := utf8.DecodeLastRuneInString(text[:s])
			if !isHangulSyllable(r) {
				break
			}
			s -= size
		}
		if s == sp || s < from {
			continue
		}
		if e, ok := respeltSpan(text, s, words); ok && !heldByMatch(ms, s, e) && (best < 0 || s < best) {
			best, bestEnd = s, e
			break
		}
	}
	return best, bestEnd, best >= 0
}

// respeltSpan returns the end of the span from at of text that gives the
// words with exactly one respelt (koreanRespeltWord), a particle after
// the last word allowed; false when there is none.
func respeltSpan(text string, at int, words []string) (int, bool) {
	i, diff := at, 0
	for k, w := range words {
		if k > 0 {
			if i >= len(text) || text[i] != ' ' {
				return 0, false
			}
			i++
		}
		j := i
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if !isHangulSyllable(r) {
				break
			}
			j += size
		}
		got := text[i:j]
		if k < len(words)-1 {
			switch {
			case got == w:
			case koreanRespeltWord(w, got):
				diff++
			default:
				return 0, false
			}
			i = j
			continue
		}
		switch {
		case got == w || stripParticle(got) == w:
			i += len(w)
		case koreanRespeltWord(w, got):
			diff++
			i = j
		default:
			stem := stripParticle(got)
			if stem == got || !koreanRespeltWord(w, stem) {
				return 0, false
			}
			diff++
			i += len(stem)
		}
	}
	return i, diff == 1
}

// koreanRespeltWord reports whether y is Hangul word x (of two syllables
// or more) respelt one usual way: one syllable's vowel the other of a
// usual pair (respeltVowels), or one syllable's final ㄹ ㄱ ㅂ ㅅ written as
// a syllable of its own with ㅡ (나달, 나다르), either way.
func koreanRespeltWord(x, y string) bool {
	if x == y || x == "" || y == "" || !hangulOnly(x) || !hangulOnly(y) || strings.ContainsRune(x, ' ') || strings.ContainsRune(y, ' ') {
		return false
	}
	rx, ry := []rune(x), []rune(y)
	if len(rx) < 2 || len(ry) < 2 {
		return false
	}
	if len(rx) == len(ry) {
		diff := -1
		for i := range rx {
			if rx[i] != ry[i] {
				if diff >= 0 {
					return false
				}
				diff = i
			}
		}
		a, b := rx[diff]-0xAC00, ry[diff]-0xAC00
		return a/588 == b/588 && a%28 == b%28 && respeltVowels(a%588/28, b%588/28)
	}
	if len(rx) > len(ry) {
		rx, ry = ry, rx // ry has the syllable more
	}
	if len(ry) != len(rx)+1 {
		return false
	}
	for i := range rx {
		if rx[i] == ry[i] {
			continue
		}
		a, b, c := rx[i]-0xAC00, ry[i]-0xAC00, ry[i+1]-0xAC00
		if a/28 != b/28 || b%28 != 0 || c%28 != 0 || c%588/28 != 18 || string(rx[i+1:]) != string(ry[i+2:]) {
			return false
		}
		// The final of a (jongseong index) and the initial of c (choseong).
		switch fin, ini := a%28, c/588; {
		case fin == 8 && ini == 5: // ㄹ, 르
		case fin == 1 && (ini == 0 || ini == 15): // ㄱ, 그 크
		case fin == 17 && (ini == 7 || ini == 17): // ㅂ, 브 프
		case fin == 19 && (ini == 9 || ini == 16): // ㅅ, 스 트
		default:
			return false
		}
		return true
	}
	return false
}

// respeltVowels reports whether the Hangul medial vowels a and b (jamo
// indexes) are a usual pair of one transliterated vowel: ㅏ ㅐ ㅔ, ㅓ ㅕ,
// ㅐ ㅒ, ㅔ ㅖ, ㅏ ㅓ, ㅓ ㅗ.
func respeltVowels(a, b int32) bool {
	if a > b {
		a, b = b, a
	}
	const (
		ja, jae, jeo, je, jyeo, jye, jyae, jo = 0, 1, 4, 5, 6, 7, 3, 8
	)
	switch [2]int32{a, b} {
	case [2]int32{ja, jae}, [2]int32{ja, je}, [2]int32{jae, je}, [2]int32{jeo, jyeo}, [2]int32{jae, jyae}, [2]int32{je, jye},
		[2]int32{ja, jeo}, [2]int32{jeo, jo}:
		return true
	}
	return false
}
