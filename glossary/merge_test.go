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
