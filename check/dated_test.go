package check

import (
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Tests of dated.go.

// TestDatedTitle: a dated admitted form that is a title before the
// person's name (Crown Prince Faisal, right until 2005-07-31) is a full
// first mention, past its day too, where the deprecated-term alone says
// it (check12h's Crown Prince Abdullah); an undated title form (Prince
// Faisal) keeps its first mention.
func TestDatedTitle(t *testing.T) {
	c := t33Checker(t)
	day := time.Date(2008, 7, 28, 0, 0, 0, 0, time.UTC)
	fs := c.TextOn("a.txt", "Crown Prince Faisal spoke to reporters.", language.English, day)
	if got := t18Rules(fs, RuleFirstMention); got != "" {
		t.Errorf("first-mention %q, want none", got)
	}
	if got := t18Rules(fs, RuleDeprecated); got != "faisal-x Crown Prince Faisal" {
		t.Errorf("deprecated-term %q, want the dated form", got)
	}
	fs = c.TextOn("a.txt", "Crown Prince Faisal spoke to reporters.", language.English, time.Date(2001, 9, 20, 0, 0, 0, 0, time.UTC))
	if got := t18Rules(fs, RuleFirstMention) + t18Rules(fs, RuleDeprecated); got != "" {
		t.Errorf("2001: %q, want no finding", got)
	}
	if got := t18Rules(c.TextOn("a.txt", "Prince Faisal spoke.", language.English, day), RuleFirstMention); got != "faisal-x Prince Faisal" {
		t.Errorf("undated title: first-mention %q, want Prince Faisal", got)
	}
}

// Session 20 (helper T36): a listed term's noun inside its 하다 verb.
const session20T36Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
boycott,term,ko,보이콧,preferred,,,,,,,,,,,
boycott,term,en,boycott,preferred,,,,,,,,,,,
search,term,ko,압수 수색,preferred,,,,,,,,,,,
search,term,en,search,preferred,,,,,,,,,,,
weapons,term,ko,무기,preferred,,,,,,,,,,,
weapons,term,en,weapons,preferred,,,,,,,,,,,
captain,term,ko,주장,preferred,,,,,,,,,,선수|팀,
captain,term,en,captain,preferred,,,,,,,,,,,
`

// TestHadaVerbMissing: a listed term in its 하다 or 되다 verb is the term in
// the source (check12i-missed's 보이콧했다 rendered as "won"), so the
// English must render it; the English verb (boycotted) does. A noun that
// only ends in a verb's syllable (무기한, indefinite) and a homograph with
// a context of its own in its verb (주장했다, claimed) are not the term.
func TestHadaVerbMissing(t *testing.T) {
	c := caseChecker(t, "session20t36.csv", session20T36Glossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"야당은 선거를 보이콧했다.", "The opposition won the election.", "boycott"},
		{"야당은 선거를 보이콧했다.", "The opposition boycotted the election.", ""},
		{"야당은 선거를 보이콧하기로 했다.", "The opposition will boycott the vote.", ""},
		{"검찰은 사무실을 압수 수색했다.", "Prosecutors raided the office.", "search"},
		{"검찰은 사무실을 압수 수색했다.", "Prosecutors searched the office.", ""},
		{"회의가 무기한 연기됐다.", "The meeting was postponed indefinitely.", ""},
		{"선수들은 심판이 틀렸다고 주장했다.", "The players said the referee was wrong.", ""},
	} {
		if got := pairTerms(c, tc.src, tc.tgt, RuleTargetMissing); got != tc.want {
			t.Errorf("%q / %q: got %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
}

const session20T36Dated = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
gwanak-campus,place,ko,관악 캠퍼스,preferred,,,,,,,,,,,
gwanak-campus,place,en,Gwanak campus,preferred,,,,,,,,,,,
gwanak-campus,place,en,Kwanak campus,admitted,,,,,,,2000-07-06,,,,
northern-gyeonggi,place,ko,경기도 북부,preferred,,,,,,,,,,,
northern-gyeonggi,place,en,northern Gyeonggi Province,preferred,,,,,,,,,,,
northern-gyeonggi,place,en,northern Kyonggi Province,admitted,,,,,,,2000-07-06,,,,
most,organization,ko,과학기술부,preferred,,,,,,,,,,,
most,organization,en,Ministry of Education and Science,preferred,,,,,,,,,,,
most,organization,en,Ministry of Science and Technology,admitted,,,,,,,2008-02-28,,,,
labor,organization,ko,노동당,preferred,,,,,,,,,,,
labor,organization,en,Labor Party,preferred,,,,,,,,,,,
labor,organization,en,Labour Party,admitted,,,,,,,2000-07-06,,,,
`

// TestRomanizedForm: a dated form that differs from a later form of its
// entry only in romanizing the Korean (Kwanak for 관악, Kyonggi for 경기)
// is reported after its day even where the source or a neighbouring
// source names the entry (T34's Kwanak campus, kpc-test 1873); a dated
// old name (the Ministry of Science and Technology) and a respelling that
// romanizes no Korean (Labour) still render the source's name.
func TestRomanizedForm(t *testing.T) {
	c := caseChecker(t, "session20t36dated.csv", session20T36Dated)
	day := time.Date(2008, 9, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ src, tgt, after, want string }{
		{"학생들이 모였다.", "Students gathered at the Kwanak campus.", "관악 캠퍼스에 학생들이 모였다.", "gwanak-campus"},
		{"관악 캠퍼스에 모였다.", "They met at the Kwanak campus.", "", "gwanak-campus"},
		{"경기도 북부에 비가 왔다.", "It rained in northern Kyonggi Province.", "", "northern-gyeonggi"},
		{"과학기술부는 말했다.", "The Ministry of Science and Technology said so.", "", ""},
		{"노동당은 말했다.", "The Labour Party said so.", "", ""},
		{"관악 캠퍼스에 모였다.", "They met at the Gwanak campus.", "", ""},
	} {
		var got []string
		for _, f := range c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, After: tc.after, SourceLang: language.Korean, TargetLang: language.English, Date: day}) {
			if f.Rule == RuleDeprecated {
				got = append(got, f.Term)
			}
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q / %q: got %q, want %q", tc.src, tc.tgt, g, tc.want)
		}
	}
}

