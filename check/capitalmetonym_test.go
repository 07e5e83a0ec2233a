package check

import "testing"

// metonymGlossary: our own entries for the two Koreas, with no related
// forms.
const metonymGlossary = `id,type,lang,term,status,case,short,note,from,until
nk,place,ko,북한,preferred,,,,,
nk,place,en,North Korea,preferred,,,,,
sk,place,ko,한국,preferred,,,,,
sk,place,en,South Korea,preferred,,,,,
`

// TestCapitalMetonym: a Korea named by its capital or by "the North", "the
// South" (session 24, helper T66). Our own sentences, the first after
// house78's ntrex-even 1894, ntrex-odd 634 and kpc-dev 979.
func TestCapitalMetonym(t *testing.T) {
	testMissing(t, metonymGlossary, []missingCase{
		{"the North", nil, "북한과의 관계가 개선됐다.", "Relations with the North have improved.", false},
		{"the North's", nil, "북한 관계자가 사과를 요구했다.", "The North's officials demanded an apology.", false},
		{"North without the", nil, "북한과 미국의 회담 전망이 어둡다.", "Prospects for talks between North and the U.S. have darkened.", false},
		{"Pyongyang", nil, "북한이 먼저 움직여야 한다.", "Washington wants Pyongyang to move first.", false},
		{"the South, Seoul", nil, "한국 정부가 반대했다.", "Seoul objected.", false},
		{"North before a capitalized word", nil, "북한과의 관계가 개선됐다.", "Relations with North Gyeongsang have improved.", true},
		{"South Africa", nil, "한국 정부가 반대했다.", "South Africa objected.", true},
		{"lower case", nil, "북한과의 관계가 개선됐다.", "Relations in the north have improved.", true},
		{"nothing", nil, "북한과의 관계가 개선됐다.", "Relations have improved.", true},
	})
}
