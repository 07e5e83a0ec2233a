package sqlite_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	"bitext/tm"
	"bitext/tm/sqlite"
	"bitext/tm/tmtest"
)

// TestUpgradeProvenance opens a memory written at schema 1 (before
// provenance: origins without a kind or review state) and finds it
// upgraded in place to schema 2 with the defaults the README gives (and
// on to the current schema, 3).
func TestUpgradeProvenance(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.tm")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	old := []tm.Origin{
		{File: "a1.txt", Alignment: "bitext align", Confidence: 0.44},
		{File: "a1.xlf", Translator: "translator"},
		{File: "desk.tmx"},
		{},
	}
	want := []tm.Origin{
		{Kind: tm.OriginAlignment, File: "a1.txt", Alignment: "bitext align", Confidence: 0.44, Review: tm.Unreviewed},
		{Kind: tm.OriginTranslator, File: "a1.xlf", Translator: "translator", Review: tm.Translated},
		{Kind: tm.OriginTMX, File: "desk.tmx", Review: tm.Translated},
		{Review: tm.Unreviewed},
	}
	var units []tm.Unit
	for i, o := range old {
		u := tmtest.Pair("Old unit "+strings.Repeat("x", i+1)+".", "옛 단위 "+strings.Repeat("가", i+1)+".")
		u.Origin = o
		units = append(units, u)
	}
	if _, err := s.Add(ctx, units); err != nil {
		t.Fatal(err)
	}
	if v, err := s.SchemaVersion(ctx); err != nil || v != 3 {
		t.Fatalf("new memory at schema %d, %v; want 3", v, err)
	}
	s.Close()
	// What bitext before provenance wrote: schema 1, origins as given.
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE units SET data = json_remove(data, '$.origin.Kind', '$.origin.Review');
		UPDATE units SET data = json_remove(data, '$.origin') WHERE json_extract(data, '$.origin.File') IS NULL;
		UPDATE meta SET value = '1' WHERE key = 'schema'`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, err := s.SchemaVersion(ctx); err != nil || v != 3 {
		t.Fatalf("after opening: schema %d, %v; want 3", v, err)
	}
	i := 0
	err = s.Iterate(ctx, tm.ExportOptions{}, func(u tm.Unit) error {
		if u.Origin != want[i] {
			t.Errorf("unit %d: origin %+v, want %+v", i, u.Origin, want[i])
		}
		i++
		return nil
	})
	if err != nil || i != len(want) {
		t.Fatalf("iterate: %d units, %v", i, err)
	}
}

// TestNewerSchema refuses a memory written by a newer bitext.
func TestNewerSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "new.tm")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Add(ctx, []tm.Unit{tmtest.Pair("A.", "가.")}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE meta SET value = '4' WHERE key = 'schema'`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	_, err = sqlite.Open(ctx, path)
	if err == nil || !strings.Contains(err.Error(), "schema 4 is newer") {
		t.Fatalf("opening a schema 4 memory: %v", err)
	}
}
