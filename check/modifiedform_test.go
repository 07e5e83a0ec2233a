package check

import "testing"

// troopsGlossary: our own entries for phrases with a common-noun head.
const troopsGlossary = `id,type,lang,term,status,case,short,note,from,until
usfk,organization,ko,미군,preferred,,,,,
usfk,organization,en,U.S. troops,preferred,,,,,
`

// TestModifiedForm: a modifier before the head noun of a listed phrase
// (session 24, helper T64). Our own sentences.
func TestModifiedForm(t *testing.T) {
	testMissing(t, troopsGlossary, []missingCase{
		{"a noun before the head", nil, "오바마는 미군 철수를 제안했다.", "Obama proposed withdrawing U.S. combat troops.", false},
		{"an adjective before a plural", nil, "오바마는 미군 철수를 제안했다.", "Obama proposed withdrawing U.S. ground troops soon.", false},
		{"a function word between", nil, "오바마는 미군 철수를 제안했다.", "Obama proposed the U.S. and troops.", true},
		{"two words between", nil, "오바마는 미군 철수를 제안했다.", "Obama proposed withdrawing U.S. combat ready troops.", true},
	})
}
