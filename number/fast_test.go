package number

import (
	"math"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// FuzzFastPaths checks the scanner's byte-level shortcuts against the
// general functions they stand for: hangul3 against decoding the rune,
// hangulBefore against decoding the last rune, equalFoldASCII against
// strings.EqualFold for ASCII words, has against strings.HasPrefix.
func FuzzFastPaths(f *testing.F) {
	f.Add("three", "Million")
	for _, s := range []string{"", "가", "힣", "\xed\x9e\xa4", "\xea\xaf\xbf", "\xed\xa0\x80", "ㄱ가a", "K", "\u212a", "ſ", "Million", "MİLLİON", "a.m.", "\xff\xfe"} {
		f.Add(s, "km")
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, s, w string) {
		if isLetters(w) && len(w) <= 16 {
			var lb [16]byte
			if got, want := isNumberWord(w), numberWords[lower(w, &lb)]; got != want {
				t.Fatalf("isNumberWord(%q) = %v, numberWords says %v", w, got, want)
			}
		}
		for p := 0; p <= len(s); p++ {
			r, _ := utf8.DecodeRuneInString(s[p:])
			if got, want := hangul3(s, p), isHangul(r); got != want {
				t.Fatalf("hangul3(%q, %d) = %v, decoding says %v", s, p, got, want)
			}
			sc := scanner{text: s}
			r, _ = utf8.DecodeLastRuneInString(s[:p])
			if got, want := sc.hangulBefore(p), isHangul(r); got != want {
				t.Fatalf("hangulBefore(%q, %d) = %v, decoding says %v", s, p, got, want)
			}
			if got, want := sc.has(p, w), strings.HasPrefix(s[p:], w); got != want {
				t.Fatalf("has(%q, %d, %q) = %v, HasPrefix says %v", s, p, w, got, want)
			}
			if len(s)-p >= len(w) && isASCII(w) {
				u := s[p : p+len(w)]
				if got, want := equalFoldASCII(u, w), strings.EqualFold(u, w); got != want {
					t.Fatalf("equalFoldASCII(%q, %q) = %v, EqualFold says %v", u, w, got, want)
				}
			}
		}
	})
}

// TestFastPathsRunes runs FuzzFastPaths's checks on every Hangul
// syllable's neighbours and on ASCII words against all case variants.
func TestFastPathsRunes(t *testing.T) {
	for r := rune(0xA000); r < 0xE000; r++ {
		s := string(r)
		if got, want := hangul3(s, 0), isHangul(r); got != want {
			t.Fatalf("hangul3(%U) = %v, want %v", r, got, want)
		}
		if isHangul(r) && syllable(s, 0) != r {
			t.Fatalf("syllable(%q) = %U, want %U", s, syllable(s, 0), r)
		}
	}
	for _, w := range []string{"km", "percent", "per cent", "a.m.", "degrees Celsius", "sq. ft."} {
		for _, u := range []string{w, strings.ToUpper(w), strings.ToTitle(w), strings.ReplaceAll(w, "k", "\u212a"), strings.ReplaceAll(w, ".", ","), strings.ReplaceAll(w, " ", "\x00")} {
			if len(u) != len(w) {
				continue
			}
			if got, want := equalFoldASCII(u, w), strings.EqualFold(u, w); got != want {
				t.Errorf("equalFoldASCII(%q, %q) = %v, EqualFold says %v", u, w, got, want)
			}
		}
	}
}

// FuzzMagnitude checks magnitude and sameDigits, which skip the
// logarithm away from the powers of ten, against the logarithm, and fmax
// against math.Max.
func FuzzMagnitude(f *testing.F) {
	for _, v := range []float64{math.Copysign(0, -1), math.Inf(-1), 0, 1, 9.999999999, 10, 999.9999999999, 1000, 1000.0000001, 3.034, 3.0344, 1e21, 1e22, 1e23, math.Inf(1), math.NaN(), -5, 204e4, 20.4e6, 0.5} {
		f.Add(v, v*10)
		f.Add(v, v*(1+1e-10))
		f.Add(v, v*(1+1e-6))
	}
	f.Add(0.0, math.Copysign(0, -1))
	f.Add(math.NaN(), 1.0)
	f.Fuzz(func(t *testing.T, x, y float64) {
		if got, want := fmax(x, y), math.Max(x, y); math.Float64bits(got) != math.Float64bits(want) && !(math.IsNaN(got) && math.IsNaN(want)) {
			t.Fatalf("fmax(%v, %v) = %v, math.Max says %v", x, y, got, want)
		}
		if got, want := magnitude(x), logMagnitude(x); got != want {
			t.Fatalf("magnitude(%v) = %d, the logarithm says %d", x, got, want)
		}
		if got, want := sameDigits(x, y), logSameDigits(x, y); got != want {
			t.Fatalf("sameDigits(%v, %v) = %v, the logarithm says %v", x, y, got, want)
		}
	})
}

