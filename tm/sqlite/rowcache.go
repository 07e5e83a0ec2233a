package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
)

// rowCache keeps the unit rows lookups have read across their reads (the
// tied matches a run's lookups rank are mostly the same units), by id,
// for the count of unit changes (unitChanges) they were read at. A read
// uses and fills it only when the count in its own snapshot is the
// cache's: no stored row has been updated or deleted since the kept ones
// were read, so they are what the read would read. A read at a higher
// count starts the cache over at it; one at a lower count (an older
// snapshot) leaves it alone. The absence of a unit is never kept. It
// holds at most maxBytes (an estimate: the rows' texts and their
// overhead) and starts over when full.
type rowCache struct {
	mu       sync.RWMutex
	count    int64
	rows     map[int64]*unitRow
	bytes    int
	maxBytes int
}

// defaultRowBytes bounds a Store's row cache: about 100,000 rows of
// run-bench's memory (about 120 bytes of texts a row, 84,454 rows).
const defaultRowBytes = 24 << 20

// rowOverhead is the estimated size of a kept row besides its texts (the
// struct, the strings' headers, the map entry).
const rowOverhead = 160

func (x *unitRow) size() int {
	return rowOverhead + len(x.src) + len(x.doc) + len(x.prev) + len(x.next) + len(x.data)
}

// rowCache returns the store's cache of unit rows, made on first use.
func (s *Store) rowCache() *rowCache {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.rows == nil {
		s.rows = &rowCache{rows: map[int64]*unitRow{}, maxBytes: defaultRowBytes}
	}
	return s.rows
}

// get moves the kept rows of ids at count into into and returns the ids
// it does not hold (all of them when count is not the cache's).
func (c *rowCache) get(count int64, ids []int64, into map[int64]*unitRow) []int64 {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if count != c.count {
		return ids
	}
	miss := ids[:0:0]
	for _, id := range ids {
		if x := c.rows[id]; x != nil {
			into[id] = x
		} else {
			miss = append(miss, id)
		}
	}
	return miss
}

// put keeps rows read at count: starting over at a higher count than the
// cache's, dropping them at a lower one.
func (c *rowCache) put(count int64, rows []*unitRow) {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case count < c.count:
		return
	case count > c.count:
		c.count, c.bytes = count, 0
		clear(c.rows)
	}
	for _, x := range rows {
		n := x.size()
		if c.bytes+n > c.maxBytes {
			c.bytes = 0
			clear(c.rows)
		}
		if old := c.rows[x.id]; old != nil {
			c.bytes -= old.size()
		}
		c.rows[x.id] = x
		c.bytes += n
	}
}

// changeCount returns the count of unit changes in this read's snapshot,
// read once per read with the highest unit id (r.maxID); ok is false when the memory has none (a file this
// build could not upgrade), and then no row is kept across reads.
func (r *reader) changeCount(ctx context.Context) (count int64, ok bool, err error) {
	if r.countRead {
		return r.count, r.countOK, nil
	}
	r.countRead = true
	if r.changes == nil {
		return 0, false, nil
	}
	err = r.changes.QueryRowContext(ctx).Scan(&r.count, &r.maxID)
	switch {
	case err == sql.ErrNoRows:
		return 0, false, nil
	case err != nil:
		return 0, false, fmt.Errorf("sqlite: %w", err)
	}
	r.countOK = true
	return r.count, true, nil
}
