package check

import (
	"slices"
	"testing"
	"time"

	"golang.org/x/text/language"
)

const storyDatedGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
john-f-kennedy,person,en,John F. Kennedy,preferred,,Kennedy,,,,,,,,,
john-f-kennedy,person,ko,존 F. 케네디,preferred,,,,,,,,,,,
john-f-kennedy,person,en,President Kennedy,admitted,,,,,,1961-01-20,1963-11-22,,,,
john-f-kennedy,person,ko,케네디 대통령,admitted,,,,,,1961-01-20,1963-11-22,,,,
lyndon-johnson,person,ko,린든 존슨,preferred,,,,,,,,,,,
sean-combs,person,en,Sean Combs,preferred,,,,,,,,,,,
sean-combs,person,en,Puff Daddy,admitted,,,,,,,2001-03-31,,,,
`

// A titled form past its day in a story that dates what it tells of the
// person inside the form's days (a year of them, or years counted back
// from the story's day) is the title he held then, no dated error
// (held-out-glossary-102's g102-kpc-test 1587, 케네디 대통령 저격 직후, three
// pairs after 45년 전 오늘, 존 F. 케네디 대통령이 댈러스에서 암살되었습니다, a
// story of 2008). A year outside the days, a year in a line that names
// another person, a number that is no year, or a form with no first day
// (a former name) leaves it reported.
func TestStoryDated(t *testing.T) {
	c := caseChecker(t, "storydated.csv", storyDatedGlossary)
	day := time.Date(2008, 11, 22, 0, 0, 0, 0, time.UTC)
	const ko = "deprecated-term 케네디 대통령"
	for _, tc := range []struct {
		lang language.Tag
		text string
		want []string
	}{
		{language.Korean, "기자가 1963년 케네디 대통령 저격 직후의 혼란을 설명했다.", nil},
		{language.Korean, "45년 전 오늘, 존 F. 케네디가 댈러스에서 숨졌다.\n기자가 케네디 대통령 저격 직후의 혼란을 설명했다.", nil},
		{language.Korean, "존 F. 케네디는 1963년 댈러스에 갔다. 기자가 케네디 대통령 저격 직후를 설명했다.", nil},
		{language.Korean, "그 일은 1963년에 있었다. 기자가 케네디 대통령 저격 직후를 설명했다.", []string{ko}},
		{language.Korean, "기자가 케네디 대통령 저격 직후의 혼란을 설명했다.", []string{ko}},
		{language.Korean, "1970년 케네디 대통령은 말했다.", []string{ko}},
		{language.Korean, "1963년 린든 존슨이 취임했다.\n케네디 대통령은 말했다.", []string{ko}},
		{language.Korean, "1,963명이 모였다. 케네디 대통령은 말했다.", []string{ko}},
		{language.Korean, "관객 1963명 앞에서 케네디 대통령은 말했다.", []string{ko}},
		{language.English, "In 1963, President Kennedy was shot in Dallas.", nil},
		{language.English, "Forty-five years ago, 45 years ago today, President Kennedy was shot.", nil},
		{language.English, "President Kennedy said 19630 people came.", []string{"deprecated-term President Kennedy"}},
		{language.English, "In 1999 Puff Daddy released an album.", []string{"deprecated-term Puff Daddy"}},
	} {
		var got []string
		for _, f := range c.TextOn("a.txt", "메모\n\n"+tc.text, tc.lang, day) {
			if f.Rule == RuleDeprecated {
				got = append(got, string(f.Rule)+" "+f.Found)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// In a pair the texts before it in its story count (Pair.Before for the
// source, TargetBefore for the target): the last three only, and only one
// that names the person.
func TestStoryDatedPair(t *testing.T) {
	c := caseChecker(t, "storydated.csv", storyDatedGlossary)
	day := time.Date(2008, 7, 28, 0, 0, 0, 0, time.UTC)
	const src = "기자가 케네디 대통령 저격 직후의 대혼란을 설명합니다."
	const tgt = "A reporter describes the chaos shortly after John F. Kennedy had been shot."
	dated := "45년 전 오늘, 존 F. 케네디 대통령이 댈러스에서 암살되었습니다."
	for _, tc := range []struct {
		before []string
		want   bool
	}{
		{[]string{dated, "그러나 우리는 알 수 없습니다.", "뭔가 잘못됐습니다."}, false},
		{[]string{dated, "a", "b", "c"}, true},         // four pairs back
		{[]string{"45년 전 오늘, 댈러스에서 총성이 울렸습니다."}, true}, // no person named
		{nil, true},
	} {
		got := false
		for _, f := range c.Pair("p.tsv", Pair{Source: src, Target: tgt, SourceLang: language.Korean, TargetLang: language.English,
			Date: day, Before: tc.before}) {
			if f.Rule == RuleDeprecated && f.Found == "케네디 대통령" {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("before %q: reported %v, want %v", tc.before, got, tc.want)
		}
	}
}

func TestDatesInside(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"1963년 11월", true},
		{"in 1962.", true},
		{"in 1961, he", true},
		{"45년 전 오늘", true},
		{"46년전", true},
		{"47 years ago", true},
		{"1964년", false},
		{"1,963명", false},
		{"19630", false},
		{"1963.5", false},
		{"A1963", false},
		{"1960s", false},
		{"44년 전", false},
	} {
		if got := datesInside(tc.s, 1961, 1963, 2008); got != tc.want {
			t.Errorf("datesInside(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// A year in the sentence right before the form's, which the form's sentence
// refers back to (그때, 당시, 그해; at the time, then), dates the form though
// that sentence names no listed person (session 27, helper T102;
// g136-ntrex-even#article 1928: "1987년, 하트 씨가 ... 경선을 포기했다. 그때
// 슈뢰더 의원은"). No back-reference, a year further back, a year outside
// the form's days or a back-reference that moves the time on is still a
// stale title.
func TestStoryDatedBackReference(t *testing.T) {
	c := caseChecker(t, "storydated.csv", storyDatedGlossary)
	day := time.Date(2008, 11, 22, 0, 0, 0, 0, time.UTC)
	const ko = "deprecated-term 케네디 대통령"
	const en = "deprecated-term President Kennedy"
	for _, tc := range []struct {
		lang language.Tag
		text string
		want []string
	}{
		{language.Korean, "1963년, 그는 댈러스에 갔다. 그때 케네디 대통령은 저격당했다.", nil},
		{language.Korean, "1963년 11월 22일 댈러스에서 총성이 울렸다. 당시 케네디 대통령은 차에 있었다.", nil},
		{language.Korean, "그 일은 1963년에 있었다. 그해 케네디 대통령은 댈러스에 갔다.", nil},
		{language.Korean, "1963년 댈러스에서 총성이 울렸다.\n그때 케네디 대통령은 쓰러졌다.", nil},
		{language.Korean, "그 일은 1963년에 있었다. 케네디 대통령은 당시에 댈러스에 있었다.", nil},
		{language.Korean, "그 일은 1963년에 있었다. 케네디 대통령은 댈러스에 갔다.", []string{ko}},
		{language.Korean, "1970년, 그는 댈러스에 갔다. 그때 케네디 대통령은 말했다.", []string{ko}},
		{language.Korean, "1963년, 그는 댈러스에 갔다. 그때부터 케네디 대통령은 말했다.", []string{ko}},
		{language.Korean, "1963년 그는 갔다. 비가 왔다. 그때 케네디 대통령은 말했다.", []string{ko}},
		{language.Korean, "1963년 그는 갔다. 그 해결책으로 케네디 대통령은 말했다.", []string{ko}},
		{language.Korean, "1963년 그는 갔다.\n비가 왔다.\n그때 케네디 대통령은 말했다.", []string{ko}},
		{language.English, "It was 1963. At the time President Kennedy was in Dallas.", nil},
		{language.English, "It was 1963. President Kennedy was then in Dallas.", nil},
		{language.English, "It was 1963. Since then, President Kennedy has been mourned.", []string{en}},
		{language.English, "It was 1963. President Kennedy was in Dallas.", []string{en}},
		{language.English, "It was 1975. At the time President Kennedy was mourned.", []string{en}},
	} {
		var got []string
		for _, f := range c.TextOn("a.txt", "메모\n\n"+tc.text, tc.lang, day) {
			if f.Rule == RuleDeprecated {
				got = append(got, string(f.Rule)+" "+f.Found)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
	// In a pair, the last sentence of the pair's side before it.
	for _, tc := range []struct {
		before []string
		src    string
		want   bool
	}{
		{[]string{"비가 왔다. 1963년 댈러스에서 총성이 울렸습니다."}, "그때 케네디 대통령은 쓰러졌습니다.", false},
		{[]string{"1963년 댈러스에서 총성이 울렸습니다. 비가 왔다."}, "그때 케네디 대통령은 쓰러졌습니다.", true},
		{[]string{"1963년 댈러스에서 총성이 울렸습니다."}, "케네디 대통령은 쓰러졌습니다.", true},
	} {
		got := false
		for _, f := range c.Pair("p.tsv", Pair{Source: tc.src, Target: "President Kennedy fell.", SourceLang: language.Korean, TargetLang: language.English,
			Date: day, Before: tc.before}) {
			if f.Rule == RuleDeprecated && f.Found == "케네디 대통령" {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("before %q, %q: reported %v, want %v", tc.before, tc.src, got, tc.want)
		}
	}
}

func TestBackReferred(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"그때 슈뢰더 의원은 깊은 좌절감에 빠졌다", true},
		{"그 때 그는 말했다", true},
		{"당시에 그는 말했다", true},
		{"그해에는 비가 왔다", true},
		{"그때부터 그는 말했다", false},
		{"그때까지 그는 말했다", false},
		{"해당시 그는 말했다", false},
		{"그 해결책", false},
		{"at the time, she said", true},
		{"At that time she said", true},
		{"she was then a lawmaker", true},
		{"since then she has said", false},
		{"until then she said", false},
		{"she thenceforth said", false},
		{"she said so", false},
	} {
		if got := backReferred(tc.s); got != tc.want {
			t.Errorf("backReferred(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
