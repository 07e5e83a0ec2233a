package check_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"golang.org/x/text/language"

	"bitext/check"
	"bitext/glossary"
)

const exampleGlossary = `id,type,lang,term,status,case,short,note
jake-sullivan,person,en,Jake Sullivan,preferred,,Sullivan,U.S. national security adviser
jake-sullivan,person,ko,제이크 설리번,preferred,,,
dokdo,place,en,Dokdo,preferred,,,Takeshima is the Japanese name
dokdo,place,en,Takeshima,deprecated,,,
dokdo,place,ko,독도,preferred,,,
`

func ExampleChecker_Text() {
	g, err := glossary.Decode(strings.NewReader(exampleGlossary), glossary.FormatCSV, "house.csv")
	if err != nil {
		panic(err)
	}
	c := check.New(g)
	article := "Sullivan arrived in Seoul.\nJake Sullivan said Takeshima... Jake Sulivan added."
	fs := c.Text("story.txt", article, language.English)
	check.Write(os.Stdout, check.FormatText, fs, check.Summarize(1, fs), nil)
	// Output:
	// story.txt:1:1: warning: first mention of jake-sullivan should be the full name "Jake Sullivan", not "Sullivan" [first-mention]
	// story.txt:2:20: error: "Takeshima" is deprecated: use "Dokdo" (dokdo); Takeshima is the Japanese name [deprecated-term]
	// story.txt:2:33: warning: "Jake Sulivan" is not in the glossary; did you mean "Jake Sullivan" (jake-sullivan)? [near-miss]
}

func ExampleChecker_Sides() {
	g, err := glossary.Decode(strings.NewReader(exampleGlossary), glossary.FormatCSV, "house.csv")
	if err != nil {
		panic(err)
	}
	c := check.New(g)
	// The Korean headline ends as a sentence; its English side has no final
	// period, so line 1 is a headline on both sides and 설리번 alone in it is
	// no first mention. Line 2 is the body.
	src, tgt := c.Sides("story",
		"설리번, 서울에 도착했다.\n설리번이 말했다. 제이크 설리번 보좌관은 떠났다.",
		"Sullivan arrives in Seoul\nSullivan said so. Jake Sullivan left.",
		language.Korean, language.English, time.Time{})
	for _, f := range append(src, tgt...) {
		fmt.Println(check.TextLine(f))
	}
	// Output:
	// story:2:1: warning: first mention of jake-sullivan should be the full name "Jake Sullivan", not "Sullivan" [first-mention]
}

func ExampleChecker_Pair() {
	g, err := glossary.Decode(strings.NewReader(exampleGlossary), glossary.FormatCSV, "house.csv")
	if err != nil {
		panic(err)
	}
	c := check.New(g)
	c.Missing = glossary.Types // report a missing place too, not only persons (check.DefaultMissing)
	fs := c.Pair("pairs.tsv", check.Pair{
		Unit:       "u1",
		Source:     "설리번 보좌관은 독도 문제를 30분 동안 논의했다.",
		Target:     "Sullivan discussed the issue for 40 minutes.",
		SourceLang: language.Korean, TargetLang: language.English,
		SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 30, Exact: true,
	})
	for _, f := range fs {
		fmt.Println(check.TextLine(f))
	}
	// Output:
	// pairs.tsv:1:17: warning: source number "30분" (30 min) is not in the target [number-mismatch]
	// pairs.tsv:1:30: error: the source has "독도" (dokdo) but the target has none of its forms; expected "Dokdo" [target-term-missing]
	// pairs.tsv:1:63: warning: target number "40 minutes" (40 min) is not in the source [number-mismatch]
}

// A run's article (or an XLIFF file, or the rows of a TSV export) is
// checked as one document: the bilingual rules per pair, the monolingual
// ones on each side's text.
func ExampleChecker_Document() {
	g, err := glossary.Decode(strings.NewReader(exampleGlossary), glossary.FormatCSV, "house.csv")
	if err != nil {
		panic(err)
	}
	pair := func(line int, src, tgt string) check.Pair {
		return check.Pair{Unit: fmt.Sprint("u", line), Source: src, Target: tgt, SourceLang: language.Korean, TargetLang: language.English,
			SourceLine: line, SourceCol: 1, TargetLine: line, TargetCol: 1}
	}
	fs := check.New(g).Document("article", []check.Pair{
		pair(1, "설리번 보좌관이 도착했다.", "Sullivan arrived."),
		pair(2, "제이크 설리번은 독도에 대해 말했다.", "Jake Sullivan spoke about Takeshima."),
		pair(3, "회의는 30분 동안 열렸다.", "The meeting lasted 40 minutes."),
	}, time.Time{})
	for _, f := range fs {
		fmt.Printf("%s %s %s %q\n", f.Unit, f.Side, f.Rule, f.Found)
	}
	// Output:
	// u1 target first-mention "Sullivan"
	// u2 target deprecated-term "Takeshima"
	// u3 source number-mismatch "30분"
	// u3 target number-mismatch "40 minutes"
}

// A Korean byline alone, as a TM keeps a pretranslated original's byline
// unit, is checked as a byline: names only, no numbers.
func ExampleBylineSource() {
	fmt.Println(check.BylineSource("워싱턴=김민수 특파원"))
	fmt.Println(check.BylineSource("김민수 기자는 7일 이렇게 전했다."))
	// Output:
	// true
	// false
}
