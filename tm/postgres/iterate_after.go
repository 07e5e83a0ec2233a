package postgres

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"

	"bitext/tm"
	"bitext/tm/internal/backend"
)

// IterateAfter calls fn for every unit with an id larger than after, in
// the order they were added, from one snapshot (a repeatable-read
// transaction).
func (s *Store) IterateAfter(ctx context.Context, after int64, opt tm.ExportOptions, fn func(tm.Unit) error) error {
	tx, err := s.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return s.wrap("iterate", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	rows, err := tx.Query(ctx, `SELECT u.id, u.srclang, u.doc, u.prev, u.next, u.created, u.changed, u.changer, u.data, v.lang, v.text, v.markup
		FROM units u JOIN variants v ON v.unit = u.id WHERE u.id > $1 ORDER BY u.id, v.ord`, after)
	if err != nil {
		return s.wrap("iterate", err)
	}
	defer rows.Close()
	var cur tm.Unit
	var data []byte
	emit := func() error {
		if cur.ID == 0 {
			return nil
		}
		backend.DecodeExtras(&cur, data)
		if !opt.Select(&cur) {
			return nil
		}
		return fn(cur)
	}
	for rows.Next() {
		var u tm.Unit
		var src, lang, text, markup string
		var created, changed *time.Time
		var d []byte
		if err := rows.Scan(&u.ID, &src, &u.Context.DocID, &u.Context.Prev, &u.Context.Next, &created, &changed, &u.Changer, &d, &lang, &text, &markup); err != nil {
			return s.wrap("iterate", err)
		}
		if u.ID != cur.ID {
			if err := emit(); err != nil {
				return err
			}
			u.SourceLang = backend.ParseStoredTag(src)
			u.Created, u.Changed = fromDB(created), fromDB(changed)
			cur, data = u, d
		}
		cur.Variants = append(cur.Variants, tm.Variant{Lang: backend.ParseStoredTag(lang), Text: text, Markup: markup})
	}
	if err := rows.Err(); err != nil {
		return s.wrap("iterate", err)
	}
	return emit()
}
