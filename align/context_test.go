package align

import (
	"math"
	"testing"

	"golang.org/x/text/language"
)

// TestFormulaLine: the wire formulas an edition adds are read in a short
// line; body sentences that share a word with them, and a long translated
// sentence that ends with one, are not.
func TestFormulaLine(t *testing.T) {
	for s, want := range map[string]bool{
		"The ministry did not immediately respond to a request for comment.": true,
		"Samsung declined to comment.":                                       true,
		"It was not immediately known whether anyone was hurt.":              true,
		"The claim could not be independently verified.":                     true,
		"Officials did not elaborate.":                                       true,
		"The police gave no further details.":                                true,
		"The minister commented on the plan on Monday.":                      false,
		"Exports declined 3 percent in May.":                                 false,
		"The union did not accept the offer.":                                false,
		"He said he could not be sure of the date.":                          false,
		"The airline said the passenger, a man in his 40s, was taken to hospital after landing, " +
			"and did not immediately respond to further questions.": false,
	} {
		if got := formulaLine(s); got != want {
			t.Errorf("formulaLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestFormulaCost: a formula line linked to a Korean sentence costs
// wFormula more than the same line without the mark, alone nothing more.
func TestFormulaCost(t *testing.T) {
	opts := Options{CoreLexicon: true}
	opts.Lexicon = opts.lexicon()
	ko := features([]string{"한 관계자는 시장 반응을 지켜보겠다고 덧붙였다."}, language.Korean, opts)
	en := features([]string{"The ministry did not immediately respond to a request for comment."}, language.English, opts)
	if wFormula <= 0 {
		t.Fatal("wFormula is not positive")
	}
	if !en[0].formula {
		t.Fatal("the formula line is not marked")
	}
	plain := []feature{en[0]}
	plain[0].formula = false
	var one, alone bead
	for _, b := range beads {
		switch {
		case b.s == 1 && b.t == 1:
			one = b
		case b.s == 0 && b.t == 1:
			alone = b
		}
	}
	with, without := newLattice(ko, en), newLattice(ko, plain)
	if d := with.cost(1, 1, one) - without.cost(1, 1, one); math.Abs(d-wFormula) > 1e-9 {
		t.Errorf("1-1 cost difference %.3f, want %.3f", d, wFormula)
	}
	if d := with.cost(0, 1, alone) - without.cost(0, 1, alone); d != 0 {
		t.Errorf("0-1 cost difference %.3f, want 0", d)
	}
	// A Korean sentence that says a formula too: not charged.
	saidText := []string{"교육부는 논평 요청에 즉각 응하지 않았다."}
	said := features(saidText, language.Korean, opts)
	markFormulas(said, saidText, en, []string{"The ministry did not immediately respond to a request for comment."})
	if !said[0].formula {
		t.Fatal("the Korean formula is not marked")
	}
	other := features(saidText, language.Korean, opts)
	markFormulas(other, saidText, plain, []string{"The ministry said nothing."})
	if other[0].formula {
		t.Error("a Korean formula marked with no English formula line to read it")
	}
	if d := newLattice(said, en).cost(1, 1, one) - newLattice(said, plain).cost(1, 1, one); d != 0 {
		t.Errorf("1-1 cost difference with a Korean formula %.3f, want 0", d)
	}
}

// TestKoreanFormula: the Korean sides of the wire formulas.
func TestKoreanFormula(t *testing.T) {
	for s, want := range map[string]bool{
		"항공사는 승객의 국적 등을 알려달라는 요청에 즉각 응하지 않았다.": true,
		"그 배우는 그 이야기에 대해 언급하는 것을 거부했습니다.":      true,
		"사형 집행 여부는 확실히 밝혀지지 않았다.":              true,
		"정부는 3일 새 주택 공급 대책을 발표했다.":             false,
		"야당은 이번 대책이 늦었다고 비판했다.":                false,
	} {
		if got := koreanFormula(s); got != want {
			t.Errorf("koreanFormula(%q) = %v, want %v", s, got, want)
		}
	}
}
