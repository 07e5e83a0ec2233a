package main

import (
	"math"
	"os"
	"strings"
	"testing"
)

func TestParseReport(t *testing.T) {
	f, err := os.Open("testdata/old/cross-ntrex-sp.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := parseReport(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].file != "dev-ntrex.jsonl" || got[1].file != "dev-ntrex.clean.jsonl" {
		t.Fatalf("files %+v", got)
	}
	e := got[0]
	if e.f1 != 0.9786 || !e.edited() || got[1].edited() {
		t.Errorf("F1 %v, edited %v %v", e.f1, e.edited(), got[1].edited())
	}
	if b := e.beads["1-0"]; b.gold != 276 || b.f1 != 0.953 {
		t.Errorf("1-0 %+v", b)
	}
	if b := e.beads["2-1"]; b.gold != 165 || b.f1 != 0.945 {
		t.Errorf("2-1 %+v", b)
	}
	if !e.hasHi || e.hiLinks != 1232 || e.hiAcc != 0.9976 {
		t.Errorf("hi %v %d %v", e.hasHi, e.hiLinks, e.hiAcc)
	}
	if !e.hasFlagged || e.flagged != 4 || e.flaggedWrong != 0.75 {
		t.Errorf("flagged %v %d %v", e.hasFlagged, e.flagged, e.flaggedWrong)
	}
	if c := got[1]; c.f1 != 0.998 || c.beads["1-1"].gold != 1997 || c.flagged != 0 || !c.hasFlagged {
		t.Errorf("clean %+v", c)
	}
}

func TestParseReportNoF1(t *testing.T) {
	if _, err := parseReport(strings.NewReader("dev.jsonl: 3 documents, strict scores\nBy link type\n")); err == nil {
		t.Error("a file without its F1 parsed")
	}
	got, err := parseReport(strings.NewReader("go: building\n"))
	if err != nil || len(got) != 0 {
		t.Errorf("no file: %v %v", got, err)
	}
}

func TestCompareGolden(t *testing.T) {
	got, err := compareDirs("testdata/old", "testdata/new")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/compare.golden")
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestEditedDelta(t *testing.T) {
	r := func(file string, a, b float64) row {
		return row{"x", fileScore{file: file, f1: a}, fileScore{file: file, f1: b}}
	}
	rows := []row{
		r("dev.jsonl", 0.95, 0.96),
		r("dev.clean.jsonl", 0.99, 0.98),
		r("/a/ntrex-ko-en.p05.jsonl", 0.97, 0.90),
		r("half-ntrex-0.jsonl", 0.98, 0.975),
	}
	if d := editedDelta(rows); math.Abs(d-0.005) > 1e-9 {
		t.Errorf("summed edited %v, want 0.005", d)
	}
}

func TestSettings(t *testing.T) {
	s := settings("/x/p05.jsonl")
	if len(s) != 21 {
		t.Fatalf("%d settings, want A24's 21", len(s))
	}
	names := map[string]string{}
	for _, x := range s {
		names[x.name] = strings.Join(x.args, " ")
	}
	for n, want := range map[string]string{
		"devtm":          "--tm dev.tm dev.jsonl dev.clean.jsonl",
		"nctmsp":         "--core-lexicon=false --tm dev.tm --second-pass dev.jsonl dev.clean.jsonl",
		"half-kpc-dev-1": "--tm half-kpc-dev-1.tm half-kpc-dev-1.jsonl half-kpc-dev-1.clean.jsonl",
		"cross-ntrex-sp": "--tm cross-ntrex.tm --second-pass dev-ntrex.jsonl dev-ntrex.clean.jsonl",
		"p05nc":          "--core-lexicon=false /x/p05.jsonl",
	} {
		if names[n] != want {
			t.Errorf("%s: %q, want %q", n, names[n], want)
		}
	}
	if len(settings("")) != 19 {
		t.Error("p05 run without a file")
	}
	if !needs(s, "half-ntrex-0.tm") || needs(s[:1], "dev.tm") {
		t.Error("needs")
	}
}

func TestPick(t *testing.T) {
	s := settings("p")
	got, err := pick(s, "notm,p05")
	if err != nil || len(got) != 2 || got[0].name != "notm" || got[1].name != "p05" {
		t.Errorf("pick notm,p05: %v %v", got, err)
	}
	if _, err := pick(s, "notm,nope"); err == nil {
		t.Error("an unknown setting picked")
	}
	if got, _ := pick(s, ""); len(got) != len(s) {
		t.Error("empty -only")
	}
}
