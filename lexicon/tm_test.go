package lexicon

import (
	"context"
	"fmt"
	"os"
	"slices"
	"testing"

	"golang.org/x/text/language"

	"bitext/tm"
)

// fakeStore holds units in memory; only Stats and Iterate are used.
type fakeStore struct {
	tm.Store
	units []tm.Unit
}

func (f *fakeStore) Stats(context.Context) (tm.Stats, error) {
	return tm.Stats{Units: len(f.units)}, nil
}

func (f *fakeStore) Iterate(_ context.Context, _ tm.ExportOptions, fn func(tm.Unit) error) error {
	for _, u := range f.units {
		if err := fn(u); err != nil {
			return err
		}
	}
	return nil
}

func TestLearnSamples(t *testing.T) {
	s := &fakeStore{}
	for i := 0; i < 100; i++ {
		s.units = append(s.units, tm.Unit{Variants: []tm.Variant{
			{Lang: language.MustParse("en-US"), Text: fmt.Sprintf("The government announced budget number %d.", i)},
			{Lang: language.MustParse("ko-KR"), Text: "정부는 예산안을 발표했다."},
		}})
	}
	s.units = append(s.units, tm.Unit{Variants: []tm.Variant{{Lang: language.English, Text: "English only."}}})
	for _, c := range []struct{ max, want int }{{0, 100}, {1000, 100}, {10, 10}, {33, 33}} {
		lex, err := Learn(context.Background(), s, DefaultIterations, c.max)
		if err != nil {
			t.Fatal(err)
		}
		// The sample is taken over all 101 units, one of them English only.
		if lex.Units() > c.want || lex.Units() < c.want-1 {
			t.Errorf("max %d: learned from %d units, want %d", c.max, lex.Units(), c.want)
		}
		if got := lex.Translations("정부"); len(got) == 0 {
			t.Errorf("max %d: no translation of 정부", c.max)
		}
	}
	lex, err := Learn(context.Background(), &fakeStore{}, DefaultIterations, 10)
	if err != nil || lex.Len() != 0 {
		t.Fatalf("empty store: %v, %v", lex, err)
	}
}

func TestRefresh(t *testing.T) {
	ctx := context.Background()
	path := t.TempDir() + "/tm.lexicon"
	s := &fakeStore{}
	add := func(ko, en string, n int) {
		for i := 0; i < n; i++ {
			s.units = append(s.units, tm.Unit{Variants: []tm.Variant{
				{Lang: language.English, Text: fmt.Sprintf("%s %d.", en, i)},
				{Lang: language.Korean, Text: ko},
			}})
		}
	}
	add("정부는 예산안을 발표했다.", "The government announced the budget", 20)
	// No lexicon file yet: nothing is written.
	if lex, err := Refresh(ctx, s, path); lex != nil || err != nil {
		t.Fatalf("without a file: %v, %v", lex, err)
	}
	if _, err := os.Stat(path); err == nil {
		t.Fatal("Refresh created a lexicon the memory did not have")
	}
	if err := os.WriteFile(path, []byte(header+" units=0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// After an import the file is relearned from the memory's units.
	add("외교부는 성명을 냈다.", "The foreign ministry issued a statement", 20)
	if lex, err := Refresh(ctx, s, path); lex == nil || err != nil {
		t.Fatalf("with a file: %v, %v", lex, err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lex, err := Read(f, path)
	if err != nil {
		t.Fatal(err)
	}
	if lex.Units() != 40 || !slices.Contains(lex.Translations("외교부"), "ministri") {
		t.Errorf("refreshed lexicon: %d units, 외교부 → %v", lex.Units(), lex.Translations("외교부"))
	}
}
