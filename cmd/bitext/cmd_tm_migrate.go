package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"bitext/internal/report"
	"bitext/locales"
	"bitext/tm"
	"bitext/tm/postgres"
)

func init() {
	tmExtraCommands = append(tmExtraCommands, tmMigrateCommand, tmCopyCommand)
}

// isPostgres reports whether a --tm value names a PostgreSQL memory (a
// URL or a libpq keyword/value string).
func isPostgres(dsn string) bool { return tm.IsPostgres(dsn) }

// displayTM is a --tm value fit to print: a DSN's password hidden.
func displayTM(dsn string) string {
	if isPostgres(dsn) || strings.Contains(strings.ToLower(dsn), "password=") {
		return postgres.Redact(dsn)
	}
	return dsn
}

func tmMigrateCommand(ui *locales.Localizer) *cli.Command {
	return &cli.Command{
		Name:        "migrate",
		Usage:       ui.T("PGMigrateUsage", nil),
		Description: ui.T("PGMigrateDescription", nil),
		Flags: []cli.Flag{
			tmFlag(ui),
			&cli.BoolFlag{Name: "dry-run", Usage: ui.T("PGFlagDryRun", nil)},
		},
		Action: func(c *cli.Context) error {
			dsn := tmPath(c)
			if !isPostgres(dsn) {
				return badInput(errors.New(ui.T("PGErrNotPostgres", map[string]any{"Path": displayTM(dsn)})))
			}
			s, err := postgres.OpenWith(c.Context, dsn, postgres.Options{NoMigrate: true, MaxConns: 2})
			if err != nil {
				return environment(err)
			}
			defer s.Close()
			// A database that is not UTF-8 is refused before anything is
			// shown or applied, --dry-run included.
			var enc *postgres.EncodingError
			if err := postgres.CheckEncoding(c.Context, s.Pool(), s.DSN()); errors.As(err, &enc) {
				return environment(errors.New(ui.T(enc.MessageID(), enc.MessageData())))
			} else if err != nil {
				return environment(err)
			}
			w := c.App.Writer
			fmt.Fprintln(w, ui.T("PGMigrateStore", map[string]any{"DSN": s.DSN()}))
			ms, unknown, err := s.Status(c.Context)
			if err != nil {
				return environment(err)
			}
			if len(unknown) > 0 {
				return environment(&postgres.ErrNewerSchema{DSN: s.DSN(), Versions: unknown})
			}
			pending := report.Migrations(w, ui, ms)
			if c.Bool("dry-run") || pending == 0 {
				fmt.Fprintln(w, ui.N("PGMigratePendingCount", pending, nil))
				return nil
			}
			done, err := s.Migrate(c.Context)
			report.Migrated(w, ui, done)
			if err != nil {
				return environment(err)
			}
			if err := s.CheckLocale(c.Context); err != nil {
				return environment(err)
			}
			fmt.Fprintln(w, ui.N("PGMigrateDoneCount", len(done), nil))
			return nil
		},
	}
}
