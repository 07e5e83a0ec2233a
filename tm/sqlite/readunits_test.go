package sqlite_test

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"golang.org/x/text/language"

	"bitext/tm"
	"bitext/tm/sqlite"
)

// TestUnitsAfterVariants checks that Units returns the same whole units
// when the variants were just read by Variants in the same read (a
// lookup's matches: Units takes them from that read) as when it reads
// them itself: variants in stored order with their properties and notes,
// the context, the origin.
func TestUnitsAfterVariants(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	units := []tm.Unit{
		{SourceLang: language.Korean, Variants: []tm.Variant{
			{Lang: language.Korean, Text: "한국은행은 기준금리를 동결했다.", Props: []tm.Prop{{Type: "x-desk", Value: "경제"}}},
			{Lang: language.English, Text: "The Bank of Korea held its key rate.", Notes: []tm.Note{{Value: "checked"}}},
			{Lang: language.BritishEnglish, Text: "The Bank of Korea kept its key rate."}},
			Context: tm.Context{DocID: "a1", Prev: "p", Next: "n"}, Origin: tm.Origin{File: "desk.tmx"}},
		{SourceLang: language.Korean, Variants: []tm.Variant{
			{Lang: language.Korean, Text: "수출은 5% 늘었다."}, {Lang: language.English, Text: "Exports rose 5 percent."}}},
		{SourceLang: language.English, Variants: []tm.Variant{
			{Lang: language.English, Text: "Rain is expected.", Markup: "Rain is <hi>expected</hi>."}, {Lang: language.Korean, Text: "비가 예상된다."}}},
	}
	if _, err := s.Add(ctx, units); err != nil {
		t.Fatal(err)
	}
	var ids []int64
	if err := s.ReadIndex(ctx, func(ix tm.Index) error {
		for id := int64(1); id < 100 && len(ids) < len(units); id++ {
			if us, err := ix.Units(ctx, []int64{id}); err != nil {
				return err
			} else if len(us) == 1 {
				ids = append(ids, id)
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(ids) != len(units) {
		t.Fatalf("found %d unit ids, want %d", len(ids), len(units))
	}
	probe := []int64{ids[2], ids[0], ids[1]}
	var alone, after []tm.Unit
	if err := s.ReadIndex(ctx, func(ix tm.Index) error {
		alone, err = ix.Units(ctx, probe)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if err := s.ReadIndex(ctx, func(ix tm.Index) error {
		if _, err := ix.Variants(ctx, probe); err != nil {
			return err
		}
		after, err = ix.Units(ctx, probe)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if len(alone) != len(probe) || len(alone[1].Variants) != 3 || len(alone[1].Variants[0].Props) != 1 {
		t.Fatalf("Units read alone: %+v", alone)
	}
	if !reflect.DeepEqual(after, alone) {
		t.Errorf("Units after Variants =\n%+v\nwant (read alone)\n%+v", after, alone)
	}
}
