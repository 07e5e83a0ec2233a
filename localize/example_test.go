package localize_test

import (
	"fmt"

	"golang.org/x/text/language"

	"bitext/localize"
)

func ExampleTarget() {
	r := localize.Target("They met for 40 minutes on Monday.",
		"They met for 30 minutes on Sunday.", language.English,
		"그들은 일요일 30분간 만났다.", language.Korean)
	fmt.Println(r.Text)
	for _, c := range r.Changes {
		fmt.Println(c.From, "→", c.To)
	}
	// Output:
	// 그들은 월요일 40분간 만났다.
	// 일요일 → 월요일
	// 30분 → 40분
}
