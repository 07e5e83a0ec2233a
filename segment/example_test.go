package segment_test

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"

	"bitext/segment"
)

func ExampleSentences() {
	for _, s := range segment.Sentences("The talks began at 10 a.m. Monday. The agreement was signed by the U.S. The Korean side will ratify it.", language.English) {
		fmt.Println(s)
	}
	for _, s := range segment.Sentences("그는 “평화는 저절로 오지 않는다. 우리가 만들어야 한다”고 말했다. 올해 3.1절 행사에는 1천여 명이 참석했다.", language.Korean) {
		fmt.Println(s)
	}
	// Output:
	// The talks began at 10 a.m. Monday.
	// The agreement was signed by the U.S.
	// The Korean side will ratify it.
	// 그는 “평화는 저절로 오지 않는다. 우리가 만들어야 한다”고 말했다.
	// 올해 3.1절 행사에는 1천여 명이 참석했다.
}

func ExampleSplit() {
	text := "Gen. Kim met Rep. Park. They talked.\n정부는 5일 대책을 발표했다. 대출 규제가 핵심이다.\n"
	for _, s := range segment.Split(text, language.Und) {
		fmt.Printf("%d.%d [%d:%d] %s\n", s.Para, s.Index, s.Start, s.End, s.Text)
	}
	// Output:
	// 0.0 [0:23] Gen. Kim met Rep. Park.
	// 0.1 [24:36] They talked.
	// 1.0 [37:75] 정부는 5일 대책을 발표했다.
	// 1.1 [76:106] 대출 규제가 핵심이다.
}

func ExampleDetectLang() {
	fmt.Println(segment.DetectLang("정부는 5일 대책을 발표했다."))
	fmt.Println(segment.DetectLang("The government announced the plan."))
	// Output:
	// ko
	// en
}

func ExampleScanner() {
	in := "Kim left the\nroom. Lee came.\n\nPark stayed.\n"
	sc := segment.NewScanner(strings.NewReader(in), segment.Options{Lang: language.English, Wrapped: true})
	for sc.Scan() {
		s := sc.Segment()
		fmt.Printf("%d.%d %q\n", s.Para, s.Index, s.Text)
	}
	if err := sc.Err(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 0.0 "Kim left the room."
	// 0.1 "Lee came."
	// 1.0 "Park stayed."
}
