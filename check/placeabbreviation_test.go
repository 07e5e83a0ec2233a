package check

import (
	"testing"
	"time"

	"golang.org/x/text/language"
)

// placeAbbreviationGlossary: a feature named in Korean (a line), a country
// named in Korean, and a feature with no Korean form.
const placeAbbreviationGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
nll-x,place,en,Northern Limit Line,preferred,,,,,,,,,,,
nll-x,place,en,NLL,admitted,,,,,,,,,,,
nll-x,place,ko,북방한계선,preferred,,,,,,,,,,,
us-x,place,en,United States,preferred,,,,,,,,,,,
us-x,place,en,US,admitted,,,,,,,,,,,
us-x,place,ko,미국,preferred,,,,,,,,,,,
zone-x,place,en,Eastern Buffer Zone,preferred,,,,,,,,,,,
zone-x,place,en,EBZ,admitted,,,,,,,,,,,
`

// TestFeatureAbbreviationFirst: a place's admitted abbreviation before its
// full name is a first mention when the place is a feature named in Korean
// (NLL before the Northern Limit Line, check14d's), not after the full
// name, not for a country (US before the United States) and not for a
// place with no Korean form.
func TestFeatureAbbreviationFirst(t *testing.T) {
	c := caseChecker(t, "placeabbreviation.csv", placeAbbreviationGlossary)
	for _, tc := range []struct{ text, want string }{
		{"The NLL came up on Friday; the Northern Limit Line was named again.", "nll-x NLL"},
		{"The Northern Limit Line came up on Friday; the NLL was named again.", ""},
		{"The US came up on Friday; the United States was named again.", ""},
		{"The EBZ came up on Friday; the Eastern Buffer Zone was named again.", ""},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.English, time.Time{}), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
}
