package postgres

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
	"golang.org/x/text/language"

	"bitext/tm"
	"bitext/tm/internal/backend"
)

// unitsSQL reads the unit rows of the ids $1 (scanUnit reads them).
const unitsSQL = `SELECT id, srclang, doc, prev, next, created, changed, changer, data FROM units WHERE id = ANY($1)`

// scanUnit reads a row of unitsSQL: the unit without its variants and
// extra fields, and its extra fields as stored (backend.DecodeExtras
// reads them once the variants are set).
func scanUnit(rows pgx.Rows) (tm.Unit, []byte, error) {
	var u tm.Unit
	var src string
	var created, changed *time.Time
	var data []byte
	if err := rows.Scan(&u.ID, &src, &u.Context.DocID, &u.Context.Prev, &u.Context.Next, &created, &changed, &u.Changer, &data); err != nil {
		return u, nil, err
	}
	u.SourceLang = backend.ParseStoredTag(src)
	u.Created, u.Changed = fromDB(created), fromDB(changed)
	return u, data, nil
}

// loadUnits reads whole units by id, in one round trip; missing ids are
// left out.
func (s *Store) loadUnits(ctx context.Context, ids []int64) (map[int64]tm.Unit, error) {
	out := make(map[int64]tm.Unit, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	pb := &pgx.Batch{}
	pb.Queue(`SELECT unit, lang, text, markup FROM variants WHERE unit = ANY($1) ORDER BY unit, ord`, ids)
	pb.Queue(unitsSQL, ids)
	br := s.pool.SendBatch(ctx, pb)
	defer br.Close()
	rows, err := br.Query()
	if err != nil {
		return nil, s.wrap("lookup", err)
	}
	vs := make(map[int64][]tm.Variant, len(ids))
	for rows.Next() {
		var id int64
		var lang string
		var v tm.Variant
		if err := rows.Scan(&id, &lang, &v.Text, &v.Markup); err != nil {
			rows.Close()
			return nil, s.wrap("lookup", err)
		}
		v.Lang = backend.ParseStoredTag(lang)
		vs[id] = append(vs[id], v)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.wrap("lookup", err)
	}
	rows, err = br.Query()
	if err != nil {
		return nil, s.wrap("lookup", err)
	}
	defer rows.Close()
	for rows.Next() {
		u, data, err := scanUnit(rows)
		if err != nil {
			return nil, s.wrap("lookup", err)
		}
		u.Variants = vs[u.ID]
		backend.DecodeExtras(&u, data) // after the variants: it fills their notes and properties
		out[u.ID] = u
	}
	return out, s.wrap("lookup", rows.Err())
}

// Lookup returns the best matches for q: tm.Lookup over the store's
// tables (an index of one lookup, see index).
func (s *Store) Lookup(ctx context.Context, q tm.Query) ([]tm.Match, error) {
	return tm.Lookup(ctx, newIndex(s), q, tm.Tuning{Budget: s.Budget, Candidates: s.Candidates})
}

// ReadIndex calls fn with a tm.Index of the store.
func (s *Store) ReadIndex(ctx context.Context, fn func(tm.Index) error) error {
	return fn(newIndex(s))
}

// index is the tm.Index of one lookup. Each read is one round trip on the
// pool, and a lookup makes four: Probe (the exact units, the document
// frequencies and the highest id, one batch), Postings, SourceVariants,
// and Variants, which reads the variants and the unit rows of the units
// asked for (the targets) in one batch and keeps the whole units, so that
// Units of them (the matches returned, always among the targets) costs
// no round trip. Units not kept are read from the tables.
type index struct {
	s    *Store
	kept map[int64]*keptUnit // by id; nil for an id read and not found
}

// keptUnit is a unit Variants read: its variants as Variants returns
// them, and the whole unit, whose variants and extra fields are filled
// when Units first asks for it.
type keptUnit struct {
	stored tm.StoredUnit
	unit   tm.Unit
	extras []byte // the stored extra fields, until decoded into unit
}

// whole returns the whole unit.
func (k *keptUnit) whole() tm.Unit {
	if k.unit.Variants == nil {
		k.unit.Variants = make([]tm.Variant, len(k.stored.Variants))
		for i, v := range k.stored.Variants {
			k.unit.Variants[i] = v.Variant
		}
		backend.DecodeExtras(&k.unit, k.extras) // after the variants: it fills their notes and properties
		k.extras = nil
	}
	return k.unit
}

func newIndex(s *Store) *index { return &index{s: s} }

// Probe returns the units with a variant of lang's base language whose
// text is text (by the variants' hash) and the document frequencies of
// terms with the highest unit id, in one round trip whatever the exact
// units.
func (ix *index) Probe(ctx context.Context, lang language.Tag, text string, terms []uint64, top int) ([]int64, []int, int64, error) {
	s := ix.s
	all := make([]int64, len(terms))
	for i, t := range terms {
		all[i] = int64(t)
	}
	pb := &pgx.Batch{}
	pb.Queue(`SELECT unit FROM variants WHERE hash = $1`, int64(backend.TextKey(lang, text)))
	if len(terms) > 0 {
		pb.Queue(`SELECT term, sum(n)::bigint FROM postings WHERE term = ANY($1) GROUP BY term`, all)
		pb.Queue(`SELECT coalesce(max(id), 0) FROM units`)
	}
	br := s.pool.SendBatch(ctx, pb)
	defer br.Close()
	rows, err := br.Query()
	if err != nil {
		return nil, nil, 0, s.wrap("lookup", err)
	}
	exact, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, nil, 0, s.wrap("lookup", err)
	}
	if len(terms) == 0 {
		return exact, []int{}, 0, s.wrap("lookup", br.Close())
	}
	dfs, maxID, err := readDocFreqs(br, all)
	if err != nil {
		return nil, nil, 0, s.wrap("lookup", err)
	}
	return exact, dfs, maxID, s.wrap("lookup", br.Close())
}

