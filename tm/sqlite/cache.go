package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"sync"

	"golang.org/x/text/language"

	"bitext/tm"
	"bitext/tm/internal/backend"
)

// variantCache keeps the variants of the units a Store's lookups have
// read, by unit id, so that the next lookups, which rescore many of the
// same candidates, do not read them again. It needs no invalidation: a
// stored unit's variants never change (a unit added again is merged by
// updating its row in units, its change time and extras, which a lookup
// reads in its own transaction; nothing deletes a unit or rewrites its
// variants), and only variants read from a committed snapshot are kept,
// never the absence of a unit. It holds at most maxBytes of texts (and
// an estimate of their overhead) and starts over when full.
type variantCache struct {
	mu    sync.RWMutex
	units map[int64]*cachedUnit
	// extras holds decoded unit data by the data's text (see fill).
	extras   map[string]*decoded
	bytes    int
	maxBytes int
}

// cachedUnit is the variants of one unit in stored order, with the
// language key each was stored under (what a lookup by language
// compares).
type cachedUnit struct {
	vs    []tm.StoredVariant
	lkeys []string
}

// defaultCacheBytes bounds a Store's variant cache: about 110,000
// two-variant news units (about 570 bytes each, texts included).
// defaultNumbersBytes bounds the numbers of matches its lookups keep
// (tm.NumberCache).
const (
	defaultCacheBytes   = 64 << 20
	defaultNumbersBytes = 16 << 20
)

// Estimated bytes of a cached unit and of each of its variants besides
// their texts (the map entry, the structs, the slices' headers).
const (
	unitOverhead    = 96
	variantOverhead = 140
	// maxDecoded bounds the decoded data kept (fill); the cache of
	// decoded data starts over when full.
	maxDecoded = 4096
)

func newVariantCache(maxBytes int) *variantCache {
	return &variantCache{units: map[int64]*cachedUnit{}, extras: map[string]*decoded{}, maxBytes: maxBytes}
}

// variantCache returns the store's cache of variants, made on first use.
func (s *Store) variantCache() *variantCache {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cache == nil {
		s.cache = newVariantCache(defaultCacheBytes)
	}
	return s.cache
}

// numberCache returns the store's tm.NumberCache, made on first use.
func (s *Store) numberCache() *tm.NumberCache {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.numbers == nil {
		s.numbers = tm.NewNumberCache(defaultNumbersBytes)
	}
	return s.numbers
}

// get returns the cached units of ids (nil where not cached) and the ids
// that are not.
func (c *variantCache) get(ids []int64) ([]*cachedUnit, []int64) {
	out := make([]*cachedUnit, len(ids))
	var miss []int64
	c.mu.RLock()
	for i, id := range ids {
		if u := c.units[id]; u != nil {
			out[i] = u
		} else {
			miss = append(miss, id)
		}
	}
	c.mu.RUnlock()
	return out, miss
}

