package postgres

import (
	"context"
	"math/bits"
	"slices"
	"sort"

	"github.com/jackc/pgx/v5"

	"bitext/tm"
	"bitext/tm/internal/backend"
	"bitext/tm/internal/terms"
	"bitext/tm/postings"
)

// Tuning of fuzzy lookup (tm.Tuning): tm.Lookup's defaults, as in every
// backend.
const (
	// DefaultBudget bounds the postings a lookup reads: the rarest terms
	// of the query whose document frequencies add up to it (at least the
	// rarest one's). 0 is BudgetFor the memory's size (its highest unit
	// id).
	DefaultBudget = 0
	// DefaultCandidates is the number of units, those sharing the most
	// terms with the query (newest first among ties), rescored with
	// tm.Score.
	DefaultCandidates = tm.DefaultCandidates
)

// BudgetFor is the budget of a memory of units units when Budget is 0:
// postings.Budget.
func BudgetFor(units int) int { return postings.Budget(units) }

// FlushEvery is the number of pending postings after which a batch writes
// its part of the inverted index (inside its transaction), bounding the
// memory of an import (about 12 bytes a posting): postings.FlushEvery.
const FlushEvery = postings.FlushEvery

// smallFlush is the number of units below which a flush appends to the
// last segment of each term instead of starting new segments, so that
// many small batches do not leave many small segments.
const smallFlush = 20000

// maxAppend is the size of a segment beyond which appends start a new one.
const maxAppend = 8192

// postingBuilder gathers the postings of a batch in memory: per entry the
// index of a term in termList and a unit id. A flush groups them by term
// with a counting sort and writes one segment per term.
type postingBuilder struct {
	termIdx  termTable
	termList []uint64
	lastID   []int64 // per term index, the last unit id added
	eTerm    []int32
	eID      []int64
	units    int
	terms    []uint64
}

func newPostingBuilder() *postingBuilder {
	return &postingBuilder{}
}

// add records the terms of the variants of unit id; the variants of one
// unit are added one after the other (a term is counted once per unit).
func (p *postingBuilder) add(id int64, vs []tm.Variant) {
	for _, v := range vs {
		p.terms = terms.AppendIndexTerms(p.terms[:0], v.Text, v.Lang)
		for _, t := range p.terms {
			ti, ok := p.termIdx.get(t, int32(len(p.termList)))
			if !ok {
				p.termList = append(p.termList, t)
				p.lastID = append(p.lastID, 0)
			} else if p.lastID[ti] == id {
				continue // the same term in two variants of one language
			}
			p.lastID[ti] = id
			p.eTerm = append(p.eTerm, ti)
			p.eID = append(p.eID, id)
		}
	}
	p.units++
}

func (p *postingBuilder) pending() int { return len(p.eID) }

// termTable maps terms (hashes already) to their indexes: open
// addressing with linear probing, cheaper than a map for the millions of
// lookups of an import.
type termTable struct {
	keys  []uint64
	vals  []int32
	n     int
	shift uint
	// zero is the index of the term 0 (the empty key) when hasZero is 1.
	zero, hasZero int32
}

// get returns the index of term k, inserting next when it is absent (ok
// false).
func (t *termTable) get(k uint64, next int32) (int32, bool) {
	if k == 0 {
		if t.hasZero == 1 {
			return t.zero, true
		}
		t.hasZero, t.zero = 1, next
		return next, false
	}
	if t.n*2 >= len(t.keys) {
		t.grow()
	}
	mask := uint64(len(t.keys) - 1)
	for i := (k * 0x9E3779B97F4A7C15) >> t.shift; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			return t.vals[i], true
		case 0:
			t.keys[i], t.vals[i] = k, next
			t.n++
			return next, false
		}
	}
}

func (t *termTable) grow() {
	size := max(1<<16, 2*len(t.keys))
	old, oldVals := t.keys, t.vals
	t.keys, t.vals = make([]uint64, size), make([]int32, size)
	t.shift = uint(64 - bits.TrailingZeros(uint(size)))
	mask := uint64(size - 1)
	for j, k := range old {
		if k == 0 {
			continue
		}
		i := (k * 0x9E3779B97F4A7C15) >> t.shift
		for t.keys[i] != 0 {
			i = (i + 1) & mask
		}
		t.keys[i], t.vals[i] = k, oldVals[j]
	}
}

// segment is a run of one term's posting list.
type segment struct {
	term int64
	ids  []int64
}

