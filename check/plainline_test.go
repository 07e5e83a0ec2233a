package check

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"bitext/textfile"
)

// TestPlainLine compares plainLine with a plain reading of its rule on
// random strings of every ASCII byte, Hangul syllables and characters
// around them, invalid UTF-8 and others, at every alignment; whatever it
// accepts textfile.Check accepts and is in NFC.
func TestPlainLine(t *testing.T) {
	want := func(s string) bool {
		if !utf8.ValidString(s) {
			return false
		}
		for _, r := range s {
			if !(r >= 0x20 && r < 0x7F || r == '\t' || r >= 0xAC00 && r <= 0xD7A3) {
				return false
			}
		}
		return true
	}
	parts := []string{"plain words ", "a", "\t", "가", "힣", "\ud7a4", "\uabff", "\u1100\u1161", "\u0301", "é", "’", "\x7f", "\u0080", "\u009f", "\xff", "\xed\xa0\x80", "\xea", "\xea\xb0", "\r", "\n", "\f", "\x00", "\U0001F600", "0123456789abcdef"}
	for c := range 128 {
		parts = append(parts, string(rune(c)))
	}
	r := rand.New(rand.NewPCG(5, 6))
	cases := []string{"", "Exports rose 21.4 percent.", "수출은 24.1% 증가했다.\tExports rose 21.4 percent.\tu-1"}
	for range 30000 {
		var b strings.Builder
		for range r.IntN(12) {
			p := parts[r.IntN(len(parts))]
			if r.IntN(3) > 0 {
				p = parts[r.IntN(3)] // mostly plain
			}
			b.WriteString(p)
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		got := plainLine(s)
		if got != want(s) {
			t.Errorf("plainLine(%+q) = %v, want %v", s, got, !got)
		}
		if got && (textfile.Check("x", []byte(s), textfile.Limits{}) != nil || !isNFC(s) || !norm.NFC.IsNormalString(s)) {
			t.Errorf("plainLine(%+q) = true, but Check or NFC says no", s)
		}
	}
}

// BenchmarkPlainLine: the checks of a TSV line of pairs, plainLine
// against textfile.Check and isNFC, which it stands for.
func BenchmarkPlainLine(b *testing.B) {
	line := strings.Repeat("외교부 장관은 1조2000억 원을 투입한다고 밝혔다. ", 5) + "\t" + strings.Repeat("Foreign Minister Chung Eui-yong said 1.2 trillion won would be spent. ", 40)
	b.Run("plainLine", func(b *testing.B) {
		b.SetBytes(int64(len(line)))
		for b.Loop() {
			if !plainLine(line) {
				b.Fatal("not plain")
			}
		}
	})
	b.Run("Check+isNFC", func(b *testing.B) {
		b.SetBytes(int64(len(line)))
		for b.Loop() {
			if textfile.Check("x", []byte(line), textfile.Limits{}) != nil || !isNFC(line) {
				b.Fatal("not clean")
			}
		}
	})
}
