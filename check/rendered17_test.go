package check

import (
	"testing"
)

// Tests of rendered17.go.

// TestRendered17: a plural in -ies of a listed form and an amount in the
// source amount's currency render the term (rendered17.go).
func TestRendered17(t *testing.T) {
	c := caseChecker(t, "session17t12.csv", session17T12Glossary)
	session14Cases(t, c, []pairCase{
		{"-ies", "보험회사들이 손실을 봤다.", "Insurance companies lost money.", ""},
		{"a pound sign", "1억 2500만 파운드에 팔렸다.", "It was sold for £125 million.", ""},
		{"pounds in words", "1억 2500만 파운드에 팔렸다.", "It was sold for 125 million pounds.", ""},
		{"no amount", "1억 2500만 파운드에 팔렸다.", "It was sold for a fortune.", "target-term-missing 1:1  => pound (target)"},
		{"the currency outside an amount", "파운드가 떨어졌다.", "Shares fell £2.", "target-term-missing 1:1  => pound (target)"},
	})
	for _, tc := range []struct{ in, want string }{
		{"insurance company", "insurance companies"}, {"subsidiary", "subsidiaries"}, {"survey", ""}, {"key", ""}, {"Kennedy", ""}, {"y", ""},
	} {
		if got := iesPlural(tc.in); got != tc.want {
			t.Errorf("iesPlural(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct {
		hay  string
		want bool
	}{{"“insurance companies”", true}, {"reinsurance companies", false}, {"the insurance company", false}, {"insurance compani", false}} {
		if got := hasIesPlural(tc.hay, "insurance company"); got != tc.want {
			t.Errorf("hasIesPlural(%q): %v, want %v", tc.hay, got, tc.want)
		}
	}
}
