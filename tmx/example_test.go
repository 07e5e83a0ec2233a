package tmx_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"bitext/tmx"
)

func ExampleDecoder() {
	const doc = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x"
          adminlang="en" srclang="ko" datatype="plaintext"/>
  <body>
    <tu tuid="7">
      <prop type="x-doc">economy-0101</prop>
      <tuv xml:lang="ko"><seg>한국은행은 기준금리를 동결했다.</seg></tuv>
      <tuv xml:lang="en"><seg>The Bank of Korea <hi>froze</hi> its base rate.<ph x="1">&lt;br/&gt;</ph></seg></tuv>
    </tu>
  </body>
</tmx>`
	dec := tmx.NewDecoder(strings.NewReader(doc))
	h, err := dec.Header()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("source language:", h.SrcLang)
	for {
		tu, err := dec.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("unit %s at line %d, %s=%s\n", tu.TUID, tu.Line, tu.Props[0].Type, tu.Props[0].Value)
		for _, v := range tu.Variants {
			fmt.Printf("  %s: %s\n", v.Lang, v.Seg.Text())
		}
		fmt.Println("  en markup:", tu.Variant("en").Seg.XML)
	}
	// Output:
	// source language: ko
	// unit 7 at line 6, x-doc=economy-0101
	//   ko: 한국은행은 기준금리를 동결했다.
	//   en: The Bank of Korea froze its base rate.
	//   en markup: The Bank of Korea <hi>froze</hi> its base rate.<ph x="1">&lt;br/&gt;</ph>
}

func ExampleEncoder() {
	enc, err := tmx.NewEncoder(os.Stdout, &tmx.Header{SrcLang: "ko", CreationDate: "20261126T000000Z"})
	if err != nil {
		fmt.Println(err)
		return
	}
	err = enc.Encode(&tmx.TU{
		TUID:  "1",
		Props: []tmx.Prop{{Type: "x-doc", Value: "politics-0412"}},
		Variants: []tmx.TUV{
			{Lang: "ko", Seg: tmx.PlainSeg("여야가 합의했다 <속보>")},
			{Lang: "en", Seg: tmx.PlainSeg("Rival parties reached a deal & more")},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := enc.Close(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <!DOCTYPE tmx SYSTEM "tmx14.dtd">
	// <tmx version="1.4">
	//   <header creationtool="bitext" creationtoolversion="0.1" segtype="sentence" o-tmf="bitext" adminlang="en" srclang="ko" datatype="plaintext" creationdate="20261126T000000Z"/>
	//   <body>
	//     <tu tuid="1">
	//       <prop type="x-doc">politics-0412</prop>
	//       <tuv xml:lang="ko">
	//         <seg>여야가 합의했다 &lt;속보&gt;</seg>
	//       </tuv>
	//       <tuv xml:lang="en">
	//         <seg>Rival parties reached a deal &amp; more</seg>
	//       </tuv>
	//     </tu>
	//   </body>
	// </tmx>
}

func ExampleSeg_Text() {
	s := tmx.Seg{XML: `<bpt i="1">&lt;b&gt;</bpt>Seoul<ept i="1">&lt;/b&gt;</ept> &amp; Busan`}
	fmt.Println(s.Text())
	// Output: Seoul & Busan
}
