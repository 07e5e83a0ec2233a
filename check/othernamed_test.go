package check

import (
	"testing"

	"golang.org/x/text/language"
)

// Tests of othernamed.go.

// Session 14 (helper T6): the rules written after the eleventh fresh test
// (held-out-glossary-11, house11's deprecated forms), each on our own
// sentences with a small house list of forbidden forms of our own.
const session14Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
myanmar,place,en,Myanmar,preferred,,,,,,,,,,,
myanmar,place,en,Burma,deprecated,,,,,,,,,,,
myanmar,place,ko,미얀마,preferred,,,,,,,,,,,
busan,place,en,Busan,preferred,,,,,,,,,,,
busan,place,en,Pusan,superseded,,,,,,,2000-07-06,,,,
busan,place,ko,부산,preferred,,,,,,,,,,,
gunsan,place,en,Gunsan,preferred,,,,,,,,,,,
gunsan,place,en,Kunsan,superseded,,,,,,,2000-07-06,,,,
gunsan,place,ko,군산,preferred,,,,,,,,,,,
jeju,place,en,Jeju,preferred,,,,,,,,,,,
jeju,place,en,Cheju,superseded,,,,,,,2000-07-06,,,,
jeju,place,ko,제주,preferred,,,,,,,,,,,
gangwon,place,en,Gangwon Province,preferred,,,,,,,,,,,
gangwon,place,en,Kangwon Province,superseded,,,,,,,2000-07-06,,,,
gangwon,place,ko,강원도,preferred,,,,,,,,,,,
kyiv,place,en,Kyiv,preferred,,,,,,,,,,,
kyiv,place,en,Kiev,superseded,,,,,,,2019-08-13,,chicken Kiev,,
kyiv,place,ko,키이우,preferred,,,,,,,,,,,
kim-il-sung,person,en,Kim Il-sung,preferred,,,,,,,,,,,
kim-il-sung,person,en,Kim Il Sung,deprecated,,,,,,,,,,,
kim-il-sung,person,ko,김일성,preferred,,,,,,,,,,,
labor-ministry,organization,en,Ministry of Employment and Labor,preferred,,,,,,,,,,,
labor-ministry,organization,en,Ministry of Labor,superseded,,,,,,,2010-07-04,,,,
labor-ministry,organization,ko,고용노동부,preferred,,,,,,,,,,,
mofa,organization,en,Ministry of Foreign Affairs,preferred,,,,,,,,,,,
mofa,organization,en,Foreign Ministry,admitted,,,,,,,,,,,
mofa,organization,ko,외교부,preferred,,,,,,,,,,,
roh,person,en,Roh Moo-hyun,preferred,,Roh,,,,,,,,,
roh,person,ko,노무현,preferred,,,,,,,,,,,
quran,term,en,Quran,preferred,,,,,,,,,,,
quran,term,en,Koran,deprecated,,,,,,,,,,,
quran,term,ko,코란,preferred,,,,,,,,,,,
gyeonggi,place,en,Gyeonggi Province,preferred,,,,,,,,,,,
gyeonggi,place,ko,경기도,preferred,,,,,,,,,,,
netherlands,place,en,Netherlands,preferred,,,,,,,,,,,
netherlands,place,ko,네덜란드,preferred,,,,,,,,,,,
`

func session14Checker(t testing.TB) *Checker {
	t.Helper()
	return caseChecker(t, "session14.csv", session14Glossary)
}

// session14Pair checks one pair of our own with session14Checker.
func session14Pair(c *Checker, src, tgt string) []Finding {
	return c.Pair("p.tsv", Pair{Source: src, Target: tgt, SourceLang: language.Korean, TargetLang: language.English,
		SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1})
}

// pairCase is one pair of our own and the findings brief gives for it.
type pairCase struct{ name, src, tgt, want string }

// session14Cases checks each case's pair with c as a subtest.
func session14Cases(t *testing.T, c *Checker, cases []pairCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := brief(session14Pair(c, tc.src, tc.tgt)); got != tc.want {
				t.Errorf("%q: got\n%s\nwant\n%s", tc.tgt, got, tc.want)
			}
		})
	}
}

// TestNamesOther: a forbidden English form inside an institution's name
// that keeps it, in another country's body or in the North's place of the
// same Korean name is not reported; the same forms for the entry are.
func TestNamesOther(t *testing.T) {
	c := session14Checker(t)
	for _, tc := range []struct{ name, text, want string }{
		{"a university keeps its spelling", "She taught at Pusan National University for years.", ""},
		{"an air base keeps its spelling", "Jets took off from Kunsan Air Base on Friday.", ""},
		{"a square named after a person", "Troops marched across Kim Il Sung Square.", ""},
		{"the city itself", "Ships docked at Pusan on Friday.", "deprecated-term 1:17 Pusan => Busan"},
		{"a place noun keeps the misspelling", "Tourists flocked to Cheju Island.", "deprecated-term 1:21 Cheju => Jeju"},
		{"an institute follows the city", "He polled for the Kiev International Institute of Sociology.", "deprecated-term 1:19 Kiev => Kyiv"},
		{"the person", "Kim Il Sung founded the state.", "deprecated-term 1:1 Kim Il Sung => Kim Il-sung"},
		{"another country's ministry", "France's Ministry of Labor issued new rules.", ""},
		{"another country's ministry, adjective", "The Japanese Ministry of Labor issued new rules.", ""},
		{"Korea's ministry", "South Korea's Ministry of Labor issued new rules.", "deprecated-term 1:15 Ministry of Labor => Ministry of Employment and Labor"},
		{"the ministry alone", "The Ministry of Labor issued new rules.", "deprecated-term 1:5 Ministry of Labor => Ministry of Employment and Labor"},
		{"the North's province", "North Korea's Kangwon Province was hit by floods.", ""},
		{"the North's province, short", "Floods hit the North's Kangwon Province.", ""},
		{"the South's province", "Floods hit Kangwon Province.", "deprecated-term 1:12 Kangwon Province => Gangwon Province"},
		{"a dish: the glossary's not_in", "The restaurant served chicken Kiev.", ""},
		{"the city before a noun", "A Kiev taxi driver was hurt.", "deprecated-term 1:3 Kiev => Kyiv"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := brief(c.Text("a.txt", tc.text, language.English)); got != tc.want {
				t.Errorf("%q: got\n%s\nwant\n%s", tc.text, got, tc.want)
			}
		})
	}
}

// TestTitledShort: a title and the listed short form render a person (no
// wrong rendering); another given name with the surname is still one.
func TestTitledShort(t *testing.T) {
	c := session14Checker(t)
	session14Cases(t, c, []pairCase{
		{"title and surname", "노무현 대통령의 재선은 법으로 금지돼 있다.", "President Roh cannot run again by law.", ""},
		{"surname alone", "노무현 대통령은 말했다.", "Roh said.", ""},
		{"another given name", "노무현 대통령은 말했다.", "President Roh Tae-woo said.", "target-term-missing 1:1  => Roh Moo-hyun (target)"},
	})
}

// TestMinisterOf: a minister's title naming the ministry by a word of its
// English forms renders the ministry; a title of another ministry does not.
func TestMinisterOf(t *testing.T) {
	c := session14Checker(t)
	session14Cases(t, c, []pairCase{
		{"foreign minister", "김민수 전 외교부 장관은 회견에서 말했다.", "Former Foreign Minister Kim Min-su told a news conference.", ""},
		{"words joined by a hyphen", "김민수 외교부 장관은 말했다.", "Foreign Affairs-Trade Minister Kim Min-su said.", ""},
		{"another ministry's title", "김민수 외교부 장관은 말했다.", "Defense Minister Kim Min-su said.", "target-term-missing 1:1  => Ministry of Foreign Affairs (target)"},
		{"the ministry, no title", "외교부는 성명을 냈다.", "Foreign Minister Kim Min-su issued a statement.", "target-term-missing 1:1  => Ministry of Foreign Affairs (target)"},
	})
}

// TestForeignDescribed: a ministry named bare in a sentence about another
// country, and described in the English, is that country's; one in a
// sentence naming Korea, or named in the English, is not.
func TestForeignDescribed(t *testing.T) {
	c := session14Checker(t)
	session14Cases(t, c, []pairCase{
		{"another country's ministry", "외교부는 성명에서 러시아는 적절한 조치를 취할 것이라고 밝혔다.", "The ministry said in a statement that the Russian side would take adequate measures.", ""},
		{"Korea named too", "외교부는 한국과 러시아가 조치를 취할 것이라고 밝혔다.", "The ministry said South Korea and Russia would take measures.", "target-term-missing 1:1  => Ministry of Foreign Affairs (target)"},
		{"no foreign place", "외교부는 성명에서 적절한 조치를 취할 것이라고 밝혔다.", "The ministry said in a statement that it would take adequate measures.", "target-term-missing 1:1  => Ministry of Foreign Affairs (target)"},
	})
}

// TestAcronymIn: the acronym of a listed form of three words or more
// renders the entry where the source does not write it itself.
func TestAcronymIn(t *testing.T) {
	c := caseChecker(t, "session14.csv", session14Glossary+
		"gnp,organization,en,People Power Party,preferred,,,,,,,,,,,\n"+
		"gnp,organization,en,Grand National Party,superseded,,,,,,,2012-02-12,,,,\n"+
		"gnp,organization,ko,한나라당,preferred,,,,,,,,,,,\n"+
		"ioc-iraq,organization,en,Iraqi Olympic Committee,preferred,,,,,,,,,,,\n"+
		"ioc-iraq,organization,ko,이라크올림픽위원회,preferred,,,,,,,,,,,\n")
	session14Cases(t, c, []pairCase{
		{"the acronym", "한나라당은 대북 지원에 비판적이다.", "The GNP has been critical of aid to the North.", ""},
		{"the acronym in the source too", "IOC는 이라크올림픽위원회 선거를 제안했다.", "The IOC proposed an election to its national committee.", "target-term-missing 1:1  => Iraqi Olympic Committee (target)"},
		{"no acronym", "한나라당은 대북 지원에 비판적이다.", "The party has been critical of aid to the North.", "target-term-missing 1:1  => People Power Party (target)"},
	})
}

// TestDemonymIn: the nationality adjective of a place's one-word form,
// forbidden forms too, renders the place.
func TestDemonymIn(t *testing.T) {
	c := session14Checker(t)
	session14Cases(t, c, []pairCase{
		{"of the forbidden form", "미국은 미얀마 정부를 압박했다.", "The US pressed the Burmese government.", ""},
		{"another place's adjective", "미국은 미얀마 정부를 압박했다.", "The US pressed the Thai government.", "target-term-missing 1:1  => Myanmar (target)"},
		{"none", "미국은 미얀마 정부를 압박했다.", "The US pressed the junta.", "target-term-missing 1:1  => Myanmar (target)"},
	})
}
