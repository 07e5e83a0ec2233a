package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/tm"
	"bitext/tm/sqlite"
	"bitext/tm/tmtest"
)

// TestRowsKeptAcrossHandles: a store keeps the unit rows its lookups read
// between reads, and a merge written by another handle on the same file
// (another process) between two of its lookups is seen by the second:
// the ranking (a translator's unit above an aligned one) and the unit
// returned. It runs on a new memory and on one upgraded from schema 2
// (written before the count of unit changes).
func TestRowsKeptAcrossHandles(t *testing.T) {
	for _, upgraded := range []bool{false, true} {
		ctx := context.Background()
		path := filepath.Join(t.TempDir(), "t.tm")
		t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
		first := tmtest.Pair("The council approved the budget on Friday.", "의회는 금요일 예산안을 승인했다.")
		first.Origin = tm.Origin{Kind: tm.OriginAlignment, File: "a.txt", Confidence: 0.8, Review: tm.Unreviewed}
		first.Created = t0
		second := tmtest.Pair("The council approved the budget on Friday.", "의회는 금요일에 예산안을 승인했다.")
		second.Origin, second.Created = first.Origin, t0
		w, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Add(ctx, []tm.Unit{first, second}); err != nil {
			t.Fatal(err)
		}
		w.Close()
		if upgraded {
			db, err := sql.Open("sqlite", path)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := db.Exec(`DROP TRIGGER units_updated; DROP TRIGGER units_deleted; DROP TABLE unit_changes;
				UPDATE meta SET value = '2' WHERE key = 'schema'`); err != nil {
				t.Fatal(err)
			}
			db.Close()
		}
		r, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		if v, err := r.SchemaVersion(ctx); err != nil || v != 3 {
			t.Fatalf("upgraded %v: schema %d, %v; want 3", upgraded, v, err)
		}
		q := tm.Query{Text: "The council approved the budget on Friday night.", Source: language.English, Target: language.Korean, Top: 1, Min: 50}
		for range 2 {
			ms, err := r.Lookup(ctx, q)
			if err != nil || len(ms) != 1 || ms[0].Target.Text != first.Variants[1].Text {
				t.Fatalf("upgraded %v: before the merge: %+v, %v", upgraded, ms, err)
			}
		}
		kept, count := sqlite.KeptRows(r)
		if kept != 2 {
			t.Fatalf("upgraded %v: %d rows kept after two lookups, want 2", upgraded, kept)
		}
		w, err = sqlite.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		c := second
		c.Origin = tm.Origin{Kind: tm.OriginTranslator, File: "a.xlf", Translator: "lee", Review: tm.Reviewed}
		c.Created, c.Changed = t0.Add(time.Hour), t0.Add(time.Hour)
		if res, err := w.Add(ctx, []tm.Unit{c}); err != nil || res.Updated != 1 {
			t.Fatalf("upgraded %v: confirmed by another handle: %+v, %v", upgraded, res, err)
		}
		w.Close()
		ms, err := r.Lookup(ctx, q)
		if err != nil || len(ms) != 1 || ms[0].Target.Text != second.Variants[1].Text || ms[0].Unit.Origin != c.Origin {
			t.Errorf("upgraded %v: after another handle's merge: %+v, %v; want the confirmed unit", upgraded, ms, err)
		}
		if _, after := sqlite.KeptRows(r); after <= count {
			t.Errorf("upgraded %v: count of unit changes %d after a merge, was %d", upgraded, after, count)
		}
		r.Close()
	}
}

// TestProbesAfterAdd: what a store keeps of its lookups' first reads (the
// units of an exact text, the postings of a term) is not used after units
// are added, by it or by another handle on the same file: the second
// lookup finds the new exact unit and the new fuzzy one.
func TestProbesAfterAdd(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "t.tm")
	r, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if _, err := r.Add(ctx, []tm.Unit{tmtest.Pair("Parliament passed the bill on Monday.", "국회는 월요일 법안을 통과시켰다.")}); err != nil {
		t.Fatal(err)
	}
	rounds := []struct{ by, exact, fuzzy string }{
		{"the same handle", "The governor vetoed the zoning ordinance.", "The mayor vetoed the zoning ordinance on Tuesday."},
		{"another handle", "Fishermen protested against the harbour fees.", "Farmers protested against the harbour fees yesterday."},
	}
	for _, rd := range rounds {
		by := rd.by
		exact := tm.Query{Text: rd.exact, Source: language.English, Target: language.Korean, Top: 5, Min: 50}
		fuzzy := tm.Query{Text: rd.fuzzy, Source: language.English, Target: language.Korean, Top: 5, Min: 50}
		for _, q := range []tm.Query{exact, fuzzy, exact, fuzzy} {
			if ms, err := r.Lookup(ctx, q); err != nil || len(ms) != 0 {
				t.Fatalf("%s, before adding: %+v, %v", by, ms, err)
			}
		}
		w := r
		if by == "another handle" {
			if w, err = sqlite.Open(ctx, path); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := w.Add(ctx, []tm.Unit{tmtest.Pair(exact.Text, "새 단위입니다. ("+by+")")}); err != nil {
			t.Fatal(err)
		}
		if w != r {
			w.Close()
		}
		ms, err := r.Lookup(ctx, exact)
		if err != nil || len(ms) != 1 || ms[0].Kind != tm.Exact {
			t.Errorf("%s: exact lookup after adding: %+v, %v; want the new unit", by, ms, err)
		}
		ms, err = r.Lookup(ctx, fuzzy)
		if err != nil || len(ms) != 1 || ms[0].Kind != tm.Fuzzy {
			t.Errorf("%s: fuzzy lookup after adding: %+v, %v; want the new unit", by, ms, err)
		}
	}
}

// TestDocFreqsPartlyKept: a read whose terms the store keeps only in part
// gets the same document frequencies as a store that keeps none (a
// partial hit must not count the kept ones twice).
func TestDocFreqsPartlyKept(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "t.tm")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Add(ctx, []tm.Unit{
		tmtest.Pair("The council approved the budget on Friday.", "의회는 금요일 예산안을 승인했다."),
		tmtest.Pair("The council rejected the budget on Monday.", "의회는 월요일 예산안을 부결했다."),
		tmtest.Pair("Farmers protested on Monday.", "농민들이 월요일 시위했다."),
	}); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	var terms []uint64
	rows, err := db.Query(`SELECT DISTINCT term FROM postings ORDER BY term LIMIT 4`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var x int64
		if err := rows.Scan(&x); err != nil {
			t.Fatal(err)
		}
		terms = append(terms, uint64(x))
	}
	rows.Close()
	db.Close()
	if len(terms) < 4 {
		t.Fatalf("%d terms stored", len(terms))
	}
	dfs := func(s *sqlite.Store, terms []uint64) (sums []int, maxID int64) {
		err := s.ReadIndex(ctx, func(ix tm.Index) error {
			var err error
			sums, maxID, err = ix.DocFreqs(ctx, terms)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return sums, maxID
	}
	fresh, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	want, wantMax := dfs(fresh, terms)
	dfs(s, terms[:2]) // kept
	for round := range 2 {
		got, gotMax := dfs(s, terms)
		if fmt.Sprint(got) != fmt.Sprint(want) || gotMax != wantMax {
			t.Errorf("round %d: %v (highest id %d) with two of four terms kept, want %v (%d)", round, got, gotMax, want, wantMax)
		}
	}
}
