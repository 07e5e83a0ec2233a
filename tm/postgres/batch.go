package postgres

import (
	"context"
	"crypto/sha256"
	"errors"
	"sort"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"bitext/tm"
)

// ChunkSize is the number of units a batch buffers before it copies them
// to the database (inside its transaction).
const ChunkSize = 5000

// identity is the key of the duplicate rules: the first 16 bytes of the
// SHA-256 of every variant's base language and text, in a fixed order
// (the key of tm.Identity, with a hash that does not collide).
func identity(u *tm.Unit) []byte {
	keys := make([]string, 0, len(u.Variants))
	for _, v := range u.Variants {
		keys = append(keys, tm.LangKey(v.Lang)+"\x00"+v.Text)
	}
	sort.Strings(keys)
	h := sha256.Sum256([]byte(strings.Join(keys, "\x01")))
	return h[:16]
}

// createTrigramIndex is the index of migration 0002.
const createTrigramIndex = `CREATE INDEX IF NOT EXISTS variants_trgm ON variants USING gin (text gin_trgm_ops)`

// createTermIndex is the index of migration 0003.
const createTermIndex = `CREATE INDEX IF NOT EXISTS variants_terms ON variants USING gin (terms)`

// Add adds units in one transaction.
func (s *Store) Add(ctx context.Context, units []tm.Unit) (tm.AddResult, error) {
	b, err := s.Begin(ctx)
	if err != nil {
		return tm.AddResult{}, err
	}
	defer b.Rollback()
	for _, u := range units {
		if _, err := b.Add(u); err != nil {
			return tm.AddResult{}, err
		}
	}
	return b.Commit()
}

type pending struct {
	u       tm.Unit
	ident   []byte
	srcHash int64
	dupOf   int // index of the first unit of the chunk with this identity, or -1
}

type batch struct {
	s    *Store
	ctx  context.Context
	tx   pgx.Tx
	done bool
	buf  []pending
	res  tm.AddResult
	// bulk is set when the first chunk of a large batch goes into an
	// empty memory: the trigram index is dropped and built again at
	// Commit (a rollback restores it).
	bulk, checked bool
}

