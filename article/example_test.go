package article_test

import (
	"fmt"

	"golang.org/x/text/language"

	"bitext/article"
)

func ExampleArticle_Rows() {
	a := &article.Article{
		Name: "n001", Src: language.Korean, Tgt: language.English,
		Source: []article.Segment{{Text: "국회가 예산안을 통과시켰다."}, {Text: "여야는 막판까지 진통을 겪었다."}},
		Target: []article.Segment{{Text: "The National Assembly passed the budget."}},
		Links:  []article.Link{{Source: []int{0}, Target: []int{0}, Confidence: 0.93}},
	}
	a.Source[0].Matches = []article.Match{{Kind: article.Fuzzy, Score: 88, Source: "국회가 추경안을 통과시켰다.", Target: "The National Assembly passed the extra budget."}}
	for _, r := range a.Rows() {
		fmt.Printf("%q | %q | %s\n", article.JoinText(a.Source, r.Source), article.JoinText(a.Target, r.Target), a.RowBand(r))
	}
	// Output:
	// "국회가 예산안을 통과시켰다." | "The National Assembly passed the budget." | 85-94
	// "여야는 막판까지 진통을 겪었다." | "" | new
}

func ExampleBandOf() {
	for _, score := range []int{101, 100, 97, 90, 80, 60} {
		kind := article.Fuzzy
		switch score {
		case 101:
			kind = article.InContext
		case 100:
			kind = article.Exact
		}
		fmt.Println(score, article.BandOf(kind, score))
	}
	// Output:
	// 101 101
	// 100 100
	// 97 95-99
	// 90 85-94
	// 80 75-84
	// 60 new
}
