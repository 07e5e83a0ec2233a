package tm

import (
	"slices"
	"sync"

	"golang.org/x/text/language"
)

// A StatedIndex is an Index that can tell the state of the memory its read
// sees, as two counts that change whenever anything a lookup reads may
// change (a store's count of unit changes and its highest unit id): two
// reads at the same state read the same memory. State is asked after
// Probe; ok is false when the index cannot tell.
type StatedIndex interface {
	Index
	State() (count, maxID int64, ok bool)
}

// LookupCache keeps what Lookup found for a query before it reads the
// whole units of its matches: the ranked matches of its steps 1-4, which
// depend on the query's text, markup, languages, Min and Top, the Tuning's
// Budget and Candidates and the memory, but not on the query's context
// (in-context matches are ranked after, from the whole units). A batch of
// articles asks the same sentences again and again (a byline, a standard
// phrase, a repeated line); a query asked again at the same state of the
// memory (StatedIndex) skips the candidates, their scoring and their
// targets. Entries are kept for one state: a read at a newer state starts
// the cache over, an older one neither uses nor fills it. It holds about
// maxMatches ranked matches at most (about 180 bytes each besides the
// texts, which the store's caches share) and starts over when full. A nil
// *LookupCache keeps nothing. Safe for concurrent use.
type LookupCache struct {
	mu           sync.RWMutex
	count, maxID int64
	found        map[lookupKey][]rankedMatch
	n, max       int
}

// rankedMatch is what matches reads of a scored match (about 180 bytes
// against scored's 320: the tied matches of a numbers-only query are
// many).
type rankedMatch struct {
	id          int64
	score       int
	kind        Kind
	expl        Explanation
	src, target variantText
}

type variantText struct {
	lang         language.Tag
	text, markup string
}

// lookupKey is what the ranked matches depend on besides the memory.
type lookupKey struct {
	text, markup       string
	source, target     language.Tag
	min, top           int
	budget, candidates int
}

// NewLookupCache returns an empty cache of at most about maxMatches
// ranked matches (a few hundred bytes each, the texts shared).
func NewLookupCache(maxMatches int) *LookupCache {
	return &LookupCache{found: map[lookupKey][]rankedMatch{}, max: maxMatches}
}

// at reports whether the cache is at the state (count, maxID); with
// newer, a state later than the cache's starts the cache over at it.
// Callers hold mu (for writing when newer).
func (c *LookupCache) at(count, maxID int64, newer bool) bool {
	if count == c.count && maxID == c.maxID {
		return true
	}
	if !newer || count < c.count || count == c.count && maxID < c.maxID {
		return false
	}
	c.count, c.maxID = count, maxID
	clear(c.found)
	c.n = 0
	return true
}

// get returns the ranked matches of k at the state as matches reads them
// (their order, scores, kinds, explanations and texts; new copies), and
// whether the cache holds them.
func (c *LookupCache) get(count, maxID int64, k lookupKey) ([]scored, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if !c.at(count, maxID, false) {
		return nil, false
	}
	f, ok := c.found[k]
	if !ok {
		return nil, false
	}
	out := make([]scored, len(f))
	for i, m := range f {
		out[i] = scored{id: m.id, score: m.score, kind: m.kind, expl: m.expl,
			src:    Variant{Lang: m.src.lang, Text: m.src.text, Markup: m.src.markup},
			target: Variant{Lang: m.target.lang, Text: m.target.text, Markup: m.target.markup}}
		out[i].expl.Penalties = slices.Clone(m.expl.Penalties)
	}
	return out, true
}

// put keeps what matches reads of the ranked matches of k read at the
// state.
func (c *LookupCache) put(count, maxID int64, k lookupKey, found []scored) {
	if len(found) > c.max {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.at(count, maxID, true) {
		return
	}
	if _, ok := c.found[k]; ok {
		return
	}
	if c.n+len(found) > c.max {
		clear(c.found)
		c.n = 0
	}
	kept := make([]rankedMatch, len(found))
	for i, f := range found {
		kept[i] = rankedMatch{id: f.id, score: f.score, kind: f.kind, expl: f.expl,
			src:    variantText{f.src.Lang, f.src.Text, f.src.Markup},
			target: variantText{f.target.Lang, f.target.Text, f.target.Markup}}
		kept[i].expl.Penalties = slices.Clone(f.expl.Penalties)
	}
	c.found[k] = kept
	c.n += len(found)
}

// cutRanked is found (ranked) without the matches that cannot be among
// the top: those after the first top ones that are not exact and score
// below the last of the top. The rest are read whole (their origins and
// contexts rank them).
func cutRanked(found []scored, top int) []scored {
	for i, f := range found {
		if i >= top && f.kind != Exact && f.score < found[top-1].score {
			return found[:i]
		}
	}
	return found
}
