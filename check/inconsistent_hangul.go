package check

import (
	"slices"
	"strings"
	"unicode/utf8"

	"bitext/glossary"
)

// inconsistent: two Hangul forms of one entry in one article that are one
// name, not two (the same sound, a merged or respelt syllable, spacing only,
// the initial-sound law, a loanword respelling, a dropped article, a title
// added).

// sameSound reports whether a and b, two one-word Korean forms of person
// e, have one consonant skeleton (hangulSkeleton) of two classes or more:
// one name transliterated twice (리아나, 리한나: Rihanna; check11f's 24th
// planted error, session 9), a second spelling in one article as T16's
// 캐버노, 캐버노프 and T17's 애치슨, 아체슨 (soundAlike: vowels alone) are. A
// given name and a surname listed as two forms (로즈, 레슬리) sound apart.
func sameSound(e *glossary.Entry, a, b string) bool {
	if a == b || !oneWordPerson(e, a, b) || !hasHangul(a) || !hasHangul(b) {
		return false
	}
	k := hangulSkeleton(a)
	return len(k) >= 2 && k == hangulSkeleton(b)
}

// initialLaw returns Hangul syllable r with the initial-sound law applied:
// ㄹ becomes ㅇ before ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ and ㄴ before the other vowels, ㄴ
// becomes ㅇ before ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ (리 → 이, 로 → 노, 녀 → 여).
func initialLaw(r rune) rune {
	if !isHangulSyllable(r) {
		return r
	}
	c := r - 0xAC00
	ini, med, fin := c/588, c%588/28, c%28
	iy := med == 2 || med == 6 || med == 7 || med == 12 || med == 17 || med == 20
	switch {
	case ini == 5 && iy, ini == 2 && iy: // ㄹ, ㄴ → ㅇ
		ini = 11
	case ini == 5: // ㄹ → ㄴ
		ini = 2
	}
	return 0xAC00 + ini*588 + med*28 + fin
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
		return true // 블래시 after 블레이시 (inconsistent_hangul.go)
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

// titledSurname reports whether a and b, two Korean forms of one person,
// are a full name and a second reference by surname and title: with their
// titles (personTitles) after them set aside, the shorter is the longer's
// last word (트럼프 대통령 after 도널드 트럼프 대통령, 캐버노 판사 after 브렛
// 캐버노, 부시 대통령 after 조지 W. 부시): a titled second reference, no second
// spelling (house39, held-out-glossary-39: 4 false inconsistent findings).
func titledSurname(e *glossary.Entry, a, b string) bool {
	if e == nil || e.Type != glossary.Person || !hasHangul(a) || !hasHangul(b) {
		return false
	}
	aw, at := untitledRole(a) // 감독 and the other role words too (inconsistent_hangul.go)
	bw, bt := untitledRole(b)
	if !at && !bt {
		return false // no title: left to the other rules
	}
	if len(aw) > len(bw) {
		aw, bw = bw, aw
	}
	return len(aw) == 1 && len(bw) >= 2 && aw[0] == bw[len(bw)-1]
}

// untitledRole returns the words of a Korean form without the titles at
// its end, and whether there was one, as untitled does, the role words of
// koreanRoles (감독, 대변인, 위원장 ...), words ending in 장 (회장,
// 사장) and the other titles koreanTitleWord reads (하원의원, 대법관)
// counted as titles too: 로스 감독 after 잭 로스 is a titled second
// reference (house43's held-out-glossary-43 ntrex-odd 1359; titledSurname).
func untitledRole(s string) ([]string, bool) {
	w := strings.Fields(s)
	t := false
	for len(w) > 1 {
		if !koreanTitleWord(w[len(w)-1]) { // 하원의원 too (session 27, helper T96: forbiddenfull_titled.go)
			break
		}
		w = w[:len(w)-1]
		t = true
	}
	return w, t
}

// koreanAbbreviation reports whether the Korean forms a and b of one
// entry are a syllable abbreviation and its full name, in either order:
// with the words they share set aside, one word left on each side, the
// shorter of two syllables or more, beginning with the longer's first
// syllable and its syllables found in order in the longer, a syllable
// beginning with ㄹ matching one beginning with ㅇ or ㄴ (두음 법칙: 안보리
// for 안전보장이사회). 유엔 안보리 then 유엔 안전보장이사회 is an abbreviation
// and the full name, no second spelling (house44's held-out-glossary-44
// ntrex-even 763); the shorter after the longer was already none
// (shortReference).
func koreanAbbreviation(a, b string) bool {
	if !hasHangul(a) || !hasHangul(b) {
		return false
	}
	aw, bw := strings.Fields(a), strings.Fields(b)
	var ra, rb []string
	for _, w := range aw {
		if !slices.Contains(bw, w) {
			ra = append(ra, w)
		}
	}
	for _, w := range bw {
		if !slices.Contains(aw, w) {
			rb = append(rb, w)
		}
	}
	if len(ra) != 1 || len(rb) != 1 {
		return false
	}
	s, l := []rune(ra[0]), []rune(rb[0])
	if len(s) > len(l) {
		s, l = l, s
	}
	if len(s) < 2 || len(l) < len(s)+2 || s[0] != l[0] {
		return false
	}
	j := 0
	for _, r := range s {
		for j < len(l) && !sameSyllable(r, l[j]) {
			j++
		}
		if j == len(l) {
			return false
		}
		j++
	}
	return true
}

// sameSyllable reports whether the Hangul syllables a and b are one, or
// differ only by an initial ㄹ for ㅇ or ㄴ (리 for 이, 로 for 노).
func sameSyllable(a, b rune) bool {
	if a == b {
		return true
	}
	if a < 0xAC00 || a > 0xD7A3 || b < 0xAC00 || b > 0xD7A3 {
		return false
	}
	ia, ib := (a-0xAC00)/588, (b-0xAC00)/588
	if (a-0xAC00)%588 != (b-0xAC00)%588 {
		return false
	}
	const rieul, ieung, nieun = 5, 11, 2
	return ia == rieul && (ib == ieung || ib == nieun) || ib == rieul && (ia == ieung || ia == nieun)
}

// respeltKorean reports whether a and b, two Hangul forms of person e of
// the same number of words, are one name spelt twice: the same but for a
// hyphen where the other has a space (누리 알-말리키, 누리 알 말리키), or
// the same but for one syllable more inside one word of two syllables or
// more (마무드 아바스, 마흐무드 아바스: a vowel transliterated or not).
// contraction read the shorter as the longer's contraction (한은 of
// 한국은행), and the hyphen as no letter, so an article that wrote both
// was let pass (check13a-missed).
//
// Session 22 (helper T47, issue #11): Two Korean spellings of one person in
// one article that differ by a syllable inside a word (마무드 아바스,
// 마흐무드 아바스) or a hyphen for a space (누리 알-말리키,
// 누리 알 말리키) are a second spelling, no contraction
// (respeltKorean; check13a-missed).
func respeltKorean(e *glossary.Entry, a, b string) bool {
	if e == nil || e.Type != glossary.Person || a == b || !hasHangul(a) || !hasHangul(b) {
		return false
	}
	if strings.ReplaceAll(a, "-", " ") == strings.ReplaceAll(b, "-", " ") {
		return strings.Count(a, "-") != strings.Count(b, "-")
	}
	if koreanSpeltTwice(a, b) {
		return true // 누리 알-말리키 after 누리 알말리키, 토마스 비욘 after 토마스 비요른 (inconsistent_hangul.go)
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) || len(wa) < 2 {
		return false
	}
	diff := -1
	for i := range wa {
		if wa[i] != wb[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	if diff < 0 || !hangulOnly(wa[diff]) || !hangulOnly(wb[diff]) {
		return false
	}
	ra, rb := []rune(wa[diff]), []rune(wb[diff])
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra) != len(rb)+1 || len(rb) < 2 {
		return false
	}
	for k := 1; k < len(ra)-1; k++ { // a syllable inside the word, not at its ends
		if string(ra[:k]) == string(rb[:k]) && string(ra[k+1:]) == string(rb[k:]) {
			return true
		}
	}
	return false
}

// spaceOnlyKorean reports whether a and b are Hangul forms that differ only
// by their spaces.
//
// - Two listed spellings of one Korean title that differ only by a: Two
// listed spellings of one Korean title that differ only by a space
// (정책위 의장, 정책위의장) in one article are a second spelling
// (inconsistent), though titles are otherwise no second spellings
// (spokesman, spokeswoman name two posts): check13e's planted pair.
func spaceOnlyKorean(a, b string) bool {
	return a != b && hangulOnly(a) && hangulOnly(b) && strings.ReplaceAll(a, " ", "") == strings.ReplaceAll(b, " ", "")
}

// finalOfInitial maps a Hangul initial consonant's index to the final
// consonant's index of the same letter (0: none; ㅇ has none, as an
// initial it is silent).
var finalOfInitial = [19]int{1, 2, 4, 7, 0, 8, 16, 17, 0, 19, 20, 0, 22, 0, 23, 24, 25, 26, 27}

// mergedSyllable reports whether the Hangul forms a and b, of as many
// words, differ in one word only, the shorter of the two the longer with
// one syllable of no final and the next syllable, of the vowel ㅣ or ㅡ and
// no final, merged into one whose final is that syllable's initial.
//
// - A Hangul form that merges two syllables of another form of its: A Hangul
// form that merges two syllables of another form of its entry, a consonant
// and the vowel ㅣ or ㅡ taken as the first syllable's final (칸예 for
// 카니예), is a second spelling in one article, no short second reference
// (mergedSyllable): check13f's 칸예 웨스트 after 카니예 웨스트.
func mergedSyllable(a, b string) bool {
	if !hangulOnly(a) || !hangulOnly(b) {
		return false
	}
	aw, bw := strings.Fields(a), strings.Fields(b)
	diff := onlyDifferentWord(aw, bw)
	if diff < 0 {
		return false
	}
	s, l := []rune(aw[diff]), []rune(bw[diff])
	if len(s) > len(l) {
		s, l = l, s
	}
	if len(l) != len(s)+1 {
		return false
	}
	for k := 0; k < len(s); k++ {
		if s[k] == l[k] {
			continue
		}
		x, y := int(l[k]-0xAC00), int(l[k+1]-0xAC00)
		if x%28 != 0 || y%28 != 0 || (y%588)/28 != 20 && (y%588)/28 != 18 {
			return false
		}
		f := finalOfInitial[y/588]
		return f != 0 && s[k] == rune(0xAC00+x+f) && string(s[k+1:]) == string(l[k+2:])
	}
	return false
}

// eiVariant reports whether the Hangul words a and b are one word spelt
// twice: see above.
//
// Session 23, helper T52 (issue #11): eiVariant: two Hangul spellings of one
// word, one with the syllable 이 (no final) after a syllable of the vowel
// ㅔ or ㅐ that the other leaves out, ㅔ and ㅐ read as one vowel
// (블레이시 / 블래시, 레이건 / 레건: the English "ay" written
// two ways), are one word spelt twice (hangulVariant).
func eiVariant(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra) != len(rb)+1 || len(rb) < 2 || !hangulOnly(a) || !hangulOnly(b) {
		return false
	}
	const yi = '이'
	for k := 1; k < len(ra); k++ {
		if ra[k] != yi || string(ra[k+1:]) != string(rb[k:]) || string(ra[:k-1]) != string(rb[:k-1]) {
			continue
		}
		x, y := ra[k-1]-0xAC00, rb[k-1]-0xAC00
		if x < 0 || y < 0 || x > 11171 || y > 11171 || x/588 != y/588 || x%28 != 0 || y%28 != 0 {
			continue
		}
		if vx, vy := x%588/28, y%588/28; (vx == 5 || vx == 1) && (vy == 5 || vy == 1) { // ㅔ or ㅐ
			return true
		}
	}
	return false
}

// wordEiVariant reports whether the Hangul forms a and b, of as many
// words, differ in one word only, those two words eiVariant (크리스틴
// 블레이시 포드, 크리스틴 블래시 포드).
func wordEiVariant(a, b string) bool {
	aw, bw := strings.Fields(a), strings.Fields(b)
	if len(aw) != len(bw) || len(aw) < 2 {
		return false
	}
	diff := -1
	for i := range aw {
		if aw[i] != bw[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	return diff >= 0 && eiVariant(aw[diff], bw[diff])
}

// koreanSpeltTwice reports whether a and b, two Hangul forms of one person
// of as many words (two or more), are one name spelt twice, differing in one
// word past the first (the surname) only:
//
//   - by a hyphen alone (누리 알-말리키, 누리 알말리키; 왈리드 알-무알렘,
//     왈리드 알무알렘): the Arabic article written joined or hyphenated;
//   - by the Arabic article 알 (or 알-) before a surname of two syllables or
//     more, written or dropped (바샤르 알아사드, 바샤르 아사드);
//   - by two syllables merged into one (mergedLoanSyllable: 토마스 비요른,
//     토마스 비욘; 토미 플리트우드, 토미 플릿우드), a transliteration's
//     epenthetic ㅡ written or dropped.
//
// The inconsistent rule read each of these as a contraction of the other
// (contraction: its syllables in the other's, in order) and let an article
// that wrote both pass (testdata/check13i-missed, check13j-missed).
//
// Session 23, helper T54 (issue #11): what house61 and house62 showed.
func koreanSpeltTwice(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) < 2 {
		return false
	}
	diff := onlyDifferentWord(wa, wb)
	if diff < 1 {
		return false // the given name differs: another person, or none
	}
	x, y := wa[diff], wb[diff]
	if !hangulOnly(strings.ReplaceAll(x, "-", "")) || !hangulOnly(strings.ReplaceAll(y, "-", "")) ||
		strings.HasPrefix(x, "-") || strings.HasPrefix(y, "-") {
		return false
	}
	if strings.ReplaceAll(x, "-", "") == strings.ReplaceAll(y, "-", "") {
		return true // 알-말리키, 알말리키
	}
	if droppedArticle(x, y) || droppedArticle(y, x) {
		return true // 알아사드, 아사드
	}
	if strings.ContainsRune(x, '-') || strings.ContainsRune(y, '-') {
		return false
	}
	return mergedLoanSyllable(x, y) || mergedLoanSyllable(y, x)
}

// droppedArticle reports whether long is short with the Arabic article 알
// (or 알-) before it, short of two syllables or more.
func droppedArticle(long, short string) bool {
	rest, ok := strings.CutPrefix(long, "알")
	if !ok {
		return false
	}
	rest = strings.TrimPrefix(rest, "-")
	return rest == short && utf8.RuneCountInString(short) >= 2
}

// loanFinal maps a Hangul initial consonant's index to the final that a
// loanword writes for it when it closes a syllable (외래어 표기법: ㄱ ㄴ ㄹ ㅁ
// ㅂ ㅅ ㅇ only; ㅋ as ㄱ, ㄷ ㅌ ㅈ ㅊ as ㅅ, ㅍ as ㅂ), 0 for none (ㅇ, ㅎ, the
// doubled consonants).
var loanFinal = [19]int{1, 0, 4, 19, 0, 8, 16, 17, 0, 19, 0, 0, 19, 0, 19, 1, 19, 17, 0}

// mergedLoanSyllable reports whether the Hangul word short is long with
// two syllables merged into one, the first of no final, the second of the
// epenthetic vowel ㅡ: the merged syllable the first's initial and vowel
// with the second's final (비요른, 비욘: 요 and 른 as 욘) or, the second of
// no final, the second's initial as a loanword's final (플리트우드, 플릿우드:
// 리 and 트 as 릿). mergedSyllable (inconsistent_hangul.go) takes the initial as
// its own letter (ㅌ) and no second syllable with a final.
func mergedLoanSyllable(long, short string) bool {
	l, s := []rune(long), []rune(short)
	if len(l) != len(s)+1 || len(s) < 2 {
		return false
	}
	for k := 0; k < len(s); k++ {
		if s[k] == l[k] {
			continue
		}
		if k+1 >= len(l) || !isSyllable(l[k]) || !isSyllable(l[k+1]) || !isSyllable(s[k]) || string(s[k+1:]) != string(l[k+2:]) {
			return false
		}
		x, y := int(l[k]-0xAC00), int(l[k+1]-0xAC00)
		if x%28 != 0 || y%588/28 != 18 { // the first of no final, the second's vowel ㅡ
			return false
		}
		f := y % 28
		if f == 0 {
			f = loanFinal[y/588]
		}
		return f != 0 && s[k] == rune(0xAC00+x+f)
	}
	return false
}

// isSyllable reports whether r is a precomposed Hangul syllable.
func isSyllable(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }

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
		koreanRespelt(e, later, first) || // 셀소 아모림 after 세우수 아모링 (inconsistent_hangul.go)
		hyphenDropped(later, first) // 안호이저부시 after 안호이저-부시 (inconsistent_hangul.go)
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

// koreanRespelt reports whether later and first, two listed Hangul forms
// of person or place e met in one Korean article, are one name written
// two ways beyond respeltLoan's few letters (koreanSecondName; check13m):
// as many words, two or more, each pair beginning with one consonant and
// none a title (세우수 아모링 / 셀소 아모림, 삼 랭시 / 삼 레인시), or, the spaces
// left out, four syllables or more each, the first two the same and at
// most a fifth of the letters (jamo) changed, neither the other's start
// (바하칼리포르니아 / 바하 캘리포니아; not 알래스카 / 알래스카주).
func koreanRespelt(e *glossary.Entry, later, first string) bool {
	if e.Type != glossary.Person && e.Type != glossary.Place || !hangulOnly(later) || !hangulOnly(first) {
		return false
	}
	lw, fw := strings.Fields(later), strings.Fields(first)
	if len(lw) == len(fw) {
		if len(lw) < 2 {
			return false
		}
		for i := range lw {
			x, y := jamo(lw[i]), jamo(fw[i])
			if len(x) == 0 || len(y) == 0 || x[0] != y[0] || len(koreanTitleRoles(lw[i])) > 0 || len(koreanTitleRoles(fw[i])) > 0 {
				return false
			}
		}
		return later != first
	}
	a, b := strings.Join(lw, ""), strings.Join(fw, "")
	ar, br := []rune(a), []rune(b)
	if len(ar) < 4 || len(br) < 4 || ar[0] != br[0] || ar[1] != br[1] || strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return false
	}
	x, y := jamo(a), jamo(b)
	return jamoDistance(x, y)*5 <= max(len(x), len(y))
}

// hyphenDropped reports whether two Hangul forms of one entry are one
// loanword written with and without its hyphen (안호이저부시 after
// 안호이저-부시; testdata/check13o-missed): the same letters once the
// hyphens are left out, one form having a hyphen the other has not, and
// neither form having a space (a hyphen for a space is respeltLoan's).
//
// Session 23 (helper T59, issue #11).
func hyphenDropped(a, b string) bool {
	if !loanShape(a) || !loanShape(b) || strings.Contains(a, " ") || strings.Contains(b, " ") {
		return false
	}
	if strings.Count(a, "-") == strings.Count(b, "-") {
		return false
	}
	return strings.ReplaceAll(a, "-", "") == strings.ReplaceAll(b, "-", "")
}

// onlyDifferentWord returns the index of the one word in which word lists a
// and b of equal length differ, or -1 (other lengths, no word or several
// words differing).
func onlyDifferentWord(a, b []string) int {
	if len(a) != len(b) {
		return -1
	}
	diff := -1
	for i := range a {
		if a[i] != b[i] {
			if diff >= 0 {
				return -1
			}
			diff = i
		}
	}
	return diff
}
