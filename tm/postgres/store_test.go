package postgres_test

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"bitext/tm"
	"bitext/tm/postgres"
	"bitext/tm/postgres/pgtest"
	"bitext/tm/tmtest"
)

func TestRedact(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"postgres://kim:s3cr%40t@db.example:5432/tm?sslmode=verify-full", "postgres://kim:xxxxx@db.example:5432/tm?sslmode=verify-full"},
		{"postgres://kim@db.example/tm", "postgres://kim@db.example/tm"},
		{"postgres://db.example/tm?user=kim&password=hunter2", "postgres://db.example/tm?password=xxxxx&user=kim"},
		{"host=db.example user=kim password=hunter2 dbname=tm", "host=db.example user=kim password=xxxxx dbname=tm"},
		{"host=db.example password='a b c' dbname=tm", "host=db.example password=xxxxx dbname=tm"},
		{"postgres://kim:bad%zzpass@db.example/tm", "postgres://kim:xxxxx@db.example/tm"},
	} {
		if got := postgres.Redact(tc.in); got != tc.want {
			t.Errorf("Redact(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestPasswordNeverShown opens stores with wrong passwords, DSNs that do
// not parse and unreachable hosts: no error text holds the password.
func TestPasswordNeverShown(t *testing.T) {
	const secret = "Sup3rSecretPw"
	dsns := []string{
		"postgres://kim:" + secret + "@127.0.0.1:1/tm?connect_timeout=2",
		"postgres://kim:" + secret + "@127.0.0.1:1/tm?sslmode=bogus",
		"postgres://kim:" + secret + "@[::1/tm",
		"host=127.0.0.1 port=1 user=kim password=" + secret + " dbname=tm connect_timeout=2",
		"host=127.0.0.1 port=notaport password=" + secret,
	}
	if base := os.Getenv(pgtest.Env); base != "" {
		// A real server refusing the password.
		u, _ := url.Parse(base)
		u.User = url.UserPassword(u.User.Username(), secret)
		dsns = append(dsns, u.String())
	}
	for _, dsn := range dsns {
		_, err := postgres.Open(context.Background(), dsn)
		if err == nil {
			t.Errorf("Open(%s) succeeded", postgres.Redact(dsn))
			continue
		}
		if strings.Contains(err.Error(), secret) || strings.Contains(fmt.Sprintf("%+v %#v", err, err), secret) {
			t.Errorf("error shows the password: %v", err)
		}
		_, err = tm.Open(context.Background(), dsn)
		if err != nil && strings.Contains(err.Error(), secret) {
			t.Errorf("tm.Open error shows the password: %v", err)
		}
	}
}

// TestConcurrentWriters adds overlapping units from several stores (own
// connection pools, as separate processes have) at once: every unit is
// stored exactly once and the outcomes add up.
func TestConcurrentWriters(t *testing.T) {
	dsn := pgtest.Schema(t)
	const writers, units = 4, 400
	var wg sync.WaitGroup
	results := make([]tm.AddResult, writers)
	errs := make([]error, writers)
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			s, err := postgres.Open(context.Background(), dsn)
			if err != nil {
				errs[w] = err
				return
			}
			defer s.Close()
			// Each writer adds all units, in batches, in its own order.
			for start := 0; start < units; start += 50 {
				var us []tm.Unit
				for i := start; i < start+50; i++ {
					k := (i + w*97) % units
					us = append(us, tmtest.Pair(fmt.Sprintf("Sentence number %d of the shared memory.", k), fmt.Sprintf("공유 메모리의 %d번 문장.", k)))
				}
				res, err := s.Add(context.Background(), us)
				if err != nil {
					errs[w] = err
					return
				}
				results[w].Added += res.Added
				results[w].Updated += res.Updated
				results[w].Alternatives += res.Alternatives
			}
		}(w)
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	var total tm.AddResult
	for _, r := range results {
		total.Added += r.Added
		total.Updated += r.Updated
		total.Alternatives += r.Alternatives
	}
	if total.Added != units || total.Updated != units*(writers-1) || total.Alternatives != 0 {
		t.Errorf("outcomes %+v, want %d added and %d updated", total, units, units*(writers-1))
	}
	s, err := postgres.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Units != units {
		t.Errorf("%d units stored, want %d", st.Units, units)
	}
}

// TestConcurrentOpen migrates one schema from several stores at once.
func TestConcurrentOpen(t *testing.T) {
	dsn := pgtest.Schema(t)
	var wg sync.WaitGroup
	errs := make(chan error, 6)
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := postgres.Open(context.Background(), dsn)
			if err == nil {
				s.Close()
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	s, err := postgres.OpenWith(context.Background(), dsn, postgres.Options{NoMigrate: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ms, unknown, err := s.Status(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(unknown) != 0 || len(ms) != len(postgres.Migrations()) {
		t.Fatalf("status %v, unknown %v", ms, unknown)
	}
	for _, m := range ms {
		if m.Applied.IsZero() {
			t.Errorf("migration %d not applied", m.Version)
		}
	}
}

func TestMigrateShowsPending(t *testing.T) {
	dsn := pgtest.Schema(t)
	s, err := postgres.OpenWith(context.Background(), dsn, postgres.Options{NoMigrate: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ms, _, err := s.Status(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if !m.Applied.IsZero() {
			t.Errorf("migration %d applied before Migrate", m.Version)
		}
	}
	done, err := s.Migrate(context.Background())
	if err != nil || len(done) != len(ms) {
		t.Fatalf("Migrate = %d, %v; want %d", len(done), err, len(ms))
	}
	done, err = s.Migrate(context.Background())
	if err != nil || len(done) != 0 {
		t.Fatalf("second Migrate = %d, %v", len(done), err)
	}
}

// TestLocaleC opens a database whose LC_CTYPE is C: refused with
// ErrLocale, which says how to create the database.
func TestLocaleC(t *testing.T) {
	base := pgtest.DSN(t)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatal(postgres.Redact(err.Error()))
	}
	defer conn.Close(ctx)
	name := fmt.Sprintf("bitext_test_c_%d", os.Getpid())
	if _, err := conn.Exec(ctx, `CREATE DATABASE `+name+` ENCODING 'UTF8' LOCALE 'C' TEMPLATE template0`); err != nil {
		t.Skipf("cannot create a database (role without CREATEDB?): %v", err)
	}
	defer conn.Exec(ctx, `DROP DATABASE `+name+` WITH (FORCE)`)
	u, _ := url.Parse(base)
	u.Path = "/" + name
	_, err = postgres.Open(ctx, u.String())
	if !errors.Is(err, postgres.ErrLocale) {
		t.Fatalf("Open of a C database: %v, want ErrLocale", err)
	}
	if !strings.Contains(err.Error(), "createdb -E UTF8 --locale=C.UTF-8 -T template0") {
		t.Errorf("message does not say how to create the database: %v", err)
	}
	var le *postgres.LocaleError
	if !errors.As(err, &le) || le.CType != "C" {
		t.Errorf("error %#v", err)
	}
	// Refused before anything was written.
	c2, err := pgx.Connect(ctx, u.String())
	if err != nil {
		t.Fatal(postgres.Redact(err.Error()))
	}
	defer c2.Close(ctx)
	var migrated bool
	if err := c2.QueryRow(ctx, `SELECT to_regclass('bitext_migrations') IS NOT NULL`).Scan(&migrated); err != nil || migrated {
		t.Errorf("the C database was migrated before it was refused (%v)", err)
	}
}

// TestBulkImport adds more than a chunk to an empty memory (the
// secondary indexes are dropped and rebuilt in the transaction): a
// rollback keeps the indexes, a commit rebuilds them, and lookups find the
// units.
func TestBulkImport(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	defer s.Close()
	units := make([]tm.Unit, postgres.ChunkSize+500)
	for i := range units {
		units[i] = tmtest.Pair(fmt.Sprintf("Bulk sentence %d about the port of Busan and its %d cranes.", i, i%17), fmt.Sprintf("부산항과 크레인 %d대에 관한 대량 문장 %d.", i%17, i))
	}
	hasIndex := func() bool {
		var ok bool
		if err := s.Pool().QueryRow(ctx, `SELECT to_regclass('postings_term') IS NOT NULL AND to_regclass('units_ident') IS NOT NULL
			AND to_regclass('variants_hash') IS NOT NULL AND to_regclass('variants_pkey') IS NOT NULL`).Scan(&ok); err != nil {
			t.Fatal(err)
		}
		return ok
	}
	b, err := s.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range units {
		if _, err := b.Add(u); err != nil {
			t.Fatal(err)
		}
	}
	b.Rollback()
	if !hasIndex() {
		t.Fatal("rollback of a bulk batch lost an index")
	}
	res, err := s.Add(ctx, units)
	if err != nil || res.Added != len(units) {
		t.Fatalf("Add = %+v, %v", res, err)
	}
	if !hasIndex() {
		t.Fatal("an index is missing after a bulk import")
	}
	ms, err := s.Lookup(ctx, tm.Query{Text: "Bulk sentence 4321 about the port of Incheon and its 3 cranes.", Source: tmtest.Pair("", "").SourceLang, Target: tmtest.Pair("", "").Variants[1].Lang})
	if err != nil || len(ms) == 0 || ms[0].Score < 80 {
		t.Fatalf("lookup after bulk import = %+v, %v", ms, err)
	}
}

// TestBulkDuplicates runs the duplicate rules through a bulk load (found
// in memory there): a later copy of a unit of an earlier chunk updates its
// change time, the same source with another target is an alternative.
func TestBulkDuplicates(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	defer s.Close()
	base := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	var units []tm.Unit
	for i := range postgres.ChunkSize + 10 {
		u := tmtest.Pair(fmt.Sprintf("Bulk duplicate sentence %d on the Han River bridges.", i), fmt.Sprintf("한강 다리에 관한 대량 중복 문장 %d.", i))
		u.Created, u.Changed = base, base
		units = append(units, u)
	}
	again := units[3]
	again.Changed = base.Add(48 * time.Hour)
	alt := tmtest.Pair(units[3].Variants[0].Text, "한강 다리 문장의 다른 번역.")
	alt.Created, alt.Changed = base, base
	same := units[postgres.ChunkSize+5] // a duplicate inside the last chunk
	units = append(units, again, alt, same)
	res, err := s.Add(ctx, units)
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != postgres.ChunkSize+10 || res.Updated != 2 || res.Alternatives != 1 {
		t.Fatalf("Add = %+v; want %d added, 2 updated, 1 alternative", res, postgres.ChunkSize+10)
	}
	src, tgt := units[0].SourceLang, units[0].Variants[1].Lang
	ms, err := s.Lookup(ctx, tm.Query{Text: units[3].Variants[0].Text, Source: src, Target: tgt, Top: 5})
	if err != nil || len(ms) < 2 || ms[0].Kind != tm.Exact || ms[1].Kind != tm.Exact || len(ms) > 2 && ms[2].Kind == tm.Exact {
		t.Fatalf("lookup = %+v, %v; want two exact matches: the unit and its alternative", ms, err)
	}
	if !ms[0].Unit.Changed.Equal(again.Changed) || ms[0].Target.Text != units[3].Variants[1].Text {
		t.Errorf("first match changed %v target %q; want the updated unit (%v)", ms[0].Unit.Changed, ms[0].Target.Text, again.Changed)
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Units != postgres.ChunkSize+11 {
		t.Errorf("stats = %d units, %v; want %d", st.Units, err, postgres.ChunkSize+11)
	}
}