// put keeps us, starting over when they would pass the bound.
func (c *variantCache) put(us map[int64]*cachedUnit) {
	n := 0
	for _, u := range us {
		n += u.size()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.bytes+n > c.maxBytes {
		c.units, c.bytes = map[int64]*cachedUnit{}, 0
	}
	for id, u := range us {
		if old := c.units[id]; old != nil {
			c.bytes -= old.size()
		}
		c.units[id] = u
		c.bytes += u.size()
	}
}

func (u *cachedUnit) size() int {
	n := unitOverhead
	for _, v := range u.vs {
		n += variantOverhead + len(v.Text) + len(v.Markup)
	}
	return n
}

// allVariantsQuery reads every variant of the units listed in a JSON
// array, the array driving the join; the rows of one unit come in stored
// order (the primary key's).
const allVariantsQuery = `SELECT v.unit, v.ord, v.lang, v.lkey, v.text, v.markup, v.nkeys
FROM json_each(?) AS j CROSS JOIN variants AS v ON v.unit = j.value`

// variants returns the variants of ids (nil for a unit not found), from
// the store's cache, reading those not cached in one query and keeping
// them.
func (r *reader) variants(ctx context.Context, ids []int64) ([]*cachedUnit, error) {
	out, miss := r.cache.get(ids)
	if len(miss) == 0 {
		return out, nil
	}
	read, err := r.readVariants(ctx, miss)
	if err != nil {
		return nil, err
	}
	if len(read) == 0 {
		return out, nil
	}
	r.cache.put(read)
	for i, id := range ids {
		if out[i] == nil {
			out[i] = read[id]
		}
	}
	return out, nil
}

// readVariants reads every variant of ids, by unit.
func (r *reader) readVariants(ctx context.Context, ids []int64) (map[int64]*cachedUnit, error) {
	r.ids = appendJSONInts(r.ids[:0], len(ids), func(i int) int64 { return ids[i] })
	rows, err := r.all.QueryContext(ctx, string(r.ids))
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	defer rows.Close()
	read := make(map[int64]*cachedUnit, len(ids))
	var last *cachedUnit
	for rows.Next() {
		var v tm.StoredVariant
		var lang, lkey string
		if err := rows.Scan(&v.Unit, &v.Ord, &lang, &lkey, &v.Text, &v.Markup, &v.Keys); err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		v.Lang = r.tag(lang)
		u := last
		if u == nil || u.vs[0].Unit != v.Unit {
			if u = read[v.Unit]; u == nil {
				u = &cachedUnit{}
				read[v.Unit] = u
			}
		}
		if k, ok := r.keys[lkey]; ok {
			lkey = k
		} else {
			r.keys[lkey] = lkey
		}
		u.vs = append(u.vs, v)
		u.lkeys = append(u.lkeys, lkey)
		last = u
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	for _, u := range read {
		u.sort()
	}
	return read, nil
}

// sort puts u's variants in stored order, should a read return them in
// another (ids listed twice).
func (u *cachedUnit) sort() {
	if slices.IsSortedFunc(u.vs, func(a, b tm.StoredVariant) int { return a.Ord - b.Ord }) {
		return
	}
	idx := make([]int, len(u.vs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return u.vs[a].Ord - u.vs[b].Ord })
	vs, lkeys := make([]tm.StoredVariant, 0, len(idx)), make([]string, 0, len(idx))
	for i, j := range idx {
		if i > 0 && u.vs[j].Ord == vs[len(vs)-1].Ord {
			continue
		}
		vs, lkeys = append(vs, u.vs[j]), append(lkeys, u.lkeys[j])
	}
	u.vs, u.lkeys = vs, lkeys
}

// tag parses a stored language tag, each distinct one once per read.
func (r *reader) tag(s string) (t language.Tag) {
	if t, ok := r.tags[s]; ok {
		return t
	}
	t = backend.ParseStoredTag(s)
	r.tags[s] = t
	return t
}

// unitRow is a row of units as a lookup's read keeps it.
type unitRow struct {
	id                   int64
	src, doc, prev, next string
	created, changed     int64
	data                 string
}

// unitRows returns the rows of ids (nil for a unit not found): those
// this read has read, then those the store keeps at this read's count of
// unit changes (rowCache), reading the rest in one query and keeping them.
func (r *reader) unitRows(ctx context.Context, ids []int64) ([]*unitRow, error) {
	var miss []int64
	for _, id := range ids {
		if _, ok := r.rows[id]; !ok {
			miss = append(miss, id)
		}
	}
	if len(miss) > 0 {
		count, keep, err := r.changeCount(ctx)
		if err != nil {
			return nil, err
		}
		if keep && r.rowc != nil {
			miss = r.rowc.get(count, miss, r.rows)
		}
	}
	if len(miss) > 0 {
		r.ids = appendJSONInts(r.ids[:0], len(miss), func(i int) int64 { return miss[i] })
		rows, err := r.unit.QueryContext(ctx, string(r.ids))
		if err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		if err := r.scanRows(rows); err != nil {
			return nil, err
		}
		read := make([]*unitRow, 0, len(miss))
		for _, id := range miss {
			if x, ok := r.rows[id]; !ok {
				r.rows[id] = nil // not found in this read's snapshot
			} else if x != nil {
				read = append(read, x)
			}
		}
		if r.countOK && r.rowc != nil && len(read) > 0 {
			r.rowc.put(r.count, read)
		}
	}
	out := make([]*unitRow, len(ids))
	for i, id := range ids {
		out[i] = r.rows[id]
	}
	return out, nil
}

func (r *reader) scanRows(rows *sql.Rows) error {
	defer rows.Close()
	for rows.Next() {
		var key int
		x := &unitRow{}
		if err := rows.Scan(&key, &x.id, &x.src, &x.doc, &x.prev, &x.next, &x.created, &x.changed, &x.data); err != nil {
			return fmt.Errorf("sqlite: %w", err)
		}
		r.rows[x.id] = x
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	return nil
}

// decoded is what fillUnit decodes from a unit row's data (its extras:
// TUID, creator, changer, origin, notes and properties, the variants'
// notes and properties) for a unit of n variants. It depends on the data
// and n alone, and units share their data when they came the same way
// (one import's units, 70,212 of 70,212 in run-bench's memory; the
// aligned pairs of a run differ by article and confidence), so it is kept
// by the data's text, at most maxDecoded of them.
type decoded struct {
	n int
	u tm.Unit
}

// fill fills u (its id, context and variants set) from its row x as
// fillUnit does, decoding x's data only when the cache does not hold it
// decoded.
func (r *reader) fill(u *tm.Unit, x *unitRow) {
	c := r.cache
	c.mu.RLock()
	d := c.extras[x.data]
	c.mu.RUnlock()
	if d == nil || d.n != len(u.Variants) {
		// The extras after the variants: they hold the variants' properties.
		fillUnit(u, x.src, x.created, x.changed, x.data)
		d = &decoded{n: len(u.Variants), u: *u}
		d.u.Variants = slices.Clone(u.Variants)
		c.mu.Lock()
		if len(c.extras) >= maxDecoded {
			clear(c.extras)
		}
		c.extras[x.data] = d
		c.mu.Unlock()
		u.Notes, u.Props = slices.Clone(u.Notes), slices.Clone(u.Props)
		for i := range u.Variants {
			u.Variants[i].Props, u.Variants[i].Notes = slices.Clone(u.Variants[i].Props), slices.Clone(u.Variants[i].Notes)
		}
		return
	}
	u.SourceLang = r.tag(x.src)
	u.Created, u.Changed = fromUnix(x.created), fromUnix(x.changed)
	u.TUID, u.Creator, u.Changer, u.Origin = d.u.TUID, d.u.Creator, d.u.Changer, d.u.Origin
	u.Notes, u.Props = slices.Clone(d.u.Notes), slices.Clone(d.u.Props)
	for i := range u.Variants {
		u.Variants[i].Props = slices.Clone(d.u.Variants[i].Props)
		u.Variants[i].Notes = slices.Clone(d.u.Variants[i].Notes)
	}
}

// postingCache keeps the posting lists lookups have read, by term, with
// the list's length (its postings, as DocFreqs reads them). A posting list
// only grows (a segment appended, or a new one inserted, with the new
// units' ids; nothing removes a posting), so a list of the same length
// holds the same postings: a lookup takes a list from the cache only when
// its length in the lookup's own read is the kept one's. It holds at most
// maxBytes of segments (and an estimate of their overhead) and starts
// over when full.
type postingCache struct {
	mu       sync.RWMutex
	lists    map[uint64]keptList
	bytes    int
	maxBytes int
}

type keptList struct {
	n    int
	segs [][]byte
}

// defaultPostingBytes bounds a Store's posting cache: the index of a
// 100,000-unit news memory takes about 5 MB.
const defaultPostingBytes = 32 << 20

// get returns the kept segments of term when its length in this read,
// dfs[term], is the kept one's.
func (c *postingCache) get(term uint64, dfs map[uint64]int) ([][]byte, bool) {
	n, ok := dfs[term]
	if !ok {
		return nil, false
	}
	c.mu.RLock()
	l, ok := c.lists[term]
	c.mu.RUnlock()
	if !ok || l.n != n {
		return nil, false
	}
	return l.segs, true
}

// put keeps the segments read, by term, at the lengths of this read
// (dfs); a term whose length this read did not read is not kept.
func (c *postingCache) put(read map[uint64][][]byte, dfs map[uint64]int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for term, segs := range read {
		n, ok := dfs[term]
		if !ok {
			continue
		}
		size := 64
		for _, s := range segs {
			size += 24 + len(s)
		}
		if size > c.maxBytes {
			continue
		}
		if c.bytes+size > c.maxBytes {
			clear(c.lists)
			c.bytes = 0
		}
		if old, ok := c.lists[term]; ok {
			c.bytes -= 64 + 24*len(old.segs)
			for _, s := range old.segs {
				c.bytes -= len(s)
			}
		}
		c.lists[term] = keptList{n: n, segs: segs}
		c.bytes += size
	}
}

// postingCache returns the store's cache of posting lists, made on first
// use.
func (s *Store) postingCache() *postingCache {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.plists == nil {
		s.plists = &postingCache{lists: map[uint64]keptList{}, maxBytes: defaultPostingBytes}
	}
	return s.plists
}
