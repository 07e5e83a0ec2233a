package pipeline

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"bitext/article"
)

// listMemory answers every lookup with its list (a copy, in the order
// given), records the queries, and fails with err when set.
type listMemory struct {
	list    map[string][]article.Match
	queries []Query
	err     error
}

func (m *listMemory) Lookup(_ context.Context, q Query) ([]article.Match, error) {
	m.queries = append(m.queries, q)
	if m.err != nil {
		return nil, m.err
	}
	return append([]article.Match(nil), m.list[q.Text]...), nil
}

func (m *listMemory) Add(context.Context, []Unit) error { return nil }

// Three candidates of one segment, out of order: an 80% fuzzy match, an
// exact match and a 90% one.
var (
	fuzzy80 = article.Match{Kind: article.Fuzzy, Score: 80, Source: "국회는 예산안을 처리했다.", Target: "The Assembly handled the budget.", Origin: "alignment 0.71, unreviewed", OriginKind: "alignment", Review: "unreviewed", Confidence: 0.71}
	exact   = article.Match{Kind: article.Exact, Score: 100, Source: "국회는 예산안을 통과시켰다.", Target: "The Assembly passed the budget.", Origin: "translator, final", OriginKind: "translator", Review: "final"}
	fuzzy90 = article.Match{Kind: article.Fuzzy, Score: 90, Source: "국회는 추경안을 통과시켰다.", Target: "The Assembly passed the extra budget.", Origin: "tmx desk.tmx, translated", OriginKind: "tmx", Review: "translated"}
)

// TestLookupSegments: every candidate the TM returns is kept, best first,
// at most tm.candidates; the query carries the threshold, the number
// wanted and the neighbours; a segment without candidates has none; the
// best is what Best, Prefill and the bands use.
func TestLookupSegments(t *testing.T) {
	const text = "국회는 예산안을 통과시켰다."
	three := []article.Match{fuzzy80, exact, fuzzy90}
	for _, tc := range []struct {
		name       string
		candidates int // tm.candidates; 0 is the default
		list       []article.Match
		want       []article.Match
		wantTop    int
	}{
		{"three, best first", 0, three, []article.Match{exact, fuzzy90, fuzzy80}, DefaultCandidates},
		{"at most two", 2, three, []article.Match{exact, fuzzy90}, 2},
		{"one", 1, three, []article.Match{exact}, 1},
		{"in-context before exact", 5, []article.Match{exact, {Kind: article.InContext, Score: 101, Target: "in context"}},
			[]article.Match{{Kind: article.InContext, Score: 101, Target: "in context"}, exact}, 5},
		{"equal ranks keep the TM's order", 5, []article.Match{fuzzy90, {Kind: article.Fuzzy, Score: 90, Target: "second"}},
			[]article.Match{fuzzy90, {Kind: article.Fuzzy, Score: 90, Target: "second"}}, 5},
		{"none", 5, nil, nil, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.TM.Threshold = 70
			cfg.TM.Candidates = tc.candidates
			mem := &listMemory{list: map[string][]article.Match{text: tc.list}}
			r := &runner{cfg: cfg, steps: Steps{Memory: mem}}
			segs := []article.Segment{{Text: "앞 문장."}, {Text: text}, {Text: "뒤 문장."}}
			if err := r.lookupSegments(context.Background(), "a", segs, language.Korean, language.English); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(segs[1].Matches, tc.want) {
				t.Errorf("matches %+v\nwant %+v", segs[1].Matches, tc.want)
			}
			if segs[0].Matches != nil || segs[2].Matches != nil {
				t.Errorf("segments without candidates have %+v, %+v", segs[0].Matches, segs[2].Matches)
			}
			q := mem.queries[1]
			if q.Text != text || q.Threshold != 70 || q.Top != tc.wantTop || q.Prev != "앞 문장." || q.Next != "뒤 문장." {
				t.Errorf("query %+v", q)
			}
			if best, ok := segs[1].Best(); ok != (len(tc.want) > 0) || ok && best != tc.want[0] {
				t.Errorf("Best %+v, %v; want the first candidate", best, ok)
			}
		})
	}
}

// TestLookupSegmentsError: a TM that fails is the environment's problem,
// named with the article.
func TestLookupSegmentsError(t *testing.T) {
	r := &runner{cfg: DefaultConfig(), steps: Steps{Memory: &listMemory{err: errors.New("disk gone")}}}
	err := r.lookupSegments(context.Background(), "budget", []article.Segment{{Text: "x"}}, language.Korean, language.English)
	var env *EnvError
	if !errors.As(err, &env) || !strings.Contains(err.Error(), "budget: lookup: disk gone") {
		t.Errorf("error %v, want an EnvError naming the article", err)
	}
}

