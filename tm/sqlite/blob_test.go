package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"golang.org/x/text/language"

	"bitext/tm"
	"bitext/tm/sqlite"
	"bitext/tm/tmtest"
)

// postingTypes counts the posting rows by the SQLite type of their data.
func postingTypes(t *testing.T, path string) map[string]int {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT typeof(data), count(*) FROM postings GROUP BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	got := map[string]int{}
	for rows.Next() {
		var typ string
		var n int
		if err := rows.Scan(&typ, &n); err != nil {
			t.Fatal(err)
		}
		got[typ] = n
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return got
}

// TestPostingsAreBlobs: small imports into a memory that has units append
// to the last posting segment of each term (data || new ids, which SQLite
// makes TEXT); every posting row is still a BLOB. A memory written before
// that was fixed, with TEXT rows, reads the same: lookups and concordance
// find what they found with BLOB rows, and a later append turns the rows
// it touches into BLOBs.
func TestPostingsAreBlobs(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "blob.tm")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	add := func(i int) {
		t.Helper()
		if _, err := s.Add(ctx, []tm.Unit{tmtest.Pair(
			fmt.Sprintf("The central bank raised its key rate on day %d.", i),
			fmt.Sprintf("중앙은행은 %d일 기준금리를 올렸다.", i))}); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 5 { // the first into the empty memory, four appends
		add(i + 1)
	}
	if got := postingTypes(t, path); got["text"] != 0 || got["blob"] == 0 {
		t.Fatalf("posting rows by type %v, want only blobs", got)
	}
	q := tm.Query{Text: "The central bank cut its key rate on day 9.", Source: language.English, Target: language.Korean, Min: 40, Top: 10}
	cq := tm.ConcordanceQuery{Text: "central bank", Lang: language.English}
	wantMatches, err := s.Lookup(ctx, q)
	if err != nil || len(wantMatches) != 5 {
		t.Fatalf("lookup: %d matches, %v; want 5", len(wantMatches), err)
	}
	wantConc, err := s.Concordance(ctx, cq)
	if err != nil || len(wantConc) != 5 {
		t.Fatalf("concordance: %d units, %v; want 5", len(wantConc), err)
	}

	// An old memory: the same rows as TEXT.
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE postings SET data = CAST(data AS TEXT)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if got := postingTypes(t, path); got["blob"] != 0 || got["text"] == 0 {
		t.Fatalf("posting rows by type %v, want only text (an old memory)", got)
	}
	if ms, err := s.Lookup(ctx, q); err != nil || !reflect.DeepEqual(ms, wantMatches) {
		t.Errorf("lookup over TEXT postings: %v, %v; want %v", ms, err, wantMatches)
	}
	if us, err := s.Concordance(ctx, cq); err != nil || !reflect.DeepEqual(us, wantConc) {
		t.Errorf("concordance over TEXT postings: %v, %v; want %v", us, err, wantConc)
	}
	add(6)
	got := postingTypes(t, path)
	if got["blob"] == 0 {
		t.Errorf("posting rows by type %v after an append to an old memory: want the appended rows blobs", got)
	}
	if ms, err := s.Lookup(ctx, q); err != nil || len(ms) != 6 {
		t.Errorf("lookup after an append to TEXT postings: %d matches, %v; want 6", len(ms), err)
	}
	if us, err := s.Concordance(ctx, cq); err != nil || len(us) != 6 {
		t.Errorf("concordance after an append to TEXT postings: %d units, %v; want 6", len(us), err)
	}
}
