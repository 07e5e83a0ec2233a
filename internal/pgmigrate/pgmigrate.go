// Package pgmigrate applies versioned SQL migrations to a PostgreSQL
// schema: the one runner of the translation memory (bitext/tm/postgres) and
// the job queue (bitext/queue).
//
// Migrations are files NNNN_name.sql of an fs.FS (embedded in the binary).
// A Set records the applied ones in its table, in the schema the
// connection's search_path names first, and applies the pending ones each
// in its own transaction while holding a session advisory lock (class
// Set.Lock, the schema's hash), so that processes starting together wait
// for each other instead of racing. A search_path whose first schema does
// not exist yet ("x,public" for a new desk) is created by Migrate; Status
// shows every migration of it pending (not those of public).
//
//	set := pgmigrate.Set{Table: "bitext_migrations", Lock: 0x62746d31, Migrations: ms}
//	done, err := set.Migrate(ctx, conn)
package pgmigrate

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Migration is one versioned change of the schema.
type Migration struct {
	Version int
	Name    string // the file name without version and extension
	SQL     string
	// Applied is when it was applied; zero when pending.
	Applied time.Time
}

// Load reads the migrations NNNN_name.sql of dir in fsys, by version.
func Load(fsys fs.FS, dir string) ([]Migration, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("pgmigrate: %w", err)
	}
	var out []Migration
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".sql") {
			continue
		}
		name := strings.TrimSuffix(e.Name(), ".sql")
		num, rest, _ := strings.Cut(name, "_")
		v, err := strconv.Atoi(num)
		if err != nil {
			return nil, fmt.Errorf("pgmigrate: migration without a version: %s", e.Name())
		}
		b, err := fs.ReadFile(fsys, dir+"/"+e.Name())
		if err != nil {
			return nil, fmt.Errorf("pgmigrate: %w", err)
		}
		out = append(out, Migration{Version: v, Name: rest, SQL: string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	return out, nil
}

// DB is a connection or a pool.
type DB interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// Set is the migrations of one component.
type Set struct {
	Table      string // the table recording applied versions
	Lock       int32  // the advisory lock class
	Migrations []Migration
	// Steps are parts of migrations done in Go, after their SQL and in the
	// same transaction.
	Steps map[int]func(context.Context, pgx.Tx) error
}

// Target is the schema new tables go into: the first schema of the
// search_path ("$user" when a schema of that name exists), whether it
// exists or not; current_schema() when the search_path names none.
func Target(ctx context.Context, db DB) (name string, exists bool, err error) {
	var path, user string
	if err := db.QueryRow(ctx, `SELECT current_setting('search_path'), current_user`).Scan(&path, &user); err != nil {
		return "", false, err
	}
	for _, s := range splitPath(path) {
		if s == "$user" {
			s = user
			var ok bool
			if err := db.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)`, s).Scan(&ok); err != nil {
				return "", false, err
			}
			if !ok {
				continue
			}
			return s, true, nil
		}
		if strings.HasPrefix(s, "pg_") {
			continue
		}
		err := db.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)`, s).Scan(&exists)
		return s, exists, err
	}
	var cur *string
	if err := db.QueryRow(ctx, `SELECT current_schema()`).Scan(&cur); err != nil {
		return "", false, err
	}
	if cur == nil {
		return "", false, fmt.Errorf("pgmigrate: the search_path %q names no schema", path)
	}
	return *cur, true, nil
}

// splitPath splits a search_path setting into schema names: unquoted names
// folded to lower case, quoted ones as written.
func splitPath(path string) []string {
	var out []string
	for len(path) > 0 {
		path = strings.TrimLeft(path, " \t,")
		if path == "" {
			break
		}
		if path[0] == '"' {
			var b strings.Builder
			i := 1
			for i < len(path) {
				if path[i] == '"' {
					if i+1 < len(path) && path[i+1] == '"' {
						b.WriteByte('"')
						i += 2
						continue
					}
					i++
					break
				}
				b.WriteByte(path[i])
				i++
			}
			out = append(out, b.String())
			path = path[i:]
			continue
		}
		i := strings.IndexByte(path, ',')
		if i < 0 {
			i = len(path)
		}
		if s := strings.TrimSpace(path[:i]); s != "" {
			if s != "$user" {
				s = strings.ToLower(s)
			}
			out = append(out, s)
		}
		path = path[i:]
	}
	return out
}

