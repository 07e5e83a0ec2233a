package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/tm"
	"bitext/tm/sqlite"
)

// countingIndex counts the reads a lookup makes that a tm.LookupMemo
// saves, and hides the units of hide from the target and unit reads
// (as if deleted after the memo kept them).
type countingIndex struct {
	tm.Index
	postings, sources *int
	hide              map[int64]bool
}

func (c countingIndex) Postings(ctx context.Context, terms []uint64, add func([]byte) error) error {
	*c.postings++
	return c.Index.Postings(ctx, terms, add)
}

func (c countingIndex) SourceVariants(ctx context.Context, ids []int64, lang language.Tag) ([]tm.StoredVariant, error) {
	*c.sources++
	return c.Index.SourceVariants(ctx, ids, lang)
}

func (c countingIndex) Variants(ctx context.Context, ids []int64) ([]tm.StoredUnit, error) {
	us, err := c.Index.Variants(ctx, ids)
	var out []tm.StoredUnit
	for _, u := range us {
		if !c.hide[u.ID] {
			out = append(out, u)
		}
	}
	return out, err
}

func (c countingIndex) Units(ctx context.Context, ids []int64) ([]tm.Unit, error) {
	us, err := c.Index.Units(ctx, ids)
	var out []tm.Unit
	for _, u := range us {
		if !c.hide[u.ID] {
			out = append(out, u)
		}
	}
	return out, err
}

