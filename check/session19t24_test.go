package check

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Session 19 (helper T24): a person named in full earlier in the article,
// then given by a description or a pronoun (session19t24.go).
func TestNamedEarlier(t *testing.T) {
	const csv = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
trump,person,ko,트럼프,preferred,,,,,,,,,,,
trump,person,en,Donald Trump,preferred,,Trump,,,,,,,,,
bush,person,ko,부시,preferred,,,,,,,,,,,
bush,person,en,George W. Bush,preferred,,Bush,,,,,,,,,
ronaldo,person,ko,호날두,preferred,,,,,,,,,,,
ronaldo,person,en,Cristiano Ronaldo,preferred,,Ronaldo,,,,,,,,,
obama,person,ko,오바마,preferred,,,,,,,,,,,
obama,person,en,Barack Obama,preferred,,Obama,,,,,,,,,
`
	c := caseChecker(t, "t24.csv", csv)
	filler := []string{"It was sunny.", "Talks began at noon.", "Lunch followed.", "The crowd cheered."}
	article := func(first string) []string { return append([]string{first}, filler...) }
	for _, tc := range []struct {
		name     string
		before   []string
		src, tgt string
		want     bool // reported
	}{
		{"the president, named in full five sentences back", article("President Donald Trump mocked the senator at a rally."),
			"트럼프 대통령은 그 주장을 받아들이지 않았다.", "Her denial did not sit well with the president.", false},
		{"a pronoun, named five sentences back", article("Donald Trump spoke at a rally."),
			"트럼프 대통령은 그 주장을 받아들이지 않았다.", "He did not accept her denial.", false},
		{"an epithet, named five sentences back", article("Cristiano Ronaldo called the claims fake news."),
			"발롱도르를 5차례 수상한 호날두가 말했다.", "The five-time Ballon d'Or winner said so.", false},
		{"the president after a title and the short form", article("President Bush condemned the attack."),
			"부시 대통령의 평화 노력은 계속된다.", "A goal the president has been advocating for remains.", false},
		{"Sen. and the short form", article("Sen. Obama toured Amman."),
			"오바마는 그를 칭찬했다.", "He praised his rival.", false},
		// A first mention dropped: no earlier full mention in the article.
		// (Session 23, T51: with 경쟁자인 beside the name, "his rival"
		// translates the role word, a description: TestPronounRoleDescribed.)
		{"his rival, never named before", filler,
			"매케인은 오바마 의원에 대한 칭찬으로 연설을 시작했다.", "McCain opened his address with praise for his rival.", true},
		{"the short form in another name, no title", article("The Bush Theatre opened."),
			"부시 대통령의 평화 노력은 계속된다.", "A goal the president has been advocating for remains.", true},
		// Named before, but the English refers to nobody unnamed.
		{"named before, no description or pronoun", article("Donald Trump spoke at a rally."),
			"트럼프 대통령은 그 주장을 받아들이지 않았다.", "The claim was not accepted.", true},
		// A number on one side only: a shifted pair stays a finding.
		{"named before, a number on one side", article("Donald Trump spoke at a rally."),
			"트럼프 대통령은 3일 동안 그 주장을 받아들이지 않았다.", "He did not accept her denial.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English,
				SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1, TargetBefore: tc.before})
			got := false
			for _, f := range fs {
				if f.Rule == RuleTargetMissing {
					got = true
				}
			}
			if got != tc.want {
				t.Errorf("Pair(%q, %q) after %q: reported %v, want %v", tc.src, tc.tgt, tc.before, got, tc.want)
			}
		})
	}
	// Document gives each pair the whole article before it.
	pairs := []Pair{{Source: "도널드 트럼프 대통령이 집회에서 연설했다.", Target: "President Donald Trump spoke at a rally."}}
	for _, f := range filler {
		pairs = append(pairs, Pair{Source: "날씨가 맑았다.", Target: f})
	}
	pairs = append(pairs, Pair{Source: "트럼프 대통령은 그 주장을 받아들이지 않았다.", Target: "Her denial did not sit well with the president."})
	for i := range pairs {
		pairs[i].SourceLang, pairs[i].TargetLang = language.Korean, language.English
		pairs[i].SourceLine, pairs[i].TargetLine = i+1, i+1
		pairs[i].SourceCol, pairs[i].TargetCol = 1, 1
	}
	for _, f := range c.Document("a.tsv", pairs, time.Time{}) {
		if f.Rule == RuleTargetMissing {
			t.Errorf("Document: %s", strings.TrimSpace(brief([]Finding{f})))
		}
	}
}

// Session 19 (helper T24): a near miss of a listed name that opens with an
// all-capital word (capsBefore; testdata/check11t-left).
func TestCapsBeforeNearMiss(t *testing.T) {
	const csv = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
uefa,organization,en,UEFA,preferred,,,,,,,,,,,
champions-league,organization,en,Champions League,preferred,,,,,,,,,,,
champions-league,organization,en,UEFA Champions League,admitted,,,,,,,,,,,
europa-league,organization,en,Europa League,preferred,,,,,,,,,,,
europa-league,organization,en,UEFA Europa League,admitted,,,,,,,,,,,
champion,term,en,champion,preferred,,,,,,,,,,,
`
	c := caseChecker(t, "t24caps.csv", csv)
	for _, tc := range []struct{ text, want string }{
		{"The UEFA Champions Leage draw was made in Nyon.", "near-miss UEFA Champions Leage"},
		{"The UEFA Champions League draw was made in Nyon.", ""},
		{"The UEFA Champions Cup draw was made in Nyon.", ""},
		// A run with a near miss of its own keeps it (held-out-glossary-5).
		{"Chelsea faces Videoton in the UEFA Europa Leaguge on Thursday.", "near-miss Europa Leaguge"},
		// Another all-capital word, or none right before the run.
		{"The FIFA Champions Leage draw was made in Nyon.", ""},
		{"The UEFA, Champions Leage draw was made in Nyon.", ""},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.English) {
			got = append(got, f.Rule+" "+f.Found)
		}
		if s := strings.Join(got, "; "); s != tc.want {
			t.Errorf("%q: findings %q, want %q", tc.text, s, tc.want)
		}
	}
}
