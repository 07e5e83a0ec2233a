package check

import (
	"strings"
	"unicode/utf8"

	"bitext/glossary"
)

// Session 23 (helper T56, issue #11).

// onceAsDeprecated drops each first-mention warning whose span is the
// span of a deprecated-term finding (the lead's decision, session 23): a
// form right only until a day and past it, at a person's first mention
// (Duke of Cambridge, 찰스 왕세자), is reported once, as the dated error, as
// a superseded form already is. out is filtered in place.
func onceAsDeprecated(out []Finding) []Finding {
	dep := 0
	for i := range out {
		if out[i].Rule == RuleDeprecated {
			dep++
		}
	}
	if dep == 0 {
		return out
	}
	kept := out[:0]
	for _, f := range out {
		if f.Rule == RuleFirstMention && sameSpanAs(out, f, RuleDeprecated) {
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// sameSpanAs reports whether a finding of rule in fs covers exactly f's
// span in f's file.
func sameSpanAs(fs []Finding, f Finding, rule string) bool {
	for _, d := range fs {
		if d.Rule == rule && d.File == f.File && d.Line == f.Line && d.Column == f.Column &&
			d.EndLine == f.EndLine && d.EndColumn == f.EndColumn {
			return true
		}
	}
	return false
}

// koreanSecondName reports whether later, a listed Hangul form of entry e
// met after first, another listed Hangul form of it, in one Korean
// article, is the same name written a second way (inconsistent), though
// the guards for short references, contractions and two admitted names
// would let it pass (testdata/check13k-missed, check13l-missed):
//   - a Chinese or Japanese person's Korean (hanja) reading and a
//     transcription of the name (양조위 / 량차오웨이, 유가령 / 류자링, 손정의 / 손
//     마사요시; koreanReading);
//   - a loanword respelt (respeltLoan): a hyphen for a space (안호이저-부시 /
//     안호이저 부시), vowels changed (로런 래번 / 로렌 라번), a syllable merged
//     or dropped (카를 / 칼 라거펠트, 드마르주리 / 드마저리, 닙/턱 / 닙/터크).
//
// Titles are left out (two posts' names: spaceOnlyKorean reads them).
func koreanSecondName(e *glossary.Entry, later, first string) bool {
	if e == nil || e.Type == glossary.Title || later == first || !hasHangul(later) || !hasHangul(first) {
		return false
	}
	return e.Type == glossary.Person && (koreanReading(later, first) || koreanReading(first, later)) || respeltLoan(later, first) ||
		koreanRespelt(e, later, first) || // 셀소 아모림 after 세우수 아모링 (session23t57.go)
		hyphenDropped(later, first) // 안호이저부시 after 안호이저-부시 (session23t59.go)
}

// koreanReading reports whether reading, three Hangul syllables without a
// space (a Chinese or Japanese name read the Korean way: 양조위, 손정의), and
// other, a Hangul transcription of the name (량차오웨이, 류자링, 손 마사요시),
// begin with one surname, the initial-sound rule aside (량 and 양, 류 and 유),
// other being no surname and title (손 회장, 양 감독): the words after its
// first, if any, are of three syllables or more and no title.
func koreanReading(reading, other string) bool {
	if !hangulOnly(reading) || !hangulOnly(other) || strings.Contains(reading, " ") || utf8.RuneCountInString(reading) != 3 {
		return false
	}
	r0, _ := utf8.DecodeRuneInString(reading)
	o0, _ := utf8.DecodeRuneInString(other)
	if initialSound(r0) != initialSound(o0) {
		return false
	}
	ws := strings.Fields(other)
	if len(ws) > 1 {
		rest := strings.Join(ws[1:], "")
		if utf8.RuneCountInString(rest) < 3 || len(koreanTitleRoles(rest)) > 0 {
			return false
		}
	} else if utf8.RuneCountInString(other) < 3 {
		return false
	}
	return true
}

// initialSound is the Hangul syllable r as it is written at a word's
// start (the initial-sound rule, 두음 법칙): ㄹ before i or y becomes ㅇ,
// elsewhere ㄴ; ㄴ before i or y becomes ㅇ (량 양, 류 유, 로 노, 녀 여).
func initialSound(r rune) rune {
	if r < 0xAC00 || r > 0xD7A3 {
		return r
	}
	idx := int(r - 0xAC00)
	l, v, t := idx/588, idx%588/28, idx%28
	iy := v == 2 || v == 3 || v == 6 || v == 7 || v == 12 || v == 17 || v == 20 // ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ
	switch {
	case l == 5 && iy, l == 2 && iy: // ㄹ, ㄴ
		l = 11 // ㅇ
	case l == 5:
		l = 2
	}
	return rune(0xAC00 + l*588 + v*28 + t)
}

// respeltLoan reports whether two Hangul forms of one entry are one
// loanword respelt: as many words (a hyphen counting as a space), each
// word beginning with the same consonant, and each differing from its
// counterpart by at most two letters (jamo), or three in a word of ten or
// more, at least one letter or the hyphen differing; a word of another
// number of syllables only by as many syllables of ㅡ, the vowel a
// loanword adds or drops (카를 / 칼, 턱 / 터크, 드마르주리 / 드마저리; not
// 알래스카 / 알래스카주).
func respeltLoan(a, b string) bool {
	if !loanShape(a) || !loanShape(b) {
		return false
	}
	aw, bw := strings.Fields(strings.ReplaceAll(a, "-", " ")), strings.Fields(strings.ReplaceAll(b, "-", " "))
	if len(aw) != len(bw) {
		return false
	}
	changed := false
	for i := range aw {
		x, y := jamo(aw[i]), jamo(bw[i])
		if len(x) == 0 || len(y) == 0 || x[0] != y[0] {
			return false
		}
		d := jamoDistance(x, y)
		if d > 2 && (d > 3 || max(len(x), len(y)) < 10) {
			return false
		}
		if n, k := utf8.RuneCountInString(aw[i]), utf8.RuneCountInString(bw[i]); n-k != loanVowels(x)-loanVowels(y) {
			return false // a syllable dropped that is no loan's ㅡ (왕린 of 왕지린, 테네시 of 테네시주)
		}
		changed = changed || d > 0
	}
	return changed || strings.Contains(a, "-") != strings.Contains(b, "-")
}

// loanShape reports whether s is Hangul with spaces, hyphens and slashes
// only (닙/턱, 안호이저-부시).
func loanShape(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r >= 0xAC00 && r <= 0xD7A3:
			n++
		case r == ' ' || r == '-' || r == '/':
		default:
			return false
		}
	}
	return n > 0
}

// jamo spells a word's Hangul syllables as letters: initial consonants
// 0-18, vowels 100-120, final consonants 201-227; other runes as they are.
func jamo(w string) []rune {
	var out []rune
	for _, r := range w {
		if r < 0xAC00 || r > 0xD7A3 {
			out = append(out, 1000+r)
			continue
		}
		idx := r - 0xAC00
		out = append(out, idx/588, 100+idx%588/28)
		if t := idx % 28; t > 0 {
			out = append(out, 200+t)
		}
	}
	return out
}

// jamoDistance is the edit distance of two letter sequences.
func jamoDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// loanVowels counts the ㅡ vowels of a word's letters (jamo).
func loanVowels(x []rune) int {
	n := 0
	for _, r := range x {
		if r == 118 {
			n++
		}
	}
	return n
}

// movedDouble reports whether a and b, words of six letters or more and
// of one length, differ by a doubled letter moved (Vuitonn for Vuitton,
// Comission for Commision): two edits, one slip of the hand. Near misses
// allow one edit a word and in a name up to 15 letters (nearmiss.go);
// check13l's Louis Vuitonn was missed.
func movedDouble(a, b string) bool {
	return len(a) == len(b) && len(a) >= 6 && a != b && squeezed(a) == squeezed(b)
}

// squeezed is w with each run of one letter written once.
func squeezed(w string) string {
	var sb strings.Builder
	var last rune = -1
	for _, r := range w {
		if r != last {
			sb.WriteRune(r)
		}
		last = r
	}
	return sb.String()
}

// movedDoubleName reports whether cand is name with one word's doubled
// letter moved, its other words as they are.
func movedDoubleName(cand, name string) bool {
	return oneWordChanged(cand, name, movedDouble)
}

// oneWordChanged reports whether cand is name with exactly one word w
// changed to c where changed(c, w), its other words as they are.
func oneWordChanged(cand, name string, changed func(c, w string) bool) bool {
	cw, nw := strings.Fields(cand), strings.Fields(name)
	if len(cw) != len(nw) {
		return false
	}
	n := 0
	for i := range cw {
		switch {
		case cw[i] == nw[i]:
		case changed(cw[i], nw[i]):
			n++
		default:
			return false
		}
	}
	return n == 1
}

// finalStop is b, the end of a near miss of name in text, one further
// when name ends with a full stop (Corp., Inc.) and text has it at b: the
// span holds the form's last character (check13k's Federal Deposit
// Insurence Corp. was reported without it).
func finalStop(text, name string, b int) int {
	if strings.HasSuffix(name, ".") && b < len(text) && text[b] == '.' && (b == 0 || text[b-1] != '.') {
		return b + 1
	}
	return b
}

// vowelOfPair reports whether surnames a and b (one the listed form), one
// vowel apart after surnameVowels, differ by a vowel of a pair of vowels
// left out or added (Minoge for Minogue): a letter dropped from the
// listed spelling, a misspelling, not another transliteration, whose
// extra vowel stands between consonants (Bashren, Basharen; vowelVariant).
// check13l-missed's Kylie Minoge for 카일리 미노그.
func vowelOfPair(a, b string) bool {
	a, b = surnameVowels(a), surnameVowels(b)
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a) != len(b)+1 {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	vowel := func(k int) bool { return k >= 0 && k < len(a) && strings.IndexByte("aeiou", a[k]) >= 0 }
	return vowel(i) && (vowel(i-1) || vowel(i+1))
}