// Begin starts a transaction and takes the store's write lock (a
// transaction-level advisory lock): concurrent batches from any process
// are applied one after the other, as in the embedded store.
func (s *Store) Begin(ctx context.Context) (tm.Batch, error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, s.wrap("begin", err)
	}
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, hashtext(current_schema()))`, int32(lockWrite)); err != nil {
		tx.Rollback(ctx)
		return nil, s.wrap("begin", err)
	}
	if _, err := tx.Exec(ctx, `CREATE TEMP TABLE IF NOT EXISTS bitext_stage (
		seq integer NOT NULL, ident bytea NOT NULL, srclang text NOT NULL, doc text NOT NULL,
		prev text NOT NULL, next text NOT NULL, created timestamptz, changed timestamptz,
		changer text NOT NULL, data jsonb NOT NULL) ON COMMIT DELETE ROWS`); err != nil {
		tx.Rollback(ctx)
		return nil, s.wrap("begin", err)
	}
	return &batch{s: s, ctx: ctx, tx: tx}, nil
}

// Add buffers one unit; it is written with its chunk and counted by
// Commit.
func (b *batch) Add(u tm.Unit) (tm.Outcome, error) {
	if b.done {
		return 0, errors.New("postgres: batch already finished")
	}
	u.Normalize()
	if err := tm.Check(&u); err != nil {
		return 0, err
	}
	tm.Defaults(&u, b.s.Now().UTC())
	src := u.Source()
	b.buf = append(b.buf, pending{u: u, ident: identity(&u), srcHash: int64(tm.TextKey(src.Lang, src.Text)), dupOf: -1})
	if len(b.buf) >= ChunkSize {
		return tm.Pending, b.flush()
	}
	return tm.Pending, nil
}

// flush writes the buffered units: duplicates of stored units update
// their change time; the others are copied into the staging table and
// merged into units; their variants are copied into variants.
func (b *batch) flush() error {
	buf := b.buf
	b.buf = b.buf[:0]
	if len(buf) == 0 {
		return nil
	}
	ctx, tx := b.ctx, b.tx
	if !b.checked {
		b.checked = true
		var empty bool
		if len(buf) >= ChunkSize {
			if err := tx.QueryRow(ctx, `SELECT NOT EXISTS (SELECT 1 FROM units)`).Scan(&empty); err != nil {
				return b.s.wrap("add", err)
			}
		}
		if empty {
			if _, err := tx.Exec(ctx, `DROP INDEX IF EXISTS variants_trgm; DROP INDEX IF EXISTS variants_terms`); err != nil {
				return b.s.wrap("add", err)
			}
			b.bulk = true
		}
	}
	// Duplicates inside the chunk.
	first := map[string]int{}
	var idents [][]byte
	for i := range buf {
		k := string(buf[i].ident)
		if j, ok := first[k]; ok {
			buf[i].dupOf = j
			continue
		}
		first[k] = i
		idents = append(idents, buf[i].ident)
	}
	// Stored units with these identities.
	type storedUnit struct {
		id      int64
		changed *time.Time
	}
	stored := map[string]storedUnit{}
	rows, err := tx.Query(ctx, `SELECT id, ident, changed FROM units WHERE ident = ANY($1)`, idents)
	if err != nil {
		return b.s.wrap("add", err)
	}
	for rows.Next() {
		var su storedUnit
		var ident []byte
		if err := rows.Scan(&su.id, &ident, &su.changed); err != nil {
			rows.Close()
			return b.s.wrap("add", err)
		}
		stored[string(ident)] = su
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return b.s.wrap("add", err)
	}
	// Stored sources, for alternatives.
	var hashes []int64
	for i := range buf {
		if buf[i].dupOf < 0 {
			if _, ok := stored[string(buf[i].ident)]; !ok {
				hashes = append(hashes, buf[i].srcHash)
			}
		}
	}
	sources := map[int64]bool{}
	if len(hashes) > 0 {
		rows, err := tx.Query(ctx, `SELECT DISTINCT hash FROM variants WHERE hash = ANY($1)`, hashes)
		if err != nil {
			return b.s.wrap("add", err)
		}
		for rows.Next() {
			var h int64
			if err := rows.Scan(&h); err != nil {
				rows.Close()
				return b.s.wrap("add", err)
			}
			sources[h] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return b.s.wrap("add", err)
		}
	}
	// Outcomes, in order.
	var updIDs []int64
	var updChanged []time.Time
	var updChanger []string
	update := func(id int64, old *time.Time, u *tm.Unit) {
		if old != nil && !u.Changed.Truncate(time.Second).After(*old) {
			return
		}
		ch := u.Changer
		if ch == "" {
			ch = u.Creator
		}
		updIDs = append(updIDs, id)
		updChanged = append(updChanged, u.Changed.Truncate(time.Second).UTC())
		updChanger = append(updChanger, ch)
	}
	var stage [][]any
	var newUnits []int // indexes in buf
	outcome := map[int]tm.Outcome{}
	for i := range buf {
		p := &buf[i]
		if p.dupOf >= 0 {
			b.res.Count(tm.Updated)
			if su, ok := stored[string(p.ident)]; ok {
				update(su.id, su.changed, &p.u)
				continue
			}
			// A duplicate of a unit new in this chunk: it takes the later
			// change time before it is written.
			f := &buf[p.dupOf].u
			if p.u.Changed.After(f.Changed) {
				f.Changed = p.u.Changed
				f.Changer = p.u.Changer
				if f.Changer == "" {
					f.Changer = p.u.Creator
				}
			}
			continue
		}
		if su, ok := stored[string(p.ident)]; ok {
			b.res.Count(tm.Updated)
			update(su.id, su.changed, &p.u)
			continue
		}
		o := tm.Added
		if sources[p.srcHash] {
			o = tm.Alternative
		}
		b.res.Count(o)
		outcome[i] = o
		sources[p.srcHash] = true
		newUnits = append(newUnits, i)
	}
	for _, i := range newUnits {
		u := &buf[i].u
		stage = append(stage, []any{int32(i), buf[i].ident, tagString(u.SourceLang), u.Context.DocID, u.Context.Prev, u.Context.Next,
			dbTime(u.Created), dbTime(u.Changed), u.Changer, string(encodeData(u))})
	}
	if len(updIDs) > 0 {
		if _, err := tx.Exec(ctx, `UPDATE units u SET changed = x.changed, changer = x.changer
			FROM unnest($1::bigint[], $2::timestamptz[], $3::text[]) AS x(id, changed, changer)
			WHERE u.id = x.id AND (u.changed IS NULL OR u.changed < x.changed)`, updIDs, updChanged, updChanger); err != nil {
			return b.s.wrap("add", err)
		}
	}
	if len(stage) == 0 {
		return nil
	}
	if _, err := tx.Exec(ctx, `TRUNCATE bitext_stage`); err != nil {
		return b.s.wrap("add", err)
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"bitext_stage"},
		[]string{"seq", "ident", "srclang", "doc", "prev", "next", "created", "changed", "changer", "data"},
		pgx.CopyFromRows(stage)); err != nil {
		return b.s.wrap("copy", err)
	}
	// The merge: new identities are inserted in the order they were
	// added; ON CONFLICT keeps a unit written meanwhile by a writer that
	// did not take the lock from being duplicated.
	rows, err = tx.Query(ctx, `INSERT INTO units(ident, srclang, doc, prev, next, created, changed, changer, data)
		SELECT ident, srclang, doc, prev, next, created, changed, changer, data FROM bitext_stage ORDER BY seq
		ON CONFLICT (ident) DO NOTHING RETURNING id, ident`)
	if err != nil {
		return b.s.wrap("add", err)
	}
	ids := map[string]int64{}
	for rows.Next() {
		var id int64
		var ident []byte
		if err := rows.Scan(&id, &ident); err != nil {
			rows.Close()
			return b.s.wrap("add", err)
		}
		ids[string(ident)] = id
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return b.s.wrap("add", err)
	}
	var vrows [][]any
	df := map[int64]int32{}
	for _, i := range newUnits {
		id, ok := ids[string(buf[i].ident)]
		if !ok {
			// Stored meanwhile by another writer: a duplicate after all.
			if outcome[i] == tm.Added {
				b.res.Added--
			} else {
				b.res.Alternatives--
			}
			b.res.Updated++
			continue
		}
		for k, v := range buf[i].u.Variants {
			ts := tm.IndexTerms(v.Text, v.Lang)
			terms := make([]int64, len(ts))
			for j, t := range ts {
				terms[j] = int64(t)
				df[terms[j]]++
			}
			vrows = append(vrows, []any{id, int32(k), tagString(v.Lang), tm.LangKey(v.Lang), int64(tm.TextKey(v.Lang, v.Text)),
				int32(tm.KeyCount(v.Text, v.Lang)), v.Text, v.Markup, terms})
		}
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"variants"},
		[]string{"unit", "ord", "lang", "lkey", "hash", "nkeys", "text", "markup", "terms"}, pgx.CopyFromRows(vrows)); err != nil {
		return b.s.wrap("copy", err)
	}
	if len(df) > 0 {
		ts := make([]int64, 0, len(df))
		for t := range df {
			ts = append(ts, t)
		}
		sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
		ns := make([]int32, len(ts))
		for i, t := range ts {
			ns[i] = df[t]
		}
		if _, err := tx.Exec(ctx, `INSERT INTO terms(term, df) SELECT * FROM unnest($1::bigint[], $2::integer[])
			ON CONFLICT (term) DO UPDATE SET df = terms.df + EXCLUDED.df`, ts, ns); err != nil {
			return b.s.wrap("add", err)
		}
	}
	return nil
}

// Commit writes the rest and commits.
func (b *batch) Commit() (tm.AddResult, error) {
	if b.done {
		return b.res, errors.New("postgres: batch already finished")
	}
	if err := b.flush(); err != nil {
		b.Rollback()
		return tm.AddResult{}, err
	}
	if b.bulk {
		if _, err := b.tx.Exec(b.ctx, `SET LOCAL maintenance_work_mem = '256MB'`); err != nil {
			b.Rollback()
			return tm.AddResult{}, b.s.wrap("commit", err)
		}
		if _, err := b.tx.Exec(b.ctx, createTrigramIndex+"; "+createTermIndex); err != nil {
			b.Rollback()
			return tm.AddResult{}, b.s.wrap("commit", err)
		}
	}
	b.done = true
	if err := b.tx.Commit(b.ctx); err != nil {
		return tm.AddResult{}, b.s.wrap("commit", err)
	}
	return b.res, nil
}

// Rollback discards the batch.
func (b *batch) Rollback() error {
	if b.done {
		return nil
	}
	b.done = true
	return b.s.wrap("rollback", b.tx.Rollback(context.WithoutCancel(b.ctx)))
}
