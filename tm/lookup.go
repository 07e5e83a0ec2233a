package tm

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"golang.org/x/text/language"

	"bitext/tm/internal/terms"
	"bitext/tm/postings"
)

// Index is what a backend offers Lookup and Concordance: reads of its units, their
// variants and its inverted index (package postings), all from one
// snapshot; a backend's Store.Lookup binds an Index to one read
// transaction and calls Lookup with it. The algorithm (which terms and
// candidates are read, scoring, ranking) is Lookup's alone, so every
// backend returns the same matches for the same memory.
type Index interface {
	// Probe returns the units with a variant in the base language of
	// lang whose NFC text is text (found by the backend's key of both)
	// and, when they are fewer than top, what DocFreqs returns for terms.
	// It is where a lookup starts, so that a backend with a round trip
	// per read can read both at once (and may return the frequencies
	// whatever the exact units); otherwise dfs is nil.
	Probe(ctx context.Context, lang language.Tag, text string, terms []uint64, top int) (exact []int64, dfs []int, maxID int64, err error)
	// DocFreqs returns, for each of terms, the number of postings stored
	// under it (0 when none), and the highest unit id stored.
	DocFreqs(ctx context.Context, terms []uint64) (dfs []int, maxID int64, err error)
	// Postings calls add with every stored segment of the posting lists
	// of terms, in any order; data is only valid during the call. An
	// error of add ends the reading and is returned.
	Postings(ctx context.Context, terms []uint64, add func(data []byte) error) error
	// SourceVariants returns, for each of ids that has one, its first
	// variant in the base language of lang, in the order of ids.
	SourceVariants(ctx context.Context, ids []int64, lang language.Tag) ([]StoredVariant, error)
	// Variants returns every variant (in stored order) of the units ids
	// that exist, with their change times, in the order of ids.
	Variants(ctx context.Context, ids []int64) ([]StoredUnit, error)
	// Units returns the whole units ids that exist, in the order of ids.
	Units(ctx context.Context, ids []int64) ([]Unit, error)
	// Langs returns the language keys (LangKey) of the stored variants,
	// sorted.
	Langs(ctx context.Context) ([]string, error)
	// Scan returns at most limit units with a variant in the language key
	// lkey whose lowercased text contains needle, for a concordance query
	// without index terms.
	Scan(ctx context.Context, lkey, needle string, limit int) ([]int64, error)
}

// Indexed is implemented by a store whose Lookup is Lookup over its
// Index: ReadIndex calls fn with an Index of one read. The conformance
// suite (tm/tmtest) checks a backend's primitives through it.
type Indexed interface {
	ReadIndex(ctx context.Context, fn func(Index) error) error
}

// StoredVariant is a variant as an Index returns it.
type StoredVariant struct {
	Unit int64 // the unit's id
	Ord  int   // its position among the unit's variants
	Variant
	Keys int // KeyCount of the text, as stored
}

// StoredUnit is the variants of one unit as an Index returns them.
type StoredUnit struct {
	ID       int64
	Changed  int64 // change time, Unix seconds
	Variants []StoredVariant
}

// Tuning bounds the work of a fuzzy lookup. Budget is the most postings
// read (the rarest terms of the query whose document frequencies add up
// to it, and at least the rarest one's); 0 is postings.Budget of the
// memory's size (its highest unit id). Candidates is the most units
// rescored with Score: those sharing the most terms with the query (the
// newest first among ties); 0 is DefaultCandidates. Numbers, when not
// nil, keeps the numbers read from matches' texts across the lookups
// that share it (a store's): the matches are the same with or without it.
type Tuning struct {
	Budget, Candidates int
	Numbers            *NumberCache
}

// DefaultCandidates is the number of units a fuzzy lookup rescores when
// Tuning.Candidates is 0.
const DefaultCandidates = 60

