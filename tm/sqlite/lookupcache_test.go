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

// TestLookupCacheSameMatches checks that a store's lookups, which keep
// the ranked matches of the queries they were asked (tm.LookupCache),
// return what tm.Lookup returns without the cache: the same texts asked
// again in other contexts (an exact match in context with one and not
// with the other), with other tops, and after the memory changed (a unit
// added that ranks first, a unit updated). It fails when the cache keeps
// what depends on the query's context, or serves a state it was not
// filled at.
func TestLookupCacheSameMatches(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	ko := func(i int) string {
		return fmt.Sprintf("수출이 지난달 %d%% 늘어 %d억 달러를 기록했다고 %s가 밝혔다.", i%9+1, 100+i, []string{"산업부", "관세청", "정부"}[i%3])
	}
	en := func(i int, who string) string {
		return fmt.Sprintf("Exports rose %d percent to $%d00 million last month, %s said.", i%9+1, 100+i, who)
	}
	unit := func(i int, who string, c tm.Context, changed time.Time) tm.Unit {
		return tm.Unit{SourceLang: language.Korean, Changed: changed, Created: t0, Context: c,
			Variants: []tm.Variant{{Lang: language.Korean, Text: ko(i)}, {Lang: language.English, Text: en(i, who)}}}
	}
	var units []tm.Unit
	for i := range 40 {
		c := tm.Context{}
		if i%4 == 0 {
			c = tm.Context{Prev: tm.SegmentHash(fmt.Sprintf("앞 문장 %d", i)), Next: tm.SegmentHash(fmt.Sprintf("뒤 문장 %d", i))}
		}
		units = append(units, unit(i, "the ministry", c, t0.Add(time.Duration(i)*time.Minute)))
	}
	if _, err := s.Add(ctx, units); err != nil {
		t.Fatal(err)
	}
	var queries []tm.Query
	for i := range 16 {
		for _, top := range []int{1, 3, 5} {
			q := tm.Query{Text: ko(i * 3), Source: language.Korean, Target: language.English, Top: top}
			queries = append(queries, q)
			q.Context = tm.Context{Prev: tm.SegmentHash(fmt.Sprintf("앞 문장 %d", i*3)), Next: tm.SegmentHash(fmt.Sprintf("뒤 문장 %d", i*3))}
			queries = append(queries, q)
			q.Context, q.Text = tm.Context{}, ko(i*3+100) // fuzzy only
			queries = append(queries, q)
		}
	}
	without := func(q tm.Query) []tm.Match {
		t.Helper()
		var ms []tm.Match
		err := s.ReadIndex(ctx, func(ix tm.Index) error {
			var err error
			ms, err = tm.Lookup(ctx, ix, q, tm.Tuning{Budget: s.Budget, Candidates: s.Candidates})
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return ms
	}
	check := func(stage string) {
		t.Helper()
		inContext := 0
		for round := range 2 {
			for i, q := range queries {
				got, err := s.Lookup(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				want := without(q)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%s, round %d, query %d (%q, top %d, context %v): with the cache %+v, without %+v", stage, round, i, q.Text, q.Top, q.Context, got, want)
				}
				if len(got) > 0 && got[0].Kind == tm.InContext {
					inContext++
				}
			}
		}
		if inContext == 0 {
			t.Fatalf("%s: no in-context match: the test does not test contexts", stage)
		}
	}
	check("first")
	// A unit that ranks first for query 0's text (the newest of its
	// exact matches), and an update of another's target.
	if _, err := s.Add(ctx, []tm.Unit{unit(0, "the trade ministry", tm.Context{}, t0.Add(100*time.Hour))}); err != nil {
		t.Fatal(err)
	}
	if got := first(t, s, queries[0]); got != en(0, "the trade ministry") {
		t.Fatalf("after an addition: %q, want the new unit's target", got)
	}
	check("after an addition")
	if _, err := s.Add(ctx, []tm.Unit{unit(3, "the ministry", tm.Context{}, t0.Add(200*time.Hour))}); err != nil {
		t.Fatal(err)
	}
	check("after an update")
}

// first is the target of q's best match.
func first(t *testing.T, s *sqlite.Store, q tm.Query) string {
	t.Helper()
	ms, err := s.Lookup(context.Background(), q)
	if err != nil || len(ms) == 0 {
		t.Fatalf("lookup: %v, %d matches", err, len(ms))
	}
	return ms[0].Target.Text
}
