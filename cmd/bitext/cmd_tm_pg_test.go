package main

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"golang.org/x/text/language"

	"bitext/tm"
	"bitext/tm/postgres/pgtest"
	"bitext/tm/sqlite"
)

func runBitext(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	getenv := func(k string) string {
		if v, ok := env[k]; ok {
			return v
		}
		return os.Getenv(k)
	}
	code := run(append([]string{"bitext"}, args...), strings.NewReader(""), &out, &errOut, getenv)
	return code, out.String(), errOut.String()
}

func richUnits() []tm.Unit {
	en, ko := language.English, language.Korean
	t0 := time.Date(2025, 11, 3, 8, 30, 0, 0, time.UTC)
	var us []tm.Unit
	for i := 0; i < 120; i++ {
		u := tm.Unit{TUID: fmt.Sprintf("tu-%d", i), SourceLang: ko,
			Variants: []tm.Variant{
				{Lang: ko, Text: fmt.Sprintf("서울시는 %d일 대중교통 요금을 동결한다고 밝혔다.", i)},
				{Lang: language.MustParse("en-US"), Text: fmt.Sprintf("Seoul said on day %d it would freeze public transit fares.", i)},
			},
			Created: t0.Add(time.Duration(i) * time.Hour), Changed: t0.Add(time.Duration(i)*time.Hour + time.Minute),
			Creator: "kim", Changer: "lee",
		}
		if i%3 == 0 {
			u.Variants[1].Markup = fmt.Sprintf(`Seoul said on day <ph x="1">&lt;b/&gt;</ph>%d it would freeze public transit fares.`, i)
			u.Variants[0].Props = []tm.Prop{{Type: "x-desk", Value: "city"}}
			u.Variants[1].Notes = []tm.Note{{Lang: "en", Value: "checked"}}
		}
		if i%4 == 0 {
			u.Context = tm.Context{DocID: fmt.Sprintf("AKR2025110%d", i%7), Prev: tm.SegmentHash("p"), Next: tm.SegmentHash("n")}
			u.Origin = tm.Origin{File: "city.tmx", Alignment: "bitext-align", Confidence: 0.875, Translator: "park"}
			u.Notes = []tm.Note{{Value: "from the city desk"}}
			u.Props = []tm.Prop{{Type: "x-domain", Value: "transport"}, {Type: "x-domain", Lang: "ko", Value: "교통"}}
		}
		if i%10 == 0 {
			u.Variants = append(u.Variants, tm.Variant{Lang: language.Japanese, Text: fmt.Sprintf("ソウル市は%d日、運賃を据え置くと発表した。", i)})
		}
		if i%15 == 1 { // an alternative translation of the previous source
			u.Variants[0].Text = us[i-1].Variants[0].Text
		}
		_ = en
		us = append(us, u)
	}
	return us
}

