package postgres_test

// The PostgreSQL lines of issue #13, each reproduced: keyword DSNs, planner
// statistics after a copy or bulk import, a search_path naming a schema
// that does not exist yet, a SQL_ASCII database.

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"bitext/tm"
	"bitext/tm/postgres"
	"bitext/tm/postgres/pgtest"
	"bitext/tm/tmtest"
)

// keywordDSN turns the test database's URL into a libpq keyword/value
// string with the password in it.
func keywordDSN(t *testing.T, dsn string) string {
	t.Helper()
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	pw, _ := u.User.Password()
	kv := []string{"host=" + u.Hostname(), "user=" + u.User.Username(), "password=" + pw, "dbname=" + strings.TrimPrefix(u.Path, "/")}
	if p := u.Port(); p != "" {
		kv = append(kv, "port="+p)
	}
	for k, v := range u.Query() {
		kv = append(kv, k+"='"+strings.ReplaceAll(v[0], "'", `\'`)+"'")
	}
	return strings.Join(kv, " ")
}

// TestKeywordDSN opens a keyword/value DSN through tm.Open: it reaches
// PostgreSQL and no file is created in the working folder.
func TestKeywordDSN(t *testing.T) {
	dsn := keywordDSN(t, pgtest.Schema(t))
	dir := t.TempDir()
	t.Chdir(dir)
	s, err := tm.Open(context.Background(), dsn)
	if err != nil {
		t.Fatalf("tm.Open(keyword DSN): %v", postgres.Redact(err.Error()))
	}
	defer s.Close()
	if _, ok := s.(*postgres.Store); !ok {
		t.Fatalf("tm.Open(keyword DSN) gave a %T, want *postgres.Store", s)
	}
	if _, err := s.Add(context.Background(), []tm.Unit{tmtest.Pair("Keyword strings reach the server.", "키워드 문자열은 서버에 닿는다.")}); err != nil {
		t.Fatal(err)
	}
	files, _ := os.ReadDir(dir)
	if len(files) != 0 {
		t.Errorf("tm.Open of a keyword DSN created %s", files[0].Name())
	}
	// A mistyped one that is no keyword string is still never a file
	// holding a password.
	_, err = tm.Open(context.Background(), "hots=db password=hunter2")
	if err == nil || strings.Contains(err.Error(), "hunter2") {
		t.Errorf("tm.Open of a mistyped DSN: %v", err)
	}
	files, _ = os.ReadDir(dir)
	for _, f := range files {
		if strings.Contains(f.Name(), "password=") {
			t.Errorf("created %s", filepath.Join(dir, f.Name()))
		}
	}
}

// analyzed reports whether the planner has statistics of each table
// lookups read.
func analyzed(t *testing.T, s *postgres.Store) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	rows, err := s.Pool().Query(context.Background(), `SELECT c.relname, EXISTS (SELECT 1 FROM pg_stats st WHERE st.schemaname = n.nspname AND st.tablename = c.relname)
		FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = current_schema() AND c.relname IN ('units', 'variants', 'postings')`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		var ok bool
		if err := rows.Scan(&name, &ok); err != nil {
			t.Fatal(err)
		}
		out[name] = ok
	}
	return out
}

func manyUnits(n int, tag string) []tm.Unit {
	units := make([]tm.Unit, n)
	for i := range units {
		units[i] = tmtest.Pair(fmt.Sprintf("%s sentence %d on the ferry to Jeju and its %d cabins.", tag, i, i%13), fmt.Sprintf("제주행 여객선과 객실 %d개에 관한 %s 문장 %d.", i%13, tag, i))
	}
	return units
}

// TestAnalyzeAfterImport: after a bulk import into an empty memory, and
// after a large import into a memory that has units, the planner has
// statistics of units, variants and postings (without them lookups
// scanned whole tables: 500 lookups took 65 s instead of 3.5 s).
func TestAnalyzeAfterImport(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name  string
		first int // units added before
	}{{"bulk into empty", 0}, {"batch into non-empty", 10}} {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			if tc.first > 0 {
				if _, err := s.Add(ctx, manyUnits(tc.first, "first")); err != nil {
					t.Fatal(err)
				}
			}
			if _, _, err := tm.Copy(ctx, s, sliceStore(manyUnits(postgres.ChunkSize+100, "copied"))); err != nil {
				t.Fatal(err)
			}
			for table, ok := range analyzed(t, s) {
				if !ok {
					t.Errorf("no planner statistics of %s after the import", table)
				}
			}
		})
	}
}

// sliceStore is the Iterate of a tm.Store over a slice (what tm.Copy reads).
type sliceStore []tm.Unit

