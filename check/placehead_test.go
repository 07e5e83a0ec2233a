package check

import (
	"testing"
	"time"

	"golang.org/x/text/language"
)

// placeHeadGlossary: places of two words, one ending in a common word
// (Hotel), one in a proper name (Casey).
const placeHeadGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
hotel-x,place,en,Ryugyong Hotel,preferred,,,,,,,,,,,
camp-x,place,en,Camp Casey,preferred,,,,,,,,,,,
`

// TestPlaceHeadNearMiss: the common last word of a place of two words
// changed by one edit into no word is a near miss (check14d's Ryugyong
// Hotal); the name itself, its plural (a word) and a proper last word
// changed are not.
func TestPlaceHeadNearMiss(t *testing.T) {
	c := caseChecker(t, "placehead.csv", placeHeadGlossary)
	for _, tc := range []struct{ text, want string }{
		{"The copy quoted Ryugyong Hotal on Monday.", "hotel-x Ryugyong Hotal"},
		{"The copy quoted Ryugyong Hotel on Monday.", ""},
		{"The copy quoted Ryugyong Hotels on Monday.", ""}, // a word
		{"Troops left Camp Casy on Monday.", ""},           // a proper last word: maybe another place
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.English, time.Time{}), RuleNearMiss); got != tc.want {
			t.Errorf("%q: near-miss %q, want %q", tc.text, got, tc.want)
		}
	}
}
