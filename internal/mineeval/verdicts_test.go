package mineeval

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"bitext/glossary"
	"bitext/mine"
)

// ourVerdicts are verdicts on our own pairs, in the file's layout.
const ourVerdicts = "# our own pairs\n" +
	"정의용\tChung Eui-yong\tright\tperson\t\n" +
	"트럼프\tTrump\tright\tperson\tthe surname\n" +
	"백악관\tWhite House\tright\torganization, place\t\n" +
	"정부\tGovernment\twrong\tcommon\t\n" +
	"팔레스타인\tPalestinian\twrong\tadjective\t\n" +
	"\n" +
	"요르단강\tWest Bank\twrong\tpart\tthe river is not the territory\n"

func cand(ko, en string, typ glossary.Type) mine.Candidate {
	return mine.Candidate{Korean: ko, Type: typ, Renderings: []mine.Rendering{{Text: en, Units: 2}}, Units: 2}
}

func TestScore(t *testing.T) {
	v, err := ParseVerdicts(strings.NewReader(ourVerdicts), "v.tsv")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		c     mine.Candidate
		out   Outcome
		code  string
		right bool // counted by PairPrecision
	}{
		{"right with its kind", cand("정의용", "Chung Eui-yong", mine.Person), Right, "", true},
		{"right pair, wrong type", cand("트럼프", "Trump", mine.Place), Wrong, TypeCode, true},
		{"one of two kinds", cand("백악관", "White House", mine.Place), Right, "", true},
		{"the other kind", cand("백악관", "White House", mine.Organization), Right, "", true},
		{"a common word", cand("정부", "Government", mine.Organization), Wrong, "common", false},
		{"an adjective", cand("팔레스타인", "Palestinian", mine.Place), Wrong, "adjective", false},
		{"no verdict", cand("국회", "National Assembly", mine.Organization), Unjudged, "", false},
		{"another rendering has no verdict", cand("트럼프", "Trumps", mine.Person), Unjudged, "", false},
		{"the key is case-sensitive", cand("정의용", "CHUNG EUI-YONG", mine.Person), Unjudged, "", false},
		{"decomposed Hangul and extra spaces", cand(norm.NFD.String("요르단강"), "West  Bank ", mine.Place), Wrong, "part", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Score([]mine.Candidate{tt.c}, v, 100)
			if len(got) != 1 || got[0].Outcome != tt.out || got[0].Code != tt.code || got[0].Rank != 1 {
				t.Fatalf("got %+v, want outcome %d code %q", got, tt.out, tt.code)
			}
			tally := Count(got)
			if want := map[bool]float64{true: 1, false: 0}[tt.right]; tally.PairPrecision() != want {
				t.Errorf("pair precision %v, want %v", tally.PairPrecision(), want)
			}
		})
	}
}

// Score keeps the miner's order, stops at top and counts unjudged
// candidates as not right.
func TestScoreTop(t *testing.T) {
	v, err := ParseVerdicts(strings.NewReader(ourVerdicts), "v.tsv")
	if err != nil {
		t.Fatal(err)
	}
	cands := []mine.Candidate{
		cand("트럼프", "Trump", mine.Person),
		cand("정부", "Government", mine.Organization),
		cand("국회", "National Assembly", mine.Organization),
		cand("트럼프", "Trump", mine.Place),
		cand("정의용", "Chung Eui-yong", mine.Person), // beyond top 4
	}
	ss := Score(cands, v, 4)
	if len(ss) != 4 {
		t.Fatalf("%d scored, want 4", len(ss))
	}
	for i, s := range ss {
		if s.Rank != i+1 || s.Ko != cands[i].Korean {
			t.Errorf("%d: %+v", i, s)
		}
	}
	got := Count(ss)
	want := Tally{N: 4, Right: 1, Wrong: 2, Unjudged: 1, Codes: map[string]int{"common": 1, TypeCode: 1}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("tally %+v, want %+v", got, want)
	}
	if got.Precision() != 0.25 || got.PairPrecision() != 0.5 {
		t.Errorf("precision %v, pair precision %v, want 0.25 and 0.5", got.Precision(), got.PairPrecision())
	}
	if codes(got) != ": common 1, type 1" {
		t.Errorf("codes %q", codes(got))
	}
	if Count(nil).Precision() != 0 {
		t.Error("no candidates: precision not 0")
	}
	if len(Score(cands, nil, 100)) != 5 || Count(Score(cands, nil, 100)).Unjudged != 5 {
		t.Error("without verdicts every candidate is unjudged")
	}
}

