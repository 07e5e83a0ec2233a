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

// TestLookupAllSameAsLookup checks that LookupAll, which looks up several
// queries in one read, returns for each what Lookup returns: exact,
// in-context and fuzzy matches, queries repeated, other tops, a blank
// query; and nothing, without an error, from a memory not created yet.
func TestLookupAllSameAsLookup(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "tm.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ko := func(i int) string {
		return fmt.Sprintf("수출이 지난달 %d%% 늘어 %d억 달러를 기록했다고 %s가 밝혔다.", i%9+1, 100+i, []string{"산업부", "관세청", "정부"}[i%3])
	}
	var qs []tm.Query
	for i := range 12 {
		q := tm.Query{Text: ko(i * 5), Source: language.Korean, Target: language.English, Top: 1 + i%5}
		qs = append(qs, q)
		q.Context = tm.Context{Prev: tm.SegmentHash(fmt.Sprintf("앞 %d", i*5))}
		qs = append(qs, q)
		q.Context, q.Text = tm.Context{}, ko(i*5+200)
		qs = append(qs, q, q)
	}
	qs = append(qs, tm.Query{Text: " ", Source: language.Korean, Target: language.English})
	all, err := s.LookupAll(ctx, qs)
	if err != nil || len(all) != len(qs) {
		t.Fatalf("before the memory exists: %d results, %v", len(all), err)
	}
	for i, ms := range all {
		if len(ms) != 0 {
			t.Fatalf("before the memory exists: query %d has %d matches", i, len(ms))
		}
	}
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var units []tm.Unit
	for i := range 60 {
		c := tm.Context{}
		if i%5 == 0 {
			c.Prev = tm.SegmentHash(fmt.Sprintf("앞 %d", i))
		}
		units = append(units, tm.Unit{SourceLang: language.Korean, Changed: t0.Add(time.Duration(i) * time.Minute), Created: t0, Context: c,
			Variants: []tm.Variant{{Lang: language.Korean, Text: ko(i)},
				{Lang: language.English, Text: fmt.Sprintf("Exports rose %d percent to $%d00 million last month (%d).", i%9+1, 100+i, i)}}})
	}
	if _, err := s.Add(ctx, units); err != nil {
		t.Fatal(err)
	}
	if all, err = s.LookupAll(ctx, qs); err != nil {
		t.Fatal(err)
	}
	kinds := map[tm.Kind]int{}
	for i, q := range qs {
		want, err := s.Lookup(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(all[i], want) {
			t.Fatalf("query %d (%q, top %d): LookupAll %+v, Lookup %+v", i, q.Text, q.Top, all[i], want)
		}
		if len(want) > 0 {
			kinds[want[0].Kind]++
		}
	}
	if kinds[tm.InContext] == 0 || kinds[tm.Exact] == 0 || kinds[tm.Fuzzy] == 0 {
		t.Fatalf("first matches by kind %v: want in-context, exact and fuzzy ones", kinds)
	}
}
