package tm

import (
	"slices"
	"sync"
	"unsafe"

	"golang.org/x/text/language"
)

// LookupMemo keeps, by query, what the first steps of a fuzzy lookup
// found (the candidates read, scored and ranked), so that the same query
// asked again of the same memory skips the posting lists, the source
// variants and the scoring: a batch of articles asks many sentences more
// than once (datelines, quotes, standard sentences; a third of run-bench's
// lookups).
//
// A kept result is used only when the new lookup's own first read (the
// exact units of its text, the document frequencies of its terms and the
// highest unit id, read in its own snapshot) is the kept one's. That read
// decides everything the kept steps computed, since an Index's posting
// lists only grow (a list of the same length holds the same postings) and
// a stored unit's variants never change (see Index and the backends'
// caches): the candidates, their source texts and scores are the same.
// The steps after it (targets with their change times, whole units) are
// read anew in every lookup. A memo is for one store: the same memory
// under the same ids.
//
// It holds about maxBytes at most and starts over when full. Safe for
// concurrent use. A nil *LookupMemo keeps nothing.
type LookupMemo struct {
	mu       sync.Mutex
	kept     map[memoKey]*memoEntry
	bytes    int
	maxBytes int
}

// NewLookupMemo returns an empty memo of at most about maxBytes.
func NewLookupMemo(maxBytes int) *LookupMemo {
	return &LookupMemo{kept: map[memoKey]*memoEntry{}, maxBytes: maxBytes}
}

// memoKey is what the kept steps depend on besides the index: the query's
// text, markup and source language, its threshold and top, and the
// tuning's budget and candidates.
type memoKey struct {
	text, markup     string
	lang             language.Tag
	min, top         int
	budget, rescored int
}

// memoEntry is one kept result: the first read it came from and the
// ranked matches before their targets were read. pend is the part of
// them the targets step used (with the one after, which stopped it);
// complete says it is all of them.
type memoEntry struct {
	exact    []int64
	dfs      []int32
	maxID    int64
	pend     []scored
	complete bool
	size     int
}

// Bytes of an entry besides its key's texts and slices (its map slot
// included), and of each kept match's parts besides its texts.
const (
	memoEntryOverhead = 200
	scoredSize        = int(unsafe.Sizeof(scored{}))
	penaltySize       = int(unsafe.Sizeof(Penalty{}))
	analysisSize      = int(unsafe.Sizeof(Analysis{}))
	spanSize          = int(unsafe.Sizeof(Span{}))
)

// get returns the kept matches of k when they came from the same first
// read: exact units, document frequencies and highest unit id.
func (m *LookupMemo) get(k memoKey, exact []int64, dfs []int, maxID int64) *memoEntry {
	if m == nil {
		return nil
	}
	m.mu.Lock()
	e := m.kept[k]
	m.mu.Unlock()
	if e == nil || e.maxID != maxID || !slices.Equal(e.exact, exact) || len(e.dfs) != len(dfs) {
		return nil
	}
	for i, n := range dfs {
		if int(e.dfs[i]) != n {
			return nil
		}
	}
	return e
}

// put keeps pend[:used] (and the match after, which stopped the targets
// step) for k and its first read. The matches keep their source's
// analysis only when a suggestion needs it.
func (m *LookupMemo) put(k memoKey, exact []int64, dfs []int, maxID int64, pend []scored, used int) {
	if m == nil {
		return
	}
	for _, n := range dfs {
		if n < 0 || n > 1<<31-1 {
			return
		}
	}
	e := &memoEntry{exact: slices.Clone(exact), dfs: make([]int32, len(dfs)), maxID: maxID}
	for i, n := range dfs {
		e.dfs[i] = int32(n)
	}
	end := min(len(pend), used+1)
	e.complete = end == len(pend)
	e.pend = slices.Clone(pend[:end])
	size := memoEntryOverhead + len(k.text) + len(k.markup) + 8*len(exact) + 4*len(dfs)
	for i := range e.pend {
		p := &e.pend[i]
		p.expl.Penalties = slices.Clip(p.expl.Penalties)
		size += scoredSize + penaltySize*len(p.expl.Penalties) + len(p.src.Text) + len(p.src.Markup)
		if p.ca == nil {
			continue
		}
		if p.expl.NumbersOnly { // what a suggestion reads
			p.ca = &Analysis{Text: p.ca.Text, Lang: p.ca.Lang, Numbers: p.ca.Numbers}
			size += analysisSize + spanSize*len(p.ca.Numbers)
		} else {
			p.ca = nil
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if size > m.maxBytes {
		return
	}
	if m.bytes+size > m.maxBytes {
		clear(m.kept)
		m.bytes = 0
	}
	if old := m.kept[k]; old != nil {
		m.bytes -= old.size
	}
	e.size = size
	m.kept[k] = e
	m.bytes += size
}
