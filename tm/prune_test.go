package tm_test

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"golang.org/x/text/language"

	"bitext/internal/tmgen"
	"bitext/tm"
	"bitext/tm/sqlite"
)

// TestLookupPrunedIsExhaustive checks that leaving unscored the candidates
// whose bound is under a full top changes no lookup: the same matches, in
// the same order, with the same explanations, as scoring every candidate,
// for several tops, in a memory with exact duplicates (ties), units
// without a target variant and near copies.
func TestLookupPrunedIsExhaustive(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	g := tmgen.New(tmgen.Builtin(), 3)
	pairs := g.Units(3000)
	var units []tm.Unit
	for i, p := range pairs {
		u := tmgen.Unit(p, i)
		switch i % 7 {
		case 0: // no Korean (or English) variant for the target
			u.Variants[1].Lang = language.French
		case 1: // the same pair again: exact duplicates and ties
			units = append(units, tmgen.Unit(p, len(pairs)+i))
		}
		units = append(units, u)
	}
	if _, err := s.Add(ctx, units); err != nil {
		t.Fatal(err)
	}
	var qs []tm.Query
	for _, q := range g.Queries(pairs, 300) {
		qs = append(qs, tm.Query{Text: q.Text, Source: q.Source, Target: q.Target})
	}
	for _, p := range pairs[:100] { // exact hits, and their near copies
		qs = append(qs, tm.Query{Text: p.En, Source: language.English, Target: language.Korean})
	}
	before := tm.Pruned()
	for _, top := range []int{1, 2, 5, 10} {
		for i, q := range qs {
			q.Top = top
			if i%3 == 0 {
				q.Min = 50
			}
			old := tm.SetExhaustive(true)
			want, err := s.Lookup(ctx, q)
			tm.SetExhaustive(old)
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.Lookup(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("top %d, %q: pruned\n%s\nexhaustive\n%s", top, q.Text, show(got), show(want))
			}
		}
	}
	if n := tm.Pruned() - before; n == 0 {
		t.Fatal("no lookup left a candidate unscored: the test compares nothing")
	} else {
		t.Logf("%d of %d lookups left candidates unscored", n, 4*len(qs))
	}
}

// TestLookupPrunedTies is a memory made for the bound to be tight: near
// copies of the query with words added (scoring exactly their bound) and
// same-length edits scoring 75 (bound 100, read first). The copy with
// four words added scores 75 too, ties with them and ranks above them
// (the oldest id), so a lookup that left it unscored would differ.
func TestLookupPrunedTies(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	q := "the city council approved the new budget for public schools on monday"
	texts := []string{
		q + " after four long hours",                // 12 of 16: 75
		q + " after a long debate over teacher pay", // 12 of 19: 63
		q + " after debate",                         // 12 of 14: 85
		q + " after",                                // 12 of 13: 92
		q + " after a debate",                       // 12 of 15: 80
	}
	for _, r := range [][3]string{
		{"town", "board", "rejected"}, {"state", "panel", "passed"}, {"county", "assembly", "vetoed"},
		{"village", "committee", "cut"}, {"district", "office", "signed"}, {"regional", "chamber", "debated"},
	} {
		texts = append(texts, "the "+r[0]+" "+r[1]+" "+r[2]+" the new budget for public schools on monday")
	}
	var units []tm.Unit
	for i, x := range texts {
		units = append(units, tm.Unit{SourceLang: language.English, Variants: []tm.Variant{
			{Lang: language.English, Text: x}, {Lang: language.Korean, Text: fmt.Sprintf("번역 %d", i)}}})
	}
	if _, err := s.Add(ctx, units); err != nil {
		t.Fatal(err)
	}
	query := tm.Query{Text: q, Source: language.English, Target: language.Korean, Min: 50, Top: 5}
	old := tm.SetExhaustive(true)
	want, err := s.Lookup(ctx, query)
	tm.SetExhaustive(old)
	if err != nil {
		t.Fatal(err)
	}
	before := tm.Pruned()
	got, err := s.Lookup(ctx, query)
	if err != nil {
		t.Fatal(err)
	}
	if tm.Pruned() == before {
		t.Fatal("the lookup scored every candidate: the test compares nothing")
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("pruned\n%s\nexhaustive\n%s", show(got), show(want))
	}
	if len(got) != 5 || got[3].Source.Text != texts[0] {
		t.Errorf("the fourth match is not the tied copy with four words added:\n%s", show(got))
	}
}

func show(ms []tm.Match) string {
	var out string
	for _, m := range ms {
		out += fmt.Sprintf("  %d %v %d %q\n", m.Unit.ID, m.Kind, m.Score, m.Source.Text)
	}
	return out
}