// Lookup returns the best matches for q in ix, best first (in-context
// exact, exact, then fuzzy by score; ties: the most trusted origin, then
// the most recently changed, then the oldest id). It is the lookup of
// every backend:
//
//  1. exact matches by the key of the query's text;
//  2. unless they fill the top, fuzzy candidates: the posting lists of the
//     query's rarest terms within the budget, the units sharing the most
//     of them;
//  3. the source variants of both, scored (those whose length alone keeps
//     them under q.Min are not);
//  4. the target variants only of the matches that can still reach the
//     top, and whole units only of those returned.
func Lookup(ctx context.Context, ix Index, q Query, t Tuning) ([]Match, error) {
	if q.Min == 0 {
		q.Min = DefaultMin
	}
	if q.Top <= 0 {
		q.Top = DefaultTop
	}
	if t.Candidates <= 0 {
		t.Candidates = DefaultCandidates
	}
	l := &lookup{ix: ix, q: q, t: t, qa: Analyze(q.Text, q.Markup, q.Source)}
	defer l.release()
	if strings.TrimSpace(l.qa.Text) == "" {
		return nil, nil
	}
	qt := terms.IndexTerms(l.qa.Text, l.qa.Lang)
	exact, dfs, maxID, err := ix.Probe(ctx, q.Source, l.qa.Text, qt, q.Top)
	if err != nil {
		return nil, err
	}
	l.exact = make(map[int64]bool, len(exact))
	for _, id := range exact {
		l.exact[id] = true
	}
	var cands []int64
	if len(exact) < q.Top {
		if cands, err = l.candidates(ctx, qt, dfs, maxID); err != nil {
			return nil, err
		}
	}
	srcs, err := ix.SourceVariants(ctx, append(exact, cands...), q.Source)
	if err != nil {
		return nil, err
	}
	pend := l.score(srcs)
	if len(pend) == 0 {
		return nil, nil
	}
	found, err := l.targets(ctx, pend)
	if err != nil || len(found) == 0 {
		return nil, err
	}
	return l.matches(ctx, found)
}

// lookup is the state of one Lookup.
type lookup struct {
	ix    Index
	q     Query
	t     Tuning
	qa    *Analysis
	exact map[int64]bool // the units found by the exact key
	// pend and found are the room of score's and targets' matches,
	// taken from scoredBufs and given back by release.
	pend, found *[]scored
}

// scoredBufs keeps the room of the scored matches of finished lookups: a
// lookup rescoring 60 candidates fills about 20 KB of them, which are
// garbage once its Matches are made.
var scoredBufs sync.Pool

// buf returns an empty slice of scored with room for n, kept in *p for
// release.
func (l *lookup) buf(p **[]scored, n int) []scored {
	if *p == nil {
		if b, ok := scoredBufs.Get().(*[]scored); ok {
			*p = b
		} else {
			*p = new([]scored)
		}
	}
	if cap(**p) < n {
		**p = make([]scored, 0, n)
	}
	return (**p)[:0]
}

// release gives the lookup's scored matches back to scoredBufs, cleared
// (no texts or analyses kept alive by them). Nothing may use them after.
func (l *lookup) release() {
	for _, p := range []*[]scored{l.pend, l.found} {
		if p != nil {
			clear((*p)[:cap(*p)])
			scoredBufs.Put(p)
		}
	}
	l.pend, l.found = nil, nil
}

