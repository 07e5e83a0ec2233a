package check_test

import (
	"fmt"
	"strings"
	"time"

	"golang.org/x/text/language"

	"bitext/article"
	"bitext/check"
	"bitext/glossary"
)

// An article of the model (package article), as bitext run fills it or as
// check reads an export back (here one row of a TSV file: the source at
// column 1 of line 2, the target after the tab), checked row by row and
// side by side; a finding in a verbatim text gets its own column.
func ExampleChecker_Article() {
	g, err := glossary.Decode(strings.NewReader(exampleGlossary), glossary.FormatCSV, "house.csv")
	if err != nil {
		panic(err)
	}
	c := check.New(g)
	a := &article.Article{
		Name: "talks", Src: language.Korean, Tgt: language.English,
		Source: []article.Segment{
			{Text: "제이크 설리번 보좌관은 독도를 언급했다.", Pos: article.Position{Unit: "1", Line: 2, Column: 1, Verbatim: true}},
		},
		Target: []article.Segment{
			{Text: "Adviser Jake Sullivan mentioned Takeshima.", Pos: article.Position{Unit: "1", Line: 2, Column: 24, Verbatim: true}},
		},
		Links: []article.Link{{Source: []int{0}, Target: []int{0}, Confidence: 0.92}},
	}
	for _, f := range c.Article("talks.tsv", a, time.Time{}) {
		fmt.Printf("%d:%d %s %s\n", f.Line, f.Column, f.Rule, f.Found)
	}
	// Output:
	// 2:56 deprecated-term Takeshima
}
