package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Session 23 (helper T60): an entry of our own with a short form that
// counts only beside its context words.
const session23T60Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
valian-airlines,organization,en,Valian Airlines,preferred,,,,,,,,,,,
valian-airlines,organization,en,Valiance,admitted,yes,,,,,,,,,airline|carrier|flights,
valian-airlines,organization,ko,발리안 항공,preferred,,,,,,,,,,,
`

// A near miss of a form whose context rules it out on the line is no
// near miss ("America" for the airline's "American", house71): where the
// context is there, the misspelling still is one.
func TestNearMissContextRulesOut(t *testing.T) {
	c := caseChecker(t, "session23t60.csv", session23T60Glossary)
	for _, tc := range []struct{ text, want string }{
		{"Talks\n\nThe delegation flew to Valiancy on Monday.", ""},
		{"Talks\n\nThe carrier Valiancy cut flights on Monday.", "near-miss Valiancy"},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.English) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

// Session 23 (helper T60): persons of our own, one with the given name
// as the list's short form (Thai usage), one with the surname.
const session23T60People = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
somchai-vanaprasert,person,en,Somchai Vanaprasert,preferred,,Somchai,,,,,,,,,
somchai-vanaprasert,person,ko,솜차이 와나쁘라섯,preferred,,,,,,,,,,,
marcel-drouineau,person,en,Marcel Drouineau,preferred,,Drouineau,,,,,,,,,
marcel-drouineau,person,ko,마르셀 드루이노,preferred,,,,,,,,,,,
`

// A long surname misspelt is a near miss (check13t-missed): a letter
// moved two places (Drouinaue for Drouineau) and, after the given name
// the list gives as the short form, one letter changed for one of like
// sound (Vanaprazert); another letter
// (Vanaprasept) or a short surname (Somchai Vane) is another name.
func TestNearMissLongSurname(t *testing.T) {
	c := caseChecker(t, "session23t60p.csv", session23T60People)
	for _, tc := range []struct{ text, want string }{
		{"Talks\n\nThe copy quoted Marcel Drouinaue on Monday.", "near-miss Marcel Drouinaue"},
		{"Talks\n\nThe copy quoted Somchai Vanaprazert on Monday.", "near-miss Somchai Vanaprazert"},
		{"Talks\n\nThe copy quoted Somchai Vanaprasept on Monday.", ""},
		{"Talks\n\nThe copy quoted Marcel Drouineau on Monday.", ""},
		{"Talks\n\nThe copy quoted Somchai Vane on Monday.", ""},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.English) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
	for _, tc := range []struct {
		cw, w string
		moved bool
	}{
		{"Trudaue", "Trudeau", true}, {"Trudeau", "Trudeau", false}, {"Tudreau", "Trudeau", true}, {"Tdureau", "Trudeau", false}, {"Trudeua", "Trudeau", true},
		{"Trudeax", "Trudeau", false}, {"Rtudeau", "Trudeau", false},
	} {
		if got := letterMoved(tc.cw, tc.w); got != tc.moved {
			t.Errorf("letterMoved(%s, %s) = %v", tc.cw, tc.w, got)
		}
	}
}

// Session 23 (helper T60): a body with a mixed-case abbreviation.
const session23T60Bodies = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
afv,organization,en,Alliance for Valia,preferred,,,,,,,,,,,
afv,organization,en,AfV,admitted,,,,,,,,,,,
afv,organization,ko,발리아를 위한 동맹,preferred,,,,,,,,,,,
`

// A mixed-case abbreviation before its spelled-out form is a first
// mention (check13t-missed's AfD), as an all-capital one is; after it,
// none.
func TestMixedAbbreviationFirst(t *testing.T) {
	c := caseChecker(t, "session23t60b.csv", session23T60Bodies)
	for _, tc := range []struct{ text, want string }{
		{"Talks\n\nThe AfV came up on Friday; the Alliance for Valia was named again.", "first-mention AfV"},
		{"Talks\n\nThe Alliance for Valia came up on Friday; the AfV was named again.", ""},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.English) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
	for _, f := range []string{"AfD", "MoD", "DfE"} {
		if !mixedAbbreviation(f) {
			t.Errorf("mixedAbbreviation(%s) = false", f)
		}
	}
	for _, f := range []string{"Nato", "BaFin", "NATO", "Af", "A-fD"} {
		if mixedAbbreviation(f) {
			t.Errorf("mixedAbbreviation(%s) = true", f)
		}
	}
}
