package align

import (
	"math"
	"testing"

	"golang.org/x/text/language"

	"bitext/lexicon"
)

// ko builds a Korean feature whose known stems translate to the given ids
// (one id per stem).
func koLex(ids ...int32) feature {
	f := feature{}
	for _, id := range ids {
		f.lexK = append(f.lexK, []int32{id})
	}
	f.lexAll = unionIDs(f.lexK)
	f.setLexBlooms()
	return f
}

func enLex(ids ...int32) feature {
	f := feature{english: true}
	f.lexAll = append(f.lexAll, ids...)
	f.lexAll = unionIDs([][]int32{f.lexAll})
	f.setLexBlooms()
	return f
}

func TestLexAlone(t *testing.T) {
	for _, c := range []struct {
		name string
		ko   []feature
		en   []feature
		want float64
	}{
		{"1-1 is never charged", []feature{koLex(1, 2, 3)}, []feature{enLex(7, 8, 9)}, 0},
		{"2-1, both members translated", []feature{koLex(1, 2, 3), koLex(4, 5, 6)}, []feature{enLex(1, 2, 4, 5)}, 0},
		{"2-1, a swallowed member", []feature{koLex(1, 2, 3), koLex(40, 50, 60)}, []feature{enLex(1, 2, 3)}, wLexAlone},
		{"2-1, one hit in four is at the share", []feature{koLex(1, 2, 3), koLex(4, 50, 60, 70)}, []feature{enLex(1, 2, 3, 4)}, wLexAlone},
		{"2-1, two hits in four", []feature{koLex(1, 2, 3), koLex(4, 5, 60, 70)}, []feature{enLex(1, 2, 3, 4, 5)}, 0},
		{"2-1, too few known words to tell", []feature{koLex(1, 2, 3), koLex(40, 50)}, []feature{enLex(1, 2, 3)}, 0},
		{"1-2, a glued English line", []feature{koLex(1, 2, 3)}, []feature{enLex(1, 2, 3), enLex(70, 80, 90)}, wLexAlone},
		{"1-2, both translated", []feature{koLex(1, 2, 3, 4, 5, 6)}, []feature{enLex(1, 2, 3), enLex(4, 5, 6)}, 0},
	} {
		if got := lexAlone(c.ko, c.en); got != c.want {
			t.Errorf("%s: lexAlone = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestLexAloneScale(t *testing.T) {
	en := []feature{enLex(1, 2, 3, 4)}
	for _, c := range []struct {
		ko   []feature
		want float64
	}{
		{nil, 0},                                // no lexicon
		{[]feature{koLex(1, 2, 3, 4)}, 1},       // every stem's translation is there
		{[]feature{koLex(1, 2, 30, 40)}, 0},     // half: at the floor
		{[]feature{koLex(1, 2, 3, 40)}, 0.5},    // three in four
		{[]feature{koLex(1, 20, 30, 40)}, 0},    // below the floor
		{[]feature{koLex(1, 2), koLex(3)}, 1},   // over several segments
		{[]feature{{}, koLex(1, 2, 3, 40)}, .5}, // segments without known words count nothing
	} {
		if got := lexAloneScale(c.ko, en); got != c.want {
			t.Errorf("lexAloneScale(%v) = %v, want %v", c.ko, got, c.want)
		}
	}
}

// TestLexAloneDrop: the Korean side has a sentence the edition dropped,
// after a sentence whose English is longer than its Korean. By lengths
// the two Korean sentences make one 2-1 link (as without a lexicon); the
// lexicon knows every word of the dropped sentence and finds none of their
// translations in the English, so it is left out (1-0).
func TestLexAloneDrop(t *testing.T) {
	lex := policyLexicon()
	ko := []string{"정부는 예산안을 발표했다.", "야당은 대책을 논의했다.", "국회는 법안을 비판했다.",
		"대통령은 정책을 발표했다.", "정부는 대책을 내놓았다.", "국회는 정책을 논의했다."}
	en := []string{"The government announced the budget for next year.", "The assembly criticized the bill.",
		"The president announced the policy.", "The government unveiled measures.", "The assembly discussed the policy."}
	got, err := Align(ko, en, Options{Lexicon: lex})
	if err != nil {
		t.Fatal(err)
	}
	if want := "[0]-[0] [1]-[] [2]-[1] [3]-[2] [4]-[3] [5]-[4] "; linkString(got) != want {
		t.Errorf("with the lexicon: %s, want %s", linkString(got), want)
	}
}

func TestLexiconCoverage(t *testing.T) {
	lex := policyLexicon()
	ko := []string{"정부는 예산안을 발표했다.", "국회는 법안을 비판했다."}
	for _, c := range []struct {
		name string
		en   []string
		lex  *lexicon.Lexicon
		want float64
	}{
		{"every stem translated", []string{"The assembly criticized the bill.", "The government announced the budget."}, lex, 1},
		{"one sentence of two", []string{"The government announced the budget."}, lex, 0.5},
		{"nothing translated", []string{"The president unveiled measures."}, lex, 0},
		{"no lexicon", []string{"The government announced the budget."}, nil, 0},
	} {
		if got := LexiconCoverage(ko, c.en, Options{Lexicon: c.lex}); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("%s: LexiconCoverage = %v, want %v", c.name, got, c.want)
		}
	}
	// Either side may be the Korean one.
	en := []string{"The government announced the budget."}
	if got := LexiconCoverage(en, ko, Options{Lexicon: lex, SourceLang: language.English, TargetLang: language.Korean}); math.Abs(got-0.5) > 1e-9 {
		t.Errorf("English source: LexiconCoverage = %v, want 0.5", got)
	}
}

// policyLexicon is a lexicon learned from eight pairs of our own
// sentences about a government, an assembly, a president and an
// opposition, each word in at least two of them.
func policyLexicon() *lexicon.Lexicon {
	tr := lexicon.NewTrainer()
	for _, p := range [][2]string{
		{"정부는 예산안을 발표했다.", "The government announced the budget."},
		{"정부는 대책을 내놓았다.", "The government unveiled measures."},
		{"국회는 법안을 비판했다.", "The assembly criticized the bill."},
		{"국회는 정책을 논의했다.", "The assembly discussed the policy."},
		{"대통령은 정책을 발표했다.", "The president announced the policy."},
		{"야당은 예산안을 비판했다.", "The opposition criticized the budget."},
		{"야당은 대책을 논의했다.", "The opposition discussed measures."},
		{"대통령은 법안을 내놓았다.", "The president unveiled the bill."},
	} {
		tr.Add(p[0], p[1])
	}
	return tr.Train(lexicon.DefaultIterations)
}
