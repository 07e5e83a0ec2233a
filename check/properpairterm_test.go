package check

import "testing"

const properPairTerms = `id,type,lang,term,status,case,short
mount-kumgang-tours,term,en,Mount Kumgang tours,preferred,,
mount-kumgang-tours,term,en,Mount Kumgang tourism,admitted,,
tunguska-event,term,en,Tunguska event,preferred,,
`

// TestProperPairTerm: a term of two proper words then a lower-case word
// with that word's inner letters swapped is a near miss (properpairterm.go,
// check12a-missed); the listed forms, a swap at the word's end, a word of
// the English word list and another word after the proper words are not.
// The first case fails without properPairLower and properPairTarget.
func TestProperPairTerm(t *testing.T) {
	c := caseChecker(t, "properpairterm.csv", properPairTerms)
	for _, tc := range []struct{ text, want string }{
		{"The Mount Kumgang tuors stopped, and paragliding was banned.", "Mount Kumgang tuors"},
		{"The Mount Kumgang tours stopped.", ""},
		{"Mount Kumgang tourism grew.", ""},
		{"The Mount Kumgang toust stopped.", ""}, // the last letter moved: no inner swap
		{"The Mount Kumgang resort stopped.", ""},
		{"It was the Tunguska evnet of 1908.", "Tunguska evnet"}, // T38's, as before
	} {
		if got := nearMissesIn(c, tc.text); got != tc.want {
			t.Errorf("%q: near misses %q, want %q", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct {
		rest string
		want bool
	}{{"Kumgang tours", true}, {"event", false}, {"Kumgang Tours", false}, {"K tours", false}, {"Kumgang", false}} {
		if got := properPairLower(tc.rest); got != tc.want {
			t.Errorf("properPairLower(%q) = %v, want %v", tc.rest, got, tc.want)
		}
	}
}
