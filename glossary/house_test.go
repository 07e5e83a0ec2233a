package glossary

import (
	"testing"

	"golang.org/x/text/language"
)

// TestHouseGlossary keeps the repository's house glossary clean: it loads
// in all three formats with the same content and has no lint problems.
func TestHouseGlossary(t *testing.T) {
	csv, err := Load("../testdata/glossary/house.csv")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(csv.Entries); n < 80 {
		t.Errorf("house glossary has %d entries, want at least 80", n)
	}
	for _, f := range []string{"../testdata/glossary/house.csv", "../testdata/glossary/house.tsv", "../testdata/glossary/house.tbx"} {
		for _, p := range Lint(f) {
			t.Errorf("%v", p)
		}
	}
	want := dump(&Glossary{Entries: csv.Sorted()}, false)
	for _, f := range []string{"../testdata/glossary/house.tsv", "../testdata/glossary/house.tbx"} {
		g, err := Load(f)
		if err != nil {
			t.Fatal(err)
		}
		if got := dump(g, false); got != want {
			t.Errorf("%s differs from house.csv (regenerate it with bitext glossary export)", f)
		}
	}
	// Every entry has a preferred form in both languages.
	for _, e := range csv.Entries {
		for _, l := range []language.Tag{language.Korean, language.English} {
			if p := csv.Preferred(e, l); p == nil || p.Status != Preferred {
				t.Errorf("entry %s has no preferred %s form", e.ID, l)
			}
		}
	}
}

// TestHouseAndDesk merges the desk glossary over the house glossary: one
// entry replaced, the rest added, no lint problems between them.
func TestHouseAndDesk(t *testing.T) {
	house, err := Load("../testdata/glossary/house.csv")
	if err != nil {
		t.Fatal(err)
	}
	desk, err := Load("../testdata/glossary/desk.tbx")
	if err != nil {
		t.Fatal(err)
	}
	g, conflicts := Merge(house, desk)
	if len(conflicts) != 1 || conflicts[0].Kind != Replaced || conflicts[0].ID != "defector" {
		t.Errorf("conflicts %v, want entry defector replaced", conflicts)
	}
	if got, want := len(g.Entries), len(house.Entries)+len(desk.Entries)-1; got != want {
		t.Errorf("%d entries merged, want %d", got, want)
	}
	if p := g.Preferred(g.Lookup("defector"), language.Korean); p == nil || p.Text != "탈북민" {
		t.Errorf("merged defector entry: %v", p)
	}
	if probs := Lint("../testdata/glossary/house.csv", "../testdata/glossary/desk.tbx"); len(probs) != 0 {
		t.Errorf("lint: %v", probs)
	}
}
