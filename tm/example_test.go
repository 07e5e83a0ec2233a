package tm_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"golang.org/x/text/language"

	"bitext/tm"
	_ "bitext/tm/sqlite"
)

func ExampleScore() {
	q := tm.Analyze("The meeting on Oct. 7 lasted 40 minutes.", "", language.English)
	u := tm.Analyze("The meeting on Oct. 5 lasted 30 minutes.", "", language.English)
	e := tm.Score(q, u)
	fmt.Println(e.Score, e.Base, e.Penalties[0].Kind, e.Penalties[0].Points)
	fmt.Println(tm.Suggest(q, u, "10월 5일 회의는 30분간 진행됐다.", language.Korean))
	// Output:
	// 96 100 numbers 4
	// 10월 7일 회의는 40분간 진행됐다.
}

func ExampleOpen() {
	dir, _ := os.MkdirTemp("", "tm-example")
	defer os.RemoveAll(dir)
	ctx := context.Background()
	store, err := tm.Open(ctx, "sqlite:"+filepath.Join(dir, "news.tm"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer store.Close()
	res, _ := store.Add(ctx, []tm.Unit{{
		SourceLang: language.English,
		Variants: []tm.Variant{
			{Lang: language.English, Text: "Exports rose 7 percent in May."},
			{Lang: language.Korean, Text: "5월 수출은 7% 늘었다."},
		},
	}})
	fmt.Println(res.Added, "added")
	ms, _ := store.Lookup(ctx, tm.Query{Text: "Exports rose 9 percent in May.", Source: language.English, Target: language.Korean})
	for _, m := range ms {
		fmt.Println(m.Kind, m.Score, m.Suggestion)
	}
	// Output:
	// 1 added
	// fuzzy 98 5월 수출은 9% 늘었다.
}

// ExampleLookup runs the lookup of every backend over a store's index
// directly, with a tuning of its own (a store's Lookup uses its Budget
// and Candidates).
func ExampleLookup() {
	dir, _ := os.MkdirTemp("", "tm-example")
	defer os.RemoveAll(dir)
	ctx := context.Background()
	store, err := tm.Open(ctx, filepath.Join(dir, "news.tm"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer store.Close()
	pair := func(en, ko string) tm.Unit {
		return tm.Unit{SourceLang: language.English, Variants: []tm.Variant{{Lang: language.English, Text: en}, {Lang: language.Korean, Text: ko}}}
	}
	store.Add(ctx, []tm.Unit{
		pair("The central bank raised its key rate on Thursday.", "중앙은행은 목요일 기준금리를 올렸다."),
		pair("The central bank kept its key rate on Friday.", "중앙은행은 금요일 기준금리를 동결했다."),
	})
	q := tm.Query{Text: "The central bank raised its key rate on Friday.", Source: language.English, Target: language.Korean, Min: 50}
	err = store.(tm.Indexed).ReadIndex(ctx, func(ix tm.Index) error {
		ms, err := tm.Lookup(ctx, ix, q, tm.Tuning{Candidates: 10})
		for _, m := range ms {
			fmt.Println(m.Kind, m.Score, m.Target.Text)
		}
		return err
	})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// fuzzy 88 중앙은행은 목요일 기준금리를 올렸다.
	// fuzzy 88 중앙은행은 금요일 기준금리를 동결했다.
}

// ExampleStorable keeps the units a store accepts and counts the rest, to
// report them.
func ExampleStorable() {
	units := []tm.Unit{
		{SourceLang: language.English, Variants: []tm.Variant{{Lang: language.English, Text: "Exports rose."}, {Lang: language.Korean, Text: "수출이 늘었다."}}},
		{SourceLang: language.English, Variants: []tm.Variant{{Lang: language.English, Text: "No translation."}}},
	}
	keep, skipped := tm.Storable(units)
	fmt.Println(len(keep), "to store,", skipped, "skipped")
	// Output:
	// 1 to store, 1 skipped
}

// ExampleLocalize carries the query's duration and weekday into a fuzzy
// match's translation (auto-localisation), and shows where the unit came
// from.
func ExampleLocalize() {
	dir, _ := os.MkdirTemp("", "tm-example")
	defer os.RemoveAll(dir)
	ctx := context.Background()
	store, err := tm.Open(ctx, filepath.Join(dir, "news.tm"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer store.Close()
	store.Add(ctx, []tm.Unit{{
		SourceLang: language.English,
		Variants: []tm.Variant{
			{Lang: language.English, Text: "The ministers met for 30 minutes on Sunday."},
			{Lang: language.Korean, Text: "장관들은 일요일 30분간 회동했다."},
		},
		Origin: tm.Origin{Kind: tm.OriginTranslator, Translator: "kim", Review: tm.Reviewed},
	}})
	q := tm.Query{Text: "The ministers met for 40 minutes on Monday.", Source: language.English, Target: language.Korean}
	ms, _ := store.Lookup(ctx, q)
	tm.Localize(q, ms)
	for _, m := range ms {
		fmt.Println(m.Kind, m.Score, m.Suggestion)
		fmt.Println(m.Unit.Origin)
	}
	// Output:
	// fuzzy 85 장관들은 월요일 40분간 회동했다.
	// translator kim, reviewed
}
