package segeval_test

import (
	"fmt"

	"golang.org/x/text/language"

	"bitext/internal/segeval"
)

func ExampleEvaluate() {
	yes := true
	cases := []segeval.Case{{
		ID: 1, Name: "abbreviation at a sentence end", PySBD: &yes,
		Text:      "I live in the U.S. How about you?",
		Sentences: []string{"I live in the U.S.", "How about you?"},
	}}
	rep := segeval.Evaluate(cases, language.English)
	fmt.Printf("%d of %d exact, %d of %d sentences\n", rep.Exact, rep.Cases, rep.Hits, rep.Gold)
	// Output:
	// 1 of 1 exact, 2 of 2 sentences
}
