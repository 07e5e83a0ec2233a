package postgres

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Migration is one versioned change of the schema.
type Migration struct {
	Version int
	Name    string // the file name without version and extension
	SQL     string
	// Applied is when it was applied; zero when pending.
	Applied time.Time
}

// Migrations returns the migrations embedded in this build, by version.
func Migrations() []Migration {
	entries, err := fs.ReadDir(migrationFS, "migrations")
	if err != nil {
		panic(err) // embedded at build time
	}
	var out []Migration
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".sql")
		num, rest, _ := strings.Cut(name, "_")
		v, err := strconv.Atoi(num)
		if err != nil {
			panic("postgres: migration without a version: " + e.Name())
		}
		b, _ := migrationFS.ReadFile("migrations/" + e.Name())
		out = append(out, Migration{Version: v, Name: rest, SQL: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	return out
}

// Advisory lock keys (the two-int form: class, hash of the schema).
const (
	lockMigrate = 0x62746d31 // "btm1"
	lockWrite   = 0x62746d32 // "btm2"
)

// migrationSteps are the parts of migrations done in Go, after their SQL
// and in the same transaction.
var migrationSteps = map[int]func(context.Context, pgx.Tx) error{
	4: rebuildPostings, // the inverted index of the units stored so far
}

const migrationsTable = `CREATE TABLE IF NOT EXISTS bitext_migrations (
	version integer PRIMARY KEY,
	name text NOT NULL,
	applied timestamptz NOT NULL DEFAULT now()
)`

// Status returns every known migration with the time it was applied
// (zero when pending), and the versions applied in the database that this
// build does not know (a newer bitext migrated it).
func (s *Store) Status(ctx context.Context) ([]Migration, []int, error) {
	var exists bool
	if err := s.pool.QueryRow(ctx, `SELECT to_regclass('bitext_migrations') IS NOT NULL`).Scan(&exists); err != nil {
		return nil, nil, s.wrap("migrations", err)
	}
	applied := map[int]time.Time{}
	if exists {
		rows, err := s.pool.Query(ctx, `SELECT version, applied FROM bitext_migrations ORDER BY version`)
		if err != nil {
			return nil, nil, s.wrap("migrations", err)
		}
		for rows.Next() {
			var v int
			var t time.Time
			if err := rows.Scan(&v, &t); err != nil {
				rows.Close()
				return nil, nil, s.wrap("migrations", err)
			}
			applied[v] = t.UTC()
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, nil, s.wrap("migrations", err)
		}
	}
	ms := Migrations()
	for i := range ms {
		if t, ok := applied[ms[i].Version]; ok {
			ms[i].Applied = t
			delete(applied, ms[i].Version)
		}
	}
	var unknown []int
	for v := range applied {
		unknown = append(unknown, v)
	}
	sort.Ints(unknown)
	return ms, unknown, nil
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
// store together wait for each other instead of racing. It returns the
// migrations it applied.
func (s *Store) Migrate(ctx context.Context) ([]Migration, error) {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return nil, s.wrap("migrate", err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1, hashtext(current_schema()))`, int32(lockMigrate)); err != nil {
		return nil, s.wrap("migrate: lock", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1, hashtext(current_schema()))`, int32(lockMigrate))
	if _, err := conn.Exec(ctx, migrationsTable); err != nil {
		return nil, s.wrap("migrate", err)
	}
	ms, unknown, err := s.Status(ctx)
	if err != nil {
		return nil, err
	}
	if len(unknown) > 0 {
		return nil, &ErrNewerSchema{DSN: s.dsn, Versions: unknown}
	}
	var done []Migration
	for _, m := range ms {
		if !m.Applied.IsZero() {
			continue
		}
		tx, err := conn.Begin(ctx)
		if err != nil {
			return done, s.wrap("migrate", err)
		}
		if _, err := tx.Exec(ctx, m.SQL); err != nil {
			tx.Rollback(ctx)
			return done, s.wrap(fmt.Sprintf("migration %04d_%s", m.Version, m.Name), err)
		}
		if step := migrationSteps[m.Version]; step != nil {
			if err := step(ctx, tx); err != nil {
				tx.Rollback(ctx)
				return done, s.wrap(fmt.Sprintf("migration %04d_%s", m.Version, m.Name), err)
			}
		}
		if err := tx.QueryRow(ctx, `INSERT INTO bitext_migrations(version, name) VALUES($1, $2) RETURNING applied`, m.Version, m.Name).Scan(&m.Applied); err != nil {
			tx.Rollback(ctx)
			return done, s.wrap("migrate", err)
		}
		if err := tx.Commit(ctx); err != nil {
			return done, s.wrap("migrate", err)
		}
		m.Applied = m.Applied.UTC()
		done = append(done, m)
	}
	return done, nil
}
