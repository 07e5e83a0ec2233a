package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"bitext/tm"
	"bitext/tm/internal/backend"

	"golang.org/x/text/language"
)

// MineUnitsAfter calls fn, as IterateAfter does, for every unit with an
// id larger than after, in the order they were added, but fills only
// what the glossary miner reads: the id, document id, creation and change
// times, the variants' languages and texts, and Origin.File when the
// unit has no document id. The rest (markup, context neighbours, source
// language, TUID, notes, properties) is left unset, and the JSON extras
// are decoded only for units without a document id. fn owns the unit.
func (s *Store) MineUnitsAfter(ctx context.Context, after int64, fn func(*tm.Unit) error) error {
	db, err := s.readable(ctx)
	if err != nil || db == nil {
		return err
	}
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT u.id, u.doc, u.created, u.changed, CASE WHEN u.doc = '' THEN u.data ELSE '' END, v.lang, v.text
		FROM units u JOIN variants v ON v.unit = u.id WHERE u.id > ? ORDER BY u.id, v.ord`, after)
	if err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	defer rows.Close()
	var (
		cur              *tm.Unit
		id, created      int64
		changed          int64
		doc, text        string
		data             sql.RawBytes
		lang             sql.RawBytes
		lastLang         string
		lastTag          language.Tag
		haveLang         bool
		origin           originOnly
		pendingData      []byte
		pendingDataValid bool
	)
	emit := func() error {
		if cur == nil {
			return nil
		}
		if pendingDataValid {
			if f, ok := originFile(pendingData); ok {
				cur.Origin.File = f
			} else {
				origin.Origin = nil
				_ = json.Unmarshal(pendingData, &origin) // written by EncodeExtras
				if origin.Origin != nil {
					cur.Origin.File = origin.Origin.File
				}
			}
		}
		u := cur
		cur = nil
		return fn(u)
	}
	for rows.Next() {
		if err := rows.Scan(&id, &doc, &created, &changed, &data, &lang, &text); err != nil {
			return fmt.Errorf("sqlite: %w", err)
		}
		if cur == nil || id != cur.ID {
			if err := emit(); err != nil {
				return err
			}
			cur = &tm.Unit{ID: id, Context: tm.Context{DocID: doc}, Created: fromUnix(created), Changed: fromUnix(changed), Variants: make([]tm.Variant, 0, 2)}
			pendingDataValid = doc == ""
			if pendingDataValid {
				pendingData = append(pendingData[:0], data...)
			}
		}
		if !haveLang || string(lang) != lastLang {
			lastLang, lastTag, haveLang = string(lang), backend.ParseStoredTag(string(lang)), true
		}
		cur.Variants = append(cur.Variants, tm.Variant{Lang: lastTag, Text: text})
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	return emit()
}

// originOnly is the part of the JSON extras MineUnitsAfter decodes.
type originOnly struct {
	Origin *struct{ File string } `json:"origin"`
}

// originFile reads the origin's file from JSON extras as EncodeExtras
// writes them ({..."origin":{"Kind":"tmx","File":"a.tmx",...}...}): ok
// is false when the extras have another shape, or a backslash in the
// kind or the file (an escape), and the caller decodes them. Extras with
// no "origin" key have no file. An unquoted "origin":{ cannot come from
// inside a JSON string (a quote there is escaped). The extras are not
// checked for validity: the store wrote them.
func originFile(data []byte) (string, bool) {
	i := bytes.Index(data, []byte(`"origin":`))
	if i < 0 {
		return "", len(data) > 0 && data[0] == '{' && !bytes.Contains(data, []byte(`origin`))
	}
	rest, ok := bytes.CutPrefix(data[i:], []byte(`"origin":{"Kind":"`))
	if !ok {
		return "", false
	}
	j := bytes.IndexByte(rest, '"')
	if j < 0 || bytes.IndexByte(rest[:j], '\\') >= 0 {
		return "", false
	}
	rest, ok = bytes.CutPrefix(rest[j:], []byte(`","File":"`))
	if !ok {
		return "", false
	}
	j = bytes.IndexByte(rest, '"')
	if j < 0 || bytes.IndexByte(rest[:j], '\\') >= 0 {
		return "", false
	}
	return string(rest[:j]), true
}
