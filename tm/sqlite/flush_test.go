package sqlite_test

import (
	"bytes"
	"context"
	"database/sql"
	"path/filepath"
	"testing"
	"time"

	"bitext/internal/tmgen"
	"bitext/tm"
	"bitext/tm/sqlite"
)

// TestBulkLoadFlushes imports into an empty memory with postings flushed
// every 5,000 (several flushes, the last of few units): the bulk load
// writes new segments each time instead of appending to the last segment
// of each term (whose look-up, without the term index a bulk load builds
// at Commit, scanned the whole table and took minutes at 200,000 units),
// and its lookups and concordance are those of a memory flushed once.
func TestBulkLoadFlushes(t *testing.T) {
	ctx := context.Background()
	g := tmgen.New(tmgen.Builtin(), 4)
	pairs := g.Units(2500)
	var tmx bytes.Buffer
	if err := tmgen.WriteTMX(&tmx, pairs); err != nil {
		t.Fatal(err)
	}
	now := func() time.Time { return time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC) }
	open := func(name string, flush int) (*sqlite.Store, string) {
		path := filepath.Join(t.TempDir(), name)
		s, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		s.Now = now
		if flush > 0 {
			sqlite.SetFlushEvery(s, flush)
		}
		if _, err := tm.ImportTMX(ctx, s, bytes.NewReader(tmx.Bytes()), "flush.tmx"); err != nil {
			t.Fatal(err)
		}
		return s, path
	}
	small, smallPath := open("small.tm", 5000)
	once, oncePath := open("once.tm", 0)
	segs := func(path string) (segments, terms int) {
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if err := db.QueryRow(`SELECT count(*), count(DISTINCT term) FROM postings`).Scan(&segments, &terms); err != nil {
			t.Fatal(err)
		}
		return segments, terms
	}
	s1, t1 := segs(smallPath)
	s2, t2 := segs(oncePath)
	if t1 != t2 || s2 != t2 || s1 <= t1 {
		t.Errorf("segments/terms: flushed every 5,000 %d/%d, once %d/%d; want one segment a term once, more with flushes", s1, t1, s2, t2)
	}
	for _, q := range g.Queries(pairs, 80) {
		tq := tm.Query{Text: q.Text, Source: q.Source, Target: q.Target, Min: 40, Top: 5}
		a, err := small.Lookup(ctx, tq)
		if err != nil {
			t.Fatal(err)
		}
		b, err := once.Lookup(ctx, tq)
		if err != nil {
			t.Fatal(err)
		}
		if len(a) != len(b) {
			t.Fatalf("%q: %d matches, %d in the memory flushed once", q.Text, len(a), len(b))
		}
		for i := range a {
			if a[i].Unit.ID != b[i].Unit.ID || a[i].Score != b[i].Score {
				t.Errorf("%q: match %d: unit %d %d, flushed once %d %d", q.Text, i, a[i].Unit.ID, a[i].Score, b[i].Unit.ID, b[i].Score)
			}
		}
	}
}
