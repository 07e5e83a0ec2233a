package mine

import (
	"strings"

	"bitext/glossary"
	"bitext/lexicon"
)

// Chinese names in their Sino-Korean readings (session 15, helper M19):
// older Korean news writes a Chinese name as the Korean reading of its
// characters (남경 南京 ~ Nanjing, 모택동 毛澤東 ~ Mao Zedong, 화련 花蓮 ~
// Hualien), which shares no consonant skeleton with the pinyin the English
// writes. The two readings descend from one Middle Chinese syllable, and
// their initials and final consonants still correspond by a small table,
// written by hand from general knowledge of the two sound systems (not
// from ../shared or an evaluation part): sinoInitials and sinoCoda. A
// Hangul word of two to four syllables is paired with an English run
// whose words read as as many pinyin syllables (or the Wade-Giles lien,
// ieh, ung of Taiwanese names) when each syllable corresponds.

// sinoInitials are, for each Hangul initial (its index in the Unicode
// order ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ), the pinyin
// initials its Sino-Korean syllables have in Mandarin ("-" for none, the
// zero initial): ㄱ before a front vowel became j and q (京 경 jing), ㅁ
// is also w (文 문 wen), ㅇ also r, n and l (人 인 ren; 李 이 li by the
// Korean rule for an initial l), ㄷ ㅌ ㅊ also the affricates (澤 택 ze, 天
// 천 tian). The tense initials (ㄲ ㄸ ㅃ ㅆ ㅉ) are no Sino-Korean ones.
var sinoInitials = [19][]string{
	{"g", "k", "j", "q"},             // ㄱ
	nil,                              // ㄲ
	{"n", "l"},                       // ㄴ
	{"d", "t", "zh", "ch", "z", "c"}, // ㄷ
	nil,                              // ㄸ
	{"l", "n"},                       // ㄹ
	{"m", "w"},                       // ㅁ
	{"b", "p", "f"},                  // ㅂ
	nil,                              // ㅃ
	{"s", "sh", "x", "ch", "c"},      // ㅅ
	nil,                              // ㅆ
	{"-", "y", "w", "r", "n", "l"},   // ㅇ
	{"z", "zh", "j", "c", "ch", "q"}, // ㅈ
	nil,                              // ㅉ
	{"c", "ch", "q", "z", "zh", "t"}, // ㅊ
	{"k"},                            // ㅋ
	{"t", "d", "z", "zh"},            // ㅌ
	{"p", "b", "f"},                  // ㅍ
	{"h", "x"},                       // ㅎ
}

// sinoCoda is the Mandarin ending of a Sino-Korean final (its index in
// the Unicode order): none, ㄱ, ㄹ and ㅂ (the stops Mandarin lost: 北 북
// bei) end in a vowel ("-"), ㄴ and ㅁ in n (南 남 nan), ㅇ in ng; ""
// for a final no Sino-Korean syllable has.
func sinoCoda(final int) string {
	switch final {
	case 0, 1, 8, 17:
		return "-"
	case 4, 16:
		return "n"
	case 21:
		return "ng"
	}
	return ""
}

// pinyinFinals, with the Wade-Giles endings of Taiwanese names
// (Hualien, Chiang Ching-kuo); the initials are sinoInitials'.
var (
	pinyinFinals = wordSet(`a o e i u v ai ei ao ou an en ang eng ong er ia ie iao iu ian in iang ing iong ua uo uai ui uan un uang ue ien ieh ung`)
	// palatalFinals are those j, q and x take.
	palatalFinals = wordSet(`i ia ie iao iu ian in iang ing iong u ue uan un ien ieh`)
	// zeroFinals are those of a syllable without an initial (an, er).
	zeroFinals = wordSet(`a e ai ao ou an en ang er`)
)

// sinoReading reports whether the English words of en read as pinyin
// syllables that correspond one by one to the Sino-Korean syllables of
// ko (sinoSyllables).
func sinoReading(ko, en string) bool {
	sy, n := sinoSyllables(ko)
	if n < 2 || !latinWords(en) {
		return false
	}
	return sinoMatch(&sy, n, strings.ToLower(en), 0, 0)
}

// sinoSyllables returns the initial and final of each Hangul syllable of
// ko and their number; 0 when ko is not two to four syllables that can
// be Sino-Korean (sinoInitials, sinoCoda).
func sinoSyllables(ko string) ([4][2]int, int) {
	var sy [4][2]int
	n := 0
	for _, r := range ko {
		if r < 0xAC00 || r > 0xD7A3 || n == len(sy) {
			return sy, 0
		}
		i := int(r - 0xAC00)
		sy[n] = [2]int{i / 588, i % 28}
		if sinoInitials[sy[n][0]] == nil || sinoCoda(sy[n][1]) == "" {
			return sy, 0
		}
		n++
	}
	if n < 2 {
		return sy, 0
	}
	return sy, n
}

