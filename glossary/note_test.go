package glossary

import (
	"bytes"
	"strings"
	"testing"
)

// A note on a deprecated row is the form's note, not the entry's: it used
// to become the entry's note and show beside the preferred form (북한 =
// North Korea (Not used; ...)).
func TestTermNotes(t *testing.T) {
	const text = "id,type,lang,term,status,note\n" +
		"nk,place,ko,북한,preferred,\n" +
		"nk,place,en,North Korea,preferred,\n" +
		"nk,place,en,N. Korea,deprecated,Not used; spell out North Korea\n" +
		"mofa,organization,en,Ministry of Foreign Affairs,preferred,Named so since 2013\n" +
		"mofa,organization,en,Ministry of Foreign Affairs and Trade,superseded,The name from 1998 to 2013\n"
	g, err := Decode(strings.NewReader(text), FormatCSV, "notes.csv")
	if err != nil {
		t.Fatal(err)
	}
	check := func(what string, g *Glossary) {
		t.Helper()
		byID := map[string]*Entry{}
		for _, e := range g.Entries {
			byID[e.ID] = e
		}
		nk, mofa := byID["nk"], byID["mofa"]
		if nk == nil || mofa == nil {
			t.Fatalf("%s: entries missing", what)
		}
		if nk.Note != "" {
			t.Errorf("%s: entry note %q, want none", what, nk.Note)
		}
		if n := nk.Terms[2].Note; n != "Not used; spell out North Korea" {
			t.Errorf("%s: deprecated form's note %q", what, n)
		}
		if nk.Terms[1].Note != "" {
			t.Errorf("%s: the preferred form got note %q", what, nk.Terms[1].Note)
		}
		if mofa.Note != "Named so since 2013" || mofa.Terms[1].Note != "The name from 1998 to 2013" {
			t.Errorf("%s: mofa notes %q / %q", what, mofa.Note, mofa.Terms[1].Note)
		}
	}
	check("csv", g)
	// Both notes survive CSV and TBX export.
	var csvBuf, tbxBuf bytes.Buffer
	if err := g.WriteCSV(&csvBuf, ','); err != nil {
		t.Fatal(err)
	}
	g2, err := Decode(&csvBuf, FormatCSV, "again.csv")
	if err != nil {
		t.Fatal(err)
	}
	check("csv again", g2)
	if err := g.WriteTBX(&tbxBuf); err != nil {
		t.Fatal(err)
	}
	g3, err := Decode(&tbxBuf, FormatTBX, "again.tbx")
	if err != nil {
		t.Fatal(err)
	}
	check("tbx", g3)
}
