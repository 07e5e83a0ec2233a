package pipeline

import (
	"context"
	"path/filepath"
	"testing"

	"golang.org/x/text/language"

	"bitext/article"
	"bitext/tm"
	"bitext/tm/sqlite"
)

// TestMemoryStepLookup: run's matches carry their unit's provenance, and
// a fuzzy match's translation is auto-localised (the example).
func TestMemoryStepLookup(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.tm"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	m := memoryStep{s: s}
	if err := m.Add(ctx, []Unit{
		{Source: "The ministers met for 30 minutes on Sunday.", Target: "장관들은 일요일 30분간 회동했다.", Src: language.English, Tgt: language.Korean,
			Origin: "translator", Review: "reviewed", File: "a.xlf"},
		{Source: "Exports rose for a third month.", Target: "수출이 석 달째 늘었다.", Src: language.English, Tgt: language.Korean,
			Origin: "alignment", Confidence: 0.71, Doc: "a"},
	}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		q, target, origin string
		localized         bool
	}{
		{"The ministers met for 40 minutes on Monday.", "장관들은 월요일 40분간 회동했다.", "translator, reviewed", true},
		{"Exports rose for a third month.", "수출이 석 달째 늘었다.", "alignment 0.71, unreviewed", false},
	} {
		got, err := m.Lookup(ctx, Query{Text: tc.q, Src: language.English, Tgt: language.Korean, Threshold: 70})
		if err != nil || got == nil {
			t.Fatalf("%q: %v, %v", tc.q, got, err)
		}
		if got.Target != tc.target || got.Origin != tc.origin || got.Localized != tc.localized {
			t.Errorf("%q: target %q origin %q localized %v; want %q %q %v", tc.q, got.Target, got.Origin, got.Localized, tc.target, tc.origin, tc.localized)
		}
	}
}

// TestUnstorableCounted: a pair the TM cannot store (a source of spaces
// only) is left out of the units and counted in the report, per article
// and in the totals, instead of being dropped silently.
func TestUnstorableCounted(t *testing.T) {
	a := &Article{Article: article.Article{Name: "a", Src: language.Korean, Tgt: language.English,
		Source: []article.Segment{{Text: "수출이 늘었다."}, {Text: "\u00a0 "}},
		Target: []article.Segment{{Text: "Exports rose."}, {Text: "Imports fell."}},
		Links:  []article.Link{{Source: []int{0}, Target: []int{0}, Confidence: 0.9}, {Source: []int{1}, Target: []int{1}, Confidence: 0.9}},
	}}
	if n := len(a.units()); n != 1 {
		t.Fatalf("%d units, want 1", n)
	}
	var x tm.Unit = tmUnit(a.pairs()[1])
	if tm.Check(&x) == nil {
		t.Fatal("the TM would store a source of spaces")
	}
	s := summarize(a, nil, "", true)
	if s.Alignment == nil || s.Alignment.Units != 1 || s.Alignment.Unstored != 1 {
		t.Fatalf("alignment %+v, want 1 stored, 1 not", s.Alignment)
	}
	r := &Report{Articles: []Summary{s}}
	r.total()
	if r.Totals.Units != 1 || r.Totals.Unstored != 1 {
		t.Errorf("totals %+v", r.Totals)
	}
}