// TestPrefillThreshold: with tm.prefill above the lookup threshold, a
// segment whose best candidate is under it keeps its candidates and gets
// no target; one at or above it is pre-filled from its best.
func TestPrefillThreshold(t *testing.T) {
	cfg := DefaultConfig()
	cfg.TM.Threshold = 75
	cfg.TM.Prefill = 85
	mem := &listMemory{list: map[string][]article.Match{
		"가.": {fuzzy80},
		"나.": {fuzzy80, fuzzy90},
		"다.": {exact, fuzzy80},
	}}
	r := &runner{cfg: cfg, steps: Steps{Memory: mem}}
	a := &Article{Article: article.Article{Name: "a", Source: []article.Segment{{Text: "가."}, {Text: "나."}, {Text: "다."}}}}
	if err := r.lookupSegments(context.Background(), "a", a.Source, language.Korean, language.English); err != nil {
		t.Fatal(err)
	}
	if n := a.Pretranslate(cfg.TM.PrefillThreshold()); n != 2 {
		t.Fatalf("%d pre-filled, want 2", n)
	}
	if len(a.Source[0].Matches) != 1 || len(a.Source[1].Matches) != 2 || len(a.Source[2].Matches) != 2 {
		t.Errorf("candidates %d %d %d, want 1 2 2", len(a.Source[0].Matches), len(a.Source[1].Matches), len(a.Source[2].Matches))
	}
	want := []article.Link{{Source: []int{1}, Target: []int{0}, Confidence: 1}, {Source: []int{2}, Target: []int{1}, Confidence: 1}}
	if !reflect.DeepEqual(a.Links, want) || a.Target[0].Text != fuzzy90.Target || a.Target[1].Text != exact.Target {
		t.Errorf("links %+v targets %+v", a.Links, a.Target)
	}
	// By default the prefill threshold is the lookup threshold: the 80%
	// candidate pre-fills.
	cfg.TM.Prefill = 0
	if p := cfg.TM.PrefillThreshold(); p != 75 {
		t.Errorf("default prefill %d, want the threshold 75", p)
	}
}

// TestLookupJoinedCandidates: a 2-1 link's joined lookup, when its best
// beats a segment's own, puts the joined candidates first and keeps the
// segment's own after them, at most tm.candidates.
func TestLookupJoinedCandidates(t *testing.T) {
	cfg := DefaultConfig()
	cfg.TM.Candidates = 3
	joined := article.Match{Kind: article.Exact, Score: 100, Source: "가. 나.", Target: "A and B."}
	mem := &listMemory{list: map[string][]article.Match{
		"가. 나.": {joined, fuzzy80},
	}}
	r := &runner{cfg: cfg, steps: Steps{Memory: mem}}
	a := &Article{Article: article.Article{Name: "a",
		Source: []article.Segment{{Text: "가.", Matches: []article.Match{fuzzy90}}, {Text: "나.", Matches: []article.Match{exact}}},
		Links:  []article.Link{{Source: []int{0, 1}, Target: []int{0}, Confidence: 0.9}},
	}}
	if err := r.lookupJoined(context.Background(), a, a.Source, language.Korean, language.English); err != nil {
		t.Fatal(err)
	}
	if got, want := a.Source[0].Matches, []article.Match{joined, fuzzy90, fuzzy80}; !reflect.DeepEqual(got, want) {
		t.Errorf("segment 0: %+v\nwant %+v", got, want)
	}
	// The joined exact match does not beat the segment's own exact one.
	if got, want := a.Source[1].Matches, []article.Match{exact}; !reflect.DeepEqual(got, want) {
		t.Errorf("segment 1: %+v\nwant %+v", got, want)
	}
	if q := mem.queries[0]; q.Top != 3 || q.Text != "가. 나." {
		t.Errorf("query %+v", q)
	}
}

// TestConfigCandidatesPrefill: tm.candidates and tm.prefill are read,
// checked and enter the settings' fingerprint only when not the default.
func TestConfigCandidatesPrefill(t *testing.T) {
	def := DefaultConfig()
	for _, tc := range []struct {
		toml, err      string
		cands, prefill int
		fp             string
	}{
		{"", "", DefaultCandidates, 75, ""},
		{"[tm]\ncandidates = 3\nprefill = 85\n", "", 3, 85, " candidates=3 prefill=85"},
		{"[tm]\nthreshold = 80\nprefill = 80\n", "", DefaultCandidates, 80, ""},
		{"[tm]\nprefill = 101\n", "", DefaultCandidates, 101, " prefill=101"},
		{"[tm]\ncandidates = 0\n", "tm.candidates: 0 is outside 1..50", 0, 0, ""},
		{"[tm]\ncandidates = 51\n", "tm.candidates: 51 is outside 1..50", 0, 0, ""},
		{"[tm]\nprefill = 70\n", "tm.prefill: 70 is outside tm.threshold..101 (75..101)", 0, 0, ""},
		{"[tm]\nprefill = 102\n", "tm.prefill: 102 is outside", 0, 0, ""},
	} {
		cfg, err := ParseConfig("bitext.toml", []byte(tc.toml))
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%q: error %v, want %q", tc.toml, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tc.toml, err)
			continue
		}
		if cfg.TM.candidates() != tc.cands || cfg.TM.PrefillThreshold() != tc.prefill {
			t.Errorf("%q: candidates %d prefill %d, want %d %d", tc.toml, cfg.TM.candidates(), cfg.TM.PrefillThreshold(), tc.cands, tc.prefill)
		}
		base := def
		base.TM.Threshold = cfg.TM.Threshold
		if fp := strings.TrimPrefix(cfg.fingerprint(), base.fingerprint()); fp != tc.fp {
			t.Errorf("%q: fingerprint adds %q, want %q", tc.toml, fp, tc.fp)
		}
	}
}
