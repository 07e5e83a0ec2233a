package backend

import "bitext/tm"

// Rows is what both backends' query results offer (database/sql's and
// pgx's rows alike).
type Rows interface {
	Next() bool
	Scan(dest ...any) error
}

// ScanVariants reads rows of (unit, changed, ord, lang, text, markup, keys),
// ordered by unit and ord, into one StoredUnit a unit with its variants.
// n is the expected number of units. Errors are the rows' own: the caller
// wraps them with its package.
func ScanVariants(rows Rows, n int) ([]tm.StoredUnit, error) {
	out := make([]tm.StoredUnit, 0, n)
	for rows.Next() {
		var changed int64
		var v tm.StoredVariant
		var lang string
		if err := rows.Scan(&v.Unit, &changed, &v.Ord, &lang, &v.Text, &v.Markup, &v.Keys); err != nil {
			return nil, err
		}
		v.Lang = ParseStoredTag(lang)
		if k := len(out); k == 0 || out[k-1].ID != v.Unit {
			out = append(out, tm.StoredUnit{ID: v.Unit, Changed: changed})
		}
		u := &out[len(out)-1]
		u.Variants = append(u.Variants, v)
	}
	return out, nil
}
