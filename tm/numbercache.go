package tm

import (
	"sync"

	"golang.org/x/text/language"

	"bitext/number"
)

// NumberCache keeps the numbers Lookup reads from the texts of matches
// (the source and target of a match whose numbers alone differ from the
// query's, for Suggest), so that the next lookups of a store, which
// return many of the same units, need not read them again. They are a
// function of the text and its language alone, so nothing invalidates
// them. It holds about maxBytes at most and starts over when full. A nil
// *NumberCache reads them anew each time. Safe for concurrent use; what
// it returns is shared and must not be changed.
type NumberCache struct {
	mu       sync.RWMutex
	numbers  map[numbersKey][]number.Number
	bytes    int
	maxBytes int
}

type numbersKey struct {
	text string
	lang language.Tag
}

// NewNumberCache returns an empty cache of at most about maxBytes.
func NewNumberCache(maxBytes int) *NumberCache {
	return &NumberCache{numbers: map[numbersKey][]number.Number{}, maxBytes: maxBytes}
}

// Extract returns number.Extract(text, lang), read once while kept.
func (c *NumberCache) Extract(text string, lang language.Tag) []number.Number {
	if c == nil {
		return number.Extract(text, lang)
	}
	k := numbersKey{text, lang}
	c.mu.RLock()
	ns, ok := c.numbers[k]
	c.mu.RUnlock()
	if ok {
		return ns
	}
	ns = number.Extract(text, lang)
	n := entryOverhead + len(text) + len(ns)*numberSize
	c.mu.Lock()
	if n <= c.maxBytes {
		if c.bytes+n > c.maxBytes {
			clear(c.numbers)
			c.bytes = 0
		}
		c.numbers[k] = ns
		c.bytes += n
	}
	c.mu.Unlock()
	return ns
}

// Estimated sizes, in bytes, of a cache entry besides its text (map
// slot, key, slice header) and of an extracted number.
const (
	entryOverhead = 112
	numberSize    = 104
)
