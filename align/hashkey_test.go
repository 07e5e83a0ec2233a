package align

import (
	"hash/fnv"
	"testing"
)

// TestHashKeyFNV: hashKey is FNV-1a of the string, as hash/fnv makes it.
func TestHashKeyFNV(t *testing.T) {
	for _, s := range []string{"", "a", "OECD", "d31", "v1.5e+03", "이창용", "\xff\x00"} {
		h := fnv.New64a()
		h.Write([]byte(s))
		for _, kind := range []uint64{0, kindNumber, kindLatin, kindTerm} {
			if got, want := hashKey(kind, s), kind|h.Sum64()&keyMask; got != want {
				t.Errorf("hashKey(%x, %q) = %x, want %x", kind, s, got, want)
			}
		}
	}
}
