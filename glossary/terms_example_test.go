package glossary_test

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"

	"bitext/glossary"
)

func ExampleGlossary_TermFinder() {
	g, err := glossary.Decode(strings.NewReader(house), glossary.FormatCSV, "house.csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	f := g.TermFinder()
	fmt.Println(f.Terms("정의용 장관은 외교부를 찾았다.", language.Korean))
	fmt.Println(f.Terms("Chung Eui-yong visited the Ministry of Foreign Affairs.", language.English))
	// Output:
	// [chung mofa]
	// [chung mofa]
}
