package mineeval_test

import (
	"fmt"
	"strings"

	"bitext/internal/mineeval"
	"bitext/mine"
)

// Judging the top candidates of a mined archive by hand-made verdicts: a
// right pair under a type its verdict does not allow counts wrong, a pair
// without a verdict is never right.
func ExampleScore() {
	v, err := mineeval.ParseVerdicts(strings.NewReader(
		"정의용\tChung Eui-yong\tright\tperson\t\n"+
			"트럼프\tTrump\tright\tperson\tthe surname\n"+
			"정부\tGovernment\twrong\tcommon\t\n"), "verdicts.tsv")
	if err != nil {
		fmt.Println(err)
		return
	}
	cand := func(ko, en string, typ mine.Candidate) mine.Candidate {
		typ.Korean, typ.Renderings = ko, []mine.Rendering{{Text: en, Units: 2}}
		return typ
	}
	cands := []mine.Candidate{
		cand("트럼프", "Trump", mine.Candidate{Type: mine.Place}),
		cand("정의용", "Chung Eui-yong", mine.Candidate{Type: mine.Person}),
		cand("정부", "Government", mine.Candidate{Type: mine.Organization}),
		cand("국회", "National Assembly", mine.Candidate{Type: mine.Organization}),
	}
	ss := mineeval.Score(cands, v, 100)
	for _, s := range ss {
		fmt.Println(strings.TrimSpace(fmt.Sprint(s.Rank, " ", s.Ko, " = ", s.En, ": ", s.Outcome, " ", s.Code)))
	}
	t := mineeval.Count(ss)
	fmt.Printf("precision %.2f, right pairs whatever the type %.2f, unjudged %d\n", t.Precision(), t.PairPrecision(), t.Unjudged)
	// Output:
	// 1 트럼프 = Trump: wrong type
	// 2 정의용 = Chung Eui-yong: right
	// 3 정부 = Government: wrong common
	// 4 국회 = National Assembly: unjudged
	// precision 0.25, right pairs whatever the type 0.50, unjudged 1
}
