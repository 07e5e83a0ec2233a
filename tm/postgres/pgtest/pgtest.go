// Package pgtest gives tests a PostgreSQL schema of their own in the
// database named by BITEXT_TEST_POSTGRES (see .ci/postgres). Without it the
// tests skip, except under CI=true, where they fail: CI must test against a
// database.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
)

// Env is the variable holding the test database's DSN.
const Env = "BITEXT_TEST_POSTGRES"

// DSN returns the test database's DSN, skipping (or, under CI, failing)
// the test when there is none.
func DSN(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv(Env)
	if dsn == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not set: CI must run the PostgreSQL tests (eval \"$(.ci/postgres)\")", Env)
		}
		t.Skipf("%s not set; run eval \"$(.ci/postgres)\" to test against PostgreSQL", Env)
	}
	return dsn
}

// Schema creates a new schema, dropped when the test ends, and returns a
// DSN whose search_path is that schema (then public, where pg_trgm is).
func Schema(t testing.TB) string {
	t.Helper()
	dsn := DSN(t)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatalf("pgtest: connect: %v", redact(err.Error(), dsn))
	}
	defer conn.Close(ctx)
	b := make([]byte, 6)
	rand.Read(b)
	name := "t_" + strings.ToLower(strings.NewReplacer("/", "_", " ", "_").Replace(shortName(t.Name()))) + "_" + hex.EncodeToString(b)
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+pgx.Identifier{name}.Sanitize()); err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(context.Background(), dsn)
		if err != nil {
			return
		}
		defer c.Close(context.Background())
		c.Exec(context.Background(), `DROP SCHEMA `+pgx.Identifier{name}.Sanitize()+` CASCADE`)
	})
	return WithSearchPath(dsn, name)
}

// WithSearchPath returns dsn (a URL) with search_path set to schema, public.
func WithSearchPath(dsn, schema string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return dsn
	}
	q := u.Query()
	q.Set("search_path", schema+",public")
	u.RawQuery = q.Encode()
	return u.String()
}

func shortName(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
		if b.Len() >= 20 {
			break
		}
	}
	return b.String()
}

func redact(msg, dsn string) string {
	if u, err := url.Parse(dsn); err == nil {
		if p, ok := u.User.Password(); ok && p != "" {
			msg = strings.ReplaceAll(msg, p, "xxxxx")
		}
	}
	return msg
}