func allUnits(t *testing.T, s tm.Store) []string {
	t.Helper()
	var out []string
	err := s.Iterate(context.Background(), tm.ExportOptions{}, func(u tm.Unit) error {
		u.ID = 0
		out = append(out, fmt.Sprintf("%+v", u))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestTMCopyBothWays copies SQLite -> PostgreSQL -> SQLite: every field
// of every unit survives, in order.
func TestTMCopyBothWays(t *testing.T) {
	dsn := pgtest.Schema(t)
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.tm"), filepath.Join(dir, "b.tm")
	sa, err := sqlite.Open(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sa.Add(context.Background(), richUnits()); err != nil {
		t.Fatal(err)
	}
	want := allUnits(t, sa)
	sa.Close()

	for _, step := range [][2]string{{a, dsn}, {dsn, b}} {
		code, out, errOut := runBitext(t, nil, "tm", "copy", "--from", step[0], "--to", step[1])
		if code != 0 {
			t.Fatalf("copy exit %d: %s", code, errOut)
		}
		if !strings.Contains(out, fmt.Sprintf("copied %d units", len(want))) {
			t.Errorf("summary %q", out)
		}
		if strings.Contains(out+errOut, "bitext-ci") {
			t.Errorf("output shows the password: %s", out)
		}
	}
	for _, name := range []string{dsn, b} {
		s, err := tm.Open(context.Background(), name)
		if err != nil {
			t.Fatal(err)
		}
		got := allUnits(t, s)
		s.Close()
		if len(got) != len(want) {
			t.Fatalf("%d units after copy, want %d", len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("unit %d differs after copy:\n got %s\nwant %s", i, got[i], want[i])
			}
		}
	}
}

func TestTMMigrateCommand(t *testing.T) {
	dsn := pgtest.Schema(t)
	code, out, errOut := runBitext(t, nil, "tm", "migrate", "--dry-run", "--tm", dsn)
	if code != 0 || !strings.Contains(out, "0001 units: pending") || !strings.Contains(out, "5 migrations pending") {
		t.Fatalf("dry run: exit %d\n%s%s", code, out, errOut)
	}
	if strings.Contains(out, "bitext-ci") || !strings.Contains(out, "xxxxx") {
		t.Errorf("the password is not hidden: %s", out)
	}
	t.Setenv("BITEXT_TM", dsn) // tmPath reads the process environment
	code, out, errOut = runBitext(t, nil, "tm", "migrate")
	if code != 0 || !strings.Contains(out, "applied 0005 provenance") || !strings.Contains(out, "5 migrations applied") {
		t.Fatalf("migrate: exit %d\n%s%s", code, out, errOut)
	}
	code, out, _ = runBitext(t, nil, "tm", "migrate", "--tm", dsn)
	if code != 0 || !strings.Contains(out, "0 migrations pending") {
		t.Fatalf("second migrate: exit %d\n%s", code, out)
	}
	code, _, errOut = runBitext(t, nil, "tm", "migrate", "--tm", filepath.Join(t.TempDir(), "x.tm"))
	if code != 2 || !strings.Contains(errOut, "not a PostgreSQL") {
		t.Fatalf("migrate of a file: exit %d %s", code, errOut)
	}
}

// TestTMMigrateNewSchemaKeywordDSN: `tm migrate` of a keyword/value DSN
// whose search_path names a schema that does not exist yet shows every
// migration pending and applies them into that schema, which it creates.
func TestTMMigrateNewSchemaKeywordDSN(t *testing.T) {
	base := pgtest.DSN(t)
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	pw, _ := u.User.Password()
	schema := fmt.Sprintf("t_migrate_kw_%d", os.Getpid())
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	admin.Exec(ctx, `DROP SCHEMA IF EXISTS `+schema+` CASCADE`)
	defer admin.Exec(ctx, `DROP SCHEMA IF EXISTS `+schema+` CASCADE`)
	dsn := fmt.Sprintf("host=%s port=%s dbname=%s user=%s password=%s sslmode=disable search_path='%s,public'",
		u.Hostname(), u.Port(), strings.TrimPrefix(u.Path, "/"), u.User.Username(), pw, schema)
	dir := t.TempDir()
	t.Chdir(dir)
	code, out, errOut := runBitext(t, nil, "tm", "migrate", "--dry-run", "--tm", dsn)
	if code != 0 || !strings.Contains(out, "5 migrations pending") || strings.Contains(out+errOut, pw) {
		t.Fatalf("dry run: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = runBitext(t, nil, "tm", "migrate", "--tm", dsn)
	if code != 0 || !strings.Contains(out, "5 migrations applied") {
		t.Fatalf("migrate: exit %d\n%s%s", code, out, errOut)
	}
	var n int
	if err := admin.QueryRow(ctx, `SELECT count(*) FROM pg_tables WHERE schemaname = $1 AND tablename IN ('units', 'variants', 'postings')`, schema).Scan(&n); err != nil || n != 3 {
		t.Errorf("%d tables in schema %s after migrate (%v)", n, schema, err)
	}
	if files, _ := os.ReadDir(dir); len(files) != 0 {
		t.Errorf("migrate of a keyword DSN created %s", files[0].Name())
	}
}

// TestTMMigrateSQLASCII: `tm migrate` (even --dry-run) refuses a SQL_ASCII
// database with exit 3, naming its server encoding, and creates nothing.
func TestTMMigrateSQLASCII(t *testing.T) {
	base := pgtest.DSN(t)
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	name := fmt.Sprintf("bitext_test_cmd_ascii_%d", os.Getpid())
	if _, err := admin.Exec(ctx, `CREATE DATABASE `+name+` ENCODING 'SQL_ASCII' LOCALE 'C' TEMPLATE template0`); err != nil {
		t.Skipf("cannot create a database: %v", err)
	}
	defer admin.Exec(ctx, `DROP DATABASE `+name+` WITH (FORCE)`)
	u, _ := url.Parse(base)
	u.Path = "/" + name
	for _, args := range [][]string{{"tm", "migrate", "--dry-run", "--tm", u.String()}, {"tm", "migrate", "--tm", u.String()}} {
		code, out, errOut := runBitext(t, nil, args...)
		if code != 3 || !strings.Contains(errOut, "SQL_ASCII") || strings.Contains(errOut, "LC_CTYPE") {
			t.Errorf("%v: exit %d\n%s%s", args, code, out, errOut)
		}
	}
	c, err := pgx.Connect(ctx, u.String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	var made bool
	if err := c.QueryRow(ctx, `SELECT to_regclass('bitext_migrations') IS NOT NULL`).Scan(&made); err != nil || made {
		t.Errorf("tm migrate wrote to the SQL_ASCII database (%v)", err)
	}
}