func TestParseVerdictsBad(t *testing.T) {
	tests := []struct{ in, want string }{
		{"정부\tGovernment\twrong\tcommon\n", "v.tsv:1: want Korean, English, verdict, what and note separated by tabs, got 4 fields"},
		{"# c\n정부\tGovernment\twrong\tcommon\t\tx\n", "v.tsv:2: want Korean, English, verdict, what and note"},
		{"정부\t \twrong\tcommon\t\n", "v.tsv:1: empty Korean or English form"},
		{"\tGovernment\twrong\tcommon\t\n", "v.tsv:1: empty Korean or English form"},
		{"정부\tGovernment\tmaybe\tcommon\t\n", `v.tsv:1: verdict "maybe" is not right or wrong`},
		{"정부\tGovernment\twrong\tbad\t\n", `v.tsv:1: reason "bad" is not one of different, part,`},
		{"정부\tGovernment\twrong\ttype\t\n", `v.tsv:1: reason "type" is not one of`},
		{"정부\tGovernment\tright\t\t\n", `v.tsv:1: kind "" is not person, organization, place or title`},
		{"정부\tGovernment\tright\tperson,term\t\n", `v.tsv:1: kind "term" is not person`},
		{"정부\tGovernment\twrong\tcommon\t\n\n정부 \tGovernment\tright\torganization\t\n", "v.tsv:3: 정부 = Government is judged already on line 1"},
		{"정부\tGovern\xffment\twrong\tcommon\t\n", "v.tsv:1: not UTF-8"},
	}
	for _, tt := range tests {
		_, err := ParseVerdicts(strings.NewReader(tt.in), "v.tsv")
		if err == nil || !strings.HasPrefix(err.Error(), "mineeval: ") || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: %v, want %q", tt.in, err, tt.want)
		}
	}
	if _, err := ReadVerdicts(filepath.Join(t.TempDir(), "none.tsv")); !os.IsNotExist(err) {
		t.Errorf("a missing file: %v", err)
	}
}

// The repository's verdicts read, and every wrong code and kind of the
// criteria is a valid one.
func TestVerdictsFile(t *testing.T) {
	v, err := ReadVerdicts(filepath.Join("testdata", "verdicts.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(v) < 100 {
		t.Errorf("%d verdicts", len(v))
	}
	for k, j := range v {
		if j.Right == (j.Code != "") || j.Right != (len(j.Kinds) > 0) || k != pairKey(j.Ko, j.En) {
			t.Errorf("%s = %s: %+v", j.Ko, j.En, j)
		}
	}
}

// formatVerdicts writes v back in the file's layout, in line order.
func formatVerdicts(v Verdicts) string {
	js := make([]Verdict, 0, len(v))
	for _, j := range v {
		js = append(js, j)
	}
	slices.SortFunc(js, func(a, b Verdict) int { return a.Line - b.Line })
	var b strings.Builder
	for _, j := range js {
		what := j.Code
		if j.Right {
			var ks []string
			for _, k := range j.Kinds {
				ks = append(ks, string(k))
			}
			what = strings.Join(ks, ",")
		}
		verdict := map[bool]string{true: "right", false: "wrong"}[j.Right]
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\n", j.Ko, j.En, verdict, what, j.Note)
	}
	return b.String()
}

// FuzzParseVerdicts: any input gives an error naming the file and a line
// of it, or verdicts that are consistent and read back the same from
// their own layout.
func FuzzParseVerdicts(f *testing.F) {
	f.Add([]byte(ourVerdicts))
	f.Add([]byte("정부\tGovernment\twrong\tcommon\n"))
	f.Add([]byte("a\tb\tright\tperson,person\t\na \tb\twrong\tpart\t\n"))
	f.Add([]byte("\ufeff정부\tGovernment\tright\ttitle\t\r\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		v, err := ParseVerdicts(bytes.NewReader(in), "f.tsv")
		if err != nil {
			var line int
			if _, e := fmt.Sscanf(err.Error(), "mineeval: f.tsv:%d: ", &line); e != nil && !strings.HasPrefix(err.Error(), "mineeval: f.tsv: ") {
				t.Fatalf("error does not name the file and a line: %v", err)
			}
			if line > bytes.Count(in, []byte("\n"))+1 {
				t.Fatalf("line %d past the end: %v", line, err)
			}
			return
		}
		for k, j := range v {
			if k != pairKey(j.Ko, j.En) || k[0] == "" || k[1] == "" {
				t.Fatalf("key %q of %+v", k, j)
			}
			if j.Right != (len(j.Kinds) > 0) || j.Right == slices.Contains(WrongCodes, j.Code) {
				t.Fatalf("inconsistent %+v", j)
			}
			for _, kind := range j.Kinds {
				if !slices.Contains(kinds, kind) {
					t.Fatalf("kind %q", kind)
				}
			}
			if got, ok := v.Lookup(j.Ko, j.En); !ok || got.Line != j.Line {
				t.Fatalf("lookup of %+v", j)
			}
		}
		again, err := ParseVerdicts(strings.NewReader(formatVerdicts(v)), "g.tsv")
		if err != nil {
			t.Fatalf("written verdicts do not read: %v\n%s", err, formatVerdicts(v))
		}
		if len(again) != len(v) {
			t.Fatalf("%d verdicts read back, want %d", len(again), len(v))
		}
		for k, j := range v {
			g := again[k]
			if g.Right != j.Right || g.Code != j.Code || !slices.Equal(g.Kinds, j.Kinds) || g.Note != j.Note {
				t.Fatalf("read back %+v, want %+v", g, j)
			}
		}
	})
}
