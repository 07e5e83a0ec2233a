// Package tmtest is the conformance suite of translation memory backends.
// Every tm.Store implementation runs it from its own tests:
//
//	func TestConformance(t *testing.T) {
//		tmtest.Run(t, func(t *testing.T) tm.Store {
//			s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "t.tm"))
//			if err != nil {
//				t.Fatal(err)
//			}
//			return s
//		})
//	}
//
// open must return a new, empty store each time; Run closes it.
package tmtest

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"bitext/tm"
)

var (
	en = language.English
	ko = language.Korean
)

// Pair returns a two-language unit with en as the source.
func Pair(enText, koText string) tm.Unit {
	return tm.Unit{SourceLang: en, Variants: []tm.Variant{{Lang: en, Text: enText}, {Lang: ko, Text: koText}}}
}

var t0 = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)

// Run runs every conformance test against stores made by open.
func Run(t *testing.T, open func(t *testing.T) tm.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s tm.Store)
	}{
		{"Empty", testEmpty},
		{"AddStats", testAddStats},
		{"Duplicates", testDuplicates},
		{"Alternatives", testAlternatives},
		{"ExactBothDirections", testExact},
		{"InContext", testInContext},
		{"Fuzzy", testFuzzy},
		{"FuzzyKorean", testFuzzyKorean},
		{"NumberSubstitution", testNumbers},
		{"Penalties", testPenalties},
		{"Concordance", testConcordance},
		{"RoundTrip", testRoundTrip},
		{"Provenance", testProvenance},
		{"ProvenanceTieBreak", testProvenanceTieBreak},
		{"ProvenancePromoted", testProvenancePromoted},
		{"PromotedBetweenLookups", testPromotedBetweenLookups},
		{"NFC", testNFC},
		{"Rollback", testRollback},
		{"BadUnit", testBadUnit},
		{"ExportLangs", testExportLangs},
		{"IterateAfter", testIterateAfter},
		{"RecallAgainstBruteForce", testRecall},
		{"IndexPrimitives", testIndex},
		{"SameRankingAsReference", testSameRanking},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tc.fn(t, s)
		})
	}
}

func add(t *testing.T, s tm.Store, units ...tm.Unit) tm.AddResult {
	t.Helper()
	res, err := s.Add(context.Background(), units)
	if err != nil {
		t.Fatalf("Add: %v", err)
	}
	return res
}

func lookup(t *testing.T, s tm.Store, q tm.Query) []tm.Match {
	t.Helper()
	ms, err := s.Lookup(context.Background(), q)
	if err != nil {
		t.Fatalf("Lookup(%q): %v", q.Text, err)
	}
	return ms
}

func all(t *testing.T, s tm.Store, opt tm.ExportOptions) []tm.Unit {
	t.Helper()
	var out []tm.Unit
	if err := s.Iterate(context.Background(), opt, func(u tm.Unit) error { out = append(out, u); return nil }); err != nil {
		t.Fatalf("Iterate: %v", err)
	}
	return out
}

func testEmpty(t *testing.T, s tm.Store) {
	st, err := s.Stats(context.Background())
	if err != nil || st.Units != 0 {
		t.Fatalf("Stats of a new store = %+v, %v", st, err)
	}
	if ms := lookup(t, s, tm.Query{Text: "Hello", Source: en, Target: ko}); len(ms) != 0 {
		t.Fatalf("lookup in an empty store: %v", ms)
	}
	if us := all(t, s, tm.ExportOptions{}); len(us) != 0 {
		t.Fatalf("empty store iterates %d units", len(us))
	}
}

func testAddStats(t *testing.T, s tm.Store) {
	res := add(t, s,
		Pair("The Bank of Korea held its key rate at 3.5 percent.", "한국은행은 기준금리를 연 3.5%로 동결했다."),
		Pair("Exports rose 7 percent in May.", "5월 수출은 7% 늘었다."),
	)
	if res != (tm.AddResult{Added: 2}) {
		t.Fatalf("Add = %+v, want 2 added", res)
	}
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Units != 2 || st.Languages["en"] != 2 || st.Languages["ko"] != 2 {
		t.Fatalf("Stats = %+v", st)
	}
}

