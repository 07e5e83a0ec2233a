package sqlite_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"bitext/tm"
	"bitext/tm/sqlite"
	"bitext/tm/tmtest"
)

// TestCorruptPostings checks that a posting list damaged on disk makes
// fuzzy lookup and concordance fail with an error naming it, instead of
// silently finding fewer units.
func TestCorruptPostings(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "corrupt.tm")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Add(ctx, []tm.Unit{
		tmtest.Pair("The central bank raised its key rate on Thursday.", "중앙은행은 목요일 기준금리를 올렸다."),
		tmtest.Pair("The central bank kept its key rate on Friday.", "중앙은행은 금요일 기준금리를 동결했다."),
	}); err != nil {
		t.Fatal(err)
	}
	q := tm.Query{Text: "The central bank cut its key rate on Monday.", Source: language.English, Target: language.Korean, Min: 40}
	before, err := s.Lookup(ctx, q)
	if err != nil || len(before) == 0 {
		t.Fatalf("lookup before the damage: %v, %v", before, err)
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	// A varint cut short: a byte with its continuation bit set, at the end.
	if _, err := db.Exec(`UPDATE postings SET data = data || x'80'`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	// The open store keeps the lists it read (a list only grows, and this
	// one's length did not change): it finds what it found before, never
	// fewer units. A store opened now reads the damaged lists.
	if ms, err := s.Lookup(ctx, q); err != nil || !reflect.DeepEqual(ms, before) {
		t.Errorf("lookup of the open store after the damage = %v, %v; want what it found before", ms, err)
	}
	s, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if ms, err := s.Lookup(ctx, q); err == nil || !strings.Contains(err.Error(), "corrupt posting list") {
		t.Errorf("lookup over a damaged index = %v, %v; want a corrupt posting list error", ms, err)
	}
	if us, err := s.Concordance(ctx, tm.ConcordanceQuery{Text: "central bank", Lang: language.English}); err == nil || !strings.Contains(err.Error(), "corrupt posting list") {
		t.Errorf("concordance over a damaged index = %v, %v; want a corrupt posting list error", us, err)
	}
}
