package pipeline

import (
	"sort"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/article"
	"bitext/check"
	"bitext/glossary"
)

// TestCheckHeadlineBothSides: a headline on one side is one on both (as
// check.Document reads a run's exports, check.Checker.Sides): a Korean
// headline written as a sentence may name a person by surname when its
// English headline is one. Our own sentences.
func TestCheckHeadlineBothSides(t *testing.T) {
	const csv = "id,type,lang,term,status,case,short\n" +
		"js,person,ko,제이크 설리번,preferred,,설리번\njs,person,en,Jake Sullivan,preferred,,Sullivan\n"
	g, err := glossary.Decode(strings.NewReader(csv), glossary.FormatCSV, "g.csv")
	if err != nil {
		t.Fatal(err)
	}
	c := check.New(g)
	step := checkStep{c: c, say: check.English}
	src := []string{"설리번, 서울서 동맹 논의한다.", "제이크 설리번 백악관 국가안보보좌관이 7일 서울에 도착했다."}
	tgt := []string{"Sullivan to discuss alliance in Seoul", "White House National Security Adviser Jake Sullivan arrived in Seoul on Monday."}
	a := &Article{Article: article.Article{Name: "a", Src: language.Korean, Tgt: language.English}}
	for i := range src {
		a.Source = append(a.Source, article.Segment{Index: i, Text: src[i]})
		a.Target = append(a.Target, article.Segment{Index: i, Text: tgt[i]})
		a.Links = append(a.Links, article.Link{Source: []int{i}, Target: []int{i}, Confidence: 0.9})
	}
	var run, doc []string
	for _, f := range step.Check(a) {
		run = append(run, f.Rule+" "+f.Side)
	}
	for _, f := range c.Article("a", &a.Article, time.Time{}) {
		doc = append(doc, f.Rule+" "+f.Side)
	}
	sort.Strings(run)
	sort.Strings(doc)
	if strings.Join(run, "\n") != strings.Join(doc, "\n") {
		t.Errorf("run %q and check.Article %q disagree", run, doc)
	}
}