func testDuplicates(t *testing.T, s tm.Store) {
	u := Pair("The minister arrived in Seoul on Monday.", "장관은 월요일 서울에 도착했다.")
	u.Created, u.Changed = t0, t0
	add(t, s, u)
	later := u
	later.Changed = t0.Add(48 * time.Hour)
	later.Changer = "editor2"
	res := add(t, s, later)
	if res != (tm.AddResult{Updated: 1}) {
		t.Fatalf("second Add = %+v, want 1 updated", res)
	}
	us := all(t, s, tm.ExportOptions{})
	if len(us) != 1 {
		t.Fatalf("%d units after a duplicate, want 1", len(us))
	}
	if !us[0].Changed.Equal(later.Changed) {
		t.Errorf("changed = %v, want %v", us[0].Changed, later.Changed)
	}
	if !us[0].Created.Equal(t0) {
		t.Errorf("created = %v, want %v", us[0].Created, t0)
	}
	// The same unit twice in one batch is one unit too.
	res = add(t, s, Pair("A", "에이"), Pair("A", "에이"))
	if res != (tm.AddResult{Added: 1, Updated: 1}) {
		t.Fatalf("Add of a repeated unit = %+v", res)
	}
}

func testAlternatives(t *testing.T, s tm.Store) {
	add(t, s, Pair("He declined to comment.", "그는 논평을 거부했다."))
	res := add(t, s, Pair("He declined to comment.", "그는 언급을 피했다."))
	if res != (tm.AddResult{Alternatives: 1}) {
		t.Fatalf("Add = %+v, want 1 alternative", res)
	}
	ms := lookup(t, s, tm.Query{Text: "He declined to comment.", Source: en, Target: ko})
	if len(ms) != 2 {
		t.Fatalf("lookup found %d matches, want both alternatives", len(ms))
	}
	got := map[string]bool{}
	for _, m := range ms {
		if m.Kind != tm.Exact || m.Score != 100 {
			t.Errorf("alternative %q: kind %v score %d", m.Target.Text, m.Kind, m.Score)
		}
		got[m.Target.Text] = true
	}
	if !got["그는 논평을 거부했다."] || !got["그는 언급을 피했다."] {
		t.Errorf("alternatives = %v", got)
	}
}

func testExact(t *testing.T, s tm.Store) {
	add(t, s, Pair("North Korea fired a ballistic missile on Sunday.", "북한이 일요일 탄도미사일을 발사했다."))
	ms := lookup(t, s, tm.Query{Text: "North Korea fired a ballistic missile on Sunday.", Source: en, Target: ko})
	if len(ms) != 1 || ms[0].Kind != tm.Exact || ms[0].Score != 100 || ms[0].Target.Text != "북한이 일요일 탄도미사일을 발사했다." {
		t.Fatalf("en→ko = %+v", ms)
	}
	ms = lookup(t, s, tm.Query{Text: "북한이 일요일 탄도미사일을 발사했다.", Source: ko, Target: en})
	if len(ms) != 1 || ms[0].Kind != tm.Exact || ms[0].Target.Text != "North Korea fired a ballistic missile on Sunday." {
		t.Fatalf("ko→en = %+v", ms)
	}
	// Regional tags match their language.
	ms = lookup(t, s, tm.Query{Text: "North Korea fired a ballistic missile on Sunday.", Source: language.MustParse("en-US"), Target: language.MustParse("ko-KR")})
	if len(ms) != 1 {
		t.Fatalf("en-US→ko-KR found %d", len(ms))
	}
	// No unit in the wanted target language: nothing.
	if ms := lookup(t, s, tm.Query{Text: "North Korea fired a ballistic missile on Sunday.", Source: en, Target: language.Japanese}); len(ms) != 0 {
		t.Fatalf("en→ja = %+v", ms)
	}
}

func testInContext(t *testing.T, s tm.Store) {
	prev, next := tm.SegmentHash("Officials met on Tuesday."), tm.SegmentHash("No agreement was reached.")
	a := Pair("The talks resumed.", "회담이 재개됐다.")
	a.Context = tm.Context{DocID: "doc-1", Prev: prev, Next: next}
	b := Pair("The talks resumed.", "협상이 다시 시작됐다.")
	b.Context = tm.Context{DocID: "doc-2"}
	add(t, s, a, b)
	ms := lookup(t, s, tm.Query{Text: "The talks resumed.", Source: en, Target: ko, Context: tm.Context{Prev: prev, Next: next}})
	if len(ms) != 2 || ms[0].Kind != tm.InContext || ms[0].Score != 101 || ms[0].Target.Text != "회담이 재개됐다." {
		t.Fatalf("in-context by neighbours = %+v", ms)
	}
	if ms[1].Kind != tm.Exact || ms[1].Score != 100 {
		t.Fatalf("second match = %v %d, want exact 100", ms[1].Kind, ms[1].Score)
	}
	ms = lookup(t, s, tm.Query{Text: "The talks resumed.", Source: en, Target: ko, Context: tm.Context{DocID: "doc-2"}})
	if len(ms) != 2 || ms[0].Kind != tm.InContext || ms[0].Target.Text != "협상이 다시 시작됐다." {
		t.Fatalf("in-context by document = %+v", ms)
	}
}

