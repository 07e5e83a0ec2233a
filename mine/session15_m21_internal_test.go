package mine

import "testing"

// TestNameBeforeTitleM21: a foreign name of one syllable written alone
// before 차관보, 국장, 목사 or 장군 (titles since session 15, helper M21) is
// paired with the English word that spells it (힐 차관보 ~ Hill, 킹 목사 ~
// King, 두 국장 ~ Du); not before a word that is no title.
func TestNameBeforeTitleM21(t *testing.T) {
	checkPairCases(t, false, []pairCase{
		{"차관보", "힐 차관보는 국제원자력기구를 방문한다.", "Hill travels on Friday to the agency.", "힐\tHill", ""},
		{"목사", "킹 목사 가족의 노력에 힘입어", "encouraged by the King family", "킹\tKing", ""},
		{"국장", "두 국장은 안개가 자주 낀다고 주장했다.", "But fog is frequent, Du said.", "두\tDu", ""},
		{"장군", "벨 장군은 북한이 저항할 것이라고 말했다.", "Bell said Pyongyang will resist.", "벨\tBell", ""},
		{"no title after it", "힐 위에서 국제원자력기구를 방문한다.", "Hill travels on Friday to the agency.", "", "힐\tHill"},
		// lastWordPair: the one-syllable last word of a full name.
		{"a full name's last word", "크리스토퍼 힐 미 국무부 차관이 워싱턴으로 출발했다.", "Assistant Secretary of State Christopher Hill set out to Washington.", "힐\tHill", ""},
		{"a full name's last word, a particle", "피터 킹은 말했다.", "Peter King said.", "킹\tKing", ""},
		{"not the word after the name", "크리스토퍼 힐 미 국무부 차관이 워싱턴으로 출발했다.", "Assistant Secretary of State Christopher Hill set out to Washington.", "", "미\tHill"},
		{"not a word that spells another", "크리스토퍼 킹은 말했다.", "Christopher Hill said.", "", "킹\tHill"},
	})
}
