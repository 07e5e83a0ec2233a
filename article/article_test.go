package article

import (
	"reflect"
	"testing"
)

func segs(paras ...int) []Segment {
	out := make([]Segment, len(paras))
	for i, p := range paras {
		out[i] = Segment{Text: "s", Para: p}
	}
	return out
}

func TestRows(t *testing.T) {
	type row struct {
		src, tgt []int
	}
	cases := []struct {
		name     string
		src, tgt int
		links    []Link
		want     []row
	}{
		{"no links", 2, 1, nil, []row{{[]int{0}, nil}, {[]int{1}, nil}, {nil, []int{0}}}},
		{"1-1", 2, 2, []Link{{Source: []int{0}, Target: []int{0}}, {Source: []int{1}, Target: []int{1}}},
			[]row{{[]int{0}, []int{0}}, {[]int{1}, []int{1}}}},
		{"links out of order", 2, 2, []Link{{Source: []int{1}, Target: []int{1}}, {Source: []int{0}, Target: []int{0}}},
			[]row{{[]int{0}, []int{0}}, {[]int{1}, []int{1}}}},
		{"2-1 and 1-0", 3, 1, []Link{{Source: []int{1, 0}, Target: []int{0}}},
			[]row{{[]int{0, 1}, []int{0}}, {[]int{2}, nil}}},
		{"0-1 in the middle", 2, 3, []Link{{Source: []int{0}, Target: []int{0}}, {Source: []int{1}, Target: []int{2}}},
			[]row{{[]int{0}, []int{0}}, {nil, []int{1}}, {[]int{1}, []int{2}}}},
		{"explicit 0-1 link", 1, 2, []Link{{Source: []int{0}, Target: []int{1}}, {Target: []int{0}}},
			[]row{{nil, []int{0}}, {[]int{0}, []int{1}}}},
		{"indices out of range and reused", 2, 1, []Link{{Source: []int{0, 7}, Target: []int{0, -1}}, {Source: []int{0}, Target: []int{0}}, {Source: []int{9}}},
			[]row{{[]int{0}, []int{0}}, {[]int{1}, nil}}},
		{"target only", 0, 2, nil, []row{{nil, []int{0}}, {nil, []int{1}}}},
		{"empty", 0, 0, nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &Article{Source: segs(make([]int, c.src)...), Target: segs(make([]int, c.tgt)...), Links: c.links}
			var got []row
			for _, r := range d.Rows() {
				got = append(got, row{r.Source, r.Target})
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("rows %v, want %v", got, c.want)
			}
		})
	}
}

func TestBandOf(t *testing.T) {
	cases := []struct {
		kind  string
		score int
		want  Band
	}{
		{InContext, 100, Band101},
		{"101", 100, Band101},
		{Exact, 100, Band100},
		{"100", 100, Band100},
		{Fuzzy, 101, Band101},
		{Fuzzy, 99, Band95},
		{Fuzzy, 95, Band95},
		{Fuzzy, 94, Band85},
		{Fuzzy, 85, Band85},
		{Fuzzy, 84, Band75},
		{Fuzzy, 75, Band75},
		{Fuzzy, 74, BandNew},
		{Fuzzy, 0, BandNew},
	}
	for _, c := range cases {
		if got := BandOf(c.kind, c.score); got != c.want {
			t.Errorf("BandOf(%q, %d) = %q, want %q", c.kind, c.score, got, c.want)
		}
	}
}

func TestBest(t *testing.T) {
	s := Segment{Matches: []Match{{Kind: Fuzzy, Score: 90}, {Kind: InContext, Score: 100}, {Kind: Exact, Score: 100}}}
	if m, _ := s.Best(); m.Kind != InContext {
		t.Errorf("best %+v, want the in-context match", m)
	}
	if _, ok := (&Segment{}).Best(); ok {
		t.Error("a segment without matches has a best match")
	}
}

func TestRowMatchIsWeakest(t *testing.T) {
	d := &Article{
		Source: []Segment{{Text: "a", Matches: []Match{{Kind: Exact, Score: 100}}}, {Text: "b", Matches: []Match{{Kind: Fuzzy, Score: 80}}}, {Text: "c"}},
		Target: segs(0),
		Links:  []Link{{Source: []int{0, 1}, Target: []int{0}}},
	}
	rows := d.Rows()
	if b := d.RowBand(rows[0]); b != Band75 {
		t.Errorf("2-1 row band %s, want the weaker 75-84", b)
	}
	if b := d.RowBand(rows[1]); b != BandNew {
		t.Errorf("row without match: band %s, want new", b)
	}
}

func TestISODate(t *testing.T) {
	for in, want := range map[string]string{
		"2026-03-14":         "2026-03-14",
		"Oct. 1, 2026":       "2026-10-01",
		"March 14, 2026":     "2026-03-14",
		"Sept. 3, 2026":      "2026-09-03",
		"2026. 5. 2.":        "2026-05-02",
		"2026년 11월 5일 오후 3시": "2026-11-05",
		"yesterday":          "",
		"2026-13-40":         "",
	} {
		if got := ISODate(in); got != want {
			t.Errorf("ISODate(%q) = %q, want %q", in, got, want)
		}
	}
	var none *Text
	if got := none.ISODate(); got != "" {
		t.Errorf("nil text has date %q", got)
	}
}

