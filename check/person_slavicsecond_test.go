package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

const slavicSecondGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
shmuel-rabinovitch,person,ko,시무엘 라비노비츠,preferred,,,,,,,,,,,
shmuel-rabinovitch,person,en,Shmuel Rabinovitch,preferred,,Rabinovitch,,,,,,,,,
shmuel-rabinovitch,person,en,Shmuel Rabinowitz,admitted,,,,,,,,,,,
shmuel-rabinovitch,person,en,Shimon Rabinowitz,admitted,,,,,,,,,,,
shmuel-rabinovitch,person,en,Samuel Rabinovitch,deprecated,,,,,,,,,,,
`

// Two listed forms of one person whose surnames are one stem with two
// spellings of its Slavic ending (slavicSecondSpelling,
// person_slavicending.go; check17h-missed) are one name spelt twice in one
// article; the first case fails without it.
func TestSlavicSecondSpelling(t *testing.T) {
	c := caseChecker(t, "t116.csv", slavicSecondGlossary)
	for _, tc := range []struct{ text, want string }{
		{"Shmuel Rabinovitch spoke on Saturday, and Shmuel Rabinowitz spoke again on Tuesday.", "inconsistent:Shmuel Rabinowitz"},
		{"Shmuel Rabinovitch spoke on Saturday, and Shmuel Rabinovitch spoke again on Tuesday.", ""},
		{"Shmuel Rabinovitch spoke on Saturday, and Rabinovitch spoke again on Tuesday.", ""},
	} {
		var got []string
		for _, f := range c.Text("a.txt", "World desk\n\n"+tc.text+"\n", language.English) {
			got = append(got, f.Rule+":"+f.Found)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
	e := c.g.Lookup("shmuel-rabinovitch")
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Shmuel Rabinowitz", "Shmuel Rabinovitch", true},
		{"Shmuel Rabinovich", "Shmuel Rabinowicz", true},
		{"Shimon Rabinowitz", "Shmuel Rabinovitch", false}, // another given name
		{"Shmuel Abramowitz", "Shmuel Rabinovitch", false}, // another stem
		{"Shmuel Rabinski", "Shmuel Rabinovitch", false},   // another ending
		{"Shmuel Rabinovitch", "Shmuel Rabinovitch", false},
		{"Rabinowitz", "Rabinovitch", false}, // a surname alone
	} {
		if got := slavicSecondSpelling(e, tc.a, tc.b); got != tc.want {
			t.Errorf("slavicSecondSpelling(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
