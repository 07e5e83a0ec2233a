package check

import (
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestIsNFC compares isNFC with norm.NFC.IsNormalString on random strings built
// from ASCII, Hangul syllables and conjoining jamo (가 + ᆨ composes to
// 각), Latin letters and combining marks (e + ◌́ is é), marks out of
// canonical order, and other non-ASCII text.
func TestIsNFC(t *testing.T) {
	parts := []string{"a", "e", " ", "\t", "7", "가", "한", "\u11a8", "\u1100", "\u1161", "\u0301", "\u0323", "é", "’", "·", "Å", "\u212b", "\u0041\u030a", "「", "ｶ", "\u0f73", "\u0958", "\U0001d15e", "\u2126", "\u00c5", "\ua000", "\ud7a3", "\ud7b0", "\ud7fb", "\uac00\u11c2"}
	r := rand.New(rand.NewPCG(1, 2))
	cases := []string{"", "plain ASCII", "한국어 문장", "각", "가\u11a8", "e\u0301", "é", "\u0323\u0301", "a\u0301\u0323", "a\u0323\u0301"}
	for range 20000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		cases = append(cases, b.String())
	}
	// isNFC may say false when norm's quick check is not sure (a lone
	// jamo, a mark that might compose): the caller normalizes, which
	// gives the same text. It must never say true of text not in NFC,
	// and it must say what norm says of text without such characters.
	sure := func(s string) bool { return norm.NFC.QuickSpanString(s) == len(s) }
	for _, s := range cases {
		got, want := isNFC(s), norm.NFC.IsNormalString(s)
		if got && !want || got != want && sure(s) {
			t.Errorf("isNFC(%+q) = %v, norm.NFC.IsNormalString %v", s, got, want)
		}
	}
	for _, s := range []string{"plain ASCII", "한국어 문장 with English", "Seoul’s 3.5% · 「인용」"} {
		if !isNFC(s) {
			t.Errorf("isNFC(%q) = false", s)
		}
	}
}
