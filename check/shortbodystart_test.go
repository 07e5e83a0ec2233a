package check

import "testing"

// TestShortBodyAtStart: a body's short name opening a sentence counts for
// it once the English before the pair named it in full; not without that,
// not as the start of another name, not by another body's full name
// (shortbodystart.go). Our own sentences after held-out-glossary-80's
// kpc-test 155.
func TestShortBodyAtStart(t *testing.T) {
	named := []string{"Manchester United have told Cristiano Ronaldo there will be no new contract.", "But Ronaldo has again refused to commit his future."}
	testMissing(t, shortGlossary, []missingCase{
		{"named in full before", named, "이와 관련 데이비드 길 맨체스터 유나이티드 단장은 주장했다.", "United chief executive David Gill believes that could have been a tactic.", false},
		{"after a stop, named before", named, "맨체스터 유나이티드는 경기에서 이겼다. 팬들은 기뻐했다.", "The fans were happy. United won the match.", false},
		{"in quotation marks", named, "맨체스터 유나이티드는 경기에서 이겼다.", "\"United won the match,\" he said.", false},
		{"not named before", []string{"Ronaldo has again refused to commit his future.", "He spoke on Monday."}, "이와 관련 데이비드 길 맨체스터 유나이티드 단장은 주장했다.", "United chief executive David Gill believes that could have been a tactic.", true},
		{"no English before", nil, "맨체스터 유나이티드는 경기에서 이겼다.", "United won the match.", true},
		{"the start of another name", named, "맨체스터 유나이티드는 경기에서 이겼다.", "United Airlines won the contract.", true},
		{"another body named before", []string{"Newcastle United lost again on Sunday.", "The fans left early."}, "맨체스터 유나이티드는 경기에서 이겼다.", "United won the match.", true},
	})
}
