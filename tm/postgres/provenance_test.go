package postgres_test

import (
	"context"
	"strings"
	"testing"

	"bitext/tm"
	"bitext/tm/postgres"
	"bitext/tm/postgres/pgtest"
	"bitext/tm/tmtest"
)

// TestMigrateProvenance opens a memory written before migration 0005
// (origins without a kind or review state, the migration unrecorded):
// migrating gives every unit the defaults the README gives, as the
// embedded store's upgrade does.
func TestMigrateProvenance(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.Schema(t)
	s, err := postgres.Open(ctx, dsn)
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
	if _, err := s.Pool().Exec(ctx, `UPDATE units SET data = data #- '{origin,Kind}' #- '{origin,Review}';
		UPDATE units SET data = data - 'origin' WHERE data->'origin'->>'File' IS NULL;
		DELETE FROM bitext_migrations WHERE version = 5`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
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