func testFuzzy(t *testing.T, s tm.Store) {
	add(t, s,
		Pair("The government will announce new measures to stabilize housing prices next week.", "정부는 다음 주 집값 안정을 위한 새로운 대책을 발표할 예정이다."),
		Pair("The opposition party called for an independent investigation.", "야당은 독립적인 조사를 촉구했다."),
	)
	ms := lookup(t, s, tm.Query{Text: "The government will announce new measures to stabilize rental prices next month.", Source: en, Target: ko, Min: 50})
	if len(ms) != 1 {
		t.Fatalf("fuzzy lookup found %d, want 1: %+v", len(ms), ms)
	}
	m := ms[0]
	if m.Kind != tm.Fuzzy || m.Score >= 100 || m.Score < 75 {
		t.Fatalf("fuzzy match kind %v score %d", m.Kind, m.Score)
	}
	e := m.Explanation
	if e.Mode != tm.Tokens || e.Edits != 2 || e.Length != 12 {
		t.Errorf("explanation = %+v, want 2 token edits of 12", e)
	}
	if m.Source.Text != "The government will announce new measures to stabilize housing prices next week." {
		t.Errorf("source = %q", m.Source.Text)
	}
	// A minimum above the score drops it.
	if ms := lookup(t, s, tm.Query{Text: "The government will announce new measures to stabilize rental prices next month.", Source: en, Target: ko, Min: 90}); len(ms) != 0 {
		t.Fatalf("min 90 kept %d matches", len(ms))
	}
	// Top limits the number of matches.
	add(t, s,
		Pair("The government will announce new measures to stabilize housing prices next month.", "정부는 다음 달 집값 안정 대책을 발표한다."),
		Pair("The government will announce new measures to stabilize housing prices this week.", "정부는 이번 주 집값 안정 대책을 발표한다."),
	)
	ms = lookup(t, s, tm.Query{Text: "The government will announce new measures to stabilize rental prices next month.", Source: en, Target: ko, Min: 50, Top: 2})
	if len(ms) != 2 || ms[0].Score < ms[1].Score {
		t.Fatalf("top 2 = %+v", ms)
	}
	if ms[0].Source.Text != "The government will announce new measures to stabilize housing prices next month." {
		t.Errorf("best = %q", ms[0].Source.Text)
	}
}

func testFuzzyKorean(t *testing.T, s tm.Store) {
	add(t, s,
		Pair("Seoul's subway fares will rise next month.", "서울 지하철 요금이 다음 달부터 오른다."),
		Pair("Busan's bus fares will rise next year.", "부산 버스 요금이 내년부터 오른다."),
	)
	ms := lookup(t, s, tm.Query{Text: "서울 지하철 요금이 다음 주부터 오른다.", Source: ko, Target: en, Min: 60})
	if len(ms) == 0 {
		t.Fatal("no Korean fuzzy match")
	}
	if ms[0].Target.Text != "Seoul's subway fares will rise next month." || ms[0].Explanation.Mode != tm.Characters {
		t.Fatalf("best = %+v", ms[0])
	}
	if ms[0].Explanation.Edits != 1 {
		t.Errorf("edits = %d, want 1 character", ms[0].Explanation.Edits)
	}
	// Korean spacing only: whitespace penalty, still nearly 100.
	ms = lookup(t, s, tm.Query{Text: "서울 지하철요금이 다음 달부터 오른다.", Source: ko, Target: en})
	if len(ms) == 0 || ms[0].Score != 99 || !hasPenalty(ms[0].Explanation, "whitespace") {
		t.Fatalf("spacing variant = %+v", ms)
	}
}

func hasPenalty(e tm.Explanation, kind string) bool {
	for _, p := range e.Penalties {
		if p.Kind == kind && p.Points > 0 {
			return true
		}
	}
	return false
}

