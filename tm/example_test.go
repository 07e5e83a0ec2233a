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