// latinWords reports whether s is words of Latin letters between single
// spaces.
func latinWords(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if (c < 'a' || c > 'z') && !(s[i] == ' ' && i > 0 && i+1 < len(s) && s[i-1] != ' ') {
			return false
		}
	}
	return len(s) > 0
}

// sinoMatch reports whether en[at:] (lower case, words between single
// spaces) reads as the syllables sy[k:n]; a syllable does not go on past
// a space.
func sinoMatch(sy *[4][2]int, n int, en string, at, k int) bool {
	if at < len(en) && en[at] == ' ' {
		at++
	}
	if at == len(en) {
		return k == n
	}
	if k == n {
		return false
	}
	w := en[at:]
	if sp := strings.IndexByte(w, ' '); sp >= 0 {
		w = w[:sp]
	}
	coda := sinoCoda(sy[k][1])
	for _, ini := range sinoInitials[sy[k][0]] {
		rest := w
		if ini != "-" {
			var ok bool
			if rest, ok = strings.CutPrefix(w, ini); !ok {
				continue
			}
		} else if strings.HasPrefix(w, "y") || strings.HasPrefix(w, "w") {
			continue
		}
		// The longest finals first: ang before an before a.
		for l := min(len(rest), 4); l >= 1; l-- {
			f := rest[:l]
			if !pinyinFinals[f] || !sinoFinal(ini, f, coda) {
				continue
			}
			if sinoMatch(sy, n, en, at+len(w)-len(rest)+l, k+1) {
				return true
			}
		}
	}
	return false
}

// sinoFirst reports whether a word beginning with the lower-case letter c
// can begin a reading of a syllable of the Hangul initial ini: c is the
// first letter of one of its pinyin initials, or a vowel for ㅇ's zero
// initial.
func sinoFirst(ini int, c byte) bool {
	return c >= 'a' && c <= 'z' && sinoFirstMask[ini]>>(c-'a')&1 != 0
}

// sinoFirstMask has, for each Hangul initial, bit c-'a' set for each
// lower-case letter c sinoFirst allows (session 15, helper M20: one
// test of a bit for the loop over the pinyin initials).
var sinoFirstMask = func() [19]uint32 {
	var m [19]uint32
	for ini, ps := range sinoInitials {
		for _, p := range ps {
			if p == "-" {
				for _, v := range "aeiou" {
					m[ini] |= 1 << (v - 'a')
				}
				continue
			}
			m[ini] |= 1 << (p[0] - 'a')
		}
	}
	return m
}()

// sinoFinal reports whether the pinyin final f may follow the initial
// ini ("-" for none) and ends as the Sino-Korean coda does.
func sinoFinal(ini, f, coda string) bool {
	switch ini {
	case "j", "q", "x":
		if !palatalFinals[f] {
			return false
		}
	case "-":
		if !zeroFinals[f] {
			return false
		}
	default:
		if f == "er" {
			return false // a syllable of its own (二 이 er)
		}
	}
	switch {
	case strings.HasSuffix(f, "ng"):
		return coda == "ng"
	case strings.HasSuffix(f, "n"):
		return coda == "n"
	}
	return coda == "-"
}

