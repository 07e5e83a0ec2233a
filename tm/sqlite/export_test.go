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