// candidates returns the units sharing the most of the query's rarest
// terms qt (whose document frequencies are sums, the highest unit id
// maxID), at most t.Candidates, reading at most the budget's postings
// (and at least the rarest term's), leaving out the exact matches.
func (l *lookup) candidates(ctx context.Context, qt []uint64, sums []int, maxID int64) ([]int64, error) {
	if len(qt) == 0 {
		return nil, nil
	}
	if len(sums) != len(qt) {
		return nil, fmt.Errorf("tm: the index returned %d document frequencies for %d terms", len(sums), len(qt))
	}
	dfs := make([]postings.Term, 0, len(qt))
	for i, t := range qt {
		if i < len(sums) && sums[i] > 0 {
			dfs = append(dfs, postings.Term{Term: t, DF: sums[i]})
		}
	}
	if len(dfs) == 0 {
		return nil, nil
	}
	if maxID > postings.MaxID {
		return nil, fmt.Errorf("tm: unit ids above %d", int64(postings.MaxID))
	}
	budget := l.t.Budget
	if budget <= 0 {
		budget = postings.Budget(int(maxID))
	}
	used := postings.Plan(dfs, budget)
	read := make([]uint64, used)
	for i := range read {
		read[i] = dfs[i].Term
	}
	c := postings.NewCounter(maxID)
	defer c.Release()
	if err := l.ix.Postings(ctx, read, c.Add); err != nil {
		return nil, err
	}
	return c.Top(used, l.t.Candidates, l.exact), nil
}

// scored is a match before its unit is read.
type scored struct {
	id, changed int64
	ord         int // of the source variant
	score       int
	kind        Kind
	expl        Explanation
	src, target Variant
}

// score scores the source variants: an exact unit's when its text is the
// query's, a candidate's when it reaches q.Min. The result is sorted by
// score, best first.
func (l *lookup) score(srcs []StoredVariant) []scored {
	qa, qn := l.qa, len(l.qa.Keys)
	out := l.buf(&l.pend, len(srcs))
	// One analysis's room serves every candidate in turn: a match keeps
	// only its score (matches analyses again the few numbers-only ones
	// returned, for their suggestions).
	var ca *Analysis
	for _, sv := range srcs {
		if l.exact[sv.Unit] {
			if sv.Text != qa.Text {
				continue
			}
			out = append(out, scored{id: sv.Unit, ord: sv.Ord, score: 100, kind: Exact, src: sv.Variant,
				expl: Explanation{Mode: qa.Mode, Base: 100, Score: 100, Length: qn}})
			continue
		}
		if UpperBound(qn, sv.Keys, min(qn, sv.Keys)) < float64(l.q.Min) {
			continue
		}
		ca = analyzeInto(ca, sv.Text, sv.Markup, sv.Lang)
		e := Score(qa, ca)
		if e.Score < l.q.Min {
			continue
		}
		m := scored{id: sv.Unit, ord: sv.Ord, score: e.Score, kind: Fuzzy, expl: e, src: sv.Variant}
		if e.Score == 100 { // same text, other key: cannot happen, but keep kinds honest
			m.kind = Exact
		}
		out = append(out, m)
	}
	slices.SortStableFunc(out, byScore)
	return out
}

