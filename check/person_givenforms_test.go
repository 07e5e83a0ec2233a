package check

import (
	"slices"
	"strings"
	"testing"
)

// Tests of person_givenforms.go and of titleOfObject (misrendered.go).

const givenFormsGlossary = `id,type,lang,term,status,case,short,note
tommy-lasorda,person,ko,토미 라소다,preferred,,,
tommy-lasorda,person,ko,톰 라소다,admitted,,,
tommy-lasorda,person,en,Tommy Lasorda,preferred,,Lasorda,
tommy-lasorda,person,en,Tommy LaSorda,deprecated,yes,,
chuck-schumer,person,ko,척 슈머,preferred,,,
chuck-schumer,person,ko,찰스 슈머,admitted,,,
chuck-schumer,person,en,Chuck Schumer,preferred,,Schumer,
chuck-schumer,person,en,Chuck Shumer,deprecated,,,
bob-dole,person,ko,밥 돌,preferred,,,
bob-dole,person,ko,로버트 돌,admitted,,,
bob-dole,person,en,Bob Dole,preferred,,Dole,
bob-dole,person,en,Robert Dole,deprecated,,,
`

// TestGivenNameForms: a listed person named by another formal or familiar
// form of the listed given name, the surname kept, is present (g106
// kpc-test 332's Tom Lasorda, g107 wmt24pp 51's Charles Schumer); another
// given name stays a finding, and a form the list forbids stays
// deprecated.
func TestGivenNameForms(t *testing.T) {
	c := caseChecker(t, "givenforms.csv", givenFormsGlossary)
	for _, tc := range []struct {
		name, src, tgt string
		missing        bool   // a target-term-missing finding wanted
		deprecated     string // the deprecated-term findings wanted
	}{
		{"Tom for Tommy", "명예의 전당에 오른 톰 라소다는 말했다.", `"Hideo Nomo was a trailblazer," said Hall of Famer Tom Lasorda, who managed the Dodgers in 1995.`, false, ""},
		{"Thomas for Tommy", "명예의 전당에 오른 톰 라소다는 말했다.", "Hall of Famer Thomas Lasorda said Nomo was a trailblazer.", false, ""},
		{"another given name", "명예의 전당에 오른 톰 라소다는 말했다.", "Hall of Famer Tim Lasorda said Nomo was a trailblazer.", true, ""},
		{"Charles for Chuck", "존슨 의장과 찰스 슈머 민주당 상원 원내대표와의 최근 교섭의 한도가 결정되었다.", "A deal set the parameters for Johnson's recent negotiation with Senate Democratic Leader Charles Schumer.", false, ""},
		{"Charlie for Chuck", "찰스 슈머 원내대표가 말했다.", "Charlie Schumer said so.", false, ""},
		{"another name of the family's letters", "찰스 슈머 원내대표가 말했다.", "Charlotte Schumer said so.", true, ""},
		{"the surname respelt", "찰스 슈머 원내대표가 말했다.", "Charles Shumer said so.", true, ""},
		{"a forbidden formal form", "로버트 돌 의원이 말했다.", "Robert Dole said so.", false, "Robert Dole"},
		{"a familiar form of a forbidden one", "로버트 돌 의원이 말했다.", "Bobby Dole said so.", false, ""},
	} {
		got, fs := koPair(c, tc.src, tc.tgt)
		if (got != "") != tc.missing {
			t.Errorf("%s: %q: target-term-missing %q, want found %v\n%s", tc.name, tc.tgt, got, tc.missing, brief(fs))
		}
		if d := foundOf(fs, RuleDeprecated); d != tc.deprecated {
			t.Errorf("%s: %q: deprecated-term %q, want %q", tc.name, tc.tgt, d, tc.deprecated)
		}
	}
}

func TestGivenNameFormsTable(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"tom", "tommy", true}, {"tommy", "thomas", true}, {"chuck", "charles", true},
		{"joe", "joseph", true}, {"sepp", "joseph", true}, {"joe", "sepp", false},
		{"steve", "stephen", true}, {"steve", "steven", true}, {"stephen", "steven", false},
		{"tim", "tom", false}, {"walid", "waleed", false},
		{"will", "william", true}, {"bill", "william", true}, {"will", "bill", false}, {"rob", "bob", false},
	} {
		if got := slices.Contains(givenNameForms(tc.a), tc.b); got != tc.want {
			t.Errorf("givenNameForms(%q) has %q: %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
	for _, f := range givenNameFamilies {
		for _, n := range f {
			if n != strings.ToLower(n) || strings.TrimSpace(n) != n {
				t.Errorf("givenNameFamilies: %q is not lower case", n)
			}
		}
	}
}

// TestNameSpanTitleOf: a capitalized word after "of" after a capitalized
// word ends a title (Hall of Famer), no given name of the span.
func TestNameSpanTitleOf(t *testing.T) {
	for _, tc := range []struct{ text, word, want string }{
		{"said Hall of Famer Tim Lasorda, who", "Lasorda", "Tim Lasorda"},
		{"with Secretary of State John Kerry on", "Kerry", "John Kerry"},
		{"the wife of John Kerry said", "Kerry", "John Kerry"},
		{"said Famer Tim Lasorda, who", "Lasorda", "Famer Tim Lasorda"},
	} {
		a := strings.Index(tc.text, tc.word)
		if got := nameSpan(tc.text, a, a+len(tc.word)); got != tc.want {
			t.Errorf("nameSpan(%q, %q) = %q, want %q", tc.text, tc.word, got, tc.want)
		}
	}
}
