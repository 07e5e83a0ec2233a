package srx_test

import (
	"fmt"
	"strings"

	"bitext/srx"
)

func ExampleParse() {
	doc := `<?xml version="1.0"?>
<srx version="2.0" xmlns="http://www.lisa.org/srx20">
  <header cascade="yes"/>
  <body>
    <languagerules>
      <languagerule languagerulename="English">
        <rule break="no"><beforebreak>\bDr\.</beforebreak><afterbreak>\s</afterbreak></rule>
        <rule break="yes"><beforebreak>[.?!]+</beforebreak><afterbreak>\s+\p{Lu}</afterbreak></rule>
      </languagerule>
    </languagerules>
    <maprules><languagemap languagepattern="en.*" languagerulename="English"/></maprules>
  </body>
</srx>`
	rules, err := srx.Parse(strings.NewReader(doc), "example.srx")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(rules.Breaks("Dr. Kim left. He came back.", "en-US"))
	// Output:
	// [13]
}
