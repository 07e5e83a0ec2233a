package mine

import (
	"strings"

	"bitext/romanize"
)

// skeleton reduces a romanized or English name to its consonant classes,
// the letters Korean transliteration of a foreign name keeps: k g c q x
// are k; t d are t, but not in an English word's final ts, tz or ds (one
// sound, 츠, 즈); p b f v are p; s z sh ch j (and c before e, i, y) are
// s; l r are l; m and n (ng) stay; vowels, h, w and y are dropped, as is
// an English r before a consonant or a final e (Livermore ~ 리버모어) and
// an English gh after two vowels or i (Kavanaugh ~ 캐버노);
// letters doubled after that are written once.
func skeleton(s string, english bool) string { return reduce(s, english, false, false, false) }

// vowelKey is skeleton with the vowels kept in three classes (a e → a,
// o u → o, i → i; y and w dropped) and an English final e dropped, for
// names too short for their consonants alone (오바마 ~ Obama, but not
// 예정 ~ China).
func vowelKey(s string, english bool) string { return reduce(s, english, true, false, english) }

// enVowelSim is the similarity of the Korean vowel key k to the English
// en's, read with a vowel before a consonant and a final e as two (Rice,
// Wade) or, for names that are no English words, as one (Chile 칠레, Sane
// 사네): the closer of the two; french adds the reading of frenchArd, yai
// that of yAsAi.
func enVowelSim(k, en string, french, yai bool) float64 {
	sim := max(similarity(k, vowelKey(en, true)), similarity(k, reduce(en, true, true, false, false)))
	if sim < 1 && french {
		// Or read as French, the final d silent (Hazard 아자르, for a
		// Korean form ending in 르; frenchArd, session 19, helper M29).
		if a := frenchArd(en); a != "" {
			sim = max(sim, similarity(k, vowelKey(a, true)))
		}
	}
	if sim < 1 && yai && !strings.Contains(en, " ") {
		// Or, for one English word against one Korean word, with the
		// vowels English spells with r, w or a final y read as Korean
		// writes them (koVowels: Kelleher 켈러허, Lawler 롤러, Airbus
		// 에어버스, Holly 홀리; session 22, helper M42).
		if a := koVowels(en); a != "" {
			// The first vowels alike too: the reading moves the later,
			// weaker vowels closer (대디 ~ Diddy is not one).
			if ek := vowelKey(a, true); firstVowel(ek) == firstVowel(k) {
				sim = max(sim, similarity(k, ek))
			}
		}
	}
	if sim < 1 && yai && !strings.Contains(en, " ") && strings.ContainsAny(en, "yY") {
		// Or, for one English word against one Korean word (yai), with
		// a y after a consonant read as 아이 (yAsAi): Dwyer 드와이어,
		// Tyler 타일러 (session 19, helper M29).
		if a := yAsAi(en); a != en {
			sim = max(sim, similarity(k, vowelKey(a, true)))
		}
	}
	return sim
}

// yAsAi writes an English y after a consonant, before a vowel or before
// one consonant and a final e or er, as ai, the 아이 Korean writes for it
// (Dwyer 드와이어, Bryan 브라이언, Tyler 타일러, Kyle 카일); a y after a
// vowel, at a word's start or end, or before other letters (Kennedy,
// Syria, Lynn) is left as it is. Only another reading: Tokyo 도쿄 and
// Kyoto 교토 keep theirs.
func yAsAi(en string) string {
	var b []byte
	done := 0 // en[:done] is in b
	for i := 1; i+1 < len(en); i++ {
		if en[i] != 'y' || !isLetter(en[i-1]) || isVowel(en[i-1]|0x20) {
			continue
		}
		next := en[i+1] | 0x20
		ok := isVowel(next) && next != 'y'
		if !ok && isLetter(en[i+1]) && i+2 < len(en) && en[i+2] == 'e' {
			// one consonant and the word's final e or er (Kyle, Tyler)
			end := i + 3
			if end < len(en) && en[end] == 'r' {
				end++
			}
			ok = end == len(en) || !isLetter(en[end])
		}
		if ok {
			b = append(append(b, en[done:i]...), 'a', 'i')
			done = i + 1
		}
	}
	if b == nil {
		return en
	}
	return string(append(b, en[done:]...))
}

