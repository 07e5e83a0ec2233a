package align

import (
	"slices"
	"strings"
)

// English-only context lines (session 15, helper A17). Besides credits and
// footers (editionOnly), an English edition adds sentences of its own, and
// the commonest are the wire formulas an editor writes when the original
// has nothing to say: nobody answered, declined to comment, could not be
// verified, it was not clear. Translated body sentences say so too ("The
// airline did not immediately respond to requests for more details"), so
// the evidence is weaker than a footer's (wFormula, charged when the line
// is linked, against wEditionOnly both ways), and it is not charged when
// a Korean member of the link says a formula too (koreanFormula: 응하지
// 않았다, 언급을 피했다, 확인되지 않았다). wFormula was chosen on the dev parts
// of the edition sets: without the Korean side 1, 1.5, 2, 3, 4 nats gained
// and 5, 6 lost links with the dev TM and in unedited documents; with it
// 3, 4, 5, 6, 8 gained and none lost; 4 is kept, which lost nothing even
// without the Korean side (see README, Measured, session 15).
const wFormula = 4.0

// formulaMaxLen is the longest line formulaLine reads as a formula.
const formulaMaxLen = 100

// formulaPhrases are the wire formulas, lower case, written from news
// style (AP and Reuters usage), not taken from the evaluation data. Each
// list is tried only when its key is in the line.
var formulaPhrases = []struct {
	key     string
	phrases []string
}{
	{"not ", []string{"did not respond", "did not immediately respond", "did not reply", "did not immediately reply",
		"did not return", "did not immediately return", "could not be reached", "could not immediately be reached",
		"was not immediately available", "were not immediately available", "not available for comment",
		"did not elaborate", "would not elaborate", "not immediately clear", "not immediately known",
		"has not commented", "have not commented", "had not commented", "did not comment", "could not be confirmed",
		"did not give details", "did not provide details", "did not give further details"}},
	{"declin", []string{"declined to comment", "declined further comment", "declined to elaborate",
		"declined to give details", "declined to say"}},
	{"", []string{"independently verif", "independently confirm", "request for comment", "requests for comment",
		"no further details", "gave no details", "gave no further details"}},
}

// formulaLine reports whether an English line says one of the wire
// formulas (formulaPhrases) and little else: a line of at most
// formulaMaxLen bytes (a translated sentence that ends with a formula
// says more before it).
func formulaLine(s string) bool {
	if len(s) > formulaMaxLen {
		return false
	}
	l := strings.ToLower(s)
	for _, g := range formulaPhrases {
		if g.key != "" && !strings.Contains(l, g.key) {
			continue
		}
		for _, p := range g.phrases {
			if strings.Contains(l, p) {
				return true
			}
		}
	}
	return false
}

// koreanFormulas are what a Korean sentence says where its translation
// says a wire formula: did not answer, declined to comment, was not
// confirmed, is unclear. A formula line linked with a Korean sentence
// that says one is not charged. Written for news Korean; 응하지 않, 언급하는
// 것을 거부 and 밝혀지지 않 after reading the five dev pairs (NTREX, KPC dev)
// whose English says a formula.
var koreanFormulas = []string{"답변하지", "답하지 않", "응하지 않", "응답하지", "답변을 거부", "언급을 피", "언급하지 않",
	"언급을 거부", "언급하는 것을 거부", "논평", "밝히지 않", "밝혀지지 않", "알려지지 않", "확인되지 않", "확인할 수 없",
	"확인되지 못", "불분명", "불확실", "확실하지 않", "연락이 닿지", "연락이 되지", "입장을 내놓지", "답을 피"}

// koreanFormula reports whether a Korean sentence says one of
// koreanFormulas.
func koreanFormula(s string) bool {
	for _, p := range koreanFormulas {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// markFormulas marks the Korean segments that say a formula
// (koreanFormula), which only a link with an English formula line reads:
// it looks only when the English side has one.
func markFormulas(sf []feature, src []string, tf []feature, tgt []string) {
	if len(sf) > 0 && sf[0].english {
		sf, src, tf, tgt = tf, tgt, sf, src
	}
	if !slices.ContainsFunc(tf, func(f feature) bool { return f.formula }) {
		return
	}
	for i := range sf {
		sf[i].formula = koreanFormula(src[i])
	}
}