// sinoPairs adds the Hangul words read as a Chinese name's Sino-Korean
// reading against the English runs that end a run (sinoReading); not a
// word or an English run another rule paired in the unit, not a title,
// not a word the lexicon knows as another word. Two English words are a
// person's (모택동 ~ Mao Zedong), one a place's unless the unit says
// otherwise (kindEvidence).
func sinoPairs(toks []koToken, runs []enRun, subs []nameSub, matched map[int]bool, lex *lexicon.Lexicon, out map[[2]string]glossary.Type, ev map[[2]string]uint8, m *memo) {
	// The English a reading can be, lower-cased once: a run's last one to
	// three words of Latin letters only.
	type sinoEn struct {
		sub    int
		lower  string // the text in lower case, made when first needed
		paired bool   // given to a form by the rules before
	}
	var buf [8]sinoEn
	ens := buf[:0]
	for si, s := range subs {
		r := runs[s.run]
		words := strings.Count(s.text, " ") + 1
		if s.from+words == len(r.words) && words <= 3 && latinWords(s.text) {
			ens = append(ens, sinoEn{sub: si})
		}
	}
	if len(ens) == 0 {
		return
	}
	// The first letters of ens: a word none of whose readings begins
	// with one is passed by without reading its forms.
	var firsts uint32
	var lasts uint8
	for _, e := range ens {
		text := subs[e.sub].text
		if c := text[0] | 0x20; c >= 'a' && c <= 'z' {
			firsts |= 1 << (c - 'a')
		}
		lasts |= sinoLastClass(text)
	}
	for k := range out {
		for i := range ens {
			ens[i].paired = ens[i].paired || subs[ens[i].sub].text == k[1]
		}
	}
	for ti, t := range toks {
		if t.stem == "" || t.sinoFirsts&firsts == 0 || t.sinoLasts&lasts == 0 || t.title || matched[ti] {
			continue
		}
		for fi := range t.sino {
			sf := &t.sino[fi]
			if sf.n == 0 {
				continue
			}
			f := sf.form
			found := false
			for i := range ens {
				e := &ens[i]
				text := subs[e.sub].text
				if !sinoFirst(sf.sy[0][0], text[0]|0x20) || !sinoLast(sinoCoda(sf.sy[sf.n-1][1]), text) {
					continue
				}
				if e.lower == "" {
					e.lower = strings.ToLower(text)
				}
				if !sinoMatch(&sf.sy, sf.n, e.lower, 0, 0) {
					continue
				}
				s := subs[e.sub]
				if e.paired || len(lexicon.Core().EnglishIDs(s.text)) > 0 || lex != nil && otherWord(sinoTranslations(lex, t.koInfo, f, m), m, s.text) {
					// Paired in the unit (the Korean form may be paired
					// again: 화련 ~ Rain of "Rain lashed Hualien", and the
					// result keeps the form's best), an English word (One,
					// House: the core lexicon's) or a Korean one.
					continue
				}
				r := runs[s.run]
				typ := Place
				if strings.Contains(s.text, " ") {
					typ = Person
				}
				k := [2]string{f, s.text}
				if _, ok := out[k]; !ok {
					out[k] = typ
					ev[k] = kindEvidence(toks, ti, 1, f, r, s)
				}
				found = true
			}
			if found {
				break
			}
		}
	}
}

// sinoCodaClass is the bit of the coda (sinoCoda) sinoLast tests: 1 for
// a vowel, 2 for n, 4 for ng.
func sinoCodaClass(coda string) uint8 {
	switch coda {
	case "n":
		return 2
	case "ng":
		return 4
	}
	return 1
}

// sinoLastClass is the bits of the codas (sinoCodaClass) whose readings
// the Latin words en may end (sinoLast; session 15, helper M20).
func sinoLastClass(en string) uint8 {
	var b uint8
	for _, coda := range [...]string{"-", "n", "ng"} {
		if sinoLast(coda, en) {
			b |= sinoCodaClass(coda)
		}
	}
	return b
}

// sinoLast reports whether the Latin words en (either case) can end a
// reading whose last syllable ends as coda does (sinoCoda): in a vowel
// (or the r of er, the h of Wade-Giles ieh), in n but not ng, or in ng.
func sinoLast(coda, en string) bool {
	c := en[len(en)-1] | 0x20
	ng := c == 'g' && len(en) >= 2 && en[len(en)-2]|0x20 == 'n'
	switch coda {
	case "n":
		return c == 'n'
	case "ng":
		return ng
	default:
		return strings.IndexByte("aeiouvrh", c) >= 0
	}
}

// sinoForm is a form of a Hangul word that may be a Sino-Korean reading
// (sinoSyllables): n is 0 for none.
type sinoForm struct {
	form string
	sy   [4][2]int
	n    int
}

// sinoForms returns the forms of the word w with the stem stem that
// sinoPairs reads: the stem and the word less its particle, once each,
// not ending in a particle's syllable (particleEnd); kept in koInfo.
func sinoForms(stem, w string) [2]sinoForm {
	var out [2]sinoForm
	for i, f := range [2]string{stem, stripParticle(w)} {
		if i == 1 && f == stem || particleEnd(f) {
			continue
		}
		if sy, n := sinoSyllables(f); n > 0 {
			out[i] = sinoForm{f, sy, n}
		}
	}
	return out
}

// particleEnd reports whether a form ends in a syllable that is a
// particle's and no usual reading's at a name's end (리의, 위를).
func particleEnd(f string) bool {
	for _, p := range [...]string{"의", "를", "을", "는", "은", "에", "와", "과"} {
		if strings.HasSuffix(f, p) {
			return true
		}
	}
	return false
}

// sinoTranslations are the lexicon's translations of the Sino-Korean form
// f of the word k: its stem's when f is the stem, else f's own, since a
// stem shorter than the form is another word (상해: the stem 상 "prize",
// which vetoed 상해 ~ Shanghai; session 16, helper M22).
func sinoTranslations(lex *lexicon.Lexicon, k *koInfo, f string, m *memo) []string {
	if f == k.stem {
		return m.stemTranslations(lex, k)
	}
	return m.translations(lex, f)
}
