package check

import "testing"

// countryGlossary: our own place entries whose adjectives no regular
// ending makes.
const countryGlossary = `id,type,lang,term,status,case,short,note,from,until
turkey,place,ko,터키,preferred,,,,,
turkey,place,en,Turkey,preferred,,,,,
netherlands,place,ko,네덜란드,preferred,,,,,
netherlands,place,en,the Netherlands,preferred,,,,,
philippines,place,ko,필리핀,preferred,,,,,
philippines,place,en,Philippines,preferred,,,,,
`

// TestCountryAdjective: a country given by its irregular adjective or its
// people's name (session 24, helper T66). Our own sentences, the first
// after house77's kpc-test 837 and 599.
func TestCountryAdjective(t *testing.T) {
	testMissing(t, countryGlossary, []missingCase{
		{"Turkish police", nil, "터키 경찰이 4명을 체포했다.", "Turkish police have detained four people.", false},
		{"the Turkish coast", nil, "터키 해안 인근에서 지진이 발생했다.", "An earthquake struck near the Turkish coast.", false},
		{"Turks", nil, "터키 사람들이 항의했다.", "Many Turks protested.", false},
		{"Dutch, the list's form with the", nil, "네덜란드 유권자들이 투표했다.", "Dutch voters went to the polls.", false},
		{"Filipino", nil, "필리핀 노동자들이 귀국했다.", "Filipino workers returned home.", false},
		{"a channel's name", nil, "터키 통신의 기자가 전했다.", "A witness told CNN Turk.", true},
		{"inside a word", nil, "터키 경찰이 4명을 체포했다.", "The Turkishness of the police.", true},
		{"nothing", nil, "터키 경찰이 4명을 체포했다.", "Police have detained four people.", true},
	})
}
