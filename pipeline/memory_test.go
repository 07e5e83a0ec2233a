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

// newMemoryStep is a memory step over a new SQLite TM in a temporary
// directory holding units; it is closed when the test ends.
func newMemoryStep(t *testing.T, units []Unit) (memoryStep, *sqlite.Store) {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.tm"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	m := memoryStep{s: s}
	if err := m.Add(ctx, units); err != nil {
		t.Fatal(err)
	}
	return m, s
}

// TestMemoryStepLookup: run's matches carry their unit's provenance, and
// a fuzzy match's translation is auto-localised (the example).
func TestMemoryStepLookup(t *testing.T) {
	ctx := context.Background()
	m, _ := newMemoryStep(t, []Unit{
		{Source: "The ministers met for 30 minutes on Sunday.", Target: "장관들은 일요일 30분간 회동했다.", Src: language.English, Tgt: language.Korean,
			Origin: "translator", Review: "reviewed", File: "a.xlf"},
		{Source: "Exports rose for a third month.", Target: "수출이 석 달째 늘었다.", Src: language.English, Tgt: language.Korean,
			Origin: "alignment", Confidence: 0.71, Doc: "a"},
	})
	for _, tc := range []struct {
		q, target, origin string
		localized         bool
	}{
		{"The ministers met for 40 minutes on Monday.", "장관들은 월요일 40분간 회동했다.", "translator, reviewed", true},
		{"Exports rose for a third month.", "수출이 석 달째 늘었다.", "alignment 0.71, unreviewed", false},
	} {
		ms, err := m.Lookup(ctx, Query{Text: tc.q, Src: language.English, Tgt: language.Korean, Threshold: 70})
		if err != nil || len(ms) == 0 {
			t.Fatalf("%q: %v, %v", tc.q, ms, err)
		}
		got := ms[0]
		if got.Target != tc.target || got.Origin != tc.origin || got.Localized != tc.localized {
			t.Errorf("%q: target %q origin %q localized %v; want %q %q %v", tc.q, got.Target, got.Origin, got.Localized, tc.target, tc.origin, tc.localized)
		}
	}
}

// TestMemoryStepCandidates: Lookup returns every candidate at or above
// the threshold, best first, at most Top, each with its kind, score and
// origin in parts; fuzzy ones auto-localised like the best.
func TestMemoryStepCandidates(t *testing.T) {
	ctx := context.Background()
	en, ko := language.English, language.Korean
	m, _ := newMemoryStep(t, []Unit{
		{Source: "The ministers met for 30 minutes on Sunday.", Target: "장관들은 일요일 30분간 회동했다.", Src: en, Tgt: ko,
			Origin: "translator", Review: "final", File: "a.xlf"},
		{Source: "The ministers met for 30 minutes on Sunday in Seoul.", Target: "장관들은 일요일 서울에서 30분간 회동했다.", Src: en, Tgt: ko,
			Origin: "alignment", Confidence: 0.71, Doc: "b"},
		{Source: "The vice ministers met for 30 minutes on Sunday in Seoul.", Target: "차관들은 일요일 서울에서 30분간 회동했다.", Src: en, Tgt: ko,
			Origin: "alignment", Confidence: 0.93, Doc: "c"},
		{Source: "Exports rose for a third month.", Target: "수출이 석 달째 늘었다.", Src: en, Tgt: ko, Origin: "alignment", Confidence: 0.8, Doc: "d"},
	})
	q := Query{Text: "The ministers met for 40 minutes on Sunday.", Src: en, Tgt: ko, Threshold: 60}
	ms, err := m.Lookup(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 3 {
		t.Fatalf("%d candidates, want 3: %+v", len(ms), ms)
	}
	want := []struct {
		target, kind, review string
		conf                 float64
	}{
		{"장관들은 일요일 40분간 회동했다.", article.Fuzzy, "final", 0},
		{"장관들은 일요일 서울에서 40분간 회동했다.", article.Fuzzy, "unreviewed", 0.71},
		{"차관들은 일요일 서울에서 40분간 회동했다.", article.Fuzzy, "unreviewed", 0.93},
	}
	for i, w := range want {
		g := ms[i]
		if g.Target != w.target || g.Kind != w.kind || g.Review != w.review || g.Confidence != w.conf || !g.Localized {
			t.Errorf("candidate %d: %+v; want target %q kind %s review %s confidence %v, localized", i, g, w.target, w.kind, w.review, w.conf)
		}
		if i > 0 && ms[i].Better(ms[i-1]) {
			t.Errorf("candidate %d (%d) ranks above %d (%d)", i, ms[i].Score, i-1, ms[i-1].Score)
		}
	}
	if ms[0].OriginKind != "translator" || ms[1].OriginKind != "alignment" || ms[0].Score <= ms[1].Score {
		t.Errorf("origins %q %q scores %d %d", ms[0].OriginKind, ms[1].OriginKind, ms[0].Score, ms[1].Score)
	}
	q.Top = 2
	if two, err := m.Lookup(ctx, q); err != nil || len(two) != 2 || two[0] != ms[0] || two[1] != ms[1] {
		t.Errorf("Top 2: %+v, %v; want the first two of %+v", two, err, ms)
	}
	q.Top = 0
	q.Threshold = ms[1].Score + 1
	if one, err := m.Lookup(ctx, q); err != nil || len(one) != 1 || one[0] != ms[0] {
		t.Errorf("threshold %d: %+v, %v; want only %+v", q.Threshold, one, err, ms[0])
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
