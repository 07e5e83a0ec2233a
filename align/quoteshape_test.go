package align

import (
	"fmt"
	"testing"
)

func TestQuoteShape(t *testing.T) {
	for _, c := range []struct {
		s             string
		closes, opens uint8
	}{
		{`He said "no" to it.`, 0, 0},
		{`로스 감독은 인터뷰에서 "운동 선수로서 조국을 위해 뛰고 싶었습니다.`, 0, 1},
		{`그러나 저는 이류 선수였고 더 이상 올라갈 수 없었습니다."`, 1, 0},
		{`I got a B cap and that was it," Ross told BBC Scotland's Sportsound.`, 1, 0},
		{`“We need open minds.`, 0, 1},
		{`that is all,” he said.`, 1, 0},
		{"``We need open minds to communicate.", 0, 1},
		{"the ``outpost of tyranny.''", 0, 0},
		{`라이스 장관의 ""폭정의 전초기지"" 발언 이후`, 0, 0},
		{`"Peppa pig," "yes."`, 0, 0},
		{`Mr Bone said: "`, 0, 1},
		{`It's Ross's "plan" now.`, 0, 0},
	} {
		cl, op := quoteShape(c.s)
		if cl != c.closes || op != c.opens {
			t.Errorf("quoteShape(%q) = %d, %d; want %d, %d", c.s, cl, op, c.closes, c.opens)
		}
	}
}

func TestQuoteShapeCost(t *testing.T) {
	shape := func(c, o uint8) feature { return feature{qCloses: c, qOpens: o} }
	for _, c := range []struct {
		name string
		s, t []feature
		want float64
	}{
		{"an opening linked with an ending", []feature{shape(0, 1)}, []feature{shape(1, 0)}, wQuoteShape},
		{"the other way round", []feature{shape(1, 0)}, []feature{shape(0, 1)}, wQuoteShape},
		{"both end a quotation", []feature{shape(1, 0)}, []feature{shape(1, 0)}, 0},
		{"one side closed", []feature{shape(0, 0)}, []feature{shape(1, 0)}, 0},
		{"a merge of the opening and the ending", []feature{shape(0, 1), shape(1, 0)}, []feature{shape(0, 0)}, 0},
		{"an ending and a new opening", []feature{shape(1, 1)}, []feature{shape(0, 1)}, 0},
	} {
		if got := quoteShapeCost(c.s, c.t); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

// TestQuoteShapeDrop: the original says a quotation in two sentences, the
// speaker named in the first, and the edition keeps only the second, with
// the speaker named after it. The first sentence shares the names with the
// English line; the second, which it translates, ends the quotation as the
// line does.
func TestQuoteShapeDrop(t *testing.T) {
	ko := []string{
		"정부는 월요일에 새 예산안을 국회에 제출했다.",
		"김 장관은 인터뷰에서 \"우리는 학교에 더 쓰고 싶었습니다.",
		"그러나 그럴 수 없었고 더 이상 할 수 있는 일이 없었습니다.\"",
		"야당은 다음 주에 예산안을 표결에 부칠 예정이다.",
	}
	en := []string{
		"The government sent its new budget to parliament on Monday.",
		"There was nothing more we could do,\" Kim said.",
		"The opposition will put the budget to a vote next week.",
	}
	links, err := Align(ko, en, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprint(links)
	for _, l := range links {
		if len(l.Target) == 1 && l.Target[0] == 1 {
			if len(l.Source) != 1 || l.Source[0] != 2 {
				t.Errorf("English line 1 linked with %v, want [2]: %s", l.Source, got)
			}
			return
		}
	}
	t.Errorf("English line 1 not linked: %s", got)
}
