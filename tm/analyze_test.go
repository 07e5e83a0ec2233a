package tm

import (
	"testing"
	"unicode"
)

// TestLowerRune checks lowerRune against unicode.ToLower on every code
// point.
func TestLowerRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := lowerRune(r), unicode.ToLower(r); got != want {
			t.Fatalf("lowerRune(%U) = %U, unicode.ToLower gives %U", r, got, want)
		}
	}
}
