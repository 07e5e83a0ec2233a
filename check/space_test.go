package check

import (
	"testing"
	"unicode"
)

func TestIsSpace(t *testing.T) {
	for r := rune(0); r <= 0x3100; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Errorf("isSpace(%U) = %v", r, isSpace(r))
		}
	}
}
