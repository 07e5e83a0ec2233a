package tmtest

import (
	"context"
	"testing"

	"golang.org/x/text/language"

	"bitext/tm"
)

// testIterateAfter: IterateAfter returns exactly the units Iterate returns
// after the given id, in the same order and whole, and honours the
// export options; after the last id it returns nothing.
func testIterateAfter(t *testing.T, s tm.Store) {
	add(t, s, Pair("The first unit.", "첫째 단위입니다."), Pair("The second unit.", "둘째 단위입니다."))
	three := Pair("The third unit.", "셋째 단위입니다.")
	three.Variants = append(three.Variants, tm.Variant{Lang: language.Japanese, Text: "三番目の単位です。"})
	add(t, s, three, Pair("The fourth unit.", "넷째 단위입니다."))
	every := all(t, s, tm.ExportOptions{})
	if len(every) != 4 {
		t.Fatalf("Iterate: %d units, want 4", len(every))
	}
	after := func(id int64, opt tm.ExportOptions) []tm.Unit {
		t.Helper()
		var out []tm.Unit
		if err := s.IterateAfter(context.Background(), id, opt, func(u tm.Unit) error { out = append(out, u); return nil }); err != nil {
			t.Fatalf("IterateAfter(%d): %v", id, err)
		}
		return out
	}
	for i := range every {
		got := after(every[i].ID, tm.ExportOptions{})
		want := every[i+1:]
		if len(got) != len(want) {
			t.Fatalf("IterateAfter(%d): %d units, want %d", every[i].ID, len(got), len(want))
		}
		for j := range got {
			if d := diffUnit(got[j], want[j]); d != "" || got[j].ID != want[j].ID {
				t.Errorf("IterateAfter(%d)[%d]: id %d, want %d; %s", every[i].ID, j, got[j].ID, want[j].ID, d)
			}
		}
	}
	if got := after(0, tm.ExportOptions{}); len(got) != 4 {
		t.Errorf("IterateAfter(0): %d units, want 4", len(got))
	}
	// Langs still select: only the third unit has Japanese.
	got := after(every[0].ID, tm.ExportOptions{Langs: []language.Tag{en, language.Japanese}})
	if len(got) != 1 || got[0].ID != every[2].ID || len(got[0].Variants) != 2 {
		t.Errorf("IterateAfter(%d, en+ja) = %+v, want the third unit with two variants", every[0].ID, got)
	}
}
