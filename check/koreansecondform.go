package check

import (
	"strings"

	"bitext/glossary"
)

// otherLastWord reports whether two Korean forms of one organization, of
// as many words, two or more, share every word but the last, and the last
// words are no contraction or syllable abbreviation of each other:
// 아메리칸 항공 and 아메리칸 에어라인, a translation and a transcription of
// Airlines, one company named two ways in one article. The shorter is then
// no short second reference of the longer (shortReference counts letters
// only; the Rules' short second reference has its words in the first
// form). 현대차 노조 after 현대자동차 노조 (the first word cut short) and
// 유엔 안보리 after 유엔 안전보장이사회 (the last word contracted) stay short
// references. Session 24 (helper T62, issue #11): developed on
// testdata/check13k-missed (seen) and our own sentences
// (TestKoreanOtherLastWord); left to organizations, whose Korean names
// are proper names: two common words for one term (사립 학교, 독립 학교)
// were judged no second spelling (g55-ntrex-odd 661).
func otherLastWord(e *glossary.Entry, a, b string) bool {
	if e == nil || e.Type != glossary.Organization || !hangulOnly(a) || !hangulOnly(b) {
		return false
	}
	aw, bw := strings.Fields(a), strings.Fields(b)
	n := len(aw)
	if n < 2 || len(bw) != n {
		return false
	}
	for i := range n - 1 {
		if aw[i] != bw[i] {
			return false
		}
	}
	x, y := aw[n-1], bw[n-1]
	return x != y && !contraction(x, y) && !contraction(y, x) && !koreanAbbreviation(x, y)
}
