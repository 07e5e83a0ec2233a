package check

import (
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Tests of wordlist.go.

// A misspelling that writes no strange trigram is a near miss when it is
// no word of the embedded list (elecion, diector); an ordinary word one
// edit from a term (contact for contract, offices for officers) is one.
func TestListedWordNearMiss(t *testing.T) {
	c := caseChecker(t, "session20t32.csv", `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
election,term,ko,선거,preferred,,,,,,,,,,,
election,term,en,election,preferred,,,,,,,,,,,
director,title,ko,국장,preferred,,,,,,,,,,,
director,title,en,director,preferred,,,,,,,,,,,
contract,term,ko,계약,preferred,,,,,,,,,,,
contract,term,en,contract,preferred,,,,,,,,,,,
officer,title,ko,장교,preferred,,,,,,,,,,,
officer,title,en,officers,preferred,,,,,,,,,,,
`)
	for _, tc := range []struct{ text, want string }{
		{"Desk notes\n\nThe elecion was held in May.", "election elecion"},
		{"Desk notes\n\nThe diector resigned.", "director diector"},
		{"Desk notes\n\nShe lost contact with the office.", ""},
		{"Desk notes\n\nThe offices were closed.", ""},
		{"Desk notes\n\nThe election was held in May.", ""},
	} {
		fs := c.TextOn("a.txt", tc.text, language.English, time.Time{})
		if got := t18Rules(fs, RuleNearMiss); got != tc.want {
			t.Errorf("%q: near-miss %q, want %q", tc.text, got, tc.want)
		}
	}
	for w, want := range map[string]bool{"contact": true, "offices": true, "organisation": true, "organization": true, "elecion": false, "diector": false, "the": true} {
		if got := listedWord(w); got != want {
			t.Errorf("listedWord(%q) = %v, want %v", w, got, want)
		}
	}
}