// koVowels rewrites the English vowels whose spelling Korean renders
// otherwise than letter by letter, or "" when en has none: air before a
// consonant or at the end as 에어 (Airbus 에어버스, Blair 블레어); e, i
// or u after a consonant with an r after it that ends the word or comes
// before a consonant as 어 (Kelleher 켈러허, Turner 터너, Kirk 커크;
// the r is silent, reduce); aw before a consonant, an e or at the end,
// and au, as 오 (Lawler 롤러, Hawke 호크, Sawers 소워스, Paul 폴); wa before l, r, t or sh as 워
// (Waters 워터스, Walter 월터, Warner 워너); a y ending the word after a
// consonant as 이 (Holly 홀리, Doherty 도허티); ew after a consonant as 우
// (Lewis 루이스; ea as 이, Read 리드, paired 빈의 ~ Bean and 팀이 ~ Team in
// the 1M TM for one reference name gained); a word's final ard after a consonant and an earlier vowel, unstressed,
// as 어 (Harvard 하버드, Leonard 레너드). Only another reading:
// Watson 왓슨 and Strauss 슈트라우스 keep theirs; enVowelSim takes it
// only when the first vowels are alike (session 22, helper M42).
func koVowels(en string) string {
	w := strings.ToLower(en)
	var b []byte
	changed := false
	cons := func(i int) bool { return i >= 0 && i < len(w) && isLetter(w[i]) && !isVowel(w[i]) }
	endOrCons := func(i int) bool { return i >= len(w) || !isLetter(w[i]) || !isVowel(w[i]) }
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == 'a' && strings.HasPrefix(w[i:], "air") && endOrCons(i+3) && (i == 0 || !isVowel(w[i-1])):
			b = append(b, "eor"...)
			i += 2
			changed = true
			continue
		case (c == 'e' || c == 'i' || c == 'u') && cons(i-1) && i+1 < len(w) && w[i+1] == 'r' && endOrCons(i+2):
			b = append(b, "eo"...)
			changed = true
			continue
		case c == 'a' && i+1 < len(w) && (w[i+1] == 'w' && (endOrCons(i+2) || w[i+2] == 'e') || w[i+1] == 'u') && (i == 0 || !isVowel(w[i-1])):
			b = append(b, 'o')
			i++
			changed = true
			continue
		case c == 'w' && i+2 < len(w) && w[i+1] == 'a' && (i == 0 || !isLetter(w[i-1])) && (w[i+2] == 'l' || w[i+2] == 'r' || w[i+2] == 't' || strings.HasPrefix(w[i+2:], "sh")):
			b = append(b, 'w', 'o')
			i++
			changed = true
			continue
		case c == 'e' && cons(i-1) && i+1 < len(w) && w[i+1] == 'w':
			// ew after a consonant as 우 (Lewis 루이스, Andrew 앤드루)
			b = append(b, 'u')
			i++
			changed = true
			continue
		case c == 'a' && strings.HasPrefix(w[i:], "ard") && cons(i-1) && (i+3 == len(w) || !isLetter(w[i+3])) && strings.ContainsAny(w[:i-1], "aeiou"):
			// a word's final ard after a consonant and an earlier vowel,
			// unstressed, as 어 (Harvard 하버드, Howard 하워드, Leonard
			// 레너드)
			b = append(b, "eor"...)
			i++
			changed = true
			continue
		case c == 'y' && cons(i-1) && (i+1 == len(w) || !isLetter(w[i+1])):
			b = append(b, 'i')
			changed = true
			continue
		}
		b = append(b, c)
	}
	if !changed {
		return ""
	}
	return string(b)
}

// firstVowel is the first vowel class of a vowel key (a, o or i), or 0.
func firstVowel(k string) byte {
	if i := strings.IndexAny(k, "aoi"); i >= 0 {
		return k[i]
	}
	return 0
}

// bareVowelKey is vowelKey of a romanized Korean form without the vowel ㅡ
// (eu), which Korean writes after a consonant English has alone: for
// forms of one consonant class, whose vowels are all the evidence
// (조이스 ~ Joyce; session 12, helper M11).
func bareVowelKey(s string) string { return reduce(s, false, true, true, false) }

