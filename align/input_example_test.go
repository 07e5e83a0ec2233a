package align_test

import (
	"fmt"

	"golang.org/x/text/language"

	"bitext/align"
)

func ExampleReadSide() {
	text := "물가가 올랐다. 정부는 대책을 내놓았다.\n\n시장은 안정됐다.\n"
	side, err := align.ReadSide("news.ko.txt", []byte(text), language.Und, false)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(side.Lang, len(side.Segs), side.Paras)
	// Output:
	// ko 3 [0 0 1]
}
