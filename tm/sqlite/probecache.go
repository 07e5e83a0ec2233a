package sqlite

import (
	"slices"
	"sync"
)

// probeCache keeps what lookups' first reads found, across reads: the
// units of an exact key (Probe) and the number of postings stored under
// a term (DocFreqs). Both change only when units are added (the postings
// are written in the units' transaction) or when a unit row is deleted,
// so they are valid for the memory's state (count, maxID): the count of
// unit changes (unitChanges, raised by every update and deletion) and the
// highest unit id (raised by every addition; an id is reused only after
// a deletion). A read uses and fills the cache only at the cache's state;
// a read at a newer state starts it over. It holds at most maxEntries
// keys and terms and starts over when full.
type probeCache struct {
	mu           sync.RWMutex
	count, maxID int64
	exact        map[int64][]int64 // by the text's key (backend.TextKey)
	dfs          map[uint64]int    // by term
	maxEntries   int
}

// defaultProbeEntries bounds a Store's probe cache (about 60 bytes an
// entry: some 15 MiB).
const defaultProbeEntries = 1 << 18

// probeCache returns the store's probe cache, made on first use.
func (s *Store) probeCache() *probeCache {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.probes == nil {
		s.probes = &probeCache{exact: map[int64][]int64{}, dfs: map[uint64]int{}, maxEntries: defaultProbeEntries}
	}
	return s.probes
}

// at reports whether the cache is at the state (count, maxID); with
// newer, a state later than the cache's (or the cache's own) starts the
// cache over at it. Callers hold mu (for writing when newer).
func (c *probeCache) at(count, maxID int64, newer bool) bool {
	if count == c.count && maxID == c.maxID {
		return true
	}
	if !newer || count < c.count || count == c.count && maxID < c.maxID {
		return false
	}
	c.count, c.maxID = count, maxID
	clear(c.exact)
	clear(c.dfs)
	return true
}

// getExact returns the units of the exact key at the state, and whether
// the cache holds them.
func (c *probeCache) getExact(count, maxID, key int64) ([]int64, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if !c.at(count, maxID, false) {
		return nil, false
	}
	ids, ok := c.exact[key]
	return slices.Clone(ids), ok
}

// putExact keeps the units of an exact key read at the state.
func (c *probeCache) putExact(count, maxID, key int64, ids []int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.at(count, maxID, true) {
		return
	}
	c.full(1)
	c.exact[key] = slices.Clone(ids)
}

// getDFs fills sums with the postings of every term at the state and
// reports whether the cache holds them all (when not, sums may hold some
// of them).
func (c *probeCache) getDFs(count, maxID int64, terms []uint64, sums []int) bool {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if !c.at(count, maxID, false) {
		return false
	}
	for i, t := range terms {
		n, ok := c.dfs[t]
		if !ok {
			return false
		}
		sums[i] = n
	}
	return true
}

// putDFs keeps the postings of terms read at the state.
func (c *probeCache) putDFs(count, maxID int64, terms []uint64, sums []int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.at(count, maxID, true) {
		return
	}
	c.full(len(terms))
	for i, t := range terms {
		c.dfs[t] = sums[i]
	}
}

// full starts the cache over when n more entries would pass the bound.
func (c *probeCache) full(n int) {
	if len(c.exact)+len(c.dfs)+n > c.maxEntries {
		clear(c.exact)
		clear(c.dfs)
	}
}
