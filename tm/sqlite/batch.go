package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"fmt"
	"sort"

	"bitext/tm"
)

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

// Begin starts a write transaction (BEGIN IMMEDIATE: other writers wait up
// to the busy timeout). Everything added is stored by Commit or not at all.
func (s *Store) Begin(ctx context.Context) (tm.Batch, error) {
	db, err := s.writable(ctx)
	if err != nil {
		return nil, err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("sqlite: begin: %w", err)
	}
	b := &batch{s: s, ctx: ctx, tx: tx, pending: map[uint64][]int64{}, langs: map[string]bool{}}
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM units`).Scan(&b.nextID); err != nil {
		tx.Rollback()
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM postings`).Scan(&n); err != nil {
		tx.Rollback()
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	b.emptyIndex = n == 0
	for _, p := range []struct {
		st  **sql.Stmt
		sql string
	}{
		{&b.findIdent, `SELECT id, changed FROM units WHERE ident=?`},
		{&b.unitTexts, `SELECT lkey, text FROM variants WHERE unit=? ORDER BY ord`},
		{&b.findHash, `SELECT 1 FROM variants WHERE hash=? LIMIT 1`},
		{&b.insUnit, `INSERT INTO units(id, ident, srclang, doc, prev, next, created, changed, data) VALUES(?,?,?,?,?,?,?,?,?)`},
		{&b.insVariant, `INSERT INTO variants(unit, ord, lang, lkey, hash, nkeys, text, markup) VALUES(?,?,?,?,?,?,?,?)`},
		{&b.touch, `UPDATE units SET changed=?, data=? WHERE id=?`},
		{&b.lastSeg, `SELECT id, n, last FROM postings WHERE term=? ORDER BY id DESC LIMIT 1`},
		{&b.appendSeg, `UPDATE postings SET n=n+?, last=?, data=data||? WHERE id=?`},
		{&b.insSeg, `INSERT INTO postings(term, n, last, data) VALUES(?,?,?,?)`},
	} {
		st, err := tx.PrepareContext(ctx, p.sql)
		if err != nil {
			tx.Rollback()
			return nil, fmt.Errorf("sqlite: %w", err)
		}
		*p.st = st
	}
	return b, nil
}

type batch struct {
	s      *Store
	ctx    context.Context
	tx     *sql.Tx
	done   bool
	nextID int64
	res    tm.AddResult

	findIdent, unitTexts, findHash, insUnit, insVariant, touch *sql.Stmt
	lastSeg, appendSeg, insSeg                                 *sql.Stmt

	pending    map[uint64][]int64 // term -> unit ids, ascending
	npending   int
	punits     int
	emptyIndex bool
	langs      map[string]bool
}

// Add adds one unit to the batch.
func (b *batch) Add(u tm.Unit) (tm.Outcome, error) {
	if b.done {
		return 0, fmt.Errorf("sqlite: batch already finished")
	}
	u.Normalize()
	if err := tm.Check(&u); err != nil {
		return 0, err
	}
	tm.Defaults(&u, b.s.Now().UTC())
	ident := tm.Identity(&u)
	ctx := b.ctx

	// The same texts in every language: the same unit, times updated.
	if id, changed, ok, err := b.sameUnit(ident, &u); err != nil {
		return 0, err
	} else if ok {
		if t := unixTime(u.Changed); t > changed {
			old, err := loadUnit(ctx, b.tx, id)
			if err != nil {
				return 0, err
			}
			old.Changed, old.Changer = u.Changed, u.Changer
			if old.Changer == "" {
				old.Changer = u.Creator
			}
			if _, err := b.touch.ExecContext(ctx, t, encodeData(&old), id); err != nil {
				return 0, fmt.Errorf("sqlite: %w", err)
			}
		}
		b.res.Count(tm.Updated)
		return tm.Updated, nil
	}

	src := u.Source()
	outcome := tm.Added
	var one int
	switch err := b.findHash.QueryRowContext(ctx, int64(tm.TextKey(src.Lang, src.Text))).Scan(&one); err {
	case nil:
		outcome = tm.Alternative
	case sql.ErrNoRows:
	default:
		return 0, fmt.Errorf("sqlite: %w", err)
	}

	b.nextID++
	id := b.nextID
	if _, err := b.insUnit.ExecContext(ctx, id, int64(ident), tagString(u.SourceLang), u.Context.DocID, u.Context.Prev, u.Context.Next,
		unixTime(u.Created), unixTime(u.Changed), encodeData(&u)); err != nil {
		return 0, fmt.Errorf("sqlite: %w", err)
	}
	for i, v := range u.Variants {
		lkey := tm.LangKey(v.Lang)
		a := tm.Analyze(v.Text, "", v.Lang)
		if _, err := b.insVariant.ExecContext(ctx, id, i, tagString(v.Lang), lkey, int64(tm.TextKey(v.Lang, v.Text)), len(a.Keys), v.Text, v.Markup); err != nil {
			return 0, fmt.Errorf("sqlite: %w", err)
		}
		if !b.langs[lkey] {
			b.langs[lkey] = true
			if _, err := b.tx.ExecContext(ctx, `INSERT OR IGNORE INTO langs(lkey) VALUES(?)`, lkey); err != nil {
				return 0, fmt.Errorf("sqlite: %w", err)
			}
		}
		for _, t := range tm.IndexTerms(v.Text, v.Lang) {
			l := b.pending[t]
			if n := len(l); n > 0 && l[n-1] == id {
				continue
			}
			b.pending[t] = append(l, id)
			b.npending++
		}
	}
	b.punits++
	if b.npending >= FlushEvery {
		if err := b.flush(); err != nil {
			return 0, err
		}
	}
	b.res.Count(outcome)
	return outcome, nil
}

