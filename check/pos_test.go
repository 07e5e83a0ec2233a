package check

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// TestPosAtRemembers asks one pos for offsets in random order (mid-rune
// ones and invalid bytes included) and compares each answer with a new
// pos's, which counts from the line start.
func TestPosAtRemembers(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 5))
	pieces := []string{"a", "b ", "\n", "한", "é", "\u2019", "\xff", "\xe2\x82", "\U0001F600", "\t"}
	for round := 0; round < 200; round++ {
		b := []byte{}
		for n := rng.IntN(80); n > 0; n-- {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		text := string(b)
		line, col := 1+rng.IntN(3), 1+rng.IntN(5)
		p := newPos(text, line, col)
		for k := 0; k < 60; k++ {
			off := rng.IntN(len(text) + 1)
			if k%3 != 0 && p.lastOff+1 <= len(text) { // mostly forward, as findings come
				off = p.lastOff + rng.IntN(len(text)-p.lastOff+1)
			}
			gl, gc := p.at(off)
			wl, wc := newPos(text, line, col).at(off)
			if gl != wl || gc != wc {
				t.Fatalf("%q at %d: %d:%d, want %d:%d", text, off, gl, gc, wl, wc)
			}
		}
	}
}

// FuzzCountRunes compares countRunes with utf8.RuneCountInString, invalid
// bytes and cut runes included.
func FuzzCountRunes(f *testing.F) {
	for _, s := range []string{"", "abc", "abcdefgh", "Kim Jong Un said 한국 \xff\xe2\x82 ok", "é\u2019abcdefghij\U0001F600"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i <= len(s) && i < 24; i++ {
			if got, want := countRunes(s[i:]), utf8.RuneCountInString(s[i:]); got != want {
				t.Fatalf("countRunes(%q) = %d, want %d", s[i:], got, want)
			}
		}
	})
}