func testNumbers(t *testing.T, s tm.Store) {
	add(t, s,
		Pair("The meeting on Oct. 5 lasted 30 minutes.", "10월 5일 회의는 30분간 진행됐다."),
		Pair("Prices rose 3 percent in 2024.", "2024년 물가는 3% 올랐다."),
	)
	ms := lookup(t, s, tm.Query{Text: "The meeting on Oct. 7 lasted 40 minutes.", Source: en, Target: ko})
	if len(ms) != 1 {
		t.Fatalf("numbers-only lookup found %d", len(ms))
	}
	m := ms[0]
	if m.Kind != tm.Fuzzy || !m.Explanation.NumbersOnly || !hasPenalty(m.Explanation, "numbers") {
		t.Fatalf("match = %+v", m)
	}
	if m.Explanation.Base != 100 || m.Score != 96 {
		t.Errorf("base %v score %d, want 100 and 96 (two numbers, 2 points each)", m.Explanation.Base, m.Score)
	}
	if want := "10월 7일 회의는 40분간 진행됐다."; m.Suggestion != want {
		t.Errorf("suggestion = %q, want %q", m.Suggestion, want)
	}
	// Reverse direction.
	ms = lookup(t, s, tm.Query{Text: "2025년 물가는 4% 올랐다.", Source: ko, Target: en})
	if len(ms) != 1 || ms[0].Suggestion != "Prices rose 4 percent in 2025." {
		t.Fatalf("ko→en numbers = %+v", ms)
	}
	// Words changed as well: no suggestion.
	ms = lookup(t, s, tm.Query{Text: "The meeting on Oct. 7 lasted 40 seconds.", Source: en, Target: ko, Min: 50})
	if len(ms) != 1 || ms[0].Suggestion != "" {
		t.Fatalf("mixed change = %+v", ms)
	}
}

func testPenalties(t *testing.T, s tm.Store) {
	add(t, s, Pair("The president will visit Japan next week.", "대통령은 다음 주 일본을 방문한다."))
	for _, tc := range []struct {
		query, kind string
		score       int
	}{
		{"The President will visit Japan next week.", "case", 99},
		{"The president will visit Japan next week", "punctuation", 99},
		{"The president will visit Japan  next week.", "whitespace", 99},
		{"The president will visit Japan next week!", "punctuation", 98},
	} {
		ms := lookup(t, s, tm.Query{Text: tc.query, Source: en, Target: ko})
		if len(ms) != 1 {
			t.Errorf("%q: %d matches", tc.query, len(ms))
			continue
		}
		if ms[0].Score != tc.score || !hasPenalty(ms[0].Explanation, tc.kind) || ms[0].Kind != tm.Fuzzy {
			t.Errorf("%q: score %d, explanation %+v; want %d with a %s penalty", tc.query, ms[0].Score, ms[0].Explanation, tc.score, tc.kind)
		}
	}
	// Tags: the stored unit has an inline tag, the query none.
	u := Pair("Click Save to keep the draft.", "초안을 보관하려면 저장을 누르세요.")
	u.Variants[0].Markup = `Click <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> to keep the draft.`
	add(t, s, u)
	ms := lookup(t, s, tm.Query{Text: "Click Save to keep the draft.", Source: en, Target: ko})
	if len(ms) != 1 || ms[0].Kind != tm.Exact {
		t.Fatalf("tagged unit by plain text = %+v", ms)
	}
	ms = lookup(t, s, tm.Query{Text: "Click Save to keep the drafts.", Source: en, Target: ko, Min: 50})
	if len(ms) != 1 || !hasPenalty(ms[0].Explanation, "tags") {
		t.Fatalf("tag penalty missing: %+v", ms)
	}
}

func testConcordance(t *testing.T, s tm.Store) {
	add(t, s,
		Pair("Seoul and Washington agreed to expand joint drills.", "서울과 워싱턴은 연합훈련 확대에 합의했다."),
		Pair("North Korea criticized the drills.", "북한은 훈련을 비난했다."),
		Pair("The North Korean leader inspected a factory.", "북한 지도자가 공장을 시찰했다."),
		Pair("Prices in the capital rose.", "수도권 물가가 올랐다."),
	)
	conc := func(q string, lang language.Tag) []string {
		us, err := s.Concordance(context.Background(), tm.ConcordanceQuery{Text: q, Lang: lang})
		if err != nil {
			t.Fatalf("Concordance(%q): %v", q, err)
		}
		var out []string
		for _, u := range us {
			out = append(out, u.Variant(en).Text)
		}
		return out
	}
	for _, tc := range []struct {
		q    string
		lang language.Tag
		want int
	}{
		{"서울", language.Und, 1},
		{"북한", language.Und, 2},
		{"북한", ko, 2},
		{"북한", en, 0},
		{"drills", language.Und, 2},
		{"joint drills", en, 1},
		{"JOINT", language.Und, 1},
		{"연합훈련", language.Und, 1},
		{"훈련", language.Und, 2},
		{"nothing here", language.Und, 0},
	} {
		if got := conc(tc.q, tc.lang); len(got) != tc.want {
			t.Errorf("concordance %q (%v) = %q, want %d", tc.q, tc.lang, got, tc.want)
		}
	}
}