func reduce(s string, english, vowels, bare, magic bool) string {
	s = strings.ToLower(s)
	var out []byte
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return r < 'a' || r > 'z' }) {
		for i := 0; i < len(w); i++ {
			c := w[i]
			next := byte(0)
			if i+1 < len(w) {
				next = w[i+1]
			}
			var k byte
			switch c {
			case 'a', 'e', 'o', 'u', 'i':
				if !vowels || english && c == 'e' && i == len(w)-1 && i > 2 {
					continue
				}
				if magic && c == 'e' && i+2 == len(w) && w[i+1] == 's' && i >= 2 && magicE(w, i-2) {
					// The final e of a one-syllable name with an s after it
					// is as silent as without (Wales 웨일스, James 제임스,
					// Jones 존스; session 20, helper M34).
					continue
				}
				if bare && c == 'e' && next == 'u' {
					// ㅡ (eu) is the vowel Korean writes after a
					// consonant English has alone (조이스 ~ Joyce):
					// dropped (bareVowelKey).
					i++
					continue
				}
				if magic && (c == 'i' || c == 'a') && magicE(w, i) {
					// A vowel before one consonant and a final e is
					// said as two (Rice 라이스, Clive 클라이브, Kate
					// 케이트): ai, ei (session 14, helper M16).
					out = appendClass(out, 'a')
					k = 'i'
					break
				}
				if english && c == 'e' && next == 'e' {
					// An English ee is the vowel Korean writes 이 (Reed
					// 리드, Reeher 리허, Lee 리; session 17, helper M23).
					i++
					k = 'i'
					break
				}
				switch c {
				case 'a', 'e':
					k = 'a'
				case 'o', 'u':
					k = 'o'
				default:
					k = 'i'
				}
			case 'y':
				// An English y after a vowel, ending the word or before
				// a consonant, is the second vowel of ay, ey, oy, which
				// Korean writes 이 (May 메이, Kay 케이; session 17, helper
				// M23); elsewhere it is dropped.
				if !vowels || !english || i == 0 || !isVowel(w[i-1]) || w[i-1] == 'y' || next != 0 && isVowel(next) {
					continue
				}
				k = 'i'
			case 'g':
				// An English gh after two vowels or after i is silent
				// (Kavanaugh 캐버노, Leigh 리, Willoughby 윌로비, Wright
				// 라이트); after one other vowel it is mostly a g
				// (Baghdad 바그다드, Meghan 메건, Dabbagh 다바그).
				if english && next == 'h' && i > 0 && (w[i-1] == 'i' || i > 1 && isVowel(w[i-1]) && isVowel(w[i-2])) {
					i++
					continue
				}
				k = 'k'
			case 'k', 'q':
				k = 'k'
			case 'x':
				// At an English word's start x is s: Chinese names in
				// pinyin (Xinhua 신화, Xinjiang 신장), Xavier 자비에르
				// (session 14, helper M16).
				if !english || i > 0 {
					out = appendClass(out, 'k')
				}
				k = 's'
			case 'c':
				switch {
				case next == 'h':
					k = 's'
					i++
				case next == 'e' || next == 'i' || next == 'y':
					k = 's'
				default:
					k = 'k'
				}
			case 't', 'd':
				if c == 't' && next == 'h' {
					i++
				} else if english && ((next == 's' || next == 'z') && i+2 == len(w) || next == c && i+3 == len(w) && (w[i+2] == 's' || w[i+2] == 'z')) {
					// An English word's final ts, tz or ds (tts) is one sound
					// Korean writes with ㅊ or ㅈ (Massachusetts
					// 매사추세츠, Ritz 리츠, Woods 우즈): the t is left
					// out. Inside a word Korean writes the two (Watson
					// 왓슨, Hudson 허드슨; session 16, helper M22).
					continue
				}
				k = 't'
			case 'p':
				if next == 'h' {
					i++
				}
				k = 'p'
			case 'b', 'f', 'v':
				k = 'p'
			case 's':
				if next == 'h' {
					i++
				}
				k = 's'
			case 'z', 'j':
				k = 's'
			case 'l':
				k = 'l'
			case 'r':
				// A post-vocalic English r is silent in Korean writing
				// (Livermore 리버모어, Erdogan 에르도안 is the exception
				// the loose English skeleton covers).
				if english && i > 0 && isVowel(w[i-1]) && (next == 0 || !isVowel(next) || next == 'e' && i+2 == len(w)) {
					continue
				}
				k = 'l'
			case 'm':
				k = 'm'
			case 'n':
				if next == 'g' {
					i++
				}
				k = 'n'
			default:
				continue
			}
			out = appendClass(out, k)
		}
	}
	return string(out)
}

func appendClass(b []byte, c byte) []byte {
	if len(b) > 0 && b[len(b)-1] == c {
		return b
	}
	return append(b, c)
}

func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