func TestCutDate(t *testing.T) {
	for _, c := range []struct{ in, rest, date string }{
		{"By Han Ji-min · 2026-09-21", "By Han Ji-min", "2026-09-21"},
		{"김민수 기자 | 2026년 3월 14일", "김민수 기자", "2026년 3월 14일"},
		{"By Han Ji-min", "By Han Ji-min", ""},
		{"By Kim, 2026-13-40", "By Kim, 2026-13-40", ""},
	} {
		rest, date := CutDate(c.in)
		if rest != c.rest || date != c.date {
			t.Errorf("CutDate(%q) = %q, %q, want %q, %q", c.in, rest, date, c.rest, c.date)
		}
	}
}

func TestPrefill(t *testing.T) {
	s := Segment{Matches: []Match{{Kind: Fuzzy, Score: 82, Target: "fuzzy"}, {Kind: Fuzzy, Score: 91, Target: "better"}}}
	if m, ok := s.Prefill(85); !ok || m.Target != "better" {
		t.Errorf("Prefill(85) = %+v, %v, want the 91%% match", m, ok)
	}
	if m, ok := s.Prefill(95); ok {
		t.Errorf("Prefill(95) = %+v, want none below the threshold", m)
	}
	if _, ok := (&Segment{}).Prefill(0); ok {
		t.Error("a segment without matches is pre-filled")
	}
}

func TestJoinText(t *testing.T) {
	ss := []Segment{{Text: "A."}, {Text: "B."}, {Text: "C."}}
	for _, c := range []struct {
		idx  []int
		want string
	}{
		{nil, ""}, {[]int{1}, "B."}, {[]int{0, 2}, "A. C."}, {[]int{5}, ""}, {[]int{0, 9, 1}, "A. B."},
	} {
		if got := JoinText(ss, c.idx); got != c.want {
			t.Errorf("JoinText(%v) = %q, want %q", c.idx, got, c.want)
		}
	}
}

