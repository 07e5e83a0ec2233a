package number

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzFastPaths checks the scanner's byte-level shortcuts against the
// general functions they stand for: hangul3 against decoding the rune,
// hangulBefore against decoding the last rune, equalFoldASCII against
// strings.EqualFold, has against strings.HasPrefix.
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
			if len(s)-p >= len(w) {
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
