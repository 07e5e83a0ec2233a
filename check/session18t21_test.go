package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Session 18 (helper T21): a surname replaced or misspelled after any title
// is an error (the lead's decision: three desks' planted errors, check11m's
// "President Marcos", check11u's "Secretary Tillerson", check11w's "Energy
// Minister Nowak"), and so is a lone surname cut or replaced where the
// Korean gives the one-word form (check11w's "Pickett" for 피킨스).
const session18T21Glossary = session18T19Glossary + `lena-kovar,person,ko,코바르,preferred,,,,,,,,,,,
lena-kovar,person,en,Lena Kovar,preferred,,Kovar,,,,,,,,,
lena-kovar,person,en,Lena Kowar,deprecated,,,,,,,,,,,
`

func t21Missing(t *testing.T, src, tgt string) string {
	t.Helper()
	c := caseChecker(t, "session18t21.csv", session18T21Glossary)
	var s []string
	for _, f := range c.Pair("p.tsv", Pair{Source: src, Target: tgt, SourceLang: language.Korean, TargetLang: language.English,
		SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1}) {
		if f.Rule == RuleTargetMissing {
			s = append(s, f.Term+" "+f.Severity.String())
		}
	}
	return strings.Join(s, "; ")
}

// TestAnyTitledSurname: titledReplacement reads any other surname, a title
// ending a Korean compound (에너지장관) and a forbidden form's surname.
func TestAnyTitledSurname(t *testing.T) {
	for _, tc := range []struct{ src, tgt, want string }{
		{"앰버슬리 장관은 평양을 방문할 예정이다.", "Secretary Tillman will visit Pyongyang.", "dale-ambersley error"},
		{"코바르 에너지장관은 모스크바에서 회담을 열었다.", "Energy Minister Kovar held talks in Moscow.", ""},
		{"코바르 에너지장관은 모스크바에서 회담을 열었다.", "Energy Minister Kowar held talks in Moscow.", "lena-kovar error"},
		{"코바르 장관은 모스크바에서 회담을 열었다.", "Minister Kowar held talks in Moscow.", "lena-kovar error"},
		{"마르와트 에너지장관은 모스크바에서 회담을 열었다.", "Energy Minister Sutton held talks in Moscow.", "hosni-marwat error"},
		// Another Korean the source names, a description: as before.
		{"마르와트 장관은 서튼 대사와 회담을 열었다.", "Minister Sutton held talks with the ambassador.", "hosni-marwat warning"},
		{"마르와트 장관은 모스크바에서 회담을 열었다.", "The Minister held talks in Moscow.", "hosni-marwat warning"},
	} {
		if got := t21Missing(t, tc.src, tc.tgt); got != tc.want {
			t.Errorf("%q: target-term-missing %q, want %q", tc.tgt, got, tc.want)
		}
	}
}

// TestBareReplacement: a lone capitalized word replacing the listed surname
// where the Korean gives the one-word form is an error; bareReplacement.
func TestBareReplacement(t *testing.T) {
	for _, tc := range []struct{ src, tgt, want string }{
		{"앰버슬리는 새 계획을 발표했다.", "Amberson announced a new plan.", "dale-ambersley error"},
		{"마르와트는 새 계획을 발표했다.", "Later, Marwell announced a new plan.", "hosni-marwat error"},
		// A wholly other word, one in a longer name or a compound: a
		// warning, as before.
		{"마르와트는 새 계획을 발표했다.", "Sutton announced a new plan.", "hosni-marwat warning"},
		{"마르와트는 새 계획을 발표했다.", "Marwell Smith announced a new plan.", "hosni-marwat warning"},
		{"마르와트는 새 계획을 발표했다.", "A Marwell-led group announced a new plan.", "hosni-marwat warning"},
	} {
		if got := t21Missing(t, tc.src, tc.tgt); got != tc.want {
			t.Errorf("%q: target-term-missing %q, want %q", tc.tgt, got, tc.want)
		}
	}
}
