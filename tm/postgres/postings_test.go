package postgres

import (
	"testing"
)

// TestTermTable checks the term table against a map, through growth and
// the zero key.
func TestTermTable(t *testing.T) {
	var tt termTable
	want := map[uint64]int32{}
	x := uint64(88172645463325252)
	for i := range 300000 {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		k := x % 200000 // repeats
		if i%1000 == 0 {
			k = 0
		}
		next := int32(len(want))
		got, ok := tt.get(k, next)
		w, had := want[k]
		if ok != had {
			t.Fatalf("key %d: found %v, want %v", k, ok, had)
		}
		if !had {
			want[k] = next
			w = next
		}
		if got != w {
			t.Fatalf("key %d: index %d, want %d", k, got, w)
		}
	}
}
