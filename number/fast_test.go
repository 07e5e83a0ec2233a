package number

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzFastPaths checks the scanner's byte-level shortcuts against the
// general functions they stand for: hangul3 against decoding the rune,
// hangulBefore against decoding the last rune, equalFoldASCII against
// strings.EqualFold for ASCII words, has against strings.HasPrefix.
func FuzzFastPaths(f *testing.F) {
	for _, s := range []string{"", "가", "힣", "\xed\x9e\xa4", "\xea\xaf\xbf", "\xed\xa0\x80", "ㄱ가a", "K", "\u212a", "ſ", "Million", "MİLLİON", "a.m.", "\xff\xfe"} {
		f.Add(s, "km")
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, s, w string) {
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
// logarithm away from the powers of ten, against the logarithm.
func FuzzMagnitude(f *testing.F) {
	for _, v := range []float64{0, 1, 9.999999999, 10, 999.9999999999, 1000, 1000.0000001, 3.034, 3.0344, 1e21, 1e22, 1e23, math.Inf(1), math.NaN(), -5, 204e4, 20.4e6, 0.5} {
		f.Add(v, v*10)
		f.Add(v, v*(1+1e-10))
		f.Add(v, v*(1+1e-6))
	}
	f.Fuzz(func(t *testing.T, x, y float64) {
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

// logMagnitude and logSameDigits are magnitude and sameDigits as defined,
// with the logarithm for every value.
func logMagnitude(v float64) int {
	v = math.Abs(v)
	if v < 1 {
		return 0
	}
	return int(math.Floor(math.Log10(v) + 1e-9))
}

func logSameDigits(x, y float64) bool {
	if x <= 0 || y <= 0 || x == y {
		return false
	}
	r := math.Log10(math.Max(x, y) / math.Min(x, y))
	return math.Abs(r-math.Round(r)) < 1e-9
}

// TestMayEqualAcross checks that pair skips only pairs that equal would
// refuse: numbers of two kinds at the identical and exact levels, and
// kinds that acrossKinds leaves out at the others.
func TestMayEqualAcross(t *testing.T) {
	var ns []Number
	for k := Kind(0); k <= 8; k++ {
		for _, v := range []float64{0, 1, 2, 5, 14, 60, 720, 1005, 2022, 86400, 1.2e12} {
			for _, u := range []string{"", "%", "pt", "frac", "s", "mo", "y", "h12", "rel", "wd", "KRW", "USD", "km", "mi", "C", "F", "deg"} {
				ns = append(ns, Number{Kind: k, Value: v, Unit: u, Text: "x"}, Number{Kind: k, Value: v, Unit: u, Prec: 1e6, Text: "1"})
			}
		}
	}
	tried := 0
	for i := range ns {
		for j := range ns {
			a, b := &ns[i], &ns[j]
			if a.Kind == b.Kind {
				continue
			}
			for level := identical; level <= wildcard; level++ {
				if (level <= exact || !mayEqualAcross(a.Kind, b.Kind)) && equal(a, b, level) {
					t.Fatalf("equal(%+v, %+v, level %d) holds, but pair skips it", *a, *b, level)
				}
				tried++
			}
		}
	}
	if tried == 0 {
		t.Fatal("no pairs tried")
	}
}

// TestHangul3Bytes runs hangul3 on every three bytes that start with
// E0 to EF (the lead bytes of three-byte runes) against decoding them.
func TestHangul3Bytes(t *testing.T) {
	b := []byte{0, 0, 0}
	for b0 := 0xE0; b0 <= 0xEF; b0++ {
		for b1 := 0; b1 < 256; b1++ {
			for b2 := 0; b2 < 256; b2++ {
				b[0], b[1], b[2] = byte(b0), byte(b1), byte(b2)
				s := string(b)
				r, _ := utf8.DecodeRuneInString(s)
				if got, want := hangul3(s, 0), isHangul(r); got != want {
					t.Fatalf("hangul3(% x) = %v, decoding says %v", b, got, want)
				}
			}
		}
	}
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
