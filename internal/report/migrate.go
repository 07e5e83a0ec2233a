package report

import (
	"fmt"
	"io"

	"bitext/internal/pgmigrate"
	"bitext/locales"
)

// Migrations writes the state of a PostgreSQL schema's migrations, one a
// line (pending, or applied with its time), and returns how many are
// pending.
func Migrations(w io.Writer, ui *locales.Localizer, ms []pgmigrate.Migration) int {
	pending := 0
	for _, m := range ms {
		if m.Applied.IsZero() {
			pending++
			fmt.Fprintln(w, ui.T("PGMigratePending", map[string]any{"Version": fmt.Sprintf("%04d", m.Version), "Name": m.Name}))
		} else {
			fmt.Fprintln(w, ui.T("PGMigrateApplied", map[string]any{"Version": fmt.Sprintf("%04d", m.Version), "Name": m.Name,
				"Time": m.Applied.Format("2006-01-02 15:04:05Z")}))
		}
	}
	return pending
}

// Migrated writes the migrations just applied, one a line.
func Migrated(w io.Writer, ui *locales.Localizer, done []pgmigrate.Migration) {
	for _, m := range done {
		fmt.Fprintln(w, ui.T("PGMigrateDone", map[string]any{"Version": fmt.Sprintf("%04d", m.Version), "Name": m.Name}))
	}
}