// flush writes the pending postings in tx: new segments with COPY, or,
// when appending (few units into a non-empty index), onto the last
// segment of each term while it is small and ends before the new ids.
func (p *postingBuilder) flush(ctx context.Context, tx pgx.Tx, appendMode bool) error {
	nt := len(p.termList)
	if nt == 0 {
		return nil
	}
	start := make([]int32, nt+1)
	for _, t := range p.eTerm {
		start[t+1]++
	}
	for i := 1; i <= nt; i++ {
		start[i] += start[i-1]
	}
	pos := append([]int32(nil), start[:nt]...)
	sorted := make([]int64, len(p.eID))
	for i, t := range p.eTerm {
		sorted[pos[t]] = p.eID[i]
		pos[t]++
	}
	segs := make([]segment, nt)
	for ti, t := range p.termList {
		ids := sorted[start[ti]:start[ti+1]]
		if !slices.IsSorted(ids) {
			slices.Sort(ids)
		}
		segs[ti] = segment{term: int64(t), ids: ids}
	}
	sort.Slice(segs, func(i, j int) bool { return segs[i].term < segs[j].term })
	if appendMode {
		var err error
		if segs, err = appendSegments(ctx, tx, segs); err != nil {
			return err
		}
	}
	if len(segs) > 0 {
		var buf []byte
		i := 0
		src := pgx.CopyFromFunc(func() ([]any, error) {
			if i >= len(segs) {
				return nil, nil
			}
			s := segs[i]
			i++
			buf = postings.Append(buf[:0], 0, s.ids)
			return []any{s.term, s.ids[len(s.ids)-1], int32(len(s.ids)), buf}, nil
		})
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"postings"}, []string{"term", "last", "n", "data"}, src); err != nil {
			return err
		}
	}
	p.termIdx = termTable{}
	p.termList, p.lastID = p.termList[:0], p.lastID[:0]
	p.eTerm, p.eID = p.eTerm[:0], p.eID[:0]
	p.units = 0
	return nil
}

// appendSegments appends segs onto the last stored segment of their
// terms where it is small enough and ends before them, and returns the
// segments still to be written as new ones.
func appendSegments(ctx context.Context, tx pgx.Tx, segs []segment) ([]segment, error) {
	terms := make([]int64, len(segs))
	for i, s := range segs {
		terms[i] = s.term
	}
	type lastSeg struct{ last, n int64 }
	lasts := make(map[int64]lastSeg, len(segs))
	rows, err := tx.Query(ctx, `SELECT DISTINCT ON (term) term, last, n FROM postings WHERE term = ANY($1) ORDER BY term, last DESC`, terms)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var t int64
		var l lastSeg
		if err := rows.Scan(&t, &l.last, &l.n); err != nil {
			rows.Close()
			return nil, err
		}
		lasts[t] = l
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var (
		uTerm, uOld, uLast []int64
		uN                 []int32
		uData              [][]byte
		rest               []segment
	)
	for _, s := range segs {
		l, ok := lasts[s.term]
		if !ok || l.n >= maxAppend || l.last >= s.ids[0] {
			rest = append(rest, s)
			continue
		}
		uTerm = append(uTerm, s.term)
		uOld = append(uOld, l.last)
		uLast = append(uLast, s.ids[len(s.ids)-1])
		uN = append(uN, int32(len(s.ids)))
		uData = append(uData, postings.Append(nil, l.last, s.ids))
	}
	if len(uTerm) > 0 {
		if _, err := tx.Exec(ctx, `UPDATE postings p SET n = p.n + x.n, last = x.last, data = p.data || x.data
			FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::integer[], $5::bytea[]) AS x(term, old, last, n, data)
			WHERE p.term = x.term AND p.last = x.old`, uTerm, uOld, uLast, uN, uData); err != nil {
			return nil, err
		}
	}
	return rest, nil
}

// rebuildPostings builds the inverted index of the units stored in tx
// (migration 0004, for memories written before it).
func rebuildPostings(ctx context.Context, tx pgx.Tx) error {
	if _, err := tx.Exec(ctx, `DELETE FROM postings`); err != nil {
		return err
	}
	rows, err := tx.Query(ctx, `SELECT unit, lang, text FROM variants ORDER BY unit, ord`)
	if err != nil {
		return err
	}
	// Read everything first: one connection cannot copy while a query
	// is open.
	type unitVars struct {
		id int64
		vs []tm.Variant
	}
	var units []unitVars
	for rows.Next() {
		var id int64
		var lang, text string
		if err := rows.Scan(&id, &lang, &text); err != nil {
			rows.Close()
			return err
		}
		if n := len(units); n == 0 || units[n-1].id != id {
			units = append(units, unitVars{id: id})
		}
		u := &units[len(units)-1]
		u.vs = append(u.vs, tm.Variant{Lang: backend.ParseStoredTag(lang), Text: text})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	p := newPostingBuilder()
	for _, u := range units {
		p.add(u.id, u.vs)
		if p.pending() >= FlushEvery {
			if err := p.flush(ctx, tx, false); err != nil {
				return err
			}
		}
	}
	return p.flush(ctx, tx, false)
}
