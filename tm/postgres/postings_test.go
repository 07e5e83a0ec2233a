package postgres

import (
	"encoding/binary"
	"slices"
	"testing"
)

func TestPostingsRoundTrip(t *testing.T) {
	for _, ids := range [][]int64{{1}, {1, 2, 3}, {5, 130, 131, 20000, 1 << 33}, {0, 127, 128, 16383, 16384}} {
		var got []int64
		decodePostings(encodePostings(nil, 0, ids), func(id int64) { got = append(got, id) })
		if !slices.Equal(got, ids) {
			t.Errorf("round trip of %v = %v", ids, got)
		}
		// Appending to a segment continues from its last id.
		head, tail := ids[:len(ids)/2], ids[len(ids)/2:]
		last := int64(0)
		if len(head) > 0 {
			last = head[len(head)-1]
		}
		data := encodePostings(encodePostings(nil, 0, head), last, tail)
		got = got[:0]
		decodePostings(data, func(id int64) { got = append(got, id) })
		if !slices.Equal(got, ids) {
			t.Errorf("appended round trip of %v = %v", ids, got)
		}
	}
}

// FuzzPostings decodes arbitrary segments (never panicking, ids never
// decreasing) and encodes what it decoded back to the same bytes when the
// input was canonical.
func FuzzPostings(f *testing.F) {
	f.Add(encodePostings(nil, 0, []int64{1, 2, 300, 70000}))
	f.Add([]byte{0x80})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01})
	f.Fuzz(func(t *testing.T, data []byte) {
		var ids []int64
		decodePostings(data, func(id int64) { ids = append(ids, id) })
		canonical := true
		for i := 0; i < len(data); {
			d, n := binary.Uvarint(data[i:])
			if n <= 0 || len(binary.AppendUvarint(nil, d)) != n || d > 1<<40 {
				canonical = false
				break
			}
			i += n
		}
		if !canonical {
			return
		}
		if !slices.IsSorted(ids) {
			t.Fatalf("decoded ids %v not ascending", ids)
		}
		if back := encodePostings(nil, 0, ids); string(back) != string(data) {
			t.Fatalf("re-encoding %x gives %x", data, back)
		}
	})
}

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