// DocFreqs returns the postings stored under each term and the highest
// unit id, in one round trip.
func (ix *index) DocFreqs(ctx context.Context, terms []uint64) ([]int, int64, error) {
	s := ix.s
	all := make([]int64, len(terms))
	for i, t := range terms {
		all[i] = int64(t)
	}
	pb := &pgx.Batch{}
	pb.Queue(`SELECT term, sum(n)::bigint FROM postings WHERE term = ANY($1) GROUP BY term`, all)
	pb.Queue(`SELECT coalesce(max(id), 0) FROM units`)
	br := s.pool.SendBatch(ctx, pb)
	defer br.Close()
	dfs, maxID, err := readDocFreqs(br, all)
	if err != nil {
		return nil, 0, s.wrap("lookup", err)
	}
	return dfs, maxID, s.wrap("lookup", br.Close())
}

// readDocFreqs reads the results of the document frequencies of terms
// and of the highest unit id, the next two statements of br.
func readDocFreqs(br pgx.BatchResults, terms []int64) ([]int, int64, error) {
	rows, err := br.Query()
	if err != nil {
		return nil, 0, err
	}
	df := make(map[int64]int, len(terms))
	for rows.Next() {
		var t, n int64
		if err := rows.Scan(&t, &n); err != nil {
			rows.Close()
			return nil, 0, err
		}
		df[t] = int(n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, 0, err
	}
	var maxID int64
	if err := br.QueryRow().Scan(&maxID); err != nil {
		return nil, 0, err
	}
	out := make([]int, len(terms))
	for i, t := range terms {
		out[i] = df[t]
	}
	return out, maxID, nil
}

// Postings passes the stored segments of the terms' posting lists to add,
// from one query.
func (ix *index) Postings(ctx context.Context, terms []uint64, add func([]byte) error) error {
	s := ix.s
	read := make([]int64, len(terms))
	for i, t := range terms {
		read[i] = int64(t)
	}
	rows, err := s.pool.Query(ctx, `SELECT data FROM postings WHERE term = ANY($1)`, read)
	if err != nil {
		return s.wrap("lookup", err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := add(rows.RawValues()[0]); err != nil {
			return s.wrap("lookup", err)
		}
	}
	return s.wrap("lookup", rows.Err())
}

// SourceVariants returns, for each of ids that has one, its first variant
// in the language of lang, in the order of ids.
func (ix *index) SourceVariants(ctx context.Context, ids []int64, lang language.Tag) ([]tm.StoredVariant, error) {
	s := ix.s
	if len(ids) == 0 {
		return nil, nil
	}
	rows, err := s.pool.Query(ctx, `SELECT unit, ord, lang, text, markup, nkeys FROM variants
		WHERE unit = ANY($1) AND lkey = $2 ORDER BY unit, ord`, ids, tm.LangKey(lang))
	if err != nil {
		return nil, s.wrap("lookup", err)
	}
	defer rows.Close()
	first := make(map[int64]tm.StoredVariant, len(ids))
	for rows.Next() {
		var v tm.StoredVariant
		var lang string
		if err := rows.Scan(&v.Unit, &v.Ord, &lang, &v.Text, &v.Markup, &v.Keys); err != nil {
			return nil, s.wrap("lookup", err)
		}
		if _, dup := first[v.Unit]; dup {
			continue // a second variant in the source language
		}
		v.Lang = backend.ParseStoredTag(lang)
		first[v.Unit] = v
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap("lookup", err)
	}
	out := make([]tm.StoredVariant, 0, len(first))
	for _, id := range ids {
		if v, ok := first[id]; ok {
			out = append(out, v)
			delete(first, id)
		}
	}
	return out, nil
}

// Variants returns the variants of the units ids with their change time
// (Unix seconds), by unit, reading their unit rows in the same round trip
// and keeping the whole units for Units.
func (ix *index) Variants(ctx context.Context, ids []int64) ([]tm.StoredUnit, error) {
	s := ix.s
	if len(ids) == 0 {
		return nil, nil
	}
	if ix.kept == nil {
		ix.kept = make(map[int64]*keptUnit, len(ids))
	}
	pb := &pgx.Batch{}
	pb.Queue(`SELECT v.unit, coalesce(extract(epoch FROM u.changed)::bigint, 0), v.ord, v.lang, v.text, v.markup, v.nkeys
		FROM variants v JOIN units u ON u.id = v.unit WHERE v.unit = ANY($1) ORDER BY v.unit, v.ord`, ids)
	pb.Queue(unitsSQL, ids)
	br := s.pool.SendBatch(ctx, pb)
	defer br.Close()
	rows, err := br.Query()
	if err != nil {
		return nil, s.wrap("lookup", err)
	}
	stored, err := backend.ScanVariants(rows, len(ids))
	rows.Close()
	if err == nil {
		err = rows.Err()
	}
	if err != nil {
		return nil, s.wrap("lookup", err)
	}
	for _, id := range ids {
		ix.kept[id] = nil
	}
	rows, err = br.Query()
	if err != nil {
		return nil, s.wrap("lookup", err)
	}
	for rows.Next() {
		u, data, err := scanUnit(rows)
		if err != nil {
			rows.Close()
			return nil, s.wrap("lookup", err)
		}
		ix.kept[u.ID] = &keptUnit{unit: u, extras: data}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.wrap("lookup", err)
	}
	for i := range stored {
		if k := ix.kept[stored[i].ID]; k != nil {
			k.stored = stored[i]
		}
	}
	for _, id := range ids {
		if k := ix.kept[id]; k != nil && k.stored.ID == 0 {
			ix.kept[id] = nil // a unit row without variants: deleted while read
		}
	}
	return stored, s.wrap("lookup", br.Close())
}

// Units reads whole units by id: those Variants kept, or else in one
// round trip.
func (ix *index) Units(ctx context.Context, ids []int64) ([]tm.Unit, error) {
	out := make([]tm.Unit, 0, len(ids))
	if ix.allKept(ids) {
		for _, id := range ids {
			if k := ix.kept[id]; k != nil {
				out = append(out, k.whole())
			}
		}
		return out, nil
	}
	units, err := ix.s.loadUnits(ctx, ids)
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		if u, ok := units[id]; ok {
			out = append(out, u)
		}
	}
	return out, nil
}

// allKept reports whether every one of ids was read by Variants.
func (ix *index) allKept(ids []int64) bool {
	for _, id := range ids {
		if _, ok := ix.kept[id]; !ok {
			return false
		}
	}
	return true
}

func queryIDs(ctx context.Context, s *Store, sql string, args ...any) ([]int64, error) {
	rows, err := s.pool.Query(ctx, sql, args...)
	if err != nil {
		return nil, s.wrap("lookup", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	return ids, s.wrap("lookup", err)
}

// Concordance returns units with a variant holding q.Text: tm.Concordance
// over the store's index.
func (s *Store) Concordance(ctx context.Context, q tm.ConcordanceQuery) ([]tm.Unit, error) {
	return tm.Concordance(ctx, newIndex(s), q)
}

// Langs returns the language keys of the stored variants.
func (ix *index) Langs(ctx context.Context) ([]string, error) {
	rows, err := ix.s.pool.Query(ctx, `SELECT lkey FROM langs ORDER BY lkey`)
	if err != nil {
		return nil, ix.s.wrap("concordance", err)
	}
	langs, err := pgx.CollectRows(rows, pgx.RowTo[string])
	return langs, ix.s.wrap("concordance", err)
}

// Scan returns units with a variant in lkey whose lowercased text contains
// needle.
func (ix *index) Scan(ctx context.Context, lkey, needle string, limit int) ([]int64, error) {
	return queryIDs(ctx, ix.s, `SELECT unit FROM variants WHERE lkey = $1 AND strpos(lower(text), $2) > 0 LIMIT $3`, lkey, needle, limit)
}

// Stats counts the units and the variants of each language; Bytes is the
// size of the tables and their indexes.
func (s *Store) Stats(ctx context.Context) (tm.Stats, error) {
	st := tm.Stats{Languages: map[string]int{}}
	var oldest, newest *time.Time
	if err := s.pool.QueryRow(ctx, `SELECT count(*), min(created), max(changed),
		pg_total_relation_size('units') + pg_total_relation_size('variants') + pg_total_relation_size('postings') FROM units`).Scan(&st.Units, &oldest, &newest, &st.Bytes); err != nil {
		return st, s.wrap("stats", err)
	}
	st.Oldest, st.Newest = fromDB(oldest), fromDB(newest)
	rows, err := s.pool.Query(ctx, `SELECT lkey, count(*) FROM variants GROUP BY lkey ORDER BY lkey`)
	if err != nil {
		return st, s.wrap("stats", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			return st, s.wrap("stats", err)
		}
		st.Languages[k] = n
	}
	return st, s.wrap("stats", rows.Err())
}

// Iterate calls fn for every unit in the order they were added, from one
// snapshot (a repeatable-read transaction).
func (s *Store) Iterate(ctx context.Context, opt tm.ExportOptions, fn func(tm.Unit) error) error {
	return s.IterateAfter(ctx, 0, opt, fn)
}
