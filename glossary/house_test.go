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
	for _, p := range Lint("../testdata/glossary/house.csv", "../testdata/glossary/house.tsv", "../testdata/glossary/house.tbx") {
		if p.Code != CodeSharedTerm && p.Code != CodeDuplicateID || p.File == "../testdata/glossary/house.csv" {
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
