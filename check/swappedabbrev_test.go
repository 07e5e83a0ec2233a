package check

import "testing"

const swappedAbbrevGlossary = `id,type,lang,term,status,case
sars,term,en,SARS,preferred,yes
sars,term,ko,사스,preferred,yes
asean,organization,en,ASEAN,preferred,yes
asean,organization,en,Association of Southeast Asian Nations,admitted,
nato,organization,en,NATO,preferred,yes
nato,organization,en,NTAO,deprecated,yes
`

// TestSwappedAbbreviation: a listed abbreviation of four or five capital
// letters with two adjacent inner letters swapped is a near miss
// (swappedabbrev.go, check12v-missed's SRAS); the listed form, a swap of
// its first or last letter, a listed forbidden spelling (reported as
// such) and a word in lower case are not. The first case fails without
// buildSwappedAbbreviations.
func TestSwappedAbbreviation(t *testing.T) {
	c := caseChecker(t, "swappedabbrev.csv", swappedAbbrevGlossary)
	for _, tc := range []struct{ text, want string }{
		{"The SRAS outbreak closed schools in Hong Kong.", "SRAS"},
		{"The SARS outbreak closed schools in Hong Kong.", ""},
		{"The ASAEN summit opened.", "ASAEN"},
		{"The ASENA summit opened.", ""}, // the last letter moved
		{"The ASRS outbreak spread.", ""},
		{"NTAO troops left.", ""},
		{"The sras outbreak spread.", ""},
	} {
		if got := nearMissesIn(c, tc.text); got != tc.want {
			t.Errorf("%q: near misses %q, want %q", tc.text, got, tc.want)
		}
	}
}
