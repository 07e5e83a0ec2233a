package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"bitext/tm"
	"bitext/tm/internal/backend"
)

// IterateAfter calls fn for every unit with an id larger than after, in
// the order they were added.
func (s *Store) IterateAfter(ctx context.Context, after int64, opt tm.ExportOptions, fn func(tm.Unit) error) error {
	db, err := s.readable(ctx)
	if err != nil || db == nil {
		return err
	}
	// A read transaction gives one snapshot over the whole export.
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT u.id, u.srclang, u.doc, u.prev, u.next, u.created, u.changed, u.data, v.lang, v.text, v.markup
		FROM units u JOIN variants v ON v.unit = u.id WHERE u.id > ? ORDER BY u.id, v.ord`, after)
	if err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	defer rows.Close()
	var cur tm.Unit
	var src, data string
	var created, changed int64
	emit := func() error {
		if cur.ID == 0 {
			return nil
		}
		fillUnit(&cur, src, created, changed, data)
		if !opt.Select(&cur) {
			return nil
		}
		return fn(cur)
	}
	// The row's columns are scanned into variables kept across rows (a
	// unit scanned into a variable of the loop went to the heap, twice
	// for a unit of two variants); a unit's variants get one slice.
	var src2, data2, doc, prev, next string
	var created2, changed2 int64
	var id int64
	var lang, text, markup string
	for rows.Next() {
		if err := rows.Scan(&id, &src2, &doc, &prev, &next, &created2, &changed2, &data2, &lang, &text, &markup); err != nil {
			return fmt.Errorf("sqlite: %w", err)
		}
		if id != cur.ID {
			if err := emit(); err != nil {
				return err
			}
			cur = tm.Unit{ID: id, Context: tm.Context{DocID: doc, Prev: prev, Next: next}, Variants: make([]tm.Variant, 0, 2)}
			src, created, changed, data = src2, created2, changed2, data2
		}
		cur.Variants = append(cur.Variants, tm.Variant{Lang: backend.ParseStoredTag(lang), Text: text, Markup: markup})
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	return emit()
}
