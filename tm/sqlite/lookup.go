package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"

	"golang.org/x/text/language"

	"bitext/tm"
	"bitext/tm/internal/backend"
)

type stmts struct {
	byHash, unit, all     *sql.Stmt
	termDFs, termPostings *sql.Stmt
	// changes reads the count of unit changes; nil when the memory has
	// none (rowCache is then not used).
	changes *sql.Stmt
}

func (s *Store) statements(ctx context.Context, db *sql.DB) (*stmts, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.st != nil && s.stDB == db {
		return s.st, nil
	}
	st := &stmts{}
	for _, p := range []struct {
		st  **sql.Stmt
		sql string
	}{
		{&st.byHash, `SELECT unit FROM variants WHERE hash=?`},
		{&st.unit, unitsQuery},
		{&st.all, allVariantsQuery},
		{&st.termDFs, `SELECT j.key, p.n FROM json_each(?) AS j CROSS JOIN postings AS p ON p.term = j.value UNION ALL SELECT -1, coalesce(max(id), 0) FROM units`},
		{&st.termPostings, `SELECT p.term, p.data FROM json_each(?) AS j CROSS JOIN postings AS p ON p.term = j.value`},
	} {
		x, err := db.PrepareContext(ctx, p.sql)
		if err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		*p.st = x
	}
	if x, err := db.PrepareContext(ctx, `SELECT n, (SELECT coalesce(max(id), 0) FROM units) FROM unit_changes`); err == nil {
		st.changes = x
	}
	s.st, s.stDB = st, db
	return st, nil
}

// Lookup returns the best matches for q (tm.Lookup over the store's
// index). Every read of one lookup runs in one read transaction on one
// connection: one snapshot, one lock.
func (s *Store) Lookup(ctx context.Context, q tm.Query) ([]tm.Match, error) {
	var ms []tm.Match
	err := s.ReadIndex(ctx, func(ix tm.Index) error {
		var err error
		ms, err = tm.Lookup(ctx, ix, q, tm.Tuning{Budget: s.Budget, Candidates: s.Candidates, Numbers: s.numberCache()})
		return err
	})
	return ms, err
}

