package xliff_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"bitext/xliff"
)

func ExampleEncoder() {
	enc, err := xliff.NewEncoder(os.Stdout, xliff.Header{Version: xliff.Version21, SrcLang: "ko", TrgLang: "en"})
	if err != nil {
		fmt.Println(err)
		return
	}
	src := "한국은행은 기준금리를 동결했다."
	term := strings.Index(src, "한국은행")
	enc.StartFile(xliff.File{ID: "economy-0101", Original: "economy-0101.ko.txt"})
	err = enc.EncodeUnit(&xliff.Unit{
		ID:       "u1",
		Source:   src,
		State:    xliff.StateInitial,
		Matches:  []xliff.Match{{Similarity: 87, Origin: "bitext-tm", Type: "tm", Source: "한국은행은 기준금리를 인상했다.", Target: "The Bank of Korea raised its base rate."}},
		Glossary: []xliff.GlossEntry{{Term: "한국은행", Translation: "Bank of Korea", Start: term, End: term + len("한국은행")}},
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
	// <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0" version="2.1" srcLang="ko" trgLang="en">
	//   <file id="economy-0101" original="economy-0101.ko.txt">
	//     <unit id="u1">
	//       <mtc:matches>
	//         <mtc:match ref="#s1" similarity="87" origin="bitext-tm" type="tm">
	//           <source>한국은행은 기준금리를 인상했다.</source>
	//           <target>The Bank of Korea raised its base rate.</target>
	//         </mtc:match>
	//       </mtc:matches>
	//       <gls:glossary>
	//         <gls:glossEntry ref="#m1">
	//           <gls:term>한국은행</gls:term>
	//           <gls:translation>Bank of Korea</gls:translation>
	//         </gls:glossEntry>
	//       </gls:glossary>
	//       <segment id="s1" state="initial">
	//         <source><mrk id="m1" type="term">한국은행</mrk>은 기준금리를 동결했다.</source>
	//       </segment>
	//     </unit>
	//   </file>
	// </xliff>
}

func ExampleDecoder() {
	const reviewed = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="politics.txt" source-language="ko" target-language="en" datatype="plaintext">
    <body>
      <trans-unit id="u1">
        <source>국회는 예산안을 통과시켰다.</source>
        <target state="signed-off">The National Assembly passed the budget bill.</target>
      </trans-unit>
      <trans-unit id="u2">
        <source>여야는 합의에 실패했다.</source>
        <target state="needs-translation">Rival parties failed.</target>
      </trans-unit>
    </body>
  </file>
</xliff>`
	dec := xliff.NewDecoder(strings.NewReader(reviewed))
	for {
		u, err := dec.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s %s line %d: %s (%s) %q\n", dec.CurrentFile().Original, u.ID, u.Line, u.State, u.OriginalState, u.Target)
	}
	// Output:
	// politics.txt u1 line 5: reviewed (signed-off) "The National Assembly passed the budget bill."
	// politics.txt u2 line 9: initial (needs-translation) "Rival parties failed."
}
