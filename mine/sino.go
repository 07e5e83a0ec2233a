package mine

import (
	"strings"
	"unicode/utf8"

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

// sinoReading reports whether the English words of en (letters only,
// lower case, one word after another) read as pinyin syllables that
// correspond one by one to the Sino-Korean syllables of ko.
func sinoReading(ko, en string) bool {
	var sy [4][2]int // initial and final of each Hangul syllable
	n := 0
	for _, r := range ko {
		if r < 0xAC00 || r > 0xD7A3 || n == len(sy) {
			return false
		}
		i := int(r - 0xAC00)
		sy[n] = [2]int{i / 588, i % 28}
		if sinoInitials[sy[n][0]] == nil || sinoCoda(sy[n][1]) == "" {
			return false
		}
		n++
	}
	if n < 2 {
		return false
	}
	words := strings.Fields(strings.ToLower(en))
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			if w[i] < 'a' || w[i] > 'z' {
				return false
			}
		}
	}
	// match reports whether words[wi][at:] and the words after it read as
	// the syllables sy[k:n].
	var match func(wi, at, k int) bool
	match = func(wi, at, k int) bool {
		if at == len(words[wi]) {
			if wi+1 == len(words) {
				return k == n
			}
			return match(wi+1, 0, k)
		}
		if k == n {
			return false
		}
		w := words[wi][at:]
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
				if !pinyinFinals[f] || !sinoFinal(ini, f, sinoCoda(sy[k][1])) {
					continue
				}
				if match(wi, at+len(w)-len(rest)+l, k+1) {
					return true
				}
			}
		}
		return false
	}
	return len(words) > 0 && match(0, 0, 0)
}

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
	var done map[string]bool
	for ti, t := range toks {
		if matched[ti] || t.stem == "" || t.title {
			continue
		}
		for _, f := range [2]string{t.stem, stripParticle(t.raw)} {
			if c := utf8.RuneCountInString(f); c < 2 || c > 4 || particleEnd(f) {
				continue
			}
			if done == nil {
				// The English runs paired in the unit; a Korean form
				// paired may be paired again (화련 ~ Rain of "Rain
				// lashed Hualien": the result keeps the form's best).
				done = map[string]bool{}
				for k := range out {
					done[k[1]] = true
				}
			}
			found := false
			for _, s := range subs {
				r := runs[s.run]
				words := strings.Count(s.text, " ") + 1
				if s.from+words != len(r.words) || words > 3 || done[s.text] || !sinoReading(f, s.text) {
					continue
				}
				if len(lexicon.Core().EnglishIDs(s.text)) > 0 || lex != nil && otherWord(m.stemTranslations(lex, t.koInfo), m, s.text) {
					continue // an English word (One, House: the core lexicon's) or a Korean one
				}
				typ := Place
				if words > 1 {
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