func testRoundTrip(t *testing.T, s tm.Store) {
	u := tm.Unit{
		TUID:       "tu-42",
		SourceLang: ko,
		Variants: []tm.Variant{
			{Lang: ko, Text: "환율은 1,350원에 마감했다.", Props: []tm.Prop{{Type: "x-style", Value: "news"}}},
			{Lang: language.MustParse("en-US"), Text: "The won closed at 1,350 per dollar.",
				Markup: `The won closed at <ph x="1">&lt;b/&gt;</ph>1,350 per dollar.`, Notes: []tm.Note{{Lang: "en", Value: "checked"}}},
			{Lang: language.Japanese, Text: "ウォンは1ドル1350ウォンで取引を終えた。"},
		},
		Context: tm.Context{DocID: "AEN20260301000100", Prev: tm.SegmentHash("a"), Next: tm.SegmentHash("b")},
		Origin: tm.Origin{Kind: tm.OriginTranslator, File: "markets.tmx", Alignment: "bitext-align", Confidence: 0.93,
			Translator: "kim", Review: tm.Reviewed},
		Creator: "kim",
		Created: t0,
		Changer: "lee",
		Changed: t0.Add(time.Hour),
		Notes:   []tm.Note{{Value: "from the markets desk"}},
		Props:   []tm.Prop{{Type: "x-domain", Value: "economy"}, {Type: "x-domain", Value: "markets"}},
	}
	add(t, s, u)
	us := all(t, s, tm.ExportOptions{})
	if len(us) != 1 {
		t.Fatalf("%d units", len(us))
	}
	got := us[0]
	if got.ID == 0 {
		t.Error("stored unit has no ID")
	}
	got.ID = 0
	if d := diffUnit(u, got); d != "" {
		t.Errorf("round trip: %s", d)
	}
}

// testProvenance stores units of every origin and review state and reads
// them back whole, by Iterate, Lookup and Concordance.
func testProvenance(t *testing.T, s tm.Store) {
	origins := []tm.Origin{
		{Kind: tm.OriginAlignment, File: "a1.txt", Alignment: "bitext align", Confidence: 0.44, Review: tm.Unreviewed},
		{Kind: tm.OriginTranslator, File: "a1.xlf", Translator: "park", Review: tm.Final},
		{Kind: tm.OriginTMX, File: "desk.tmx", Review: tm.Translated},
		{Kind: tm.OriginTranslator, File: "a2.xlf", Translator: "lee", Review: tm.Reviewed},
	}
	var units []tm.Unit
	for i, o := range origins {
		u := Pair(fmt.Sprintf("Provenance sentence number %d of the desk.", i), fmt.Sprintf("데스크의 출처 문장 %d번이다.", i))
		u.Origin, u.Created = o, t0
		units = append(units, u)
	}
	add(t, s, units...)
	got := all(t, s, tm.ExportOptions{})
	if len(got) != len(origins) {
		t.Fatalf("%d units stored, want %d", len(got), len(origins))
	}
	for i, u := range got {
		if u.Origin != origins[i] {
			t.Errorf("unit %d: origin %+v, want %+v", i, u.Origin, origins[i])
		}
	}
	for i, o := range origins {
		ms := lookup(t, s, tm.Query{Text: units[i].Variants[0].Text, Source: en, Target: ko, Top: 1})
		if len(ms) != 1 || ms[0].Unit.Origin != o {
			t.Errorf("lookup of unit %d: %+v, want origin %+v", i, ms, o)
		}
	}
	cs, err := s.Concordance(context.Background(), tm.ConcordanceQuery{Text: "Provenance sentence", Lang: en})
	if err != nil || len(cs) != len(origins) {
		t.Fatalf("concordance: %d units, %v", len(cs), err)
	}
	for i, u := range cs {
		if u.Origin != origins[i] {
			t.Errorf("concordance unit %d: origin %+v, want %+v", i, u.Origin, origins[i])
		}
	}
}

