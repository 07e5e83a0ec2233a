package sqlite

// SetFlushEvery sets the pending postings after which s's batches write
// their part of the inverted index, so that tests reach several flushes
// with few units.
func SetFlushEvery(s *Store, n int) { s.flushEvery = n }

// SetCacheBytes gives s a new, empty variant cache of at most n bytes.
func SetCacheBytes(s *Store, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cache = newVariantCache(n)
}

// KeptRows returns the number of unit rows s keeps across reads and the
// count of unit changes they were read at.
func KeptRows(s *Store) (rows int, count int64) {
	c := s.rowCache()
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.rows), c.count
}

// SetSchemaProbed has fn called whenever a store, opening a file, has
// read whether it holds the units table and before its next reads (nil:
// no more calls).
func SetSchemaProbed(fn func()) { schemaProbed = fn }

// SetBeforeLink has fn called by CreateFrom just before it links its
// private file into place (nil: no more calls).
func SetBeforeLink(fn func()) { beforeLink = fn }
