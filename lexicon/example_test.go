package lexicon_test

import (
	"fmt"

	"bitext/lexicon"
)

func Example() {
	t := lexicon.NewTrainer()
	for _, p := range [][2]string{
		{"정부는 예산안을 발표했다.", "The government announced the budget."},
		{"정부는 새 정책을 발표했다.", "The government announced a new policy."},
		{"대통령은 예산안에 서명했다.", "The president signed the budget."},
		{"대통령은 새 정책을 지지했다.", "The president backed the new policy."},
		{"정부는 대통령을 지지했다.", "The government backed the president."},
		{"국회는 예산안을 발표했다.", "The assembly announced the budget."},
	} {
		t.Add(p[0], p[1])
	}
	lex := t.Train(lexicon.DefaultIterations)
	fmt.Println(lex.Translations("정부")[0], lex.Translations("대통령")[0])
	// Output: government president
}
