package lexicon

import (
	"context"
	"fmt"
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
