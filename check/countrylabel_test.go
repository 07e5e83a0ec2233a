package check

import "testing"

// labelCountryGlossary: our own entries for a country and persons and
// bodies of it.
const labelCountryGlossary = `id,type,lang,term,status,case,short,note,from,until
us,place,ko,미국,preferred,,,,,
us,place,en,United States,preferred,,,,,
us,place,en,U.S.,admitted,,,,,
bush,person,ko,조지 부시,preferred,,부시,,,
bush,person,en,George W. Bush,preferred,,Bush,,,
obama,person,ko,버락 오바마,preferred,,오바마,,,
obama,person,en,Barack Obama,preferred,,Obama,,,
dems,organization,ko,민주당,preferred,,,U.S. party,,
dems,organization,en,Democratic Party,preferred,,,,,
`

// TestCountryLabel: a country written before a place, body or person of
// it, or between a person's name and title, that the English leaves out
// while giving the name (session 24, helper T64). Our own sentences.
func TestCountryLabel(t *testing.T) {
	testMissing(t, labelCountryGlossary, []missingCase{
		{"a state with 주", nil, "미국 텍사스주 식품업체가 리콜을 발표했다.", "A Texas food supplier announced a recall.", false},
		{"a state not given by its consonants", nil, "미국 세인트루이스주 증권사 연구원은 말했다.", "A researcher at a brokerage in St. Louis said.", false},
		{"a state before a city", nil, "미국 캘리포니아 나파밸리의 와인 전문가가 말했다.", "A wine expert in Napa, California, said.", false},
		{"a city with a particle", nil, "그는 미국 캘리포니아에 있는 저택을 팔았다.", "He sold his California mansion.", false},
		{"a person after a common noun", nil, "미국 정부 대변인 버락 오바마는 말했다.", "Barack Obama, a spokesman, said.", false},
		{"a listed body the English names", nil, "미국 민주당 지도부는 회의를 열었다.", "The Democratic Party leadership met.", false},
		{"a party and a candidate before a listed person", nil, "미국 민주당 대선후보인 버락 오바마 상원의원은 연설했다.", "Sen. Barack Obama gave a speech.", false},
		{"between a listed person and a title", nil, "조지 부시 미국 대통령은 회의에 참석했다.", "President Bush attended the meeting.", false},
		{"between an unlisted person and a title", nil, "클린턴 미국 대통령은 회의에 참석했다.", "President Clinton attended the meeting.", false},
		{"a Latin name", nil, "미국 CNN 방송은 보도했다.", "CNN reported.", false},
		// Real mentions stay findings.
		{"the government", nil, "미국 정부는 성명을 냈다.", "The government issued a statement.", true},
		{"the economy", nil, "미국 경제가 둔화하고 있다.", "The economy is slowing.", true},
		{"a particle on the country", nil, "미국의 텍사스주 식품업체가 리콜을 발표했다.", "A Texas food supplier announced a recall.", true},
		{"a particle ends the phrase before the name", nil, "미국 정부는 텍사스주에 경보를 내렸다.", "The government warned Texas.", true},
		{"a large city is no name", nil, "미국 대도시의 집값이 올랐다.", "House prices rose in big cities.", true},
		{"a class noun the label qualifies", nil, "미국 록그룹 롤링 스톤즈의 기타리스트가 입원했다.", "The Rolling Stones guitarist entered a clinic.", true},
		{"a word after it that is no place", nil, "미국 올림픽 대표팀이 도착했다.", "The Olympic team arrived.", true},
		{"the person not named", nil, "조지 부시 미국 대통령은 회의에 참석했다.", "The leader attended the meeting.", true},
		{"a name the English does not give", nil, "미국 텍사스 식품업체가 리콜을 발표했다.", "A food supplier announced a recall.", true},
		{"no title after the person", nil, "조지 부시 미국 방문은 취소됐다.", "Bush's visit was cancelled.", true},
	})
}
