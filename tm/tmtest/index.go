package tmtest

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/internal/tmgen"
	"bitext/tm"
	"bitext/tm/internal/terms"
	"bitext/tm/postings"
)

// reference is a tm.Index over units in memory: what every backend's
// index must return for the same units. Lookup over it is the ranking
// every backend's Lookup must give.
type reference struct {
	units map[int64]tm.Unit
	post  map[uint64][]int64 // term -> ascending unit ids
	maxID int64
}

func newReference(units []tm.Unit) *reference {
	r := &reference{units: map[int64]tm.Unit{}, post: map[uint64][]int64{}}
	for _, u := range units {
		r.units[u.ID] = u
		r.maxID = max(r.maxID, u.ID)
	}
	ids := make([]int64, 0, len(units))
	for id := range r.units {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		seen := map[uint64]bool{}
		for _, v := range r.units[id].Variants {
			for _, t := range terms.IndexTerms(v.Text, v.Lang) {
				if !seen[t] {
					seen[t] = true
					r.post[t] = append(r.post[t], id)
				}
			}
		}
	}
	return r
}

func (r *reference) sorted() []int64 {
	ids := make([]int64, 0, len(r.units))
	for id := range r.units {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

func (r *reference) exactIDs(lang language.Tag, text string) []int64 {
	var out []int64
	for _, id := range r.sorted() {
		for _, v := range r.units[id].Variants {
			if tm.LangKey(v.Lang) == tm.LangKey(lang) && v.Text == text {
				out = append(out, id)
				break
			}
		}
	}
	return out
}

// Probe returns the document frequencies whatever the exact units, as a
// backend with round trips does.
func (r *reference) Probe(ctx context.Context, lang language.Tag, text string, terms []uint64, _ int) ([]int64, []int, int64, error) {
	dfs, maxID, err := r.DocFreqs(ctx, terms)
	return r.exactIDs(lang, text), dfs, maxID, err
}

func (r *reference) DocFreqs(_ context.Context, terms []uint64) ([]int, int64, error) {
	out := make([]int, len(terms))
	for i, t := range terms {
		out[i] = len(r.post[t])
	}
	return out, r.maxID, nil
}

func (r *reference) Postings(_ context.Context, terms []uint64, add func([]byte) error) error {
	for _, t := range terms {
		if ids := r.post[t]; len(ids) > 0 {
			if err := add(postings.Append(nil, 0, ids)); err != nil {
				return err
			}
		}
	}
	return nil
}

func stored(id int64, ord int, v tm.Variant) tm.StoredVariant {
	return tm.StoredVariant{Unit: id, Ord: ord, Variant: tm.Variant{Lang: v.Lang, Text: v.Text, Markup: v.Markup},
		Keys: terms.KeyCount(v.Text, v.Lang)}
}

func (r *reference) SourceVariants(_ context.Context, ids []int64, lang language.Tag) ([]tm.StoredVariant, error) {
	var out []tm.StoredVariant
	for _, id := range ids {
		u, ok := r.units[id]
		if !ok {
			continue
		}
		for i, v := range u.Variants {
			if tm.LangKey(v.Lang) == tm.LangKey(lang) {
				out = append(out, stored(id, i, v))
				break
			}
		}
	}
	return out, nil
}

func (r *reference) Variants(_ context.Context, ids []int64) ([]tm.StoredUnit, error) {
	var out []tm.StoredUnit
	for _, id := range ids {
		u, ok := r.units[id]
		if !ok {
			continue
		}
		su := tm.StoredUnit{ID: id, Changed: u.Changed.Unix()}
		for i, v := range u.Variants {
			su.Variants = append(su.Variants, stored(id, i, v))
		}
		out = append(out, su)
	}
	return out, nil
}

func (r *reference) Units(_ context.Context, ids []int64) ([]tm.Unit, error) {
	var out []tm.Unit
	for _, id := range ids {
		if u, ok := r.units[id]; ok {
			out = append(out, u)
		}
	}
	return out, nil
}

func (r *reference) Langs(context.Context) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	for _, u := range r.units {
		for _, v := range u.Variants {
			if k := tm.LangKey(v.Lang); !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	slices.Sort(out)
	return out, nil
}

func (r *reference) Scan(_ context.Context, lkey, needle string, limit int) ([]int64, error) {
	var out []int64
	for _, id := range r.sorted() {
		for _, v := range r.units[id].Variants {
			if len(out) < limit && tm.LangKey(v.Lang) == lkey && strings.Contains(strings.ToLower(v.Text), needle) {
				out = append(out, id)
				break
			}
		}
	}
	return out, nil
}

// generated adds n generated units (tmgen, built-in sentences, seed 11)
// with whole-second change times, some equal (so that ties of score and
// time are broken by id), and returns the generator, the pairs and the
// stored units.
func generated(t *testing.T, s tm.Store, n int) (*tmgen.Generator, []tmgen.Pair, []tm.Unit) {
	g := tmgen.New(tmgen.Builtin(), 11)
	pairs := g.Units(n)
	units := make([]tm.Unit, len(pairs))
	for i, p := range pairs {
		units[i] = Pair(p.En, p.Ko)
		units[i].TUID = fmt.Sprint(i + 1)
		units[i].Created = t0.Add(time.Duration(i/7) * time.Second)
	}
	add(t, s, units...)
	return g, pairs, all(t, s, tm.ExportOptions{})
}

// testIndex checks a backend's primitives (when it offers them, through
// tm.Indexed) against the reference index of its own units.
func testIndex(t *testing.T, s tm.Store) {
	ixd, ok := s.(tm.Indexed)
	if !ok {
		t.Skip("the store does not implement tm.Indexed: its primitives are not checked")
	}
	ctx := context.Background()
	three := Pair("The Bank of Korea held its key rate at 3.5 percent.", "한국은행은 기준금리를 연 3.5%로 동결했다.")
	three.Variants = append(three.Variants, tm.Variant{Lang: language.BritishEnglish, Text: "The Bank of Korea kept its key rate at 3.5 per cent."})
	add(t, s, three)
	_, _, stored := generated(t, s, 300)
	ref := newReference(stored)
	var ids []int64
	for id := range ref.units {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	// Out of order, with an id that does not exist.
	probe := []int64{ids[len(ids)-1], ids[0], ref.maxID + 1000, ids[len(ids)/2], ids[1]}
	// checkUnits checks Variants and Units of probe (unsorted, with an id
	// that does not exist).
	checkUnits := func(ix tm.Index) error {
		gotV, err := ix.Variants(ctx, probe)
		if err != nil {
			return err
		}
		slices.SortFunc(gotV, func(a, b tm.StoredUnit) int { return int(a.ID - b.ID) })
		wantV, _ := ref.Variants(ctx, probe)
		slices.SortFunc(wantV, func(a, b tm.StoredUnit) int { return int(a.ID - b.ID) })
		if !reflect.DeepEqual(gotV, wantV) {
			t.Errorf("Variants(%v) =\n%+v\nwant\n%+v", probe, gotV, wantV)
		}
		gotU, err := ix.Units(ctx, probe)
		if err != nil {
			return err
		}
		if len(gotU) != len(probe)-1 {
			t.Fatalf("Units(%v) returned %d units, want %d", probe, len(gotU), len(probe)-1)
		}
		for _, u := range gotU {
			if d := diffUnit(u, ref.units[u.ID]); d != "" || u.ID == 0 {
				t.Errorf("Units: unit %d: %s", u.ID, d)
			}
		}
		return nil
	}
	if err := ixd.ReadIndex(ctx, checkUnits); err != nil {
		t.Fatal(err)
	}
	err := ixd.ReadIndex(ctx, func(ix tm.Index) error {
		for _, c := range []struct {
			lang language.Tag
			text string
		}{{en, stored[0].Variants[0].Text}, {ko, stored[5].Variants[1].Text}, {ko, stored[0].Variants[0].Text},
			{language.BritishEnglish, three.Variants[2].Text}, {en, "nothing like it"}} {
			qt := terms.IndexTerms(c.text, c.lang)
			want := ref.exactIDs(c.lang, c.text)
			wantDFs, wantMax, _ := ref.DocFreqs(ctx, qt)
			// The frequencies are due when the exact units are fewer
			// than top; a backend may return them in any case.
			for _, top := range []int{1, 5} {
				got, dfs, maxID, err := ix.Probe(ctx, c.lang, c.text, qt, top)
				if err != nil {
					return err
				}
				slices.Sort(got)
				if !slices.Equal(got, want) {
					t.Errorf("Probe(%v, %q, top %d): exact %v, want %v", c.lang, c.text, top, got, want)
				}
				if dfs == nil && len(got) < top {
					t.Errorf("Probe(%v, %q, top %d): %d exact units and no document frequencies", c.lang, c.text, top, len(got))
				}
				if dfs != nil && (!slices.Equal(dfs, wantDFs) || len(qt) > 0 && maxID != wantMax) {
					t.Errorf("Probe(%v, %q, top %d): document frequencies %v, max id %d; want %v, %d", c.lang, c.text, top, dfs, maxID, wantDFs, wantMax)
				}
			}
		}
		qt := append(terms.IndexTerms(stored[3].Variants[0].Text, en), terms.IndexTerms(stored[4].Variants[1].Text, ko)...)
		qt = append(qt, terms.IndexTerms("zyzzyva quokka", en)...)
		dfs, maxID, err := ix.DocFreqs(ctx, qt)
		if err != nil {
			return err
		}
		wantDFs, wantMax, _ := ref.DocFreqs(ctx, qt)
		if !slices.Equal(dfs, wantDFs) || maxID != wantMax {
			t.Errorf("DocFreqs = %v, max id %d; want %v, %d", dfs, maxID, wantDFs, wantMax)
		}
		for _, term := range qt[:3] {
			var got []int64
			if err := ix.Postings(ctx, []uint64{term}, func(data []byte) error {
				return postings.Decode(data, func(id int64) { got = append(got, id) })
			}); err != nil {
				return err
			}
			slices.Sort(got)
			if want := ref.post[term]; !slices.Equal(got, want) {
				t.Errorf("Postings(%x) = %v, want %v", term, got, want)
			}
		}
		for _, lang := range []language.Tag{en, ko, language.Japanese} {
			got, err := ix.SourceVariants(ctx, probe, lang)
			if err != nil {
				return err
			}
			want, _ := ref.SourceVariants(ctx, probe, lang)
			if len(got)+len(want) > 0 && !reflect.DeepEqual(got, want) {
				t.Errorf("SourceVariants(%v, %v) =\n%+v\nwant\n%+v", probe, lang, got, want)
			}
		}
		// Again after SourceVariants, whose reads a backend may keep
		// for the Variants and Units of the same lookup.
		return checkUnits(ix)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// testSameRanking checks that the store's lookups rank as tm.Lookup over
// the reference index of the same units: the same matches (unit, kind,
// score, explanation, texts, suggestion) in the same order, so every
// backend that passes ranks alike. The store must use tm.Lookup's default
// tuning.
func testSameRanking(t *testing.T, s tm.Store) {
	ctx := context.Background()
	g, pairs, stored := generated(t, s, 2000)
	ref := newReference(stored)
	differ := 0
	queries := g.Queries(pairs, 120)
	for i, q := range queries {
		for _, tq := range []tm.Query{
			{Text: q.Text, Source: q.Source, Target: q.Target, Min: 30, Top: 5},
			{Text: q.Text, Source: q.Source, Target: q.Target, Min: 30, Top: 1},
			{Text: pairs[i].En, Source: en, Target: ko, Top: 3},
			{Text: pairs[i].Ko, Source: ko, Target: language.Und, Min: 60},
		} {
			got := lookup(t, s, tq)
			want, err := tm.Lookup(ctx, ref, tq, tm.Tuning{})
			if err != nil {
				t.Fatal(err)
			}
			if d := diffMatches(got, want); d != "" {
				differ++
				if differ <= 5 {
					t.Errorf("lookup %q (%v→%v, top %d): %s", tq.Text, tq.Source, tq.Target, tq.Top, d)
				}
			}
		}
	}
	if differ > 0 {
		t.Errorf("%d of %d lookups ranked differently from the reference", differ, 4*len(queries))
	}
	// Concordance finds the same units as over the reference.
	for i, cq := range []tm.ConcordanceQuery{
		{Text: strings.Fields(pairs[0].En)[0]}, {Text: strings.Join(strings.Fields(pairs[1].En)[1:3], " "), Lang: en},
		{Text: []string(strings.Fields(pairs[2].Ko))[0], Lang: ko}, {Text: "1", Limit: 7}, {Text: "the", Limit: 500},
	} {
		got, err := s.Concordance(ctx, cq)
		if err != nil {
			t.Fatal(err)
		}
		want, err := tm.Concordance(ctx, ref, cq)
		if err != nil {
			t.Fatal(err)
		}
		var g, w []int64
		for _, u := range got {
			g = append(g, u.ID)
		}
		for _, u := range want {
			w = append(w, u.ID)
		}
		if !slices.Equal(g, w) || i < 3 && len(w) == 0 {
			t.Errorf("Concordance(%+v) = %v, reference %v", cq, g, w)
		}
	}
}

func diffMatches(got, want []tm.Match) string {
	if len(got) != len(want) {
		return fmt.Sprintf("%d matches, want %d", len(got), len(want))
	}
	for i := range got {
		a, b := got[i], want[i]
		if a.Unit.ID != b.Unit.ID || a.Kind != b.Kind || a.Score != b.Score || a.Suggestion != b.Suggestion ||
			a.Source.Text != b.Source.Text || a.Target.Text != b.Target.Text || a.Target.Lang != b.Target.Lang ||
			!reflect.DeepEqual(a.Explanation, b.Explanation) {
			return fmt.Sprintf("match %d: unit %d %v %d %q→%q, want unit %d %v %d %q→%q", i,
				a.Unit.ID, a.Kind, a.Score, a.Source.Text, a.Target.Text, b.Unit.ID, b.Kind, b.Score, b.Source.Text, b.Target.Text)
		}
	}
	return ""
}
