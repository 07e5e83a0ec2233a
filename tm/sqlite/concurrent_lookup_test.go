package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/tm"
	"bitext/tm/sqlite"
)

// TestConcurrentLookupsSame checks that lookups run at once from several
// goroutines (as a run's jobs do; each lookup takes the room of its
// scored matches from a pool shared by all and gives it back) return what
// the same lookups return one at a time.
func TestConcurrentLookupsSame(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var units []tm.Unit
	for i := range 60 {
		units = append(units, tm.Unit{SourceLang: language.Korean, Changed: t0.Add(time.Duration(i) * time.Minute), Created: t0,
			Variants: []tm.Variant{
				{Lang: language.Korean, Text: fmt.Sprintf("수출이 지난달 %d%% 늘어 %d억 달러를 기록했다고 %s가 밝혔다.", i%9+1, 100+i, []string{"산업부", "관세청", "정부"}[i%3])},
				{Lang: language.English, Text: fmt.Sprintf("Exports rose %d percent to $%d00 million last month, %s said.", i%9+1, 100+i, []string{"the ministry", "customs", "the government"}[i%3])}}})
	}
	if _, err := s.Add(ctx, units); err != nil {
		t.Fatal(err)
	}
	var queries []tm.Query
	for i := range 24 {
		queries = append(queries, tm.Query{Text: fmt.Sprintf("수출이 지난달 %d%% 늘어 %d억 달러를 기록했다고 %s가 밝혔다.", i%7+1, 90+3*i, []string{"산업부", "정부", "통계청"}[i%3]),
			Source: language.Korean, Target: language.English, Top: 1 + i%5})
	}
	want := make([][]tm.Match, len(queries))
	for i, q := range queries {
		if want[i], err = s.Lookup(ctx, q); err != nil {
			t.Fatal(err)
		}
		if len(want[i]) == 0 {
			t.Fatalf("query %d: no match", i)
		}
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 20 {
				for k := range queries {
					i := (k + w*7 + round) % len(queries)
					got, err := s.Lookup(ctx, queries[i])
					if err != nil {
						errs <- err
						return
					}
					if !reflect.DeepEqual(got, want[i]) {
						errs <- fmt.Errorf("query %d at once: %+v, one at a time: %+v", i, got, want[i])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
