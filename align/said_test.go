package align

import (
	"testing"

	"golang.org/x/text/language"
)

// TestSaidCost: an English line left unlinked costs wSaid when the Korean
// sentence before it shares two lexicon ids (or a name) with it and the
// Korean sentence after it shares none; not when the next one shares one,
// the one before shares too little, or the line opens with a continuation.
func TestSaidCost(t *testing.T) {
	for _, c := range []struct {
		name       string
		en         feature
		prev, next feature
		cont, last bool
		want       float64
	}{
		{"said before, not after", enLex(3, 4, 9), koLex(1, 3, 4), koLex(7, 8), false, false, wSaid},
		{"said before, at the end", enLex(3, 4, 9), koLex(1, 3, 4), koLex(7, 8), false, true, wSaid},
		{"said after too", enLex(3, 4, 8), koLex(1, 3, 4), koLex(7, 8), false, false, 0},
		{"one id before", enLex(3, 9), koLex(1, 3, 4), koLex(7, 8), false, false, 0},
		{"a continuation", enLex(3, 4, 9), koLex(1, 3, 4), koLex(7, 8), true, false, 0},
	} {
		ko := []feature{c.prev, c.next}
		en := []feature{enLex(1, 7), c.en, enLex(7, 8, 9)}
		en[1].cont = c.cont
		setLexLocal(ko, en)
		var next *feature
		if !c.last {
			next = &ko[1]
		}
		if got := saidCost(&en[1], &ko[0], next); got != c.want {
			t.Errorf("%s: saidCost = %v, want %v", c.name, got, c.want)
		}
	}
	// A name the Korean sentence before has counts as two ids.
	ko := features([]string{"블링컨 장관은 서울에 도착했다.", "회담은 내일 열린다."}, language.Korean, Options{})
	en := features([]string{"The secretary arrived in Seoul.", "Blinken will stay two days.", "The talks open tomorrow."}, language.English, Options{})
	setLexLocal(ko, en)
	if got := saidCost(&en[1], &ko[0], &ko[1]); got != wSaid {
		t.Errorf("a name said before: saidCost = %v, want %v", got, wSaid)
	}
	if got := saidCost(&en[1], &ko[1], nil); got != 0 {
		t.Errorf("a name not said before: saidCost = %v, want 0", got)
	}
}

// TestSaidSplit: the Korean sentence says both halves of its English,
// whose second half runs long; without saidCost the second half was left
// an English-only line (0-1), with it the link is a 1-2.
func TestSaidSplit(t *testing.T) {
	lex := policyLexicon()
	ko := []string{"정부는 예산안을 발표했다.", "국회는 법안을 비판했다.", "대통령은 예산안을 발표하고 대책을 내놓았다.", "야당은 정책을 논의했다.", "국회는 법안을 논의했다."}
	en := []string{"The government announced the budget.", "The assembly criticized the bill.", "The president announced the budget.",
		"Measures were unveiled at a long briefing held in the capital city late that evening after talks.",
		"The opposition discussed the policy.", "The assembly discussed the bill."}
	got, err := Align(ko, en, Options{Lexicon: lex})
	if err != nil {
		t.Fatal(err)
	}
	if want := "[0]-[0] [1]-[1] [2]-[2 3] [3]-[4] [4]-[5] "; linkString(got) != want {
		t.Errorf("got %s, want %s", linkString(got), want)
	}
}
