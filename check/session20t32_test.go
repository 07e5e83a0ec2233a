package check

import (
	"testing"
	"time"

	"golang.org/x/text/language"
)

// A letter doubled, dropped, or two neighbouring letters swapped, with
// one letter trigram that no other word writes, is a near miss of a
// one-word lower-case term (session 20, helper T32); a letter replaced
// still needs T30's two.
func TestSlipEditNearMiss(t *testing.T) {
	c := caseChecker(t, "session20t32.csv", `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
sentence,term,ko,형량,preferred,,,,,,,,,,,
sentence,term,en,sentence,preferred,,,,,,,,,,,
concert,term,ko,공연,preferred,,,,,,,,,,,
concert,term,en,concerts,preferred,,,,,,,,,,,
magistrate,title,ko,치안판사,preferred,,,,,,,,,,,
magistrate,title,en,magistrates,preferred,,,,,,,,,,,
scraping,term,ko,긁기,preferred,,,,,,,,,,,
scraping,term,en,scraping,preferred,,,,,,,,,,,
contract,term,ko,계약,preferred,,,,,,,,,,,
contract,term,en,contract,preferred,,,,,,,,,,,
alcoholic,term,ko,알코올 중독자,preferred,,,,,,,,,,,
alcoholic,term,en,alcoholic,preferred,,,,,,,,,,,
antibiotic,term,ko,항생제,preferred,,,,,,,,,,,
antibiotic,term,en,antibiotic,preferred,,,,,,,,,,,
`)
	for _, tc := range []struct{ text, want string }{
		{"Desk notes\n\nThe snetence was read.", "sentence snetence"},
		{"Desk notes\n\nThe conncerts were held.", "concert conncerts"},
		{"Desk notes\n\nThe magitsrates met.", "magistrate magitsrates"},
		// An English word a letter doubled from a term: its letter runs
		// are the text's and the lexicon's.
		{"Desk notes\n\nThe scrapping of the plan was announced.", ""},
		// A letter dropped, with one strange trigram (lch, tbo).
		{"Desk notes\n\nThe alcholic was treated.", "alcoholic alcholic"},
		{"Desk notes\n\nThe antibotic was given.", "antibiotic antibotic"},
		// A letter dropped that writes an ordinary word: no strange trigram.
		{"Desk notes\n\nShe lost contact with the office.", ""},
	} {
		fs := c.TextOn("a.txt", tc.text, language.English, time.Time{})
		if got := t18Rules(fs, RuleNearMiss); got != tc.want {
			t.Errorf("%q: near-miss %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestSlipEdit(t *testing.T) {
	for _, tc := range []struct {
		cw, w string
		want  bool
	}{
		{"verrdicts", "verdicts", true},
		{"vverdicts", "verdicts", true},
		{"verdictss", "verdicts", true},
		{"inetrviews", "interviews", true},
		{"interviesw", "interviews", true},
		{"verdict", "verdicts", true},      // dropped
		{"vedicts", "verdicts", true},      // dropped
		{"erdicts", "verdicts", true},      // dropped
		{"verdicta", "verdicts", false},    // replaced
		{"verxdicts", "verdicts", false},   // another letter written
		{"contarct", "contract", true},     // swapped
		{"contract", "contract", false},    // the same
		{"scrappping", "scrapping", true},  // tripled
		{"interveiws", "interviews", true}, // ie swapped
	} {
		if got := slipEdit(tc.cw, tc.w); got != tc.want {
			t.Errorf("slipEdit(%q, %q) = %v, want %v", tc.cw, tc.w, got, tc.want)
		}
	}
}

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
