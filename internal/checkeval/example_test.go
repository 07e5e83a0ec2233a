package checkeval_test

import (
	"fmt"
	"io"

	"golang.org/x/text/language"

	"bitext/glossary"
	"bitext/internal/checkeval"
	"bitext/internal/exitcode"
	"bitext/locales"
)

// Expected scores the checker on the repository's planted articles.
func ExampleExpected() {
	ui := locales.New(language.English)
	load := func(files []string) (*glossary.Glossary, error) {
		var gs []*glossary.Glossary
		for _, f := range files {
			g, err := glossary.Load(f)
			if err != nil {
				return nil, err
			}
			gs = append(gs, g)
		}
		g, _ := glossary.Merge(gs...)
		return g, nil
	}
	err := checkeval.Expected(io.Discard, ui, load, "../../testdata/check", nil, glossary.Types) // --missing all
	fmt.Println(exitcode.Of(err))
	// Output:
	// 0
}

// ConvertShared reads a third-party list (here a made-up row in the
// Assembly's layout) into a glossary: the news-style name preferred, the
// official spelling admitted.
func ExampleConvertShared() {
	list := "name_ko\tname_hanja\tname_en_official\tparty_ko\tdistrict_ko\n한길부\t韓吉夫\tHAN GHILBOO\t가나당\t울산 울주군\n"
	g, err := checkeval.ConvertShared("members.tsv", []byte(list))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range g.Entries[0].Terms {
		fmt.Println(t.Lang, t.Text, t.Status)
	}
	// Output:
	// ko 한길부 preferred
	// en Han Ghil-boo preferred
	// en Han Ghilboo admitted
}
