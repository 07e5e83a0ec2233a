package check

import "testing"

// departmentGlossary: our own entries for departments.
const departmentGlossary = `id,type,lang,term,status,case,short,note,from,until
state,organization,ko,국무부,preferred,,,,,
state,organization,en,State Department,preferred,,,,,
state,organization,en,Department of State,admitted,,,,,
defense,organization,ko,국방부,preferred,,,,,
defense,organization,en,Department of Defense,preferred,,,,,
`

// TestSecretaryTitle: a department given by its head's title (session 24,
// helper T64). Our own sentences.
func TestSecretaryTitle(t *testing.T) {
	testMissing(t, departmentGlossary, []missingCase{
		{"Secretary of State", nil, "콘돌리자 라이스 국무부 장관은 서명했다.", "Secretary of State Condoleezza Rice signed.", false},
		{"Assistant Secretary of State", nil, "댄 프라이드 국무부 차관보는 말했다.", "Assistant Secretary of State Dan Fried said.", false},
		{"Defense Secretary", nil, "게이츠 국방부 장관은 말했다.", "Defense Secretary Gates said.", false},
		{"another department's secretary", nil, "국무부 장관은 말했다.", "The Treasury Secretary said.", true},
		{"a secretary of no field", nil, "국무부 장관은 말했다.", "The secretary said.", true},
	})
}