// testProvenanceTieBreak: at equal score (exact, and fuzzy) a
// translator's unit ranks above an aligned one that is newer and has the
// lower id; with one match wanted, the translator's is the one returned.
func testProvenanceTieBreak(t *testing.T, s tm.Store) {
	aligned := Pair("The minister met the envoy on Monday.", "장관은 월요일 특사를 만났다.")
	aligned.Origin = tm.Origin{Kind: tm.OriginAlignment, Confidence: 0.71, Review: tm.Unreviewed}
	aligned.Created = t0.Add(time.Hour)
	human := Pair("The minister met the envoy on Monday.", "장관은 월요일에 특사와 만났다.")
	human.Origin = tm.Origin{Kind: tm.OriginTranslator, Translator: "kim", Review: tm.Translated}
	human.Created = t0
	// Fuzzy ties: the same text twice, one aligned (newer), one a
	// translator's (older).
	fa := Pair("The minister met the envoy in Seoul on Tuesday.", "장관은 화요일 서울에서 특사를 만났다.")
	fa.Origin, fa.Created = aligned.Origin, t0.Add(time.Hour)
	fh := Pair("The minister met the envoy in Seoul on Tuesday.", "장관은 화요일에 서울에서 특사와 만났다.")
	fh.Origin, fh.Created = human.Origin, t0
	add(t, s, aligned, human, fa, fh)
	for _, tc := range []struct {
		q, want string
		kind    tm.Kind
	}{
		{"The minister met the envoy on Monday.", "장관은 월요일에 특사와 만났다.", tm.Exact},
		{"The minister met the envoy in Seoul on Tuesday night.", "장관은 화요일에 서울에서 특사와 만났다.", tm.Fuzzy},
	} {
		ms := lookup(t, s, tm.Query{Text: tc.q, Source: en, Target: ko, Top: 1, Min: 50})
		if len(ms) != 1 || ms[0].Target.Text != tc.want || ms[0].Kind != tc.kind {
			t.Errorf("lookup %q top 1 = %+v, want the translator's %q", tc.q, ms, tc.want)
		}
		ms = lookup(t, s, tm.Query{Text: tc.q, Source: en, Target: ko, Top: 2, Min: 50})
		if len(ms) != 2 || ms[0].Target.Text != tc.want || ms[0].Score != ms[1].Score {
			t.Errorf("lookup %q top 2 = %+v, want the translator's %q first at equal score", tc.q, ms, tc.want)
		}
	}
}

// testProvenancePromoted: a translator confirming an aligned unit (the
// same texts stored again, later) makes it the translator's; an aligned
// copy stored later again does not demote it.
func testProvenancePromoted(t *testing.T, s tm.Store) {
	u := Pair("Exports rose for a third month.", "수출이 석 달째 늘었다.")
	u.Origin = tm.Origin{Kind: tm.OriginAlignment, File: "a.txt", Confidence: 0.52, Review: tm.Unreviewed}
	u.Created = t0
	add(t, s, u)
	c := u
	c.Origin = tm.Origin{Kind: tm.OriginTranslator, File: "a.xlf", Translator: "park", Review: tm.Reviewed}
	c.Created, c.Changed = t0.Add(time.Hour), t0.Add(time.Hour)
	if res := add(t, s, c); res.Updated != 1 {
		t.Fatalf("stored again: %+v, want 1 updated", res)
	}
	again := u
	again.Created, again.Changed = t0.Add(2*time.Hour), t0.Add(2*time.Hour)
	add(t, s, again)
	got := all(t, s, tm.ExportOptions{})
	if len(got) != 1 || got[0].Origin != c.Origin {
		t.Fatalf("after confirming and re-aligning: %+v, want one unit with origin %+v", got, c.Origin)
	}
	// Both in one Add: the aligned unit and, later, its confirmation.
	u2 := Pair("Imports fell for a second month.", "수입이 두 달째 줄었다.")
	u2.Origin, u2.Created = u.Origin, t0
	c2 := u2
	c2.Origin, c2.Created, c2.Changed = c.Origin, t0.Add(time.Hour), t0.Add(time.Hour)
	if res := add(t, s, u2, c2); res.Added != 1 || res.Updated != 1 {
		t.Fatalf("one Add of a unit and its confirmation: %+v, want 1 added, 1 updated", res)
	}
	for _, g := range all(t, s, tm.ExportOptions{}) {
		if g.Variants[0].Text == u2.Variants[0].Text && g.Origin != c2.Origin {
			t.Errorf("confirmed in the same Add: origin %+v, want %+v", g.Origin, c2.Origin)
		}
	}
	// Confirmed within the second of the alignment (change times count
	// whole seconds): the translator's origin is still kept, in a later
	// Add and in the same one.
	for i, same := range []bool{false, true} {
		u3 := Pair(fmt.Sprintf("Prices held steady for week %d.", i+1), fmt.Sprintf("물가가 %d주째 안정됐다.", i+1))
		u3.Origin, u3.Created = u.Origin, t0.Add(3*time.Hour)
		c3 := u3
		c3.Origin, c3.Created, c3.Changed = c.Origin, u3.Created.Add(300*time.Millisecond), u3.Created.Add(300*time.Millisecond)
		if same {
			add(t, s, u3, c3)
		} else {
			add(t, s, u3)
			add(t, s, c3)
		}
		for _, g := range all(t, s, tm.ExportOptions{}) {
			if g.Variants[0].Text == u3.Variants[0].Text && g.Origin != c3.Origin {
				t.Errorf("confirmed in the same second (one Add: %v): origin %+v, want %+v", same, g.Origin, c3.Origin)
			}
		}
	}
}

