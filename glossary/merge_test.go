package glossary

import (
	"strings"
	"testing"
)

func TestMerge(t *testing.T) {
	house, err := Decode(strings.NewReader(`id,type,lang,term,status
chung,person,en,Chung Eui-yong,preferred
chung,person,en,Jung Eui-yong,deprecated
peninsula,place,en,Korean Peninsula,preferred
peninsula,place,en,Korean peninsula,deprecated
mofa,organization,en,Ministry of Foreign Affairs,preferred
mofa,organization,en,Foreign Ministry,admitted
`), FormatCSV, "house.csv")
	if err != nil {
		t.Fatal(err)
	}
	desk, err := Decode(strings.NewReader(`id,type,lang,term,status
chung,person,en,Chung Eui-yong,preferred
chung,person,en,Chung Eui-young,deprecated
fm,title,en,Foreign Ministry,deprecated
fm,title,en,Foreign Minister,preferred
kp,place,en,Korean peninsula,preferred
`), FormatCSV, "desk.csv")
	if err != nil {
		t.Fatal(err)
	}
	m, conflicts := Merge(house, desk)
	got := dump(m, false)
	want := `chung person from= until= note=""
	en preferred cs=true short="" "Chung Eui-yong"
	en deprecated cs=true short="" "Chung Eui-young"
peninsula place from= until= note=""
	en preferred cs=true short="" "Korean Peninsula"
mofa organization from= until= note=""
	en preferred cs=true short="" "Ministry of Foreign Affairs"
fm title from= until= note=""
	en deprecated cs=true short="" "Foreign Ministry"
	en preferred cs=true short="" "Foreign Minister"
kp place from= until= note=""
	en preferred cs=true short="" "Korean peninsula"
`
	if got != want {
		t.Errorf("merged:\n%s\nwant:\n%s", got, want)
	}
	var cs []string
	for _, c := range conflicts {
		cs = append(cs, c.String())
	}
	wantC := []string{
		"desk.csv:2: entry chung replaces the entry of house.csv:2",
		`desk.csv:4: "Foreign Ministry" (en) is claimed by entry fm, which wins over entry mofa of house.csv:6`,
		`desk.csv:6: "Korean peninsula" (en) is claimed by entry kp, which wins over entry peninsula of house.csv:4`,
	}
	if strings.Join(cs, "\n") != strings.Join(wantC, "\n") {
		t.Errorf("conflicts:\n%s\nwant:\n%s", strings.Join(cs, "\n"), strings.Join(wantC, "\n"))
	}
	// The inputs are untouched.
	if len(house.Lookup("mofa").Terms) != 2 || len(house.Lookup("peninsula").Terms) != 2 {
		t.Error("Merge modified its input")
	}
	// A glossary merged with nothing is itself.
	one, c := Merge(house)
	if len(c) != 0 || dump(one, false) != dump(house, false) {
		t.Errorf("Merge of one glossary changed it: %v", c)
	}
}

// TestMergeOne: one glossary (nil ones aside) comes back as it is, its
// own duplicate ids and forms kept and no conflict, as the general path
// gives it beside an empty glossary.
func TestMergeOne(t *testing.T) {
	g, err := Decode(strings.NewReader(`id,type,lang,term,status
chung,person,en,Chung Eui-yong,preferred
peninsula,place,en,Korean Peninsula,preferred
chung,person,en,Jung Eui-yong,preferred
other,place,en,korean peninsula,preferred
`), FormatCSV, "one.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Entries) < 3 {
		t.Fatalf("decoded %d entries, want the duplicates kept", len(g.Entries))
	}
	want, wantC := Merge(g, &Glossary{})
	for _, gs := range [][]*Glossary{{g}, {nil, g, nil}} {
		got, conflicts := Merge(gs...)
		if len(conflicts) != 0 || len(wantC) != 0 {
			t.Errorf("conflicts %v (general path %v), want none", conflicts, wantC)
		}
		if got == g || len(got.Entries) != len(want.Entries) {
			t.Fatalf("got %d entries (same glossary: %v), want %d in a new glossary", len(got.Entries), got == g, len(want.Entries))
		}
		for i := range got.Entries {
			if got.Entries[i] != want.Entries[i] {
				t.Errorf("entry %d: %s, want %s", i, got.Entries[i].ID, want.Entries[i].ID)
			}
		}
		got.Entries[0] = nil // the input is not modified
		if g.Entries[0] == nil {
			t.Fatal("Merge shares the input's entry slice")
		}
	}
	if got, _ := Merge(&Glossary{}); got.Entries != nil {
		t.Errorf("an empty glossary: entries %v, want nil", got.Entries)
	}
}
