package postgres_test

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"bitext/internal/tmgen"
	"bitext/tm"
	"bitext/tm/postgres"
	"bitext/tm/postgres/pgtest"
	"bitext/tm/sqlite"
)

// TestSameMatchesAsEmbedded imports one generated memory into both stores
// and looks up edited sentences in both directions with a tight budget
// (so that the choice of terms read and of candidates matters): every
// lookup returns the same matches (scores, kinds, texts, ids) from both.
func TestSameMatchesAsEmbedded(t *testing.T) {
	ctx := context.Background()
	g := tmgen.New(tmgen.Builtin(), 7)
	units := g.Units(3000)
	var tmx bytes.Buffer
	if err := tmgen.WriteTMX(&tmx, units); err != nil {
		t.Fatal(err)
	}
	pg := open(t)
	defer pg.Close()
	sq, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "agree.tm"))
	if err != nil {
		t.Fatal(err)
	}
	defer sq.Close()
	// One change time for all (ties of score are then broken by id, the
	// same in both), whatever second each import reaches.
	now := func() time.Time { return time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC) }
	pg.Now, sq.Now = now, now
	for _, s := range []tm.Store{pg, sq} {
		if _, err := tm.ImportTMX(ctx, s, bytes.NewReader(tmx.Bytes()), "agree.tmx"); err != nil {
			t.Fatal(err)
		}
	}
	for _, tune := range []struct{ budget, cands int }{{postgres.DefaultBudget, postgres.DefaultCandidates}, {300, 10}, {1, 3}} {
		pg.Budget, pg.Candidates = tune.budget, tune.cands
		sq.Budget, sq.Candidates = tune.budget, tune.cands
		differ := 0
		for _, q := range g.Queries(units, 150) {
			for _, dir := range []tm.Query{
				{Text: q.Text, Source: q.Source, Target: q.Target, Min: 30, Top: 5},
				{Text: q.Text, Source: q.Source, Target: q.Target, Min: 30, Top: 1},
			} {
				a, err := pg.Lookup(ctx, dir)
				if err != nil {
					t.Fatal(err)
				}
				b, err := sq.Lookup(ctx, dir)
				if err != nil {
					t.Fatal(err)
				}
				if sa, sb := summary(a), summary(b); sa != sb {
					differ++
					if differ <= 3 {
						t.Errorf("budget %d, %d candidates, %q (top %d):\npostgres %s\nsqlite   %s", tune.budget, tune.cands, dir.Text, dir.Top, sa, sb)
					}
				}
			}
		}
		if differ > 0 {
			t.Errorf("budget %d, %d candidates: %d lookups differ", tune.budget, tune.cands, differ)
		}
	}
}

func summary(ms []tm.Match) string {
	var b bytes.Buffer
	for _, m := range ms {
		fmt.Fprintf(&b, "[%d %s %d %q→%q] ", m.Unit.ID, m.Kind, m.Score, m.Source.Text, m.Target.Text)
	}
	return b.String()
}

// TestMigratePostings opens a memory written before migration 0004 (its
// postings and language table dropped, the migration unrecorded):
// migrating builds the inverted index of the stored units, so fuzzy
// lookup and concordance find them.
func TestMigratePostings(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.Schema(t)
	s, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	g := tmgen.New(tmgen.Builtin(), 3)
	units := g.Units(500)
	var tmx bytes.Buffer
	if err := tmgen.WriteTMX(&tmx, units); err != nil {
		t.Fatal(err)
	}
	if _, err := tm.ImportTMX(ctx, s, &tmx, "old.tmx"); err != nil {
		t.Fatal(err)
	}
	qs := g.Queries(units, 20)
	before := make([]string, len(qs))
	for i, q := range qs {
		ms, err := s.Lookup(ctx, tm.Query{Text: q.Text, Source: q.Source, Target: q.Target, Min: 50, Top: 3})
		if err != nil {
			t.Fatal(err)
		}
		before[i] = summary(ms)
	}
	if _, err := s.Pool().Exec(ctx, `DROP TABLE postings; DROP TABLE langs; DELETE FROM bitext_migrations WHERE version = 4`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	found := 0
	for i, q := range qs {
		ms, err := s.Lookup(ctx, tm.Query{Text: q.Text, Source: q.Source, Target: q.Target, Min: 50, Top: 3})
		if err != nil {
			t.Fatal(err)
		}
		if got := summary(ms); got != before[i] {
			t.Errorf("%q after migrating:\n%s\nwant %s", q.Text, got, before[i])
		}
		if len(ms) > 0 {
			found++
		}
	}
	if found == 0 {
		t.Error("no query found a match")
	}
	cs, err := s.Concordance(ctx, tm.ConcordanceQuery{Text: units[0].Ko})
	if err != nil || len(cs) == 0 {
		t.Errorf("concordance of a stored Korean sentence after migrating = %d units, %v", len(cs), err)
	}
}