const session21T41Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
joe-biden,person,ko,조 바이든,preferred,,,,,,,,,,,
joe-biden,person,ko,바이든,admitted,,,,,,,,,,,
joe-biden,person,en,Joe Biden,preferred,,Biden,,,,,,,,,
joe-biden,person,en,Vice President Joe Biden,admitted,,,,,,2009-01-20,2017-01-20,,,,
oliver-cromwell,person,ko,올리버 크롬웰,preferred,,,,,,,,,,,
oliver-cromwell,person,ko,크롬웰,admitted,,,,,,,,,,,
oliver-cromwell,person,en,Oliver Cromwell,preferred,,Cromwell,,,,,,,,,
`

func t41Rules(t *testing.T, c *Checker, src, tgt string, day time.Time) string {
	t.Helper()
	pairs := []Pair{{Source: src, Target: tgt, SourceLang: language.Korean, TargetLang: language.English, SourceLine: 1, TargetLine: 1, Date: day}}
	var got []string
	for _, f := range c.Document("a.tsv", pairs, day) {
		if f.Rule == RuleDeprecated || f.Rule == RuleTargetMissing {
			got = append(got, f.Rule+":"+f.Found+":"+f.Severity.String())
		}
	}
	return strings.Join(got, "|")
}

// A title dated while held, qualified as past ("former Vice President Joe
// Biden" in a 2018 story, house43's held-out-glossary-43 ntrex-odd 1019),
// is right on any later day; the bare title past its end is still an
// error.
func TestQualifiedPastTitle(t *testing.T) {
	c := caseChecker(t, "session21t41.csv", session21T41Glossary)
	day := time.Date(2018, 11, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ tgt, want string }{
		{"He met former Vice President Joe Biden on Monday.", ""},
		{"Former Vice President Joe Biden spoke.", ""},
		{"He met then-Vice President Joe Biden in 2012.", ""},
		{"He met ex-Vice President Joe Biden.", ""},
		{"He met Vice President Joe Biden on Monday.", "deprecated-term:Vice President Joe Biden:error"},
		{"The platform of Vice President Joe Biden.", "deprecated-term:Vice President Joe Biden:error"},
	} {
		if got := t41Rules(t, c, "그는 조 바이든을 만났다.", tc.tgt, day); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.tgt, got, tc.want)
		}
	}
}

const session21T41Dated = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
welsh-parliament,organization,en,Welsh Parliament,preferred,,,,,,2020-05-06,,,,,
welsh-parliament,organization,en,Senedd,admitted,,,,,,2020-05-06,,,,,
welsh-parliament,organization,en,National Assembly for Wales,admitted,,,,,,,2020-05-05,,,,
welsh-parliament,organization,en,Welsh Assembly,admitted,,,,,,,2020-05-05,,,,
`