// targets reads the target variants (and the units' change times, which
// break ties) of the best of pend first: the batch that can still reach
// the top, then more only while the top is not full or ties it. Exact
// matches, all at 100, come first and are all read (their context may
// rank one above the rest). Matches without a target variant are
// dropped; the rest come back ranked by score, change time and id.
func (l *lookup) targets(ctx context.Context, pend []scored) ([]scored, error) {
	top := l.q.Top
	found := l.buf(&l.found, min(len(pend), 32))
	for next := 0; next < len(pend); {
		if len(found) >= top && pend[next].kind != Exact && pend[next].score < found[top-1].score {
			break
		}
		end := min(len(pend), next+max(1, top-len(found)))
		for end < len(pend) && (pend[end].score == pend[end-1].score || pend[end].kind == Exact) {
			end++
		}
		batch := pend[next:end]
		next = end
		ids := make([]int64, len(batch))
		for i, p := range batch {
			ids[i] = p.id
		}
		units, err := l.ix.Variants(ctx, ids)
		if err != nil {
			return nil, err
		}
		byID := make(map[int64]*StoredUnit, len(units))
		for i := range units {
			byID[units[i].ID] = &units[i]
		}
		for _, m := range batch {
			u := byID[m.id]
			if u == nil {
				continue
			}
			tgt := pickTarget(u.Variants, m.ord, l.q.Source, l.q.Target)
			if tgt == nil {
				continue
			}
			m.changed, m.target = u.Changed, tgt.Variant
			found = append(found, m)
		}
		slices.SortStableFunc(found, byScore)
	}
	slices.SortStableFunc(found, func(a, b scored) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		if c := cmp.Compare(b.changed, a.changed); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	*l.found = found // grown: its room is what release keeps
	return found, nil
}

// byScore orders scored matches by score, highest first (stable sorts
// keep the order of equal scores).
func byScore(a, b scored) int { return cmp.Compare(b.score, a.score) }

// pickTarget returns the target variant of vs (in stored order) for the
// source variant at srcOrd: the first other variant in target, or, when
// target is Und, the first in another language than source.
func pickTarget(vs []StoredVariant, srcOrd int, source, target language.Tag) *StoredVariant {
	for i := range vs {
		if vs[i].Ord == srcOrd {
			continue
		}
		if target == language.Und && !SameLanguage(vs[i].Lang, source) || SameLanguage(vs[i].Lang, target) {
			return &vs[i]
		}
	}
	return nil
}

// matches reads the whole units of the ranked matches returned, and of
// every exact one (its context may make it in-context, which ranks above
// the rest) and of every match tied with the last of the top (a
// translator's unit ranks above an aligned one at equal score), and
// returns the top q.Top.
func (l *lookup) matches(ctx context.Context, found []scored) ([]Match, error) {
	var need []int64
	for i, f := range found {
		// Matches tied with the last of the top are read too: their
		// origins break the tie (ranksAbove).
		if i >= l.q.Top && f.kind != Exact && f.score < found[l.q.Top-1].score {
			found = found[:i]
			break
		}
		need = append(need, f.id)
	}
	units, err := l.ix.Units(ctx, need)
	if err != nil {
		return nil, err
	}
	whole := make(map[int64]*Unit, len(units))
	for i := range units {
		whole[units[i].ID] = &units[i]
	}
	// Ranked by their scores and units first; Matches made only of the
	// top, with their suggestions (a match's rank does not depend on it).
	type candidate struct {
		f     *scored
		u     *Unit
		score int
		kind  Kind
	}
	cs := make([]candidate, 0, len(found))
	for i := range found {
		f := &found[i]
		u := whole[f.id]
		if u == nil {
			continue // deleted meanwhile
		}
		c := candidate{f: f, u: u, score: f.score, kind: f.kind}
		if c.kind == Exact && inContext(l.q.Context, u.Context) {
			c.kind, c.score = InContext, 101
		}
		cs = append(cs, c)
	}
	sort.SliceStable(cs, func(i, j int) bool { return ranksAbove(cs[i].score, cs[i].u, cs[j].score, cs[j].u) })
	if len(cs) > l.q.Top {
		cs = cs[:l.q.Top]
	}
	out := make([]Match, len(cs))
	for i, c := range cs {
		f := c.f
		m := Match{Unit: *c.u, Score: c.score, Kind: c.kind, Explanation: f.expl,
			Source: Variant{Lang: f.src.Lang, Text: f.src.Text, Markup: f.src.Markup},
			Target: Variant{Lang: f.target.Lang, Text: f.target.Text, Markup: f.target.Markup}}
		if c.kind == InContext {
			m.Explanation.Score = 101
		}
		if f.expl.NumbersOnly {
			// The analysis score made of the source, made again.
			ca := Analyze(f.src.Text, f.src.Markup, f.src.Lang)
			m.Suggestion = suggest(l.qa, ca, l.t.Numbers.Extract(ca.Text, ca.Lang), f.target.Text, l.t.Numbers.Extract(f.target.Text, f.target.Lang))
		}
		out[i] = m
	}
	return out, nil
}

// inContext reports whether a unit's context u makes an exact match of a
// query in context q in-context: the same neighbours, or the same
// document.
func inContext(q, u Context) bool {
	if q.Prev != "" || q.Next != "" {
		if q.Prev == u.Prev && q.Next == u.Next {
			return true
		}
	}
	return q.DocID != "" && q.DocID == u.DocID
}
