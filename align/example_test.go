package align_test

import (
	"fmt"

	"bitext/align"
	"bitext/lexicon"
)

func ExampleAlign() {
	ko := []string{
		"한국은행이 28일 기준금리를 연 3.25%로 0.25%포인트 내렸다.",
		"지난 10월에 이어 두 차례 연속 인하다.",
		"이창용 한은 총재는 \"내수 회복이 예상보다 더디다\"고 말했다.",
		"한은이 두 달 연속 금리를 내린 것은 2008년 이후 처음이다.",
		"원·달러 환율은 이날 1,400원 안팎에서 움직였다.",
	}
	en := []string{
		"The Bank of Korea cut its benchmark rate by 0.25 percentage point to 3.25 percent on Thursday, the second consecutive reduction following October's cut.",
		"\"The recovery in domestic demand is slower than expected,\" BOK Gov. Rhee Chang-yong said.",
		"The won traded at around 1,400 per dollar on the day.",
		"Yonhap contributed to this report.",
	}
	links, err := align.Align(ko, en, align.Options{})
	if err != nil {
		panic(err)
	}
	for _, l := range links {
		fmt.Println(l.Type(), l.Source, l.Target)
	}
	// Output:
	// 2-1 [0 1] [0]
	// 1-1 [2] [1]
	// 1-0 [3] []
	// 1-1 [4] [2]
	// 0-1 [] [3]
}

func ExampleCounts() {
	gold := []align.Link{
		{Source: []int{0, 1}, Target: []int{0}},
		{Source: []int{2}, Target: []int{}},
		{Source: []int{3}, Target: []int{1}},
	}
	test := []align.Link{
		{Source: []int{0}, Target: []int{0}},
		{Source: []int{1}, Target: []int{}},
		{Source: []int{2}, Target: []int{}},
		{Source: []int{3}, Target: []int{1}},
	}
	var c align.Counts
	c.Score(gold, test) // call once per document: the counts add up
	fmt.Printf("precision %.2f recall %.2f F1 %.2f\n", c.Precision(), c.Recall(), c.F1())
	// Output:
	// precision 0.50 recall 0.50 F1 0.50
}

// The batch's second pass: learn from the confident links of a batch of
// articles, then align again the articles whose links were not confident.
func ExampleLearnFromBatch() {
	var batch []align.Pair
	for _, p := range [][2]string{
		{"정부는 예산안을 발표했다.", "The government announced the budget."},
		{"국회는 법안을 비판했다.", "The assembly criticized the bill."},
		{"국회는 정책을 논의했다.", "The assembly discussed the policy."},
		{"야당은 예산안을 비판했다.", "The opposition criticized the budget."},
	} {
		batch = append(batch, align.Pair{
			Source: []string{p[0], "2024년 10월 5일 서울에서."},
			Target: []string{p[1], "Seoul, Oct. 5, 2024."},
		})
	}
	second, err := align.LearnFromBatch(batch, align.Options{})
	if err != nil {
		panic(err)
	}
	ko := []string{"정부는 새 정책을 발표했다.", "국회는 예산안을 비판했다."}
	en := []string{"The assembly criticized the budget."}
	first, _ := align.Align(ko, en, align.Options{})
	again, _ := align.Align(ko, en, align.Options{SecondPass: second})
	fmt.Printf("first pass: mean confidence below %.2f: %v\n", align.SecondPassBelow, align.MeanConfidence(first) < align.SecondPassBelow)
	for _, l := range again {
		fmt.Println(l.Type(), l.Source, l.Target)
	}
	// Output:
	// first pass: mean confidence below 0.85: true
	// 1-0 [0] []
	// 1-1 [1] [0]
}

// How well a lexicon knows a document: the share of the Korean side's known
// stems whose translation the English side has somewhere.
func ExampleLexiconCoverage() {
	t := lexicon.NewTrainer()
	for _, p := range [][2]string{
		{"정부는 예산안을 발표했다.", "The government announced the budget."},
		{"국회는 예산안을 비판했다.", "The assembly criticized the budget."},
		{"정부는 법안을 비판했다.", "The government criticized the bill."},
		{"국회는 법안을 발표했다.", "The assembly announced the bill."},
	} {
		t.Add(p[0], p[1])
	}
	lex := t.Train(lexicon.DefaultIterations)
	ko := []string{"정부는 예산안을 발표했다.", "국회는 법안을 비판했다."}
	en := []string{"The government announced the budget."}
	fmt.Printf("%.2f\n", align.LexiconCoverage(ko, en, align.Options{Lexicon: lex}))
	// Output:
	// 0.50
}
