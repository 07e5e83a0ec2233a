package export_test

import (
	"fmt"
	"os"
	"strings"

	"bitext/article"
	"bitext/export"

	"golang.org/x/text/language"
)

func exampleDoc() *article.Article {
	return &article.Article{
		Name:    "2026-03-02-assembly-budget",
		Edition: &article.Text{Headline: "Assembly passes supplementary budget"},
		Src:     language.Korean,
		Tgt:     language.English,
		Source: []article.Segment{
			{Para: 0, Text: "국회는 2일 추가경정예산안을 통과시켰다.",
				Matches: []article.Match{{Kind: article.Fuzzy, Score: 92, Source: "국회는 1일 추가경정예산안을 통과시켰다.", Target: "The National Assembly passed the extra budget on Monday."}}},
			{Para: 0, Text: "여야는 막판까지 진통을 겪었다."},
		},
		Target: []article.Segment{
			{Para: 0, Text: "The National Assembly passed the extra budget on Tuesday."},
			{Para: 0, Text: "Rival parties wrangled until the last minute."},
		},
		Links: []article.Link{
			{Source: []int{0}, Target: []int{0}, Confidence: 0.95},
			{Source: []int{1}, Target: []int{1}, Confidence: 0.44},
		},
	}
}

func ExampleWriteTSV() {
	var buf strings.Builder
	if err := export.WriteTSV(&buf, exampleDoc()); err != nil {
		fmt.Println(err)
	}
	fmt.Print(strings.ReplaceAll(buf.String(), "\t", "|")) // tabs shown as |
	// Output:
	// doc|row|para|source_segs|target_segs|source|target|confidence|band|score|tm_target|terms|findings
	// 2026-03-02-assembly-budget|1|0|0|0|국회는 2일 추가경정예산안을 통과시켰다.|The National Assembly passed the extra budget on Tuesday.|0.95|85-94|92|The National Assembly passed the extra budget on Monday.||
	// 2026-03-02-assembly-budget|2|0|1|1|여야는 막판까지 진통을 겪었다.|Rival parties wrangled until the last minute.|0.44|new||||
}

func ExampleWriteMarkdown() {
	if err := export.WriteMarkdown(os.Stdout, exampleDoc(), nil); err != nil {
		fmt.Println(err)
	}
	// Output:
	// # Assembly passes supplementary budget
	//
	// | ¶ | Original (ko) | Edition (en) | TM | Alignment |
	// |---:|---|---|---:|---|
	// | 1 | 국회는 2일 추가경정예산안을 통과시켰다. | The National Assembly passed the extra budget on Tuesday. | 92% | 0.95 |
	// |  | 여야는 막판까지 진통을 겪었다. | Rival parties wrangled until the last minute. | new | 0.44 ⚠ check alignment |
}

func ExampleLookup() {
	for _, name := range []string{"html", "markdown", "xliff12", "pdf"} {
		f, ok := export.Lookup(name)
		fmt.Println(name, f.Name, f.Ext, ok)
	}
	// Output:
	// html html .html true
	// markdown md .md true
	// xliff12 xliff12 .v12.xlf true
	// pdf   false
}

func ExampleNewLabels() {
	korean := map[string]string{"ExportLabelSource": "원문", "ExportLabelTarget": "영문판"}
	labels := export.NewLabels(func(id string) string { return korean[id] })
	fmt.Println(labels.Source, labels.Target, labels.Match)
	// Output:
	// 원문 영문판 TM
}

func ExampleWriteXLIFF() {
	d := exampleDoc()
	d.Links = d.Links[:1]
	d.Source, d.Target = d.Source[:1], d.Target[:1]
	if err := export.WriteXLIFF(os.Stdout, d, nil); err != nil {
		fmt.Println(err)
	}
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0" version="2.1" srcLang="ko" trgLang="en">
	//   <file id="2026-03-02-assembly-budget" original="2026-03-02-assembly-budget">
	//     <unit id="u1">
	//       <mtc:matches>
	//         <mtc:match ref="#s1" similarity="92" matchQuality="92" origin="bitext-tm" type="tm" subType="bitext:fuzzy">
	//           <source>국회는 1일 추가경정예산안을 통과시켰다.</source>
	//           <target>The National Assembly passed the extra budget on Monday.</target>
	//         </mtc:match>
	//       </mtc:matches>
	//       <segment id="s1" state="translated">
	//         <source>국회는 2일 추가경정예산안을 통과시켰다.</source>
	//         <target>The National Assembly passed the extra budget on Tuesday.</target>
	//       </segment>
	//     </unit>
	//   </file>
	// </xliff>
}