// A form used before its form_from day is not yet right that day and is
// reported as deprecated-term with the form right that day offered
// (house44's Welsh Parliament in a story of 2010, G44's note); a text that
// tells of the renaming (the name in a sentence about names, "the proposed
// Welsh Parliament", or the old name beside it) is no finding, nor is the
// form on or after its day.
func TestPrematureForm(t *testing.T) {
	c := caseChecker(t, "session21t41c.csv", session21T41Dated)
	day := time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text string
		day  time.Time
		want string
	}{
		{"The Welsh Parliament met. The Senedd sat.", day, "Welsh Parliament>National Assembly for Wales|Senedd>National Assembly for Wales"},
		{"The Welsh Parliament met.", time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC), ""},
		{"Plans to rename it the Welsh Parliament. The Welsh Parliament would sit.", day, ""},
		{"The proposed Welsh Parliament met.", day, ""},
		{"The Welsh Assembly voted. Members of the Welsh Parliament spoke.", day, ""},
		{"The National Assembly for Wales met.", day, ""},
	} {
		var got []string
		for _, f := range c.TextOn("a.txt", tc.text, language.English, tc.day) {
			if f.Rule == RuleDeprecated {
				got = append(got, f.Found+">"+f.Expected)
			}
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

const session21T41Case = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
jeff-sessions,person,ko,제프 세션스,preferred,,,,,,,,,,,
jeff-sessions,person,ko,세션스,admitted,,,,,,,,,,,
jeff-sessions,person,en,Jeff Sessions,preferred,,Sessions,,,,,,,,,
`

// A person's admitted one-word form as a party in a lawsuit's title, with
// bracketed glosses (그레이스(Grace) 대 세션스(Sessions) 소송, house43's
// held-out-glossary-43 ntrex-odd 1030), is no first mention, as the short
// form so used already was none (caseName); the form alone in a sentence
// still is.
func TestCaseNameAdmittedForm(t *testing.T) {
	c := caseChecker(t, "session21t41g.csv", session21T41Case)
	for _, tc := range []struct{ text, want string }{
		{"연합이 제기한 그레이스(Grace) 대 세션스(Sessions) 소송의 이름은 밝혀지지 않았다.", ""},
		{"세션스는 말했다.", "세션스"},
	} {
		if g := foundOf(c.Text("a.txt", tc.text, language.Korean), RuleFirstMention); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

const session22T48Renamed = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
ludlum-obama-school,organization,ko,버락 오바마 초등학교,preferred,,,,,,2008-11-06,,,,,
ludlum-obama-school,organization,ko,러들럼 초등학교,admitted,,,,,,,2008-11-05,,,,
ludlum-obama-school,organization,en,Barack Obama Elementary School,preferred,,,,,,2008-11-06,,,,,
ludlum-obama-school,organization,en,Ludlum Elementary School,admitted,,,,,,,2008-11-05,,,,
`

// A dated former name followed in its sentence by the entry's form right
// that day tells of the renaming: no finding (house55's g55-kpc-test 1578,
// a false error before); the former name alone, or in another sentence
// than the new one, past its day still is one.
func TestRenamedTo(t *testing.T) {
	c := caseChecker(t, "session22t48r.csv", session22T48Renamed)
	day := time.Date(2008, 12, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ src, tgt, want string }{
		{"러들럼 초등학교는 버락 오바마 초등학교가 되었습니다.", "Ludlum Elementary School is now Barack Obama Elementary School.", ""},
		{"러들럼 초등학교는 좋은 학교입니다.", "Barack Obama Elementary School is a good school.", "deprecated-term 러들럼 초등학교"},
		{"러들럼 초등학교는 좋은 학교입니다. 버락 오바마 초등학교도.", "Barack Obama Elementary School is a good school.", "deprecated-term 러들럼 초등학교"},
	} {
		var got []string
		for _, f := range c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English, Date: day}) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q / %q: got %q, want %q", tc.src, tc.tgt, g, tc.want)
		}
	}
}

// target-term-missing suggests the form right on the story's day: the
// entry's older name before its preferred form's first day, an admitted
// or superseded form within its dates; the preferred form on a later day
// and with no day.
func TestPreferredOnDay(t *testing.T) {
	c := caseChecker(t, "session23t54.csv", session23T54Glossary)
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, tc := range []struct {
		src  string
		day  time.Time
		want string
	}{
		{"메이플컵에서 우승했다.", day("2008-08-01"), "Maple Cup"},
		{"메이플 오픈에서 우승했다.", day("2022-08-01"), "Maple Open"},
		{"세계조정연맹이 발표했다.", day("2006-05-01"), "FISA"},
		{"세계조정연맹이 발표했다.", day("2010-05-01"), "World Rowing"},
	} {
		var got []string
		for _, f := range c.Pair("p.tsv", Pair{Source: tc.src, Target: "He won the title.", SourceLang: language.Korean, TargetLang: language.English, Date: tc.day}) {
			if f.Rule == RuleTargetMissing {
				got = append(got, f.Expected)
			}
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s %s: got %q, want %q", tc.src, tc.day.Format(time.DateOnly), g, tc.want)
		}
	}
}

// A titled form past its day written after the person's full name is the
// dated error (알바로 우리베 대통령 in a story after his term; check13m),
// as the titled form alone; not within its day.
func TestTitledInsideName(t *testing.T) {
	c := caseChecker(t, "session23t57.csv", session23T57Glossary)
	for _, tc := range []struct {
		day  string
		want []string
	}{
		{"2015-01-01", []string{"deprecated-term 우리베 대통령"}},
		{"2005-01-01", nil},
	} {
		day, _ := time.Parse("2006-01-02", tc.day)
		var got []string
		for _, f := range c.TextOn("a.txt", "메모\n\n알바로 우리베 대통령 관련 기사가 나왔다.", language.Korean, day) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.day, got, tc.want)
		}
	}
}
