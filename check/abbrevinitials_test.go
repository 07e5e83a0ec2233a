package check

import (
	"slices"
	"testing"
	"time"

	"golang.org/x/text/language"
)

const abbrevInitialsGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
drone,term,en,drone,preferred,,,,,,,,,,,
drone,term,en,unmanned aerial vehicle,admitted,,,,,,,,,,,
drone,term,en,UAV,admitted,yes,,,,,,,,,,
drone,term,ko,무인기,preferred,,,,,,,,,,,
kuomintang,organization,en,Kuomintang,preferred,,,,,,,,,,,
kuomintang,organization,en,KMT,admitted,yes,,,,,,,,,,
kuomintang,organization,en,Nationalist Party,admitted,,,,,,,,,,,
kuomintang,organization,ko,국민당,preferred,,,,,,,,,,,
`

// An admitted abbreviation made of the initials of an allowed form of
// several words (UAV, unmanned aerial vehicle) written before the entry's
// one-word preferred form (drone) is the abbreviation first (house73's
// planted check13u); after it, or alone, it is not; an abbreviation that
// spells no form's initials (KMT: Nationalist Party) keeps to the
// letters of the preferred form (lettersOf) as before.
func TestAbbreviationInitialsFirst(t *testing.T) {
	c := caseChecker(t, "abbrevinitials.csv", abbrevInitialsGlossary)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The UAV came up on Friday; the drone was named again.", []string{"first-mention UAV"}},
		{"The drone came up on Friday; the UAV was named again.", nil},
		{"The UAV came up on Friday.", nil},
		{"The KMT met on Friday; the Kuomintang was named again.", []string{"first-mention KMT"}},
	} {
		var got []string
		for _, f := range c.TextOn("a.txt", "Desk\n\n"+tc.text, language.English, time.Time{}) {
			if f.Rule == RuleFirstMention {
				got = append(got, string(f.Rule)+" "+f.Found)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
