package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/tm"
	"bitext/tm/sqlite"
)

// TestLookupCache checks that a store's lookups, which keep the variants
// and decoded units they read, return what a new store's return after
// another store on the same file merged a unit again (a later change
// time, a translator's origin) and added new ones, and with a cache so
// small that it starts over all the time.
func TestLookupCache(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "tm.db")
	pair := func(i int, changed time.Time, o tm.Origin) tm.Unit {
		return tm.Unit{SourceLang: language.Korean, Changed: changed, Created: changed, Origin: o,
			Context: tm.Context{DocID: fmt.Sprintf("d%d", i%3)},
			Variants: []tm.Variant{
				{Lang: language.Korean, Text: fmt.Sprintf("서울시는 올해 %d개 도시에서 공연을 열 계획이다.", 100+i)},
				{Lang: language.English, Text: fmt.Sprintf("Seoul plans to hold performances in %d cities this year.", 100+i)}}}
	}
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	aligned := tm.Origin{Kind: tm.OriginAlignment, Alignment: "bitext align", Confidence: 0.9, Review: tm.Unreviewed}
	var units []tm.Unit
	for i := range 12 {
		units = append(units, pair(i, t0.Add(time.Duration(i)*time.Hour), aligned))
	}
	a, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if _, err := a.Add(ctx, units); err != nil {
		t.Fatal(err)
	}
	queries := []tm.Query{
		{Text: "서울시는 올해 103개 도시에서 공연을 열 계획이다.", Source: language.Korean, Target: language.English, Top: 5},
		{Text: "서울시는 올해 999개 도시에서 공연을 열 계획이다.", Source: language.Korean, Target: language.English, Top: 5},
		{Text: "서울시는 내년 103개 도시에서 공연을 열 계획이다.", Source: language.Korean, Target: language.English, Top: 3},
	}
	lookups := func(s *sqlite.Store) [][]tm.Match {
		var out [][]tm.Match
		for _, q := range queries {
			ms, err := s.Lookup(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, ms)
		}
		return out
	}
	fresh := func() [][]tm.Match {
		s, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		return lookups(s)
	}
	before := lookups(a)
	if !reflect.DeepEqual(before, fresh()) {
		t.Fatalf("lookups with the cache filled differ from a new store's")
	}
	if len(before[0]) == 0 || before[0][0].Kind != tm.Exact {
		t.Fatalf("first query: %+v, want an exact match first", before[0])
	}
	// Another store merges unit 3 again and adds a closer unit.
	b, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	translator := tm.Origin{Kind: tm.OriginTranslator, File: "desk.xlf", Review: tm.Translated}
	more := []tm.Unit{pair(3, t0.Add(100*time.Hour), translator), pair(899, t0.Add(101*time.Hour), aligned)}
	if _, err := b.Add(ctx, more); err != nil {
		t.Fatal(err)
	}
	b.Close()
	after := lookups(a)
	if want := fresh(); !reflect.DeepEqual(after, want) {
		t.Fatalf("after another store's merge, cached lookups =\n%+v\nwant (new store)\n%+v", after, want)
	}
	if o := after[0][0].Unit.Origin; o.Kind != tm.OriginTranslator {
		t.Errorf("merged unit's origin = %+v, want the translator's", o)
	}
	if reflect.DeepEqual(after[1], before[1]) {
		t.Errorf("second query: the added unit (999 cities) changed nothing: %+v", after[1])
	}
	// A cache that starts over at every read.
	sqlite.SetCacheBytes(a, 1500)
	for range 3 {
		if got := lookups(a); !reflect.DeepEqual(got, after) {
			t.Fatalf("with a small cache, lookups =\n%+v\nwant\n%+v", got, after)
		}
	}
}