// Status returns every migration of the set with the time it was applied
// in the target schema (zero when pending), and the versions applied there
// that the set does not know (a newer bitext migrated it).
func (s Set) Status(ctx context.Context, db DB) ([]Migration, []int, error) {
	schema, exists, err := Target(ctx, db)
	if err != nil {
		return nil, nil, err
	}
	applied := map[int]time.Time{}
	if exists {
		table := pgx.Identifier{schema, s.Table}.Sanitize()
		var has bool
		if err := db.QueryRow(ctx, `SELECT to_regclass($1) IS NOT NULL`, table).Scan(&has); err != nil {
			return nil, nil, err
		}
		if has {
			rows, err := db.Query(ctx, `SELECT version, applied FROM `+table+` ORDER BY version`)
			if err != nil {
				return nil, nil, err
			}
			for rows.Next() {
				var v int
				var t time.Time
				if err := rows.Scan(&v, &t); err != nil {
					rows.Close()
					return nil, nil, err
				}
				applied[v] = t.UTC()
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return nil, nil, err
			}
		}
	}
	ms := append([]Migration(nil), s.Migrations...)
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

// NewerError is returned by Migrate when the schema has migrations the
// set does not know.
type NewerError struct{ Versions []int }

func (e *NewerError) Error() string {
	return fmt.Sprintf("the schema has migrations %v that this bitext does not know; use a newer bitext", e.Versions)
}

// Migrate creates the target schema when it does not exist and applies
// the pending migrations, each in its own transaction, under the set's
// advisory lock. It returns the migrations it applied; on an error, those
// applied before it.
func (s Set) Migrate(ctx context.Context, conn *pgx.Conn) ([]Migration, error) {
	schema, exists, err := Target(ctx, conn)
	if err != nil {
		return nil, err
	}
	// The lock first: two processes creating the schema together would
	// race on its name.
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1, hashtext($2))`, s.Lock, schema); err != nil {
		return nil, fmt.Errorf("lock: %w", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1, hashtext($2))`, s.Lock, schema)
	if !exists {
		// Another set (the queue and the TM share a schema) may create
		// it at the same moment: its duplicate is no error.
		var pe *pgconn.PgError
		if _, err := conn.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS `+pgx.Identifier{schema}.Sanitize()); err != nil &&
			!(errors.As(err, &pe) && (pe.Code == "23505" || pe.Code == "42P06")) {
			return nil, fmt.Errorf("create schema %s: %w", schema, err)
		}
	}
	table := pgx.Identifier{schema, s.Table}.Sanitize()
	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS `+table+` (version integer PRIMARY KEY, name text NOT NULL DEFAULT '', applied timestamptz NOT NULL DEFAULT now());
		ALTER TABLE `+table+` ADD COLUMN IF NOT EXISTS name text NOT NULL DEFAULT ''`); err != nil {
		return nil, err
	}
	ms, unknown, err := s.Status(ctx, conn)
	if err != nil {
		return nil, err
	}
	if len(unknown) > 0 {
		return nil, &NewerError{Versions: unknown}
	}
	var done []Migration
	for _, m := range ms {
		if !m.Applied.IsZero() {
			continue
		}
		err := pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, m.SQL); err != nil {
				return err
			}
			if step := s.Steps[m.Version]; step != nil {
				if err := step(ctx, tx); err != nil {
					return err
				}
			}
			return tx.QueryRow(ctx, `INSERT INTO `+table+`(version, name) VALUES($1, $2) RETURNING applied`, m.Version, m.Name).Scan(&m.Applied)
		})
		if err != nil {
			return done, fmt.Errorf("migration %04d_%s: %w", m.Version, m.Name, err)
		}
		m.Applied = m.Applied.UTC()
		done = append(done, m)
	}
	return done, nil
}
