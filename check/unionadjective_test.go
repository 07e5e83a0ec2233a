package check

import "testing"

// unionGlossary: our own entries for places listed as unions and
// republics.
const unionGlossary = `id,type,lang,term,status,case,short,note,from,until
ussr,place,ko,소련,preferred,,,,,
ussr,place,en,Soviet Union,preferred,,,,,
ussr,place,en,USSR,admitted,,,,,
czech,place,ko,체코,preferred,,,,,
czech,place,en,Czech Republic,preferred,,,,,
eu,organization,ko,유럽연합,preferred,,,,,
eu,organization,en,European Union,preferred,,,,,
`

// TestUnionAdjective: a place listed as "X Union" or "X Republic" given by
// the adjective X (session 24, helper T64). Our own sentences.
func TestUnionAdjective(t *testing.T) {
	testMissing(t, unionGlossary, []missingCase{
		{"Soviet before a noun", nil, "소련의 서기장은 개혁을 약속했다.", "The Soviet leader promised reform.", false},
		{"Soviet joined by a hyphen", nil, "소련 시대의 건물이 철거됐다.", "A Soviet-era building was torn down.", false},
		{"Czech", nil, "체코의 수도는 프라하다.", "Prague is the Czech capital.", false},
		{"the adjective inside a word", nil, "소련의 서기장은 개혁을 약속했다.", "The Sovietologist praised reform.", true},
		{"the adjective in lower case", nil, "체코의 수도는 프라하다.", "Prague has a czech-style bar.", true},
		{"nothing", nil, "소련의 서기장은 개혁을 약속했다.", "The leader promised reform.", true},
		{"a body's adjective stays a finding", nil, "유럽연합은 제재를 결정했다.", "European leaders decided on sanctions.", true},
	})
}
