package pipeline_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"bitext/pipeline"
)

// A translated XLIFF file as bitext run writes it for an original without
// an edition (the layout in bitext-layout notes), read back as the
// English article.
const translatedXLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ko" trgLang="en">
  <file id="rates" original="rates">
    <notes>
      <note category="bitext-layout" priority="10">byline: 박서준 기자</note>
      <note category="bitext-layout" priority="10">date: 2026-05-22</note>
    </notes>
    <unit id="u1">
      <notes><note category="bitext-layout" priority="10">headline</note></notes>
      <segment state="final"><source>기준금리 동결</source><target>BOK holds rate</target></segment>
    </unit>
    <unit id="u2">
      <notes><note category="bitext-layout" priority="10">paragraph 1</note></notes>
      <segment state="final"><source>한은은 금리를 유지했다.</source><target>The BOK kept its rate.</target></segment>
    </unit>
    <unit id="u3">
      <notes><note category="bitext-layout" priority="10">paragraph 1</note></notes>
      <segment state="translated"><source>시장은 인하를 예상한다.</source><target>Markets expect a cut.</target></segment>
    </unit>
  </file>
</xliff>
`

func ExampleReadTranslation() {
	ts, err := pipeline.ReadTranslation(strings.NewReader(translatedXLIFF), "rates.xlf", false)
	if err != nil {
		fmt.Println(err)
		return
	}
	t := ts[0].Text
	fmt.Printf("%s (%s)\n%s, %s\n", t.Headline, ts[0].Lang, t.Byline, t.Date)
	for _, p := range t.Paras {
		fmt.Println(p)
	}
	// Output:
	// BOK holds rate (en)
	// 박서준 기자, 2026-05-22
	// The BOK kept its rate. Markets expect a cut.
}

func ExampleMergeBack() {
	dir, _ := os.MkdirTemp("", "merge")
	defer os.RemoveAll(dir)
	xlf := filepath.Join(dir, "rates.xlf")
	os.WriteFile(xlf, []byte(translatedXLIFF), 0o644)
	merged, err := pipeline.MergeBack(context.Background(), pipeline.MergeBackOptions{Files: []string{xlf}, OutDir: filepath.Join(dir, "en")})
	if err != nil {
		fmt.Println(err)
		return
	}
	data, _ := os.ReadFile(merged[0].Path)
	fmt.Printf("%s:\n%s", filepath.Base(merged[0].Path), data)
	// Output:
	// rates.en.txt:
	// BOK holds rate
	//
	// 박서준 기자
	//
	// 2026-05-22
	//
	// The BOK kept its rate. Markets expect a cut.
}
