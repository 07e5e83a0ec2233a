package check

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Session 23 (helper T54): house61's and house62's kinds, with entries of
// our own.
const session23T54Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
hamid-al-jabouri,person,ko,하미드 알자부리,preferred,,,,,,,,,,,
hamid-al-jabouri,person,ko,하미드 알-자부리,admitted,,,,,,,,,,,
hamid-al-jabouri,person,ko,하미드 자부리,admitted,,,,,,,,,,,
hamid-al-jabouri,person,en,Hamid al-Jabouri,preferred,,al-Jabouri,,,,,,,,,
karl-bjornsson,person,ko,카를 비요른손,preferred,,,,,,,,,,,
karl-bjornsson,person,ko,카를 비욘손,admitted,,,,,,,,,,,
karl-bjornsson,person,en,Karl Bjornsson,preferred,,,,,,,,,,,
peter-whitfield,person,ko,피터 휘트필드,preferred,,,,,,,,,,,
peter-whitfield,person,ko,피터 휫필드,admitted,,,,,,,,,,,
peter-whitfield,person,en,Peter Whitfield,preferred,,,,,,,,,,,
ali-samir,person,ko,알리 사미르,preferred,,,,,,,,,,,
ali-samir,person,ko,리 사미르,admitted,,,,,,,,,,,
ali-samir,person,en,Ali Samir,preferred,,,,,,,,,,,
maple-cup,term,ko,메이플 오픈,preferred,,,,,,2021-01-01,,,,,
maple-cup,term,ko,메이플컵,admitted,,,,,,,2020-12-31,,,,
maple-cup,term,en,Maple Open,preferred,yes,,,,,2021-01-01,,,,,
maple-cup,term,en,Maple Cup,admitted,yes,,,,,,2020-12-31,,,,
world-rowing,organization,ko,세계조정연맹,preferred,,,,,,2008-01-01,,,,,
world-rowing,organization,ko,FISA,superseded,,,,,,,2007-12-31,,,,
world-rowing,organization,en,World Rowing,preferred,,,,,,2008-01-01,,,,,
world-rowing,organization,en,FISA,superseded,,,,,,,2007-12-31,,,,
helga-braun,person,ko,헬가 브라운,preferred,,브라운,,,,,,,,,
helga-braun,person,en,Helga Braun,preferred,,Braun,,,,,,,,,
karim-nasser,person,ko,카림 나세르,preferred,,나세르,,,,,,,,,
karim-nasser,person,en,Karim Nasser,preferred,,Nasser,,,,,,,,,
`

// Two listed spellings of one person in one Korean article, the second
// the first with the Arabic article hyphenated or dropped, or with two
// syllables merged (a transliteration's ㅡ dropped), are a second spelling
// (check13i-missed, check13j-missed: read as a contraction or a short
// reference before); a given name that differs is no second spelling of
// the surname (알리 사미르, 리 사미르).
func TestKoreanSpeltTwice(t *testing.T) {
	c := caseChecker(t, "session23t54.csv", session23T54Glossary)
	for _, tc := range []struct{ first, second, want string }{
		{"하미드 알자부리", "하미드 알-자부리", "inconsistent 하미드 알-자부리"},
		{"하미드 알자부리", "하미드 자부리", "inconsistent 하미드 자부리"},
		{"카를 비요른손", "카를 비욘손", "inconsistent 카를 비욘손"},
		{"피터 휘트필드", "피터 휫필드", "inconsistent 피터 휫필드"},
		{"알리 사미르", "리 사미르", ""},
	} {
		var got []string
		for _, f := range c.Text("a.txt", "메모\n\n"+tc.first+" 씨가 발언했다. 이어 "+tc.second+" 씨가 다시 발언했다.", language.Korean) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s, %s: got %q, want %q", tc.first, tc.second, g, tc.want)
		}
	}
	for _, tc := range []struct {
		long, short string
		want        bool
	}{
		{"비요른", "비욘", true}, {"플리트우드", "플릿우드", true}, {"휘트필드", "휫필드", true},
		{"비요른", "비온", false}, {"플리트우드", "플리우드", false}, {"아사드", "아드", false},
	} {
		if g := mergedLoanSyllable(tc.long, tc.short); g != tc.want {
			t.Errorf("mergedLoanSyllable(%s, %s) = %v, want %v", tc.long, tc.short, g, tc.want)
		}
	}
}

// A listed Arabic surname with its article (al-Jabouri) doubled a
// consonant after the listed given name and a title ("Interior Minister
// Hamid al-Jabbouri") misspells the listed name, an error, as a Latin
// surname's (President Nicolas Sarkozzi); surnameFirst read al-Jabouri as
// a Korean hyphenated given name and wordAt stopped at the hyphen.
func TestArticleSurnameDoubled(t *testing.T) {
	c := caseChecker(t, "session23t54.csv", session23T54Glossary)
	for _, tc := range []struct{ tgt, want string }{
		{"Iraqi Prime Minister Hamid al-Jabbouri issued a statement.", "target-term-missing error"},
		{"Iraqi Prime Minister Hamid al-Jabouri issued a statement.", ""},
	} {
		var got []string
		for _, f := range c.Pair("p.tsv", Pair{Source: "하미드 알자부리 이라크 총리는 성명을 발표했다.", Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English}) {
			got = append(got, string(f.Rule)+" "+f.Severity.String())
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.tgt, g, tc.want)
		}
	}
	if !articleSurname("al-Maliki") || articleSurname("Jong-un") || articleSurname("al-") {
		t.Error("articleSurname")
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

// Another person's full name after an English title that translates the
// Korean's is an error (titledFullName, the lead's decision): 총리 is also
// a chancellor, 수반 a president or leader; the pair was read as the
// person left out, a warning (check13i's u-2).
func TestChancellorTitle(t *testing.T) {
	c := caseChecker(t, "session23t54.csv", session23T54Glossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"헬가 브라운 독일 총리는 파리를 방문했다.", "German Chancellor Otto Lindner visited Paris.", "target-term-missing error"},
		{"헬가 브라운 독일 총리는 파리를 방문했다.", "German Chancellor Helga Braun visited Paris.", ""},
		{"카림 나세르 자치정부 수반은 회담을 제안했다.", "Palestinian President Omar Haddad proposed talks.", "target-term-missing error"},
		{"카림 나세르 자치정부 수반은 회담을 제안했다.", "Palestinian President Karim Nasser proposed talks.", ""},
	} {
		var got []string
		for _, f := range c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English}) {
			got = append(got, string(f.Rule)+" "+f.Severity.String())
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.tgt, g, tc.want)
		}
	}
}
