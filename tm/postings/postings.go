// Package postings is the inverted index the translation memory stores
// share: posting lists of unit ids encoded as varint deltas, and the rule
// that picks a fuzzy lookup's candidates from them. Both stores (tm/sqlite
// and tm/postgres) keep the lists in their own tables and call this
// package, so that they read the same terms and rescore the same units.
//
//	terms := []postings.Term{{Term: t1, DF: 40}, {Term: t2, DF: 9000}}
//	n := postings.Plan(terms, postings.Budget(units)) // read terms[:n]
//	c := postings.NewCounter(maxID)
//	defer c.Release()
//	for _, list := range lists { // the stored segments of terms[:n]
//		c.Add(list)
//	}
//	ids := c.Top(n, 60, exact)
package postings

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"sort"
	"sync"
)

// Append appends ids (ascending, each above prev) to buf as varint deltas
// from prev: a list starts from prev 0, and a segment may be extended by
// appending from its last id.
func Append(buf []byte, prev int64, ids []int64) []byte {
	for _, id := range ids {
		buf = binary.AppendUvarint(buf, uint64(id-prev))
		prev = id
	}
	return buf
}

// Decode calls fn for every id of data, a list that starts from 0. A
// malformed varint (truncated, or above 64 bits) is an error after the
// ids before it.
func Decode(data []byte, fn func(id int64)) error {
	var prev int64
	for off := 0; off < len(data); {
		d, n := binary.Uvarint(data[off:])
		if n <= 0 {
			return corrupt(off)
		}
		off += n
		prev += int64(d)
		fn(prev)
	}
	return nil
}

// corrupt is the error of a malformed varint at byte off of a segment.
func corrupt(off int) error {
	return fmt.Errorf("postings: corrupt posting list: malformed varint at byte %d", off)
}

// FlushEvery is the number of pending postings after which a store's
// import writes its part of the inverted index (inside its transaction),
// bounding the memory of an import.
const FlushEvery = 10_000_000

// MinBudget is the least number of postings a lookup reads.
const MinBudget = 10000

// Budget returns the postings a lookup reads in a memory of units units:
// 120·√units, at least MinBudget (12,000 at 10,000 units, 37,947 at
// 100,000, 120,000 at 1,000,000). Posting lists grow with the memory, so a
// fixed budget would read a shrinking share of the query's terms as it
// grows; the square root keeps recall while the cost grows ten times
// slower than the memory.
func Budget(units int) int {
	return max(MinBudget, int(120*math.Sqrt(float64(max(units, 0)))))
}

// Term is a query term with its document frequency (the postings stored
// under it).
type Term struct {
	Term uint64
	DF   int
}

// Plan sorts terms, rarest first, and returns how many of them a lookup
// reads: the rarest, then more while their postings fit in budget. Terms
// with no postings should be left out before. The order of terms of equal
// frequency depends only on the order they came in, so stores that pass
// the same terms read the same ones.
func Plan(terms []Term, budget int) int {
	sort.Slice(terms, func(i, j int) bool { return terms[i].DF < terms[j].DF })
	total, n := 0, 0
	for i, t := range terms {
		if i > 0 && total+t.DF > budget {
			break
		}
		total += t.DF
		n++
	}
	return n
}

// MaxID is the highest unit id a Counter counts.
const MaxID = 1<<32 - 1

// A Counter counts, for each unit id, the posting lists that hold it. Get
// one with NewCounter, Add the lists of the terms read, take the best with
// Top, and Release it.
type Counter struct {
	counts  []uint16 // zero between uses
	touched []uint32
	ties    []int64 // Top's, kept between uses
}

var counters sync.Pool

// NewCounter returns a counter for unit ids up to maxID (at most MaxID);
// ids above it are not counted (units added after maxID was read).
func NewCounter(maxID int64) *Counter {
	maxID = min(max(maxID, 0), MaxID)
	n := int(maxID) + 1
	if c, ok := counters.Get().(*Counter); ok {
		if len(c.counts) >= n {
			c.counts = c.counts[:n]
			return c
		}
	}
	c := &Counter{counts: make([]uint16, n, n+n/8+1024)}
	return c
}

// Release clears the counter and keeps it for another lookup.
func (c *Counter) Release() {
	for _, id := range c.touched {
		c.counts[id] = 0
	}
	c.touched = c.touched[:0]
	c.counts = c.counts[:cap(c.counts)]
	counters.Put(c)
}

// Add counts the ids of one stored segment of a posting list. A
// malformed varint is an error (the ids before it are counted).
func (c *Counter) Add(data []byte) error {
	counts, touched := c.counts, c.touched
	var id uint64
	size := len(data)
	for len(data) > 0 {
		if b := data[0]; b < 0x80 {
			id += uint64(b)
			data = data[1:]
		} else {
			d, n := binary.Uvarint(data)
			if n <= 0 {
				c.touched = touched
				return corrupt(size - len(data))
			}
			id += d
			data = data[n:]
		}
		if id >= uint64(len(counts)) {
			continue
		}
		if counts[id] == 0 {
			touched = append(touched, uint32(id))
		}
		counts[id]++
	}
	c.touched = touched
	return nil
}

// Top returns the units sharing the most of the lists read (lists is how
// many terms were read), at most limit of them, leaving out skip (the
// exact matches). Among units sharing as many lists at the cut, the newest
// (highest id) come first. The counter is cleared.
func (c *Counter) Top(lists, limit int, skip map[int64]bool) []int64 {
	counts := c.counts
	for id := range skip {
		if id >= 0 && id < int64(len(counts)) {
			counts[id] = 0
		}
	}
	// A histogram of counts, taken from the top.
	hist := make([]int, lists+2)
	for _, id := range c.touched {
		hist[min(int(counts[id]), lists+1)]++
	}
	threshold, n := lists+1, 0
	for threshold > 1 && n+hist[threshold] < limit {
		n += hist[threshold]
		threshold--
	}
	var out []int64
	ties := c.ties[:0]
	for _, id := range c.touched {
		k := int(counts[id])
		counts[id] = 0
		switch {
		case k == 0: // skipped
		case k > threshold:
			out = append(out, int64(id))
		case k == threshold:
			ties = append(ties, int64(id))
		}
	}
	c.touched = c.touched[:0]
	// The highest ids of the ties (each id is touched once).
	slices.Sort(ties)
	for i := len(ties) - 1; i >= 0 && len(out) < limit; i-- {
		out = append(out, ties[i])
	}
	c.ties = ties[:0]
	return out
}
