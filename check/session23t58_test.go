package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Session 23 (helper T58): house68's, house62's and house67's kinds, with
// entries of our own.
const session23T58Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
radovan-karadzic,person,ko,라도반 카라지치,preferred,,,,,,,,,,,
radovan-karadzic,person,en,Radovan Karadžić,preferred,,,,,,,,,,,
oliver-cromwell,person,ko,올리버 크롬웰,preferred,,,,,,,,,,,
oliver-cromwell,person,en,Oliver Cromwell,preferred,,,,,,,,,,,
thomas-cromwell,person,ko,토머스 크롬웰,preferred,,,,,,,,,,,
thomas-cromwell,person,en,Thomas Cromwell,preferred,,,,,,,,,,,
zheng-jie,person,ko,정제,preferred,,,,,,,,,,,
zheng-jie,person,en,Zheng Jie,preferred,,,,,,,,,,,
han-seung-soo,person,ko,한승수,preferred,,,,,,,,,,,
han-seung-soo,person,en,Han Seung-soo,preferred,,,,,,,,,,,
adolf-hitler,person,ko,히틀러,preferred,,,,,,,,,,,
adolf-hitler,person,en,Adolf Hitler,preferred,,,,,,,,,,,
tomato,term,ko,토마토,preferred,,,,,,,,,,,
tomato,term,en,tomato,preferred,,,,,,,,,,,
tomato,term,en,tomatoe,forbidden,,,,,,,,,,,
`

func t58Pair(t *testing.T, pr Pair) string {
	t.Helper()
	c := caseChecker(t, "session23t58.csv", session23T58Glossary)
	pr.SourceLang, pr.TargetLang = language.Korean, language.English
	var got []string
	for _, f := range c.Pair("p.tsv", pr) {
		got = append(got, string(f.Rule)+" "+f.Severity.String())
	}
	return strings.Join(got, "; ")
}

func TestSurnameAlone(t *testing.T) {
	for _, tc := range []struct{ src, tgt, want string }{
		// The surname alone, no title, no short form listed: present
		// (diacritics folded; a sentence's first word, a verb before).
		{"라도반 카라지치는 혐의를 부인했다.", "Karadzic denied the charges.", ""},
		{"라도반 카라지치는 혐의를 부인했다.", "On Monday Karadzic denied the charges.", ""},
		{"히틀러에 맞서 싸웠다.", "They fought against Hitler.", ""},
		// A name the list gives in East Asian order: the first word.
		{"정제는 기쁘다고 말했다.", "\"I am happy,\" said Zheng.", ""},
		// Another given name before or after it: still found (the issue's
		// recall case, a given name changed).
		{"한승수 총리는 사임했다.", "Prime Minister Han Sung-soo resigned.", "target-term-missing"},
		{"라도반 카라지치는 혐의를 부인했다.", "Dragan Karadzic denied the charges.", "target-term-missing"},
		{"라도반 카라지치는 혐의를 부인했다.", "Radovan S. Karadzic denied the charges.", "target-term-missing"},
		// Another person of the list has the surname and the Korean names
		// both: either is named. With the Korean naming one only, the
		// surname is that one's (session 24, T65: surnamebearer.go).
		{"올리버 크롬웰과 토머스 크롬웰은 의회를 해산했다.", "Cromwell dissolved Parliament.", "target-term-missing"},
		{"올리버 크롬웰은 의회를 해산했다.", "Cromwell dissolved Parliament.", ""},
	} {
		got := t58Pair(t, Pair{Source: tc.src, Target: tc.tgt})
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("%q / %q: got %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
}

func TestSurnameEarlier(t *testing.T) {
	before := []string{"Karadzic, 63, is accused of ordering the siege of Sarajevo."}
	for _, tc := range []struct {
		tgt  string
		prev []string
		want string
	}{
		// A pronoun after the surname alone earlier in the article: present.
		{"His lawyer said nobody knows who arrested him.", before, ""},
		// No earlier mention: absent.
		{"His lawyer said nobody knows who arrested him.", nil, "target-term-missing"},
		// The English begins mid-sentence: a broken pair, still reported.
		{"that his lawyer said nobody knows who arrested him.", before, "target-term-missing"},
	} {
		got := t58Pair(t, Pair{Source: "그는 “누가 라도반 카라지치를 체포했는지 아무도 모른다”고 말했다.", Target: tc.tgt, TargetBefore: tc.prev})
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("%q after %q: got %q, want %q", tc.tgt, tc.prev, got, tc.want)
		}
	}
}

func TestPluralOfAllowed(t *testing.T) {
	for _, tc := range []struct{ tgt, want string }{
		// The allowed form's regular plural: no forbidden form.
		{"Farmers grew tomatoes.", ""},
		{"Tomatoes were grown.", ""},
		// The forbidden form itself, and its possessive: still reported.
		{"Farmers grew a tomatoe.", "deprecated-term"},
		{"The tomatoe's skin split.", "deprecated-term"},
	} {
		got := t58Pair(t, Pair{Source: "농부들은 토마토를 재배했다.", Target: tc.tgt})
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.tgt, got, tc.want)
		}
	}
}