// testPromotedBetweenLookups: a unit merged between two lookups (a
// translator confirming it) is ranked and returned as merged by the
// second lookup, whatever the first one read (a backend that keeps what
// its lookups read must see the merge).
func testPromotedBetweenLookups(t *testing.T, s tm.Store) {
	first := Pair("The council approved the budget on Friday.", "의회는 금요일 예산안을 승인했다.")
	first.Origin = tm.Origin{Kind: tm.OriginAlignment, File: "a.txt", Confidence: 0.8, Review: tm.Unreviewed}
	first.Created = t0
	second := Pair("The council approved the budget on Friday.", "의회는 금요일에 예산안을 승인했다.")
	second.Origin, second.Created = first.Origin, t0
	add(t, s, first, second)
	fuzzy := tm.Query{Text: "The council approved the budget on Friday night.", Source: en, Target: ko, Top: 1, Min: 50}
	exact := tm.Query{Text: "The council approved the budget on Friday.", Source: en, Target: ko, Top: 2, Min: 50}
	// Tied at one score, same origin and time: the oldest id first.
	for range 2 {
		if ms := lookup(t, s, fuzzy); len(ms) != 1 || ms[0].Target.Text != first.Variants[1].Text {
			t.Fatalf("before the merge: %+v, want %q", ms, first.Variants[1].Text)
		}
		if ms := lookup(t, s, exact); len(ms) != 2 || ms[1].Unit.Origin != first.Origin {
			t.Fatalf("exact before the merge: %+v", ms)
		}
	}
	c := second
	c.Origin = tm.Origin{Kind: tm.OriginTranslator, File: "a.xlf", Translator: "lee", Review: tm.Reviewed}
	c.Created, c.Changed = t0.Add(time.Hour), t0.Add(time.Hour)
	if res := add(t, s, c); res.Updated != 1 {
		t.Fatalf("confirmed: %+v, want 1 updated", res)
	}
	ms := lookup(t, s, fuzzy)
	if len(ms) != 1 || ms[0].Target.Text != second.Variants[1].Text || ms[0].Unit.Origin != c.Origin || !ms[0].Unit.Changed.Equal(c.Changed) {
		t.Errorf("fuzzy after the merge: %+v, want the confirmed %q with origin %+v, changed %v", ms, second.Variants[1].Text, c.Origin, c.Changed)
	}
	ms = lookup(t, s, exact)
	if len(ms) != 2 || ms[0].Target.Text != second.Variants[1].Text || ms[0].Unit.Origin != c.Origin || ms[1].Unit.Origin != first.Origin {
		t.Errorf("exact after the merge: %+v, want the confirmed unit first", ms)
	}
}

func diffUnit(a, b tm.Unit) string {
	var d []string
	f := func(name string, x, y any) {
		if fmt.Sprint(x) != fmt.Sprint(y) {
			d = append(d, fmt.Sprintf("%s: %v != %v", name, x, y))
		}
	}
	f("TUID", a.TUID, b.TUID)
	f("SourceLang", a.SourceLang, b.SourceLang)
	f("Context", a.Context, b.Context)
	f("Origin", a.Origin, b.Origin)
	f("Creator", a.Creator, b.Creator)
	f("Changer", a.Changer, b.Changer)
	f("Created", a.Created.UTC(), b.Created.UTC())
	f("Changed", a.Changed.UTC(), b.Changed.UTC())
	f("Notes", a.Notes, b.Notes)
	f("Props", a.Props, b.Props)
	f("len(Variants)", len(a.Variants), len(b.Variants))
	for i := range min(len(a.Variants), len(b.Variants)) {
		f(fmt.Sprintf("Variants[%d]", i), a.Variants[i], b.Variants[i])
	}
	return strings.Join(d, "; ")
}

func testNFC(t *testing.T, s tm.Store) {
	nfd := norm.NFD.String("한국은행이 금리를 올렸다.")
	add(t, s, Pair("The Bank of Korea raised rates.", nfd))
	us := all(t, s, tm.ExportOptions{})
	if got := us[0].Variant(ko).Text; got != norm.NFC.String(nfd) {
		t.Fatalf("stored %q, want NFC", got)
	}
	ms := lookup(t, s, tm.Query{Text: nfd, Source: ko, Target: en})
	if len(ms) != 1 || ms[0].Kind != tm.Exact {
		t.Fatalf("NFD query = %+v", ms)
	}
}