func (s sliceStore) Iterate(_ context.Context, _ tm.ExportOptions, fn func(tm.Unit) error) error {
	for _, u := range s {
		if err := fn(u); err != nil {
			return err
		}
	}
	return nil
}

// TestSearchPathNewSchema: a search_path whose first schema does not exist
// yet shows every migration pending, and migrating creates the schema and
// the tables in it (not in public).
func TestSearchPathNewSchema(t *testing.T) {
	base := pgtest.DSN(t)
	ctx := context.Background()
	// public has a migrated memory, as on a database shared by desks.
	if s, err := postgres.Open(ctx, base); err != nil {
		t.Fatal(postgres.Redact(err.Error()))
	} else {
		s.Close()
	}
	name := fmt.Sprintf("t_newschema_%d", os.Getpid())
	admin, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatal(postgres.Redact(err.Error()))
	}
	defer admin.Close(ctx)
	admin.Exec(ctx, `DROP SCHEMA IF EXISTS `+name+` CASCADE`)
	defer admin.Exec(ctx, `DROP SCHEMA IF EXISTS `+name+` CASCADE`)
	dsn := pgtest.WithSearchPath(base, name)
	s, err := postgres.OpenWith(ctx, dsn, postgres.Options{NoMigrate: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ms, _, err := s.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if !m.Applied.IsZero() {
			t.Errorf("migration %04d shown applied in schema %s, which does not exist", m.Version, name)
		}
	}
	done, err := s.Migrate(ctx)
	if err != nil || len(done) != len(ms) {
		t.Fatalf("Migrate = %d, %v; want %d", len(done), err, len(ms))
	}
	var where string
	if err := admin.QueryRow(ctx, `SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE c.relname = 'units' AND n.nspname = $1`, name).Scan(&where); err != nil {
		t.Fatalf("no units table in schema %s after Migrate: %v", name, err)
	}
}

// TestSQLASCII opens a SQL_ASCII database: refused before any migration,
// with a message naming the server encoding.
func TestSQLASCII(t *testing.T) {
	base := pgtest.DSN(t)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatal(postgres.Redact(err.Error()))
	}
	defer conn.Close(ctx)
	name := fmt.Sprintf("bitext_test_ascii_%d", os.Getpid())
	if _, err := conn.Exec(ctx, `CREATE DATABASE `+name+` ENCODING 'SQL_ASCII' LOCALE 'C' TEMPLATE template0`); err != nil {
		t.Skipf("cannot create a database (role without CREATEDB?): %v", err)
	}
	defer conn.Exec(ctx, `DROP DATABASE `+name+` WITH (FORCE)`)
	u, _ := url.Parse(base)
	u.Path = "/" + name
	_, err = postgres.Open(ctx, u.String())
	var ee *postgres.EncodingError
	if !errors.As(err, &ee) || ee.Encoding != "SQL_ASCII" {
		t.Fatalf("Open of a SQL_ASCII database: %v, want an *EncodingError", err)
	}
	if !strings.Contains(err.Error(), "SQL_ASCII") || strings.Contains(err.Error(), "LC_CTYPE") {
		t.Errorf("message does not name the server encoding: %v", err)
	}
	c2, err := pgx.Connect(ctx, u.String())
	if err != nil {
		t.Fatal(postgres.Redact(err.Error()))
	}
	defer c2.Close(ctx)
	var migrated bool
	if err := c2.QueryRow(ctx, `SELECT to_regclass('bitext_migrations') IS NOT NULL OR to_regclass('units') IS NOT NULL`).Scan(&migrated); err != nil {
		t.Fatal(err)
	}
	if migrated {
		t.Error("the SQL_ASCII database was migrated before it was refused")
	}
}

func TestWithoutPassword(t *testing.T) {
	for in, want := range map[string]string{
		"postgres://desk:s3cret@db.example:5432/tm?sslmode=verify-full&sslrootcert=/etc/ca.pem": "postgres://desk@db.example:5432/tm?sslmode=verify-full&sslrootcert=/etc/ca.pem",
		"postgresql://db.example/tm?password=s3cret&sslmode=require":                            "postgresql://db.example/tm?sslmode=require",
		"host=db.example dbname=tm password=s3cret user=desk sslmode=verify-full":               "host=db.example dbname=tm user=desk sslmode=verify-full",
		"host=db.example password='s3 cr\\'et' dbname=tm":                                       "host=db.example dbname=tm",
		"postgres://kim:bad%zz@db/tm":                                                           "",
	} {
		if got := postgres.WithoutPassword(in); got != want {
			t.Errorf("WithoutPassword(%q) = %q, want %q", in, got, want)
		}
	}
}
