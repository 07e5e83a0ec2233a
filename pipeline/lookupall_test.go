package pipeline

import (
	"context"
	"reflect"
	"testing"

	"golang.org/x/text/language"

	"bitext/article"
	"bitext/tm"
)

// lookupOnly hides the sqlite store's LookupAll: memoryStep then looks
// the queries up one by one.
type lookupOnly struct{ tm.Store }

// TestMemoryStepLookupAll: an article's segments looked up together (one
// read of the TM) get what each gets alone, auto-localised, in context or
// not; and the same through a store that looks up one query at a time.
// lookupSegments takes that way (TestLookupSegmentsAll).
func TestMemoryStepLookupAll(t *testing.T) {
	ctx := context.Background()
	en, ko := language.English, language.Korean
	m, s := newMemoryStep(t, []Unit{
		{Source: "The ministers met for 30 minutes on Sunday.", Target: "장관들은 일요일 30분간 회동했다.", Src: en, Tgt: ko,
			Origin: "translator", Review: "final", File: "a.xlf"},
		{Source: "The ministers met for 30 minutes on Sunday in Seoul.", Target: "장관들은 일요일 서울에서 30분간 회동했다.", Src: en, Tgt: ko,
			Origin: "alignment", Confidence: 0.71, Doc: "b"},
		{Source: "Exports rose for a third month.", Target: "수출이 석 달째 늘었다.", Src: en, Tgt: ko, Origin: "alignment", Confidence: 0.8, Doc: "d"},
	})
	qs := []Query{
		{Text: "The ministers met for 40 minutes on Monday.", Src: en, Tgt: ko, Threshold: 60, Top: 5},
		{Text: "Exports rose for a third month.", Src: en, Tgt: ko, Threshold: 60, Top: 5, Prev: "The ministers met for 40 minutes on Monday."},
		{Text: "Exports rose for a third month.", Src: en, Tgt: ko, Threshold: 60, Top: 1},
		{Text: "Nothing like it is stored.", Src: en, Tgt: ko, Threshold: 60, Top: 5},
	}
	var want [][]article.Match
	for _, q := range qs {
		ms, err := m.Lookup(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, ms)
	}
	if len(want[0]) == 0 || !want[0][0].Localized || len(want[1]) == 0 || want[3] != nil {
		t.Fatalf("the queries do not test what they should: %+v", want)
	}
	for _, mm := range []memoryStep{m, {s: lookupOnly{s}}} {
		got, err := mm.LookupAll(ctx, qs)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("LookupAll (%T):\n%+v\nwant\n%+v", mm.s, got, want)
		}
	}
}

// allMemory is listMemory that also looks queries up together, and
// counts the calls of each way.
type allMemory struct {
	listMemory
	alls int
}

func (m *allMemory) LookupAll(ctx context.Context, qs []Query) ([][]article.Match, error) {
	m.alls++
	out := make([][]article.Match, len(qs))
	for i, q := range qs {
		ms, err := m.listMemory.Lookup(ctx, q)
		if err != nil {
			return nil, err
		}
		out[i] = ms
	}
	return out, nil
}

// TestLookupSegmentsAll: lookupSegments asks a Memory that can look up
// several queries at once for all of an article's segments in one call,
// with the same queries (texts, neighbours) and candidates as one by one.
func TestLookupSegmentsAll(t *testing.T) {
	list := map[string][]article.Match{
		"B": {{Kind: article.Fuzzy, Score: 80, Target: "b80"}, {Kind: article.Exact, Score: 100, Target: "b100"}},
		"C": {{Kind: article.Fuzzy, Score: 90, Target: "c90"}},
	}
	segs := func() []article.Segment { return []article.Segment{{Text: "A"}, {Text: "B"}, {Text: "C"}} }
	one := &listMemory{list: list}
	all := &allMemory{listMemory: listMemory{list: list}}
	var got [2][]article.Segment
	for k, mem := range []Memory{one, all} {
		r := &runner{cfg: DefaultConfig(), steps: Steps{Memory: mem}}
		got[k] = segs()
		if err := r.lookupSegments(context.Background(), "a", got[k], language.Korean, language.English); err != nil {
			t.Fatal(err)
		}
	}
	if all.alls != 1 || len(all.queries) != 3 {
		t.Fatalf("LookupAll called %d times for %d queries, want once for 3", all.alls, len(all.queries))
	}
	if !reflect.DeepEqual(all.queries, one.queries) || !reflect.DeepEqual(got[0], got[1]) {
		t.Fatalf("together: %+v %+v\none by one: %+v %+v", all.queries, got[1], one.queries, got[0])
	}
	if got[1][1].Matches[0].Target != "b100" {
		t.Fatalf("segment B's best: %+v", got[1][1].Matches)
	}
}
