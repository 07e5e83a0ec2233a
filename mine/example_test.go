package mine_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"golang.org/x/text/language"

	"bitext/mine"
	"bitext/tm"
)

func ExampleRun() {
	dir, _ := os.MkdirTemp("", "mine")
	defer os.RemoveAll(dir)
	ctx := context.Background()
	store, err := tm.Open(ctx, "sqlite:"+filepath.Join(dir, "news.tm"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer store.Close()
	pair := func(ko, en string) tm.Unit {
		return tm.Unit{SourceLang: language.Korean, Variants: []tm.Variant{{Lang: language.Korean, Text: ko}, {Lang: language.English, Text: en}}}
	}
	store.Add(ctx, []tm.Unit{
		pair("외교부 장관 정의용은 기자회견을 열었다.", "Foreign Minister Chung Eui-yong held a news conference."),
		pair("정의용 장관은 대화를 강조했다.", "Chung Eui-yong stressed dialogue."),
	})
	res, err := mine.Run(ctx, store, mine.Options{MinCount: 2})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range res.Candidates {
		fmt.Println(c.Korean, "=", c.Renderings[0].Text, c.Type, c.Units)
	}
	// Output:
	// 정의용 = Chung Eui-yong person 2
}
