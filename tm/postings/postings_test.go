package postings_test

import (
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"testing"

	"bitext/tm/postings"
)

func TestPostingsRoundTrip(t *testing.T) {
	for _, ids := range [][]int64{{1}, {1, 2, 3}, {5, 130, 131, 20000, 1 << 33}, {0, 127, 128, 16383, 16384}} {
		var got []int64
		if err := postings.Decode(postings.Append(nil, 0, ids), func(id int64) { got = append(got, id) }); err != nil {
			t.Errorf("Decode of %v: %v", ids, err)
		}
		if !slices.Equal(got, ids) {
			t.Errorf("round trip of %v = %v", ids, got)
		}
		// Appending to a segment continues from its last id.
		head, tail := ids[:len(ids)/2], ids[len(ids)/2:]
		last := int64(0)
		if len(head) > 0 {
			last = head[len(head)-1]
		}
		data := postings.Append(postings.Append(nil, 0, head), last, tail)
		got = got[:0]
		postings.Decode(data, func(id int64) { got = append(got, id) })
		if !slices.Equal(got, ids) {
			t.Errorf("appended round trip of %v = %v", ids, got)
		}
	}
}

// TestCorrupt checks that a malformed varint is an error, after the ids
// before it, in Decode and in Counter.Add.
func TestCorrupt(t *testing.T) {
	for _, tc := range []struct {
		data []byte
		ids  []int64
		at   string
	}{
		{[]byte{0x05, 0x80}, []int64{5}, "byte 1"},
		{[]byte{0x80}, nil, "byte 0"},
		{append(postings.Append(nil, 0, []int64{3, 300}), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f), []int64{3, 300}, "byte 3"},
	} {
		var got []int64
		err := postings.Decode(tc.data, func(id int64) { got = append(got, id) })
		if err == nil || !strings.Contains(err.Error(), tc.at) || !slices.Equal(got, tc.ids) {
			t.Errorf("Decode(%x) = %v, %v; want %v and an error at %s", tc.data, got, err, tc.ids, tc.at)
		}
		c := postings.NewCounter(1000)
		if err := c.Add(tc.data); err == nil || !strings.Contains(err.Error(), tc.at) {
			t.Errorf("Counter.Add(%x) = %v, want an error at %s", tc.data, err, tc.at)
		}
		c.Release()
	}
	if err := postings.Decode(postings.Append(nil, 0, []int64{1, 2}), func(int64) {}); err != nil {
		t.Errorf("Decode of a sound list: %v", err)
	}
}

// FuzzPostings decodes arbitrary segments (never panicking, ids never
// decreasing) and encodes what it decoded back to the same bytes when the
// input was canonical.
func FuzzPostings(f *testing.F) {
	f.Add(postings.Append(nil, 0, []int64{1, 2, 300, 70000}))
	f.Add([]byte{0x80})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01})
	f.Fuzz(func(t *testing.T, data []byte) {
		var ids []int64
		err := postings.Decode(data, func(id int64) { ids = append(ids, id) })
		canonical, malformed := true, false
		for i := 0; i < len(data); {
			d, n := binary.Uvarint(data[i:])
			if n <= 0 {
				malformed = true
			}
			if n <= 0 || len(binary.AppendUvarint(nil, d)) != n || d > 1<<40 {
				canonical = false
			}
			if n <= 0 {
				break
			}
			i += n
		}
		if malformed != (err != nil) {
			t.Fatalf("Decode(%x): error %v, malformed varint: %v", data, err, malformed)
		}
		c := postings.NewCounter(1 << 20)
		if addErr := c.Add(data); (addErr != nil) != malformed {
			t.Fatalf("Counter.Add(%x): error %v, malformed varint: %v", data, addErr, malformed)
		}
		c.Release()
		if !canonical {
			return
		}
		if !slices.IsSorted(ids) {
			t.Fatalf("decoded ids %v not ascending", ids)
		}
		if back := postings.Append(nil, 0, ids); string(back) != string(data) {
			t.Fatalf("re-encoding %x gives %x", data, back)
		}
	})
}

func TestCounterTop(t *testing.T) {
	lists := [][]int64{
		{1, 2, 3, 4, 5},
		{2, 3, 5, 9},
		{3, 5, 9},
		{9, 12},
	}
	for _, tc := range []struct {
		limit int
		skip  []int64
		want  []int64
	}{
		{1, nil, []int64{9}},          // 3 and 5 and 9 share 3 lists; the newest first
		{2, nil, []int64{9, 5}},       // ties in id order, newest first
		{3, nil, []int64{9, 5, 3}},    // all three at the cut
		{4, nil, []int64{3, 5, 9, 2}}, // then those sharing 2
		{2, []int64{9}, []int64{5, 3}},
		{10, []int64{1, 2, 3, 4, 5, 9, 12}, nil},
	} {
		c := postings.NewCounter(20)
		for _, l := range lists {
			c.Add(postings.Append(nil, 0, l))
		}
		skip := map[int64]bool{}
		for _, id := range tc.skip {
			skip[id] = true
		}
		got := c.Top(len(lists), tc.limit, skip)
		c.Release()
		if !slices.Equal(got, tc.want) {
			t.Errorf("Top(limit %d, skip %v) = %v, want %v", tc.limit, tc.skip, got, tc.want)
		}
	}
	// A released counter comes back cleared.
	c := postings.NewCounter(20)
	c.Add(postings.Append(nil, 0, []int64{7}))
	if got := c.Top(1, 5, nil); !slices.Equal(got, []int64{7}) {
		t.Errorf("after reuse: %v", got)
	}
	c.Release()
}

func TestCounterIgnoresIDsAboveMax(t *testing.T) {
	c := postings.NewCounter(10)
	defer c.Release()
	c.Add(postings.Append(nil, 0, []int64{3, 10, 11, 500}))
	got := c.Top(1, 10, nil)
	slices.Sort(got)
	if !slices.Equal(got, []int64{3, 10}) {
		t.Errorf("got %v, want [3 10]", got)
	}
}

func TestPlan(t *testing.T) {
	terms := []postings.Term{{Term: 1, DF: 500}, {Term: 2, DF: 20}, {Term: 3, DF: 90000}, {Term: 4, DF: 300}}
	if n := postings.Plan(terms, 1000); n != 3 || terms[0].Term != 2 || terms[2].Term != 1 {
		t.Errorf("Plan = %d, %v", n, terms)
	}
	if n := postings.Plan([]postings.Term{{Term: 1, DF: 5000}}, 10); n != 1 {
		t.Errorf("the rarest term is always read: %d", n)
	}
	for _, tc := range []struct{ units, want int }{{0, 10000}, {10000, 12000}, {100000, 37947}, {1000000, 120000}} {
		if got := postings.Budget(tc.units); got != tc.want {
			t.Errorf("Budget(%d) = %d, want %d", tc.units, got, tc.want)
		}
	}
}

func ExampleCounter() {
	// Three query terms, rarest first, and their posting lists.
	lists := [][]int64{{4, 8}, {2, 4, 8, 9}, {1, 2, 4, 9}}
	c := postings.NewCounter(9)
	defer c.Release()
	for _, l := range lists {
		c.Add(postings.Append(nil, 0, l))
	}
	fmt.Println(c.Top(len(lists), 2, nil))
	// Output: [4 9]
}