// TestMagnitudeNearPowers runs FuzzMagnitude's checks on values around
// each power of ten, where betweenPowers leaves the answer to the
// logarithm.
func TestMagnitudeNearPowers(t *testing.T) {
	for _, p := range pow10 {
		for _, rel := range []float64{-2e-6, -1e-6, -1e-9, -1e-12, 0, 1e-12, 1e-9, 1e-6, 2e-6} {
			v := p * (1 + rel)
			if got, want := magnitude(v), logMagnitude(v); got != want {
				t.Errorf("magnitude(%v) = %d, want %d", v, got, want)
			}
			for _, x := range []float64{1, 3.7, 1234} {
				if got, want := sameDigits(x, x*v), logSameDigits(x, x*v); got != want {
					t.Errorf("sameDigits(%v, %v) = %v, want %v", x, x*v, got, want)
				}
			}
		}
	}
}

// logMagnitude and logSameDigits are magnitude and sameDigits by the
// logarithm for every value (their general paths).
func logMagnitude(v float64) int {
	if math.Abs(v) < 1 {
		return 0
	}
	return magnitudeLog(v)
}

func logSameDigits(x, y float64) bool {
	if x <= 0 || y <= 0 || x == y {
		return false
	}
	return powerOfTenLog(math.Max(x, y) / math.Min(x, y))
}

func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}

// TestWordsASCII: the words the scanner looks for with word are ASCII
// (equalFoldASCII is strings.EqualFold only for those) and not empty
// (firstIs reads their first byte).
func TestWordsASCII(t *testing.T) {
	var ws []string
	for _, x := range enScale {
		ws = append(ws, x.w)
	}
	for _, x := range enCurrency {
		ws = append(ws, x.w)
	}
	for _, x := range enDur {
		ws = append(ws, x.w)
	}
	for _, x := range enLength {
		ws = append(ws, x.w)
	}
	for m := range months {
		ws = append(ws, m)
	}
	for _, w := range ws {
		if w == "" || !isASCII(w) {
			t.Errorf("word %q is empty or not ASCII", w)
		}
	}
}

// FuzzPairGrouped checks that pair, which tries only the target numbers
// of the source number's kind at the identical and exact levels, pairs
// as its general path that tries them all does.
func FuzzPairGrouped(f *testing.F) {
	f.Add("경찰은 5명이 숨지고 1153명이 대피했다고 10월 5일 밝혔다. 2022년 1조2000억 원", "Police said 5 people died and 1,553 were evacuated on Oct. 5, 2022, 1.2 trillion won", uint8(0))
	f.Add("3명, 3명, 30분, 24.1%", "three people, 30 minutes, 24.1 percent and 3", uint8(3))
	f.Fuzz(func(t *testing.T, a, b string, odd uint8) {
		src, tgt := Extract(a, language.Korean), Extract(b, language.English)
		if odd > 0 && len(tgt) > 0 {
			tgt[int(odd)%len(tgt)].Kind = Kind(odd) // a kind not defined, at times
		}
		for _, p := range [][2][]Number{{src, tgt}, {tgt, src}, {src, src}} {
			s, g := p[0], p[1]
			u1 := make([]bool, len(s)+len(g))
			u2 := make([]bool, len(s)+len(g))
			w1 := pairGrouped(s, g, u1[:len(s)], u1[len(s):], make([]int32, len(g)), true)
			w2 := pairGrouped(s, g, u2[:len(s)], u2[len(s):], nil, false)
			if w1 != w2 || !slices.Equal(u1, u2) {
				t.Fatalf("%q / %q: grouped pairs %v (%d weak), all %v (%d)", a, b, u1, w1, u2, w2)
			}
		}
	})
}

