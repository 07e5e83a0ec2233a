package mine_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/mine"
	"bitext/tm"
)

// coocUnits are units where 내무부 and Interior Ministry are seen together
// (in units, and apart from the rest), 대법원 and Supreme Court, and the
// common word 관계자 beside both: no pair of sounds or acronyms.
func coocUnits() []tm.Unit {
	texts := [][2]string{
		{"이라크 내무부는 이날 32명이 사망했다고 밝혔다.", "At least 32 people were killed, an Interior Ministry official said."},
		{"내무부 관계자는 폭탄을 제거했다고 밝혔다.", "It was destroyed, an Interior Ministry official said."},
		{"내무부 대변인은 회견을 열었다.", "A spokesman for the Interior Ministry held a news conference."},
		{"대법원은 판결을 내렸다.", "The Supreme Court ruled on Monday."},
		{"관계자는 대법원의 결정을 환영했다.", "An official welcomed the decision of the Supreme Court."},
		{"관계자는 말을 아꼈다.", "The official declined to comment."},
		{"국방부 관계자가 말했다.", "An official of the Ministry of Defence said so."},
		{"백악관은 성명을 냈다.", "The White House issued a statement."},
		{"백악관 대변인이 밝혔다.", "A White House spokesman said so."},
	}
	var units []tm.Unit
	d := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	for i, x := range texts {
		day := d.AddDate(0, 0, i)
		units = append(units, tm.Unit{SourceLang: language.Korean, Created: day, Changed: day,
			Context:  tm.Context{DocID: fmt.Sprint("doc", i)},
			Variants: []tm.Variant{{Lang: language.Korean, Text: x[0]}, {Lang: language.English, Text: x[1]}}})
	}
	return units
}

// TestCooccurrence: translated names of bodies are found by the units
// they share (session 13, helper M14), typed organisation, and a name
// seen in one unit, or a common word, is not; an incremental run gives
// the run from scratch's result.
func TestCooccurrence(t *testing.T) {
	units := coocUnits()
	tests := []struct {
		ko, en string // en "": no candidate
	}{
		{"내무부", "Interior Ministry"},
		{"대법원", "Supreme Court"},
		{"백악관", "White House"}, // coocHeads
		{"국방부", ""},            // one unit
		{"관계자", ""},            // a common word, beside several
		{"이라크", ""},            // no body's ending
		{"대변인은", ""},           // nor its word with a particle
	}
	s := openStore(t, units)
	res, err := mine.Run(context.Background(), s, mine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		c := find(res, tc.ko)
		switch {
		case tc.en == "" && c != nil:
			t.Errorf("%s: candidate %s, want none", tc.ko, c.Renderings[0].Text)
		case tc.en != "" && c == nil:
			t.Errorf("%s: no candidate, want %s", tc.ko, tc.en)
		case tc.en != "" && (c.Renderings[0].Text != tc.en || c.Type != mine.Organization):
			t.Errorf("%s: %s (%s), want %s (organization)", tc.ko, c.Renderings[0].Text, c.Type, tc.en)
		}
	}
	// The counts are summed: two runs with the cache between them give
	// the run from scratch's result.
	s2 := openStore(t, units[:2])
	st := mine.NewState()
	if _, err := mine.Run(context.Background(), s2, mine.Options{State: st}); err != nil {
		t.Fatal(err)
	}
	inc := runAgain(t, s2, st, units[2:])
	if inc.Read != len(units)-2 {
		t.Errorf("incremental run read %d units, want %d", inc.Read, len(units)-2)
	}
	sameResult(t, "incremental run", inc, res)
}