// LookupAll looks up every query of qs in one read of the memory: the
// matches of each are those Lookup returns at that state. A batch run
// asks an article's segments together, which saves a read transaction, its
// statements and its reading of the memory's state per segment.
func (s *Store) LookupAll(ctx context.Context, qs []tm.Query) ([][]tm.Match, error) {
	out := make([][]tm.Match, len(qs))
	err := s.ReadIndex(ctx, func(ix tm.Index) error {
		t := tm.Tuning{Budget: s.Budget, Candidates: s.Candidates, Numbers: s.numberCache()}
		for i, q := range qs {
			ms, err := tm.Lookup(ctx, ix, q, t)
			if err != nil {
				return err
			}
			out[i] = ms
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ReadIndex calls fn with the store's tm.Index bound to one read
// transaction (an empty one when the file does not exist yet).
func (s *Store) ReadIndex(ctx context.Context, fn func(tm.Index) error) error {
	db, err := s.readable(ctx)
	if err != nil {
		return err
	}
	if db == nil {
		return fn(noIndex{})
	}
	st, err := s.statements(ctx, db)
	if err != nil {
		return err
	}
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	defer tx.Rollback()
	r := st.in(ctx, tx, s.variantCache(), s.postingCache())
	r.rowc, r.probes = s.rowCache(), s.probeCache()
	defer r.close()
	return fn(r)
}

// noIndex is the index of a memory whose file does not exist yet.
type noIndex struct{}

func (noIndex) Probe(_ context.Context, _ language.Tag, _ string, terms []uint64, _ int) ([]int64, []int, int64, error) {
	return nil, make([]int, len(terms)), 0, nil
}
func (noIndex) DocFreqs(_ context.Context, terms []uint64) ([]int, int64, error) {
	return make([]int, len(terms)), 0, nil
}
func (noIndex) Postings(context.Context, []uint64, func([]byte) error) error { return nil }
func (noIndex) SourceVariants(context.Context, []int64, language.Tag) ([]tm.StoredVariant, error) {
	return nil, nil
}
func (noIndex) Variants(context.Context, []int64) ([]tm.StoredUnit, error) { return nil, nil }
func (noIndex) Units(context.Context, []int64) ([]tm.Unit, error)          { return nil, nil }
func (noIndex) Langs(context.Context) ([]string, error)                    { return nil, nil }
func (noIndex) Scan(context.Context, string, string, int) ([]int64, error) { return nil, nil }

// reader holds a store's statements bound to one read transaction; it is
// the tm.Index of a lookup. The variants it reads come from the store's
// cache (variantCache) when it has them; the unit rows it reads are kept
// for the rest of the read: a lookup reads the whole units of its
// matches (Units) right after their change times (Variants).
type reader struct {
	tx                               *sql.Tx
	byHash, dfs, postings, unit, all *sql.Stmt
	ids                              []byte
	cache                            *variantCache
	rows                             map[int64]*unitRow
	tags                             map[string]language.Tag
	keys                             map[string]string
	plists                           *postingCache
	dfsRead                          map[uint64]int // the lengths DocFreqs read, by term
	// The unit rows and probes kept across reads (rowCache, probeCache)
	// and the state of this read's snapshot (changeCount): the count of
	// unit changes and the highest unit id.
	rowc               *rowCache
	probes             *probeCache
	changes            *sql.Stmt
	count, maxID       int64
	countRead, countOK bool
}

func (st *stmts) in(ctx context.Context, tx *sql.Tx, cache *variantCache, plists *postingCache) *reader {
	r := &reader{
		tx:     tx,
		byHash: tx.StmtContext(ctx, st.byHash), dfs: tx.StmtContext(ctx, st.termDFs),
		postings: tx.StmtContext(ctx, st.termPostings),
		unit:     tx.StmtContext(ctx, st.unit), all: tx.StmtContext(ctx, st.all),
		cache: cache, rows: map[int64]*unitRow{}, tags: map[string]language.Tag{}, keys: map[string]string{},
		plists: plists, dfsRead: map[uint64]int{},
	}
	if st.changes != nil {
		r.changes = tx.StmtContext(ctx, st.changes)
	}
	return r
}

func (r *reader) close() {
	for _, x := range []*sql.Stmt{r.byHash, r.dfs, r.postings, r.unit, r.all, r.changes} {
		if x != nil {
			x.Close()
		}
	}
}

// Probe returns the units with a variant of lang's base language whose
// text is text, by the variants' hash, and, when they are fewer than top,
// the document frequencies of terms (DocFreqs): a read in the same
// process costs no round trip, so the frequencies are only read when the
// lookup needs them. Both come from the store's probe cache when it holds
// them at this read's state (probeCache).
func (r *reader) Probe(ctx context.Context, lang language.Tag, text string, terms []uint64, top int) ([]int64, []int, int64, error) {
	_, keep, err := r.changeCount(ctx)
	if err != nil {
		return nil, nil, 0, err
	}
	key := int64(backend.TextKey(lang, text))
	exact, hit := []int64(nil), false
	if keep && r.probes != nil {
		exact, hit = r.probes.getExact(r.count, r.maxID, key)
	}
	if !hit {
		if exact, err = queryIDs(ctx, r.byHash, key); err != nil {
			return nil, nil, 0, err
		}
		if keep && r.probes != nil {
			r.probes.putExact(r.count, r.maxID, key, exact)
		}
	}
	if len(exact) >= top {
		return exact, nil, 0, nil
	}
	if len(terms) == 0 {
		return exact, []int{}, 0, nil
	}
	dfs, maxID, err := r.DocFreqs(ctx, terms)
	return exact, dfs, maxID, err
}

// DocFreqs returns the postings stored under each term and the highest
// unit id: from the store's probe cache at this read's state, or in one
// query (kept).
func (r *reader) DocFreqs(ctx context.Context, terms []uint64) ([]int, int64, error) {
	sums := make([]int, len(terms))
	_, keep, err := r.changeCount(ctx)
	if err != nil {
		return nil, 0, err
	}
	keep = keep && r.probes != nil
	if keep && r.probes.getDFs(r.count, r.maxID, terms, sums) {
		for i, t := range terms {
			r.dfsRead[t] = sums[i]
		}
		return sums, r.maxID, nil
	}
	clear(sums) // getDFs may have filled some before missing a term
	r.ids = appendJSONInts(r.ids[:0], len(terms), func(i int) int64 { return int64(terms[i]) })
	var maxID int64
	rows, err := r.dfs.QueryContext(ctx, string(r.ids))
	if err != nil {
		return nil, 0, fmt.Errorf("sqlite: %w", err)
	}
	for rows.Next() {
		var i int
		var n int64
		if err := rows.Scan(&i, &n); err != nil {
			rows.Close()
			return nil, 0, fmt.Errorf("sqlite: %w", err)
		}
		switch {
		case i == -1:
			maxID = n
		case i >= 0 && i < len(sums):
			sums[i] += int(n)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("sqlite: %w", err)
	}
	for i, t := range terms {
		r.dfsRead[t] = sums[i]
	}
	if keep && maxID == r.maxID {
		r.probes.putDFs(r.count, r.maxID, terms, sums)
	}
	return sums, maxID, nil
}

// Postings passes the stored segments of the terms' posting lists to add:
// those of the lists the store's cache holds at the length DocFreqs read
// in this read (postingCache), the others from one query.
func (r *reader) Postings(ctx context.Context, terms []uint64, add func([]byte) error) error {
	var miss []uint64
	for _, t := range terms {
		segs, ok := r.plists.get(t, r.dfsRead)
		if !ok {
			miss = append(miss, t)
			continue
		}
		for _, seg := range segs {
			if err := add(seg); err != nil {
				return fmt.Errorf("sqlite: %w", err)
			}
		}
	}
	if len(miss) == 0 {
		return nil
	}
	r.ids = appendJSONInts(r.ids[:0], len(miss), func(i int) int64 { return int64(miss[i]) })
	rows, err := r.postings.QueryContext(ctx, string(r.ids))
	if err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	defer rows.Close()
	read := map[uint64][][]byte{}
	for rows.Next() {
		var term int64
		var data sql.RawBytes // only read before the next call to rows.Next
		if err := rows.Scan(&term, &data); err != nil {
			return fmt.Errorf("sqlite: %w", err)
		}
		seg := []byte(string(data))
		read[uint64(term)] = append(read[uint64(term)], seg)
		if err := add(seg); err != nil {
			return fmt.Errorf("sqlite: %w", err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	r.plists.put(read, r.dfsRead)
	return nil
}

// Variants returns the variants of the units ids, in the order of ids
// (those not found are left out), with their change times: the variants
// from the cache or one query, the unit rows from one query.
func (r *reader) Variants(ctx context.Context, ids []int64) ([]tm.StoredUnit, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	vs, err := r.variants(ctx, ids)
	if err != nil {
		return nil, err
	}
	rows, err := r.unitRows(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]tm.StoredUnit, 0, len(ids))
	for i, id := range ids {
		if vs[i] == nil || rows[i] == nil {
			continue
		}
		out = append(out, tm.StoredUnit{ID: id, Changed: rows[i].changed, Variants: slices.Clone(vs[i].vs)})
	}
	return out, nil
}

// appendJSONInts appends the JSON array of n integers at(0)..at(n-1), the
// argument of the json_each queries.
func appendJSONInts(b []byte, n int, at func(int) int64) []byte {
	b = append(b, '[')
	for i := range n {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, at(i), 10)
	}
	return append(b, ']')
}

// SourceVariants returns, for each of ids that has one, its first variant
// in the language of lang, in the order of ids: from the cache, reading
// the variants not cached in one query.
func (r *reader) SourceVariants(ctx context.Context, ids []int64, lang language.Tag) ([]tm.StoredVariant, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	vs, err := r.variants(ctx, ids)
	if err != nil {
		return nil, err
	}
	lkey := tm.LangKey(lang)
	out := make([]tm.StoredVariant, 0, len(ids))
	for i, u := range vs {
		if u == nil {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Unit == ids[i] {
			continue // the same unit listed twice in a row
		}
		for j := range u.vs {
			if u.lkeys[j] == lkey {
				out = append(out, u.vs[j])
				break
			}
		}
	}
	return out, nil
}

// Units reads whole units by id, in the order of ids; those not found are
// left out. At most two queries, whatever the number of ids: the unit
// rows this read has not read yet, and the variants the cache does not
// hold.
func (r *reader) Units(ctx context.Context, ids []int64) ([]tm.Unit, error) {
	out := make([]tm.Unit, 0, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := r.unitRows(ctx, ids)
	if err != nil {
		return nil, err
	}
	vs, err := r.variants(ctx, ids)
	if err != nil {
		return nil, err
	}
	for i, x := range rows {
		if x == nil {
			continue
		}
		u := tm.Unit{ID: x.id, Context: tm.Context{DocID: x.doc, Prev: x.prev, Next: x.next}}
		if vs[i] != nil {
			u.Variants = make([]tm.Variant, 0, len(vs[i].vs))
			for _, v := range vs[i].vs {
				u.Variants = append(u.Variants, tm.Variant{Lang: v.Lang, Text: v.Text, Markup: v.Markup})
			}
		}
		r.fill(&u, x)
		out = append(out, u)
	}
	return out, nil
}

// unitsQuery reads the units listed in a JSON array, with each one's
// position in the array (in no particular order).
const unitsQuery = `SELECT j.key, u.id, u.srclang, u.doc, u.prev, u.next, u.created, u.changed, u.data
FROM json_each(?) AS j CROSS JOIN units AS u ON u.id = j.value`

func queryIDs(ctx context.Context, st *sql.Stmt, args ...any) ([]int64, error) {
	return column[int64](st.QueryContext(ctx, args...))
}

// column reads the one column of a query's rows (or returns the query's
// error), wrapping every error with the package's prefix.
func column[T any](rows *sql.Rows, err error) ([]T, error) {
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var v T
		if err := rows.Scan(&v); err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	return out, nil
}

// Concordance returns units with a variant holding q.Text (tm.Concordance
// over the store's index, in one read transaction).
func (s *Store) Concordance(ctx context.Context, q tm.ConcordanceQuery) ([]tm.Unit, error) {
	var us []tm.Unit
	err := s.ReadIndex(ctx, func(ix tm.Index) error {
		var err error
		us, err = tm.Concordance(ctx, ix, q)
		return err
	})
	return us, err
}

// Langs returns the language keys of the stored variants.
func (r *reader) Langs(ctx context.Context) ([]string, error) {
	return column[string](r.tx.QueryContext(ctx, `SELECT lkey FROM langs ORDER BY lkey`))
}

// Scan returns units with a variant in lkey containing needle (SQLite's
// lower(), which folds ASCII only; tm.Concordance checks the texts again).
func (r *reader) Scan(ctx context.Context, lkey, needle string, limit int) ([]int64, error) {
	return column[int64](r.tx.QueryContext(ctx, `SELECT unit FROM variants WHERE lkey=? AND instr(lower(text), ?) > 0 LIMIT ?`, lkey, needle, limit))
}
