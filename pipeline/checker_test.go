package pipeline

import (
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/article"
	"bitext/check"
	"bitext/glossary"
)

// TestCheckAgreesWithDocument: the run's check step gives the findings
// that check.Article gives on the same article (as bitext check on the
// run's exports does), including the document context of foreign bodies
// (check.Pair.Before): 국방부 after 미국 국방부 in the row before is the
// Pentagon, not the glossary's ministry. Our own sentences.
func TestCheckAgreesWithDocument(t *testing.T) {
	const csv = "id,type,lang,term,status\n" +
		"mnd,organization,ko,국방부,preferred\nmnd,organization,en,Ministry of National Defense,preferred\n" +
		"us,place,ko,미국,preferred\nus,place,en,United States,preferred\n" +
		"js,person,ko,제이크 설리번,preferred\njs,person,en,Jake Sullivan,preferred\n"
	g, err := glossary.Decode(strings.NewReader(csv), glossary.FormatCSV, "g.csv")
	if err != nil {
		t.Fatal(err)
	}
	c := check.New(g)
	c.Missing = glossary.Types
	step := checkStep{c: c, say: check.English}
	for _, tc := range []struct {
		name     string
		src, tgt []string
		want     string
	}{
		{"a foreign body again", []string{"미국 국방부는 7일 새 훈련 계획을 발표했다.", "국방부 대변인은 추가 파병은 없다고 말했다."},
			[]string{"The United States Department of Defense unveiled a new exercise plan on Monday.", "A Pentagon spokesman said no more troops would be sent."}, ""},
		{"the glossary's body", []string{"미국은 새 훈련 계획을 발표했다.", "국방부 대변인은 추가 파병은 없다고 말했다."},
			[]string{"The United States unveiled a new exercise plan on Monday.", "A spokesman said no more troops would be sent."},
			"target-term-missing target 1"},
		// The English beside a pair (check.Pair.TargetBefore, TargetAfter).
		{"a person named in the English before", []string{"제이크 설리번은 서울에 도착했다.", "제이크 설리번은 동맹 문제를 논의했다."},
			[]string{"Jake Sullivan arrived in Seoul.", "He discussed the alliance."}, ""},
		{"a person named in the next English", []string{"워싱턴에서 제이크 설리번과 만난 장관은 회견을 열었다.", "장관은 동맹을 강조했다."},
			[]string{"The minister held a news conference after meeting U.S.", "National Security Adviser Jake Sullivan in Washington."}, ""},
		{"a person the English never names", []string{"제이크 설리번은 동맹 문제를 논의했다."},
			[]string{"He discussed the alliance."}, "target-term-missing target 0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &Article{Article: article.Article{Name: "a", Src: language.Korean, Tgt: language.English}}
			for i := range tc.src {
				a.Source = append(a.Source, article.Segment{Index: i, Text: tc.src[i]})
				a.Target = append(a.Target, article.Segment{Index: i, Text: tc.tgt[i]})
				a.Links = append(a.Links, article.Link{Source: []int{i}, Target: []int{i}, Confidence: 0.9})
			}
			var run, doc []string
			for _, f := range step.Check(a) {
				run = append(run, f.Rule+" "+f.Side+" "+strconv.Itoa(f.Seg))
			}
			for _, f := range c.Article("a", &a.Article, time.Time{}) {
				doc = append(doc, f.Rule+" "+f.Side)
			}
			sort.Strings(run)
			if got := strings.Join(run, "\n"); got != tc.want {
				t.Errorf("run findings:\n%s\nwant\n%s", got, tc.want)
			}
			// The same rules and sides as check.Article.
			var runRules []string
			for _, r := range run {
				runRules = append(runRules, r[:strings.LastIndexByte(r, ' ')])
			}
			sort.Strings(doc)
			if strings.Join(runRules, "\n") != strings.Join(doc, "\n") {
				t.Errorf("run %q and check.Article %q disagree", runRules, doc)
			}
		})
	}
}
