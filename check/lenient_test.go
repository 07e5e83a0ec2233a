package check

import (
	"testing"
)

// Tests of lenient.go.

// TestLenientBodies: a listed name with one capitalized word inserted, and
// ministers named by their fields for ministries listed before one title,
// render the body; another inserted word, a possessive, another field or
// a ministry without a title, do not.
func TestLenientBodies(t *testing.T) {
	c := caseChecker(t, "session15.csv", session15Glossary+
		"virginia-lottery,organization,en,Virginia Lottery,preferred,,,,,,,,,,,\n"+
		"virginia-lottery,organization,ko,버지니아 복권협회,preferred,,,,,,,,,,,\n"+
		"assembly,organization,en,National Assembly,preferred,,,,,,,,,,,\n"+
		"assembly,organization,ko,국회,preferred,,,,,,,,,,,\n"+
		"mifaff,organization,en,\"Ministry for Food, Agriculture, Forestry and Fisheries\",preferred,,,,,,,,,,,\n"+
		"mifaff,organization,ko,농림수산식품부,preferred,,,,,,,,,,,\n"+
		"mest,organization,en,\"Ministry of Education, Science and Technology\",preferred,,,,,,,,,,,\n"+
		"mest,organization,ko,교육과학기술부,preferred,,,,,,,,,,,\n")
	session14Cases(t, c, []pairCase{
		{"a word inserted", "버지니아 복권협회는 복권을 계속 판매했다.", "The Virginia State Lottery kept selling tickets.", ""},
		{"a lower-case word inserted", "버지니아 복권협회는 복권을 계속 판매했다.", "The Virginia state lottery kept selling tickets.", "target-term-missing 1:1  => Virginia Lottery (target)"},
		{"a possessive inserted", "국회는 법안을 통과시켰다.", "The National People's Assembly passed the bill.", "target-term-missing 1:1  => National Assembly (target)"},
		{"ministers by their fields", "이날 농림수산식품부, 교육과학기술부, 보건복지가족부 장관이 교체됐다.", "The reshuffle puts new ministers in charge of agriculture, welfare and education affairs.", ""},
		{"another field", "이날 농림수산식품부, 교육과학기술부, 보건복지가족부 장관이 교체됐다.", "The reshuffle puts new ministers in charge of welfare affairs.",
			"target-term-missing 1:1  => Ministry for Food, Agriculture, Forestry and Fisheries (target)\ntarget-term-missing 1:1  => Ministry of Education, Science and Technology (target)"},
		{"no title after the list", "이날 농림수산식품부와 교육과학기술부가 발표했다.", "The ministers of agriculture and education announced it.",
			"target-term-missing 1:1  => Ministry for Food, Agriculture, Forestry and Fisheries (target)\ntarget-term-missing 1:1  => Ministry of Education, Science and Technology (target)"},
	})
}

// TestFieldMinistry: a ministry called by its field before "ministry"
// renders it; another field, or the field without "ministry", does not.
func TestFieldMinistry(t *testing.T) {
	c := caseChecker(t, "session15.csv", session15Glossary+
		"mnd,organization,en,Ministry of National Defense,preferred,,,,,,,,,,,\n"+
		"mnd,organization,ko,국방부,preferred,,,,,,,,,,,\n")
	const mnd = "target-term-missing 1:1  => Ministry of National Defense (target)"
	session14Cases(t, c, []pairCase{
		{"the Defense Ministry", "7일 국방부가 밝혔다.", "The Defense Ministry said Monday.", ""},
		{"a defense ministry official", "한 국방부 관계자는 밝혔다.", "A defense ministry official said.", ""},
		{"the national ministry", "7일 국방부가 밝혔다.", "The national ministry said Monday.", mnd},
		{"another field", "7일 국방부가 밝혔다.", "The Foreign Ministry said Monday.", mnd},
		{"the field alone", "7일 국방부가 밝혔다.", "Defense officials said Monday.", mnd},
	})
}

// TestLabelBefore: a place right before a body the English names is that
// body's label; before a body the English lacks, or with a particle, it is
// missing.
func TestLabelBefore(t *testing.T) {
	c := caseChecker(t, "session15.csv", session15Glossary+
		"england,place,en,England,preferred,,,,,,,,,,,\n"+
		"england,place,ko,잉글랜드,preferred,,,,,,,,,,,\n"+
		"epl,organization,en,Premier League,preferred,,,,,,,,,,,\n"+
		"epl,organization,ko,프리미어리그,preferred,,,,,,,,,,,\n")
	const england = "target-term-missing 1:1  => England (target)"
	session14Cases(t, c, []pairCase{
		{"a country before its league", "그는 잉글랜드 프리미어리그 초반 경기에 뛸 수 없다.", "He will miss the start of the Premier League campaign.", ""},
		{"the league absent too", "그는 잉글랜드 프리미어리그 초반 경기에 뛸 수 없다.", "He will miss the start of the season.",
			england + "\ntarget-term-missing 1:1  => Premier League (target)"},
		{"a particle on the country", "그는 잉글랜드의 프리미어리그 초반 경기에 뛸 수 없다.", "He will miss the start of the Premier League campaign.", england},
	})
}