// magicE reports whether the vowel w[i] of an English word of one
// syllable is followed by one consonant and the word's final e, after a
// consonant (Rice, Kate; not Ice, nor Maurice, Alice, whose last syllable
// is unstressed), or by that e and a final s (Wales, James; session 20,
// helper M34).
func magicE(w string, i int) bool {
	return i > 0 && (i+3 == len(w) || i+4 == len(w) && w[i+3] == 's') && w[i+2] == 'e' && !isVowel(w[i+1]) && w[i+1] != 'r' && w[i+1] != 'w' &&
		!strings.ContainsAny(w[:i], "aeiouy")
}

// koreanSkeleton is the skeleton of a Hangul form in Revised Romanization,
// each syllable reduced on its own (koWord), so that a final ㄴ before an
// initial ㄱ stays n, k (존 고든 ~ John Gordon; session 12, helper M9:
// the romanization of the whole form read that n+g as the ng of one
// sound, 존 고든 sntn).
func koreanSkeleton(ko string) string {
	var b []byte
	for _, w := range strings.Fields(ko) {
		b = appendSkel(b, newKoWord(w))
	}
	return string(b)
}

// koWord is what the skeleton of a Hangul form needs of one of its words:
// the word's skeleton, its syllables reduced one by one.
type koWord struct {
	skel string
}

func newKoWord(w string) koWord {
	var b []byte
	for _, r := range w {
		if r >= 0xAC00 && r <= 0xD7A3 {
			b = appendSkel(b, koWord{skel: skeleton(romanize.Word(string(r)), false)})
		}
	}
	return koWord{skel: string(b)}
}

// appendSkel appends to b, the skeleton of the words before w, the
// skeleton of w, so that the words' skeletons make koreanSkeleton of the
// form joining them.
func appendSkel(b []byte, w koWord) []byte {
	s := w.skel
	if len(s) > 0 && len(b) > 0 && b[len(b)-1] == s[0] {
		s = s[1:]
	}
	return append(b, s...)
}

// similarity is 1 minus the edit distance of a and b over the longer
// length; 0 when either is empty.
func similarity[A, B ~string | ~[]byte](a A, b B) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) < len(b) {
		return similarity(b, a)
	}
	var pa, ca [33]int
	var prev, cur []int
	if len(b) < len(pa) {
		prev, cur = pa[:len(b)+1], ca[:len(b)+1]
	} else {
		prev, cur = make([]int, len(b)+1), make([]int, len(b)+1)
	}
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return 1 - float64(prev[len(b)])/float64(len(a))
}

// similarity75 is similarity(a, b) when that is 0.75 or more, and 0
// otherwise: the edit distance is computed only within the band of the
// distances a quarter of the longer length allows (at most one for
// skeletons of four to seven letters), and given up on when a whole row
// lies beyond it. foreignNamePairs keeps no similarity below 0.75, so
// its pairs are those of similarity (session 19, helper M30: the edit
// distance was a tenth of foreignNamePairs' time).
func similarity75[A, B ~string | ~[]byte](a A, b B) float64 {
	if len(a) < len(b) {
		return similarity75(b, a)
	}
	if len(b) == 0 {
		return 0
	}
	k := len(a) / 4 // the largest distance d with 1 - d/len(a) >= 0.75
	if len(a)-len(b) > k {
		return 0
	}
	if len(a) > 32 {
		if s := similarity(a, b); s >= 0.75 {
			return s
		}
		return 0
	}
	const far = 1 << 20
	var pa, ca [34]int
	prev, cur := pa[:len(b)+1], ca[:len(b)+1]
	for j := range prev {
		prev[j] = j
		if j > k {
			prev[j] = far
		}
	}
	for i := 1; i <= len(a); i++ {
		lo, hi := max(1, i-k), min(len(b), i+k)
		if lo > 1 {
			cur[lo-1] = far
		} else {
			cur[0] = i
			if i > k {
				cur[0] = far
			}
		}
		rowMin := cur[lo-1]
		for j := lo; j <= hi; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			up := far
			if j <= i-1+k {
				up = prev[j] + 1
			}
			c := min(up, cur[j-1]+1, prev[j-1]+cost)
			cur[j] = c
			rowMin = min(rowMin, c)
		}
		if hi < len(b) {
			cur[hi+1] = far
		}
		if rowMin > k {
			return 0
		}
		prev, cur = cur, prev
	}
	d := prev[len(b)]
	if d > k {
		return 0
	}
	return 1 - float64(d)/float64(len(a))
}

// isKoreanName reports whether the Hangul form ko, read as a Korean name
// (surname and given name), is the Latin name en in one of the usual
// spellings.
func isKoreanName(ko, en string) bool {
	k := romanize.Key(en)
	for _, nk := range romanize.NameKeys(ko) {
		if nk == k {
			return true
		}
	}
	return false
}
