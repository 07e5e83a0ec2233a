package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"bitext/internal/pgmigrate"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Migration is one versioned change of the schema: Version, Name (the file
// name without version and extension), SQL, and Applied, when it was
// applied (zero when pending).
type Migration = pgmigrate.Migration

// Migrations returns the migrations embedded in this build, by version.
func Migrations() []Migration {
	ms, err := pgmigrate.Load(migrationFS, "migrations")
	if err != nil {
		panic(err) // embedded at build time
	}
	return ms
}

// Advisory lock keys (the two-int form: class, hash of the schema).
const (
	lockMigrate = 0x62746d31 // "btm1"
	lockWrite   = 0x62746d32 // "btm2"
)

// migrationSet is the store's migrations for the shared runner; the Go
// steps run after their migration's SQL, in the same transaction.
func migrationSet() pgmigrate.Set {
	return pgmigrate.Set{Table: "bitext_migrations", Lock: lockMigrate, Migrations: Migrations(),
		Steps: map[int]func(context.Context, pgx.Tx) error{
			4: rebuildPostings, // the inverted index of the units stored so far
		}}
}

// Status returns every known migration with the time it was applied
// (zero when pending), and the versions applied in the database that this
// build does not know (a newer bitext migrated it). It looks in the schema
// the search_path names first: one that does not exist yet has every
// migration pending.
func (s *Store) Status(ctx context.Context) ([]Migration, []int, error) {
	ms, unknown, err := migrationSet().Status(ctx, s.pool)
	return ms, unknown, s.wrap("migrations", err)
}

// ErrNewerSchema is returned when the database was migrated by a newer
// bitext than this one.
type ErrNewerSchema struct {
	DSN      string
	Versions []int
}

func (e *ErrNewerSchema) Error() string {
	return fmt.Sprintf("postgres: %s: the schema has migrations %v that this bitext does not know; use a newer bitext", e.DSN, e.Versions)
}

// Migrate applies the pending migrations, each in its own transaction,
// while holding a session advisory lock, so that processes opening the
// store together wait for each other instead of racing. The first schema
// of the search_path is created when it does not exist. It returns the
// migrations it applied. The database is checked first: one that is not
// UTF-8 is refused (*EncodingError) before anything is written.
func (s *Store) Migrate(ctx context.Context) ([]Migration, error) {
	if err := CheckEncoding(ctx, s.pool, s.dsn); err != nil {
		return nil, err
	}
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return nil, s.wrap("migrate", err)
	}
	defer conn.Release()
	done, err := migrationSet().Migrate(ctx, conn.Conn())
	var ne *pgmigrate.NewerError
	if errors.As(err, &ne) {
		return done, &ErrNewerSchema{DSN: s.dsn, Versions: ne.Versions}
	}
	return done, s.wrap("migrate", err)
}
