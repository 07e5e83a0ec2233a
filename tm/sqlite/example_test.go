package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"golang.org/x/text/language"

	"bitext/tm"
	"bitext/tm/sqlite"
)

func ExampleOpen() {
	dir, _ := os.MkdirTemp("", "sqlite-example")
	defer os.RemoveAll(dir)
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(dir, "news.tm"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()
	s.Add(ctx, []tm.Unit{
		{SourceLang: language.English, Variants: []tm.Variant{{Lang: language.English, Text: "Seoul and Tokyo held talks."}, {Lang: language.Korean, Text: "서울과 도쿄가 회담을 열었다."}}},
		{SourceLang: language.English, Variants: []tm.Variant{{Lang: language.English, Text: "North Korea fired a missile."}, {Lang: language.Korean, Text: "북한이 미사일을 발사했다."}}},
	})
	us, _ := s.Concordance(ctx, tm.ConcordanceQuery{Text: "서울"})
	for _, u := range us {
		fmt.Println(u.Variant(language.English).Text)
	}
	ok, _ := s.IntegrityCheck(ctx)
	fmt.Println(ok)
	// Output:
	// Seoul and Tokyo held talks.
	// ok
}