// FuzzContradictedGrouped checks splitLeft with the candidates grouped
// by kind (contradictedGrouped) against trying every candidate in order
// (contradicted), kinds not defined included.
func FuzzContradictedGrouped(f *testing.F) {
	f.Add("경찰은 5명이 숨지고 1153명이 대피했다고 10월 5일 밝혔다. 2022년 1조2000억 원", "Police said 6 people died and 1,553 were evacuated on Oct. 7, 2021, 1.3 trillion won at 7 p.m.", uint8(0))
	f.Add("오늘은 1억5천만 유로, 내일은 3억 유로, 전반 25분, 21시간 30분 동안", "150 million euros today, tomorrow 200, in the 26th minute, at 21:30, two of them", uint8(0))
	f.Add("3명, 3명, 30분, 24.1%, 1973년, 3.034달라", "three people, 31 minutes, 24.2 percent and 4, 1738, $3.0344", uint8(9))
	f.Fuzz(func(t *testing.T, a, b string, odd uint8) {
		src, tgt := Extract(a, language.Korean), Extract(b, language.English)
		if odd > 0 && len(tgt) > 0 {
			tgt[int(odd)%len(tgt)].Kind = Kind(odd) // a kind not defined, at times
		}
		for _, p := range [][2][]Number{{src, tgt}, {tgt, src}} {
			own, other := p[0], p[1]
			n := len(own) + len(other)
			used, echo := make([]bool, n), make([]bool, n) // nothing paired: every number is left
			c1, o1 := splitLeft(own, other, used[:len(own)], echo[:len(own)], used[len(own):], echo[len(own):], make([]int32, 2*n), make([]bool, len(own)), nil)
			c2, o2 := splitLeft(own, other, used[:len(own)], echo[:len(own)], used[len(own):], echo[len(own):], make([]int32, n), make([]bool, len(own)), nil)
			if !sameNumbers(c1, c2) || !sameNumbers(o1, o2) {
				t.Fatalf("%q / %q: grouped %v / %v, in order %v / %v", a, b, c1, o1, c2, o2)
			}
		}
	})
}

// TestMonthWeekdaySwitch: monthOf and isWeekday agree with the maps
// months and weekdays on their keys in every case variant (first letter,
// all upper, all lower), on their prefixes and on the number words.
func TestMonthWeekdaySwitch(t *testing.T) {
	var words []string
	for _, m := range []map[string]bool{keys(months), weekdays, numberWords} {
		for w := range m {
			words = append(words, w, strings.ToUpper(w), strings.ToLower(w), strings.ToUpper(w[:1])+w[1:], w[:len(w)-1], w+"s")
		}
	}
	for _, w := range words {
		m, ok := monthOf(w)
		wm, wok := months[w]
		if m != wm || ok != wok {
			t.Errorf("monthOf(%q) = %v, %v; months says %v, %v", w, m, ok, wm, wok)
		}
		if got, want := isWeekday(w), weekdays[w]; got != want {
			t.Errorf("isWeekday(%q) = %v, weekdays says %v", w, got, want)
		}
	}
}

// TestKoScaleFirstByte: koScaleAt rejects a position on its first byte,
// which every Korean scale word starts with EB or EC.
func TestKoScaleFirstByte(t *testing.T) {
	for _, k := range koScale {
		if k.s[0] != 0xEB && k.s[0] != 0xEC {
			t.Errorf("scale word %q starts with %X", k.s, k.s[0])
		}
	}
}

func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isLetter(w[i]) {
			return false
		}
	}
	return true
}

// TestIsNumberWord: isNumberWord finds every word of numberWords in any
// case, and no other word of the same shape.
func TestIsNumberWord(t *testing.T) {
	var lb [16]byte
	for w := range numberWords {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:], w[:len(w)-1] + "x", "q" + w[1:], w + "s"} {
			if got, want := isNumberWord(v), numberWords[lower(v, &lb)]; got != want {
				t.Errorf("isNumberWord(%q) = %v, numberWords says %v", v, got, want)
			}
		}
	}
}