func testRollback(t *testing.T, s tm.Store) {
	ctx := context.Background()
	b, err := s.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Add(Pair("Discarded sentence.", "버려질 문장.")); err != nil {
		t.Fatal(err)
	}
	if err := b.Rollback(); err != nil {
		t.Fatal(err)
	}
	if us := all(t, s, tm.ExportOptions{}); len(us) != 0 {
		t.Fatalf("%d units after rollback", len(us))
	}
	if ms := lookup(t, s, tm.Query{Text: "Discarded sentence.", Source: en, Target: ko}); len(ms) != 0 {
		t.Fatalf("rolled back unit found")
	}
	b, err = s.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	b.Add(Pair("Kept sentence.", "남을 문장."))
	res, err := b.Commit()
	if err != nil || res.Added != 1 {
		t.Fatalf("Commit = %+v, %v", res, err)
	}
	if ms := lookup(t, s, tm.Query{Text: "Kept sentence.", Source: en, Target: ko}); len(ms) != 1 {
		t.Fatalf("committed unit not found")
	}
}

func testBadUnit(t *testing.T, s tm.Store) {
	_, err := s.Add(context.Background(), []tm.Unit{
		Pair("Fine.", "좋다."),
		{SourceLang: en, Variants: []tm.Variant{{Lang: en, Text: "alone"}}},
	})
	if !errors.Is(err, tm.ErrNoText) {
		t.Fatalf("Add of a one-variant unit: %v", err)
	}
	if us := all(t, s, tm.ExportOptions{}); len(us) != 0 {
		t.Fatalf("a failed Add stored %d units", len(us))
	}
}

func testExportLangs(t *testing.T, s tm.Store) {
	three := Pair("Good morning.", "좋은 아침입니다.")
	three.Variants = append(three.Variants, tm.Variant{Lang: language.Japanese, Text: "おはようございます。"})
	add(t, s, three, Pair("Good night.", "안녕히 주무세요."))
	us := all(t, s, tm.ExportOptions{Langs: []language.Tag{en, language.Japanese}})
	if len(us) != 1 || len(us[0].Variants) != 2 || us[0].Variant(ko) != nil {
		t.Fatalf("export en+ja = %+v", us)
	}
	us = all(t, s, tm.ExportOptions{Langs: []language.Tag{ko, en}})
	if len(us) != 2 {
		t.Fatalf("export ko+en = %d units", len(us))
	}
}

// testRecall checks fuzzy lookup against brute-force scoring over many
// similar units: the best match must be as good as the best of all.
func testRecall(t *testing.T, s tm.Store) {
	rng := rand.New(rand.NewPCG(7, 9))
	subjects := []string{"The government", "The central bank", "The ruling party", "Seoul city", "The defense ministry", "Samsung Electronics", "The police", "The court", "The union", "The president"}
	verbs := []string{"announced", "rejected", "reviewed", "delayed", "approved", "criticized", "proposed", "expanded", "suspended", "unveiled"}
	objects := []string{"a plan", "new rules", "the budget", "a proposal", "the project", "the measures", "an investigation", "the deal", "a report", "the policy"}
	tails := []string{"on Monday", "last week", "amid protests", "after talks", "for next year", "in a statement", "despite concerns", "without details", "to cut costs", "for small firms"}
	var units []tm.Unit
	seen := map[string]bool{}
	for len(units) < 1500 {
		en := fmt.Sprintf("%s %s %s on %s %s, officials said on day %d.", pickOne(rng, subjects), pickOne(rng, verbs), pickOne(rng, objects), pickOne(rng, objects), pickOne(rng, tails), rng.IntN(28)+1)
		if seen[en] {
			continue
		}
		seen[en] = true
		units = append(units, Pair(en, fmt.Sprintf("번역 %d", len(units))))
	}
	add(t, s, units...)
	analyzed := make([]*tm.Analysis, len(units))
	for i, u := range units {
		analyzed[i] = tm.Analyze(u.Variants[0].Text, "", en)
	}
	misses := 0
	const queries = 60
	for i := 0; i < queries; i++ {
		words := strings.Fields(units[rng.IntN(len(units))].Variants[0].Text)
		words[rng.IntN(len(words)-1)] = pickOne(rng, []string{"quietly", "formally", "partly", "again"})
		q := strings.Join(words, " ")
		qa := tm.Analyze(q, "", en)
		best := -1
		for _, a := range analyzed {
			if sc := tm.Score(qa, a).Score; sc > best {
				best = sc
			}
		}
		ms := lookup(t, s, tm.Query{Text: q, Source: en, Target: ko, Min: 1, Top: 1})
		if len(ms) == 0 || ms[0].Score < best {
			misses++
			got := -1
			if len(ms) > 0 {
				got = ms[0].Score
			}
			t.Logf("query %q: lookup best %d, brute force %d", q, got, best)
		}
	}
	if misses > queries/20 {
		t.Errorf("fuzzy lookup missed the brute-force best for %d of %d queries", misses, queries)
	}
}

func pickOne(rng *rand.Rand, s []string) string { return s[rng.IntN(len(s))] }
