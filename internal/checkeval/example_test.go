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
