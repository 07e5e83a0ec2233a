package sqlite_test

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/tm"
	"bitext/tm/sqlite"
)

// TestMineUnitsAfter checks that MineUnitsAfter gives the units
// IterateAfter gives, in the same order, with the same fields the miner
// reads (id, document id, origin file, times, variants' languages and
// texts), and the rest unset.
func TestMineUnitsAfter(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	day := time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)
	units := []tm.Unit{
		{SourceLang: language.Korean, TUID: "t1", Variants: []tm.Variant{
			{Lang: language.Korean, Text: "한국은행은 기준금리를 동결했다.", Props: []tm.Prop{{Type: "x-desk", Value: "경제"}}},
			{Lang: language.English, Text: "The Bank of Korea held its key rate.", Notes: []tm.Note{{Value: "checked"}}},
			{Lang: language.BritishEnglish, Text: "The Bank of Korea kept its key rate."}},
			Context: tm.Context{DocID: "a1", Prev: "p", Next: "n"}, Origin: tm.Origin{File: "desk.tmx"}, Created: day},
		{SourceLang: language.Korean, Variants: []tm.Variant{
			{Lang: language.Korean, Text: "수출은 5% 늘었다."}, {Lang: language.English, Text: "Exports rose 5 percent."}},
			Origin: tm.Origin{File: "wire.tmx", Kind: tm.OriginTMX}, Created: day, Changed: day.Add(time.Hour)},
		{SourceLang: language.English, Variants: []tm.Variant{
			{Lang: language.English, Text: "Rain is expected.", Markup: "Rain is <hi>expected</hi>."}, {Lang: language.Korean, Text: "비가 예상된다."}}},
		{Variants: []tm.Variant{{Lang: language.Korean, Text: "눈이 온다."}, {Lang: language.English, Text: "It snows."}}},
	}
	if _, err := s.Add(ctx, units); err != nil {
		t.Fatal(err)
	}
	miner := func(u tm.Unit) tm.Unit {
		m := tm.Unit{ID: u.ID, Context: tm.Context{DocID: u.Context.DocID}, Created: u.Created, Changed: u.Changed}
		if u.Context.DocID == "" {
			m.Origin.File = u.Origin.File
		}
		for _, v := range u.Variants {
			m.Variants = append(m.Variants, tm.Variant{Lang: v.Lang, Text: v.Text})
		}
		return m
	}
	var first int64
	for _, after := range []int64{0, -1} {
		if after < 0 {
			after = first
		}
		var want, got []tm.Unit
		if err := s.IterateAfter(ctx, after, tm.ExportOptions{}, func(u tm.Unit) error {
			want = append(want, miner(u))
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if err := s.MineUnitsAfter(ctx, after, func(u *tm.Unit) error {
			got = append(got, *u)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if len(want) == 0 || (after == 0 && len(want) != len(units)) {
			t.Fatalf("after %d: IterateAfter gave %d units", after, len(want))
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("after %d:\n got %+v\nwant %+v", after, got, want)
		}
		first = want[0].ID
	}
}
