package check

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Issue #11 (session 26, T85): a form listed again in its entry with the
// same status and another window is right in any of its windows.
const session26T85Windows = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
donald-trump,person,en,Donald Trump,preferred,,Trump,,,,,,,,,
donald-trump,person,en,President Donald Trump,admitted,,,,,,2017-01-20,2021-01-20,,,,
donald-trump,person,en,President Donald Trump,admitted,,,,,,2025-01-20,,,,,
donald-trump,person,en,former President Donald Trump,admitted,,,,,,2021-01-21,2025-01-19,,,,
nancy-pelosi,person,en,Nancy Pelosi,preferred,,Pelosi,,,,,,,,,
nancy-pelosi,person,en,Speaker Nancy Pelosi,admitted,,,,,,2007-01-04,2011-01-03,,,,
nancy-pelosi,person,en,Speaker Nancy Pelosi,admitted,,,,,,2019-01-03,2023-01-03,,,,
`

func TestFormWindows(t *testing.T) {
	c := caseChecker(t, "session26t85.csv", session26T85Windows)
	on := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	for _, tc := range []struct {
		text string
		day  time.Time
		want string // deprecated-term findings, found>expected
	}{
		{"President Donald Trump spoke.", on(2025, 3, 1), ""},
		{"President Donald Trump spoke.", on(2018, 3, 1), ""},
		{"President Donald Trump spoke.", on(2022, 3, 1), "President Donald Trump>former President Donald Trump"},
		{"Speaker Nancy Pelosi spoke.", on(2009, 3, 1), ""},
		{"Speaker Nancy Pelosi spoke.", on(2021, 3, 1), ""},
		{"Speaker Nancy Pelosi spoke.", on(2015, 3, 1), "Speaker Nancy Pelosi>Nancy Pelosi"},
		{"Speaker Nancy Pelosi spoke.", on(2024, 3, 1), "Speaker Nancy Pelosi>Nancy Pelosi"},
	} {
		var got []string
		for _, f := range c.TextOn("a.txt", tc.text, language.English, tc.day) {
			if f.Rule == RuleDeprecated {
				got = append(got, f.Found+">"+f.Expected)
			}
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q on %s: got %q, want %q", tc.text, tc.day.Format(time.DateOnly), g, tc.want)
		}
	}
}