// TestLookupMemo checks that lookups sharing a tm.LookupMemo return what
// lookups without one return: the same queries asked again (answered
// from the memo: no postings or source variants read), after another
// store merged a unit again (same ids, later change time, a translator's
// origin: the ranking changes though the memo's key read does not) and
// added units, with units gone that the memo kept (it looks again), and
// with a memo so small that it starts over all the time.
func TestLookupMemo(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "tm.db")
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	aligned := tm.Origin{Kind: tm.OriginAlignment, Alignment: "bitext align", Confidence: 0.9, Review: tm.Unreviewed}
	pair := func(i int, changed time.Time, o tm.Origin) tm.Unit {
		return tm.Unit{SourceLang: language.Korean, Changed: changed, Created: changed, Origin: o,
			Variants: []tm.Variant{
				{Lang: language.Korean, Text: fmt.Sprintf("서울시는 올해 %d개 도시에서 공연을 열 계획이다.", 100+i)},
				{Lang: language.English, Text: fmt.Sprintf("Seoul plans to hold performances in %d cities this year.", 100+i)}}}
	}
	var units []tm.Unit
	for i := range 20 {
		// Pairs of equal change times: ties broken by id.
		units = append(units, pair(i, t0.Add(time.Duration(i/2)*time.Hour), aligned))
	}
	for i, ko := range []string{"서울시는 올해 많은 도시에서 공연을 열 계획이다.", "부산시는 올해 공연을 열 계획이 없다.", "부산시는 내년에 공연 계획이 없다."} {
		units = append(units, tm.Unit{SourceLang: language.Korean, Changed: t0, Created: t0, Origin: aligned,
			Variants: []tm.Variant{{Lang: language.Korean, Text: ko}, {Lang: language.English, Text: fmt.Sprintf("Other plans %d.", i)}}})
	}
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Add(ctx, units); err != nil {
		t.Fatal(err)
	}
	queries := []tm.Query{
		{Text: "서울시는 올해 103개 도시에서 공연을 열 계획이다.", Source: language.Korean, Target: language.English, Top: 5},
		{Text: "서울시는 올해 999개 도시에서 공연을 열 계획이다.", Source: language.Korean, Target: language.English, Top: 3},
		{Text: "서울시는 올해 999개 도시에서 공연을 열 계획이다.", Source: language.Korean, Target: language.English, Top: 3, Min: 50},
		{Text: "서울시는 내년 103개 도시에서 공연을 열 계획이다.", Source: language.Korean, Target: language.English, Top: 2},
		{Text: "부산시는 올해 공연을 열 계획이 없다.", Source: language.Korean, Target: language.English, Top: 5},
		{Text: "대구시는 아무 계획이 없다.", Source: language.Korean, Target: language.English, Top: 5},
	}
	var postings, sources int
	lookups := func(memo *tm.LookupMemo, hide map[int64]bool) [][]tm.Match {
		var out [][]tm.Match
		for _, q := range queries {
			var ms []tm.Match
			err := s.ReadIndex(ctx, func(ix tm.Index) error {
				var err error
				ms, err = tm.Lookup(ctx, countingIndex{ix, &postings, &sources, hide}, q, tm.Tuning{Memo: memo})
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, ms)
		}
		return out
	}
	check := func(what string, memo *tm.LookupMemo, hide map[int64]bool) {
		t.Helper()
		want := lookups(nil, hide)
		postings, sources = 0, 0
		if got := lookups(memo, hide); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: with the memo\n%+v\nwant (without)\n%+v", what, got, want)
		}
	}
	memo := tm.NewLookupMemo(1 << 20)
	want := lookups(nil, nil)
	if len(want[1]) != 3 || want[1][0].Suggestion == "" || want[1][0].Score != want[1][2].Score {
		t.Fatalf("second query: %+v, want three tied numbers-only matches with a suggestion", want[1])
	}
	check("memo filled", memo, nil)
	postings, sources = 0, 0
	if got := lookups(memo, nil); !reflect.DeepEqual(got, want) {
		t.Fatalf("from the memo:\n%+v\nwant\n%+v", got, want)
	}
	if postings != 0 || sources != 0 {
		t.Errorf("queries asked again read postings %d times and source variants %d times, want 0 (the memo's)", postings, sources)
	}

	// Another store merges the unit of 105 cities again: later, a
	// translator's; the ids and posting lists stay, the ranking changes.
	b, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	translator := tm.Origin{Kind: tm.OriginTranslator, File: "desk.xlf", Review: tm.Translated}
	if res, err := b.Add(ctx, []tm.Unit{pair(5, t0.Add(100*time.Hour), translator)}); err != nil || res.Updated != 1 {
		t.Fatal(res, err)
	}
	check("after a merge", memo, nil)
	if postings != 0 || sources != 0 {
		t.Errorf("after a merge the memo was not used (postings %d, sources %d reads)", postings, sources)
	}
	merged := lookups(nil, nil)
	if reflect.DeepEqual(merged[1], want[1]) || merged[1][0].Unit.Origin.Kind != tm.OriginTranslator {
		t.Errorf("after the merge: %+v, want the translator's unit first", merged[1])
	}
	// Each suggestion is its own match's (made after the ranking).
	for i, ms := range merged {
		qa := tm.Analyze(queries[i].Text, "", language.Korean)
		for _, m := range ms {
			want := ""
			if m.Explanation.NumbersOnly {
				want = tm.Suggest(qa, tm.Analyze(m.Source.Text, "", language.Korean), m.Target.Text, language.English)
			}
			if m.Suggestion != want {
				t.Errorf("query %d, unit %d: suggestion %q, want %q", i, m.Unit.ID, m.Suggestion, want)
			}
		}
	}
	// Units added: new ids and longer posting lists.
	if _, err := b.Add(ctx, []tm.Unit{pair(899, t0.Add(200*time.Hour), aligned), pair(30, t0.Add(200*time.Hour), aligned)}); err != nil {
		t.Fatal(err)
	}
	b.Close()
	check("after units added", memo, nil)

	// Units the memo kept are gone: every numbers-only match of the
	// second query but one, so that the third query (the second's
	// at a lower threshold) needs more matches than the memo kept.
	all, err := s.Lookup(ctx, tm.Query{Text: queries[1].Text, Source: language.Korean, Target: language.English, Top: 100, Min: 50})
	if err != nil {
		t.Fatal(err)
	}
	hide := map[int64]bool{}
	kept := false
	for _, m := range all {
		switch {
		case m.Explanation.NumbersOnly:
			hide[m.Unit.ID] = kept
			kept = true
		case strings.Contains(m.Source.Text, "많은"): // and the next best
			hide[m.Unit.ID] = true
		}
	}
	if len(hide) < 10 {
		t.Fatalf("%d ties hidden, want the 20 numbers-only units but one", len(hide))
	}
	check("units gone", memo, hide)
	check("units gone, again", memo, hide)

	// A memo that starts over at every lookup.
	check("small memo", tm.NewLookupMemo(1200), nil)
}