func TestFront(t *testing.T) {
	orig := &Text{Headline: "원문 제목", Byline: "김기자", Date: "2026년 3월 14일"}
	ed := &Text{Headline: "Edition headline", Byline: "By Kim", Date: "March 14, 2026"}
	cases := []struct {
		name string
		a    Article
		want [4]string
	}{
		{"both", Article{Name: "n", ID: "2026-03-14-n", Original: orig, Edition: ed}, [4]string{"2026-03-14-n", "Edition headline", "By Kim", "March 14, 2026"}},
		{"pretranslation", Article{Name: "n", Original: orig}, [4]string{"n", "원문 제목", "김기자", "2026년 3월 14일"}},
		{"neither", Article{Name: "n"}, [4]string{"n", "", "", ""}},
	}
	for _, c := range cases {
		got := [4]string{c.a.DocID(), c.a.Headline(), c.a.Byline(), c.a.Date()}
		if got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

func TestFindingsPlaces(t *testing.T) {
	a := &Article{Source: segs(0, 0), Target: segs(0), Links: []Link{{Source: []int{0, 1}, Target: []int{0}}},
		Findings: []Finding{
			{Rule: "a", Side: SourceSide, Seg: 1}, {Rule: "b", Side: TargetSide, Seg: 0}, {Rule: "c", Side: SourceSide, Seg: 0},
			{Rule: "whole", Side: TargetSide, Seg: -1}, {Rule: "beyond", Side: TargetSide, Seg: 4}, {Rule: "noside", Seg: 0},
		}}
	rules := func(fs []Finding) (out []string) {
		for _, f := range fs {
			out = append(out, f.Rule)
		}
		return out
	}
	if got := rules(a.RowFindings(a.Rows()[0])); !reflect.DeepEqual(got, []string{"c", "a", "b"}) {
		t.Errorf("row findings %v, want source first in segment order", got)
	}
	if got := rules(a.ArticleFindings()); !reflect.DeepEqual(got, []string{"whole", "beyond", "noside"}) {
		t.Errorf("article findings %v", got)
	}
}

func TestTermCountAndLookup(t *testing.T) {
	a := &Article{Source: []Segment{{Terms: []TermHit{{Entry: "x"}, {Entry: "y"}}}}, Target: []Segment{{Terms: []TermHit{{Entry: "x", Targets: []string{"엑스"}}}}}}
	if n := a.TermCount(); n != 3 {
		t.Errorf("TermCount %d, want 3", n)
	}
	if p := a.Target[0].Terms[0].Preferred(); p != "엑스" {
		t.Errorf("preferred %q", p)
	}
	if a.LookupSegments() != nil {
		t.Error("segments looked up without a TM")
	}
	a.MatchSide = TargetSide
	if len(a.LookupSegments()) != 1 || &a.LookupSegments()[0] != &a.Target[0] {
		t.Error("LookupSegments is not the target side")
	}
}

func TestTypes(t *testing.T) {
	for _, c := range []struct {
		l    Link
		want string
	}{
		{Link{Source: []int{0}, Target: []int{0}}, "1-1"},
		{Link{Source: []int{1, 2}, Target: []int{3}}, "2-1"},
		{Link{Source: []int{4}}, "1-0"},
		{Link{Target: []int{0, 1}}, "0-2"},
	} {
		if got := c.l.Type(); got != c.want {
			t.Errorf("%+v: type %s, want %s", c.l, got, c.want)
		}
		if got := (Row{Source: c.l.Source, Target: c.l.Target}).Type(); got != c.want {
			t.Errorf("row %+v: type %s, want %s", c.l, got, c.want)
		}
	}
}

func TestPretranslate(t *testing.T) {
	a := &Article{Original: &Text{Headline: "제목", Paras: []string{"첫 문장. 둘째 문장.", "셋째 문장."}},
		Source: []Segment{
			{Para: HeadlinePara, Text: "제목", Matches: []Match{{Kind: Exact, Score: 100, Target: "Title"}}},
			{Para: 0, Index: 1, Text: "첫 문장.", Matches: []Match{{Kind: Fuzzy, Score: 70, Target: "too weak"}}},
			{Para: 0, Index: 2, Text: "둘째 문장."},
			{Para: 1, Index: 3, Text: "셋째 문장.", Matches: []Match{{Kind: Fuzzy, Score: 80, Target: "weaker"}, {Kind: InContext, Score: 101, Target: "Third sentence."}}},
		}}
	if n := a.Pretranslate(75); n != 2 {
		t.Fatalf("pre-filled %d segments, want 2", n)
	}
	type row struct {
		src, tgt string
		para     int
		band     Band
	}
	var got []row
	for _, r := range a.Rows() {
		got = append(got, row{JoinText(a.Source, r.Source), JoinText(a.Target, r.Target), r.Para, a.RowBand(r)})
	}
	want := []row{{"제목", "Title", HeadlinePara, Band100}, {"첫 문장.", "", 0, BandNew}, {"둘째 문장.", "", 0, BandNew}, {"셋째 문장.", "Third sentence.", 1, Band101}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows\n%+v\nwant\n%+v", got, want)
	}
	if a.Target[1].Index != 1 || a.Target[1].Para != 1 {
		t.Errorf("second target %+v", a.Target[1])
	}
	if n := a.Pretranslate(75); n != 0 {
		t.Errorf("a second Pretranslate filled %d", n)
	}
	b := &Article{Edition: &Text{}, Source: a.Source[:1]}
	if n := b.Pretranslate(0); n != 0 || len(b.Target) != 0 {
		t.Error("an article with an edition was pre-filled")
	}
}

// FuzzRows: whatever the links (out of range, repeated, crossing), every
// segment is in exactly one row, each row's indices ascend, rows with a
// source come in source order, and a row's band is defined.
func FuzzRows(f *testing.F) {
	f.Add(3, 2, []byte{0, 0, 1, 1, 2, 0})
	f.Add(0, 4, []byte{})
	f.Add(5, 5, []byte{9, 1, 0, 200, 4, 4, 3, 3})
	f.Fuzz(func(t *testing.T, ns, nt int, spec []byte) {
		ns, nt = ns%50, nt%50
		if ns < 0 || nt < 0 {
			return
		}
		a := &Article{Source: segs(make([]int, ns)...), Target: segs(make([]int, nt)...)}
		for i := 0; i+1 < len(spec); i += 2 {
			l := Link{Confidence: float64(spec[i]) / 255}
			if spec[i]%3 != 0 {
				l.Source = append(l.Source, int(spec[i])%(ns+2)-1)
			}
			if spec[i+1]%3 != 1 {
				l.Target = append(l.Target, int(spec[i+1])%(nt+2)-1)
			}
			if i%4 == 0 && len(l.Source) > 0 {
				l.Source = append(l.Source, l.Source[0]+1)
			}
			a.Links = append(a.Links, l)
		}
		seenS, seenT := make([]int, ns), make([]int, nt)
		lastSrc := -1
		for _, r := range a.Rows() {
			if len(r.Source) == 0 && len(r.Target) == 0 {
				t.Fatalf("empty row %+v", r)
			}
			for k, i := range r.Source {
				if k > 0 && i <= r.Source[k-1] {
					t.Fatalf("row sources not ascending: %v", r.Source)
				}
				seenS[i]++
			}
			for k, i := range r.Target {
				if k > 0 && i <= r.Target[k-1] {
					t.Fatalf("row targets not ascending: %v", r.Target)
				}
				seenT[i]++
			}
			if len(r.Source) > 0 {
				if r.Source[0] < lastSrc {
					t.Fatalf("rows out of source order at %v", r.Source)
				}
				lastSrc = r.Source[0]
			}
			if a.RowBand(r) != BandNew {
				t.Fatalf("a row without matches has band %s", a.RowBand(r))
			}
		}
		for i, n := range seenS {
			if n != 1 {
				t.Fatalf("source %d in %d rows", i, n)
			}
		}
		for i, n := range seenT {
			if n != 1 {
				t.Fatalf("target %d in %d rows", i, n)
			}
		}
	})
}
