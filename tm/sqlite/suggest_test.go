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

// TestSuggestionsOfReturned checks that each match a lookup returns
// carries its own unit and suggestion (Lookup makes them after the ranking, for
// the matches returned only): among twenty numbers-only matches tied at
// one score, ranked by change time and id, and after another store
// merged one of them again as a translator's (it moves to the top), and
// that the top three are the first three of the whole ranking.
func TestSuggestionsOfReturned(t *testing.T) {
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
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Add(ctx, units); err != nil {
		t.Fatal(err)
	}
	q := tm.Query{Text: "서울시는 올해 999개 도시에서 공연을 열 계획이다.", Source: language.Korean, Target: language.English, Top: 3}
	check := func(what string) []tm.Match {
		t.Helper()
		ms, err := s.Lookup(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		all := q
		all.Top = 100
		whole, err := s.Lookup(ctx, all)
		if err != nil {
			t.Fatal(err)
		}
		if len(ms) != 3 || len(whole) != 20 || !reflect.DeepEqual(ms, whole[:3]) {
			t.Fatalf("%s: top 3\n%+v\nwant the first 3 of the 20\n%+v", what, ms, whole)
		}
		qa := tm.Analyze(q.Text, "", language.Korean)
		for _, m := range whole {
			if len(m.Unit.Variants) != 2 || m.Unit.Variants[0].Text != m.Source.Text || m.Unit.Variants[1].Text != m.Target.Text {
				t.Errorf("%s: match of %q carries unit %d %+v", what, m.Source.Text, m.Unit.ID, m.Unit.Variants)
			}
			want := tm.Suggest(qa, tm.Analyze(m.Source.Text, "", language.Korean), m.Target.Text, language.English)
			if !m.Explanation.NumbersOnly || want == "" || m.Suggestion != want || m.Score != whole[0].Score {
				t.Errorf("%s: unit %d (score %d, numbers only %v): suggestion %q, want %q", what, m.Unit.ID, m.Score, m.Explanation.NumbersOnly, m.Suggestion, want)
			}
		}
		return ms
	}
	before := check("aligned units")
	// Another store merges the unit of 105 cities again: later, a
	// translator's.
	b, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	translator := tm.Origin{Kind: tm.OriginTranslator, File: "desk.xlf", Review: tm.Translated}
	if res, err := b.Add(ctx, []tm.Unit{pair(5, t0.Add(100*time.Hour), translator)}); err != nil || res.Updated != 1 {
		t.Fatal(res, err)
	}
	b.Close()
	after := check("after a merge")
	if reflect.DeepEqual(after, before) || after[0].Unit.Origin.Kind != tm.OriginTranslator || after[0].Source.Text != units[5].Variants[0].Text {
		t.Errorf("after the merge: %+v, want the translator's unit (105 cities) first", after)
	}
}