// sameUnit finds a stored unit with the identity hash and, to rule out
// hash collisions, the same texts.
func (b *batch) sameUnit(ident uint64, u *tm.Unit) (int64, int64, bool, error) {
	rows, err := b.findIdent.QueryContext(b.ctx, int64(ident))
	if err != nil {
		return 0, 0, false, fmt.Errorf("sqlite: %w", err)
	}
	type cand struct{ id, changed int64 }
	var cands []cand
	for rows.Next() {
		var c cand
		if err := rows.Scan(&c.id, &c.changed); err != nil {
			rows.Close()
			return 0, 0, false, fmt.Errorf("sqlite: %w", err)
		}
		cands = append(cands, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, 0, false, fmt.Errorf("sqlite: %w", err)
	}
	want := map[string]int{}
	for _, v := range u.Variants {
		want[tm.LangKey(v.Lang)+"\x00"+v.Text]++
	}
	for _, c := range cands {
		rows, err := b.unitTexts.QueryContext(b.ctx, c.id)
		if err != nil {
			return 0, 0, false, fmt.Errorf("sqlite: %w", err)
		}
		got := map[string]int{}
		for rows.Next() {
			var k, t string
			if err := rows.Scan(&k, &t); err != nil {
				rows.Close()
				return 0, 0, false, fmt.Errorf("sqlite: %w", err)
			}
			got[k+"\x00"+t]++
		}
		rows.Close()
		if equalCounts(want, got) {
			return c.id, c.changed, true, nil
		}
	}
	return 0, 0, false, nil
}

func equalCounts(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// smallFlush is the number of units below which a flush appends to the
// last posting segment of each term instead of starting new segments, so
// that many small imports do not leave many small segments.
const smallFlush = 20000

// maxAppend is the size of a posting segment beyond which appends start a
// new one.
const maxAppend = 8192

// flush writes the pending postings.
func (b *batch) flush() error {
	if len(b.pending) == 0 {
		return nil
	}
	terms := make([]uint64, 0, len(b.pending))
	for t := range b.pending {
		terms = append(terms, t)
	}
	sort.Slice(terms, func(i, j int) bool { return int64(terms[i]) < int64(terms[j]) })
	appendMode := !b.emptyIndex && b.punits < smallFlush
	buf := make([]byte, 0, 1024)
	for _, t := range terms {
		ids := b.pending[t]
		if appendMode {
			var seg, n, last int64
			err := b.lastSeg.QueryRowContext(b.ctx, int64(t)).Scan(&seg, &n, &last)
			if err != nil && err != sql.ErrNoRows {
				return fmt.Errorf("sqlite: %w", err)
			}
			if err == nil && n < maxAppend && last < ids[0] {
				buf = encodePostings(buf[:0], last, ids)
				if _, err := b.appendSeg.ExecContext(b.ctx, len(ids), ids[len(ids)-1], buf, seg); err != nil {
					return fmt.Errorf("sqlite: %w", err)
				}
				continue
			}
		}
		buf = encodePostings(buf[:0], 0, ids)
		if _, err := b.insSeg.ExecContext(b.ctx, int64(t), len(ids), ids[len(ids)-1], buf); err != nil {
			return fmt.Errorf("sqlite: %w", err)
		}
	}
	b.pending = map[uint64][]int64{}
	b.npending = 0
	b.punits = 0
	b.emptyIndex = false
	return nil
}

// encodePostings appends ids (ascending) as varint deltas from prev.
func encodePostings(buf []byte, prev int64, ids []int64) []byte {
	for _, id := range ids {
		buf = binary.AppendUvarint(buf, uint64(id-prev))
		prev = id
	}
	return buf
}

// decodePostings calls fn for every id of data.
func decodePostings(data []byte, fn func(id int64)) {
	var prev int64
	for len(data) > 0 {
		d, n := binary.Uvarint(data)
		if n <= 0 {
			return
		}
		data = data[n:]
		prev += int64(d)
		fn(prev)
	}
}

// Commit writes the rest of the index and commits.
func (b *batch) Commit() (tm.AddResult, error) {
	if b.done {
		return b.res, fmt.Errorf("sqlite: batch already finished")
	}
	if err := b.flush(); err != nil {
		b.Rollback()
		return tm.AddResult{}, err
	}
	b.done = true
	if err := b.tx.Commit(); err != nil {
		return tm.AddResult{}, fmt.Errorf("sqlite: commit: %w", err)
	}
	return b.res, nil
}

// Rollback discards the batch.
func (b *batch) Rollback() error {
	if b.done {
		return nil
	}
	b.done = true
	return b.tx.Rollback()
}
