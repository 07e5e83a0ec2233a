package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

const foldedSecondGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
bertrand-delanoe,person,ko,베르트랑 들라노에,preferred,,,,,,,,,,,
bertrand-delanoe,person,en,Bertrand Delanoe,preferred,,Delanoe,,,,,,,,,
thomas-bjorn,person,ko,토마스 비요른,preferred,,,,,,,,,,,
thomas-bjorn,person,en,Thomas Bjorn,preferred,,Bjorn,,,,,,,,,
`

// A listed person's name written as listed and later in the article with
// an accent or a stroked letter the list lacks is one name spelt twice
// (foldedSecondSpelling, person_foldedsecond.go; check15p-missed), not a
// near miss; the first two cases fail without it.
func TestFoldedSecondSpelling(t *testing.T) {
	c := caseChecker(t, "t93.csv", foldedSecondGlossary)
	for _, tc := range []struct{ text, want string }{
		{"Bertrand Delanoe spoke in Paris on Monday, and Bertrand Delanoë spoke again on Tuesday.", "inconsistent:Bertrand Delanoë"},
		{"Thomas Bjorn named his team, and Thomas Bjørn led it on Sunday.", "inconsistent:Thomas Bjørn"},
		{"Thomas Bjorn named his team, and Thomas Bjorn led it on Sunday.", ""},
	} {
		var got []string
		for _, f := range c.Text("a.txt", "Sports desk\n\n"+tc.text+"\n", language.English) {
			got = append(got, f.Rule+":"+f.Found)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

const arabicSecondGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
walid-al-moallem,person,ko,왈리드 알무알렘,preferred,,,,,,,,,,,
walid-al-moallem,person,en,Walid al-Moallem,preferred,,al-Moallem,,,,,,,,,
walid-al-moallem,person,en,Walid Muallem,admitted,,,,,,,,,,,
`

// Two listed forms of one person whose surnames are one Arabic surname
// transliterated twice (arabicSecondSpelling, person_foldedsecond.go;
// check15a-missed) are one name spelt twice in one article; the first
// case fails without it.
func TestArabicSecondSpelling(t *testing.T) {
	c := caseChecker(t, "t93.csv", arabicSecondGlossary)
	for _, tc := range []struct{ text, want string }{
		{"Walid al-Moallem spoke at the United Nations, and Walid Muallem spoke again the next day.", "inconsistent:Walid Muallem"},
		{"Walid al-Moallem spoke at the United Nations, and Walid al-Moallem spoke again the next day.", ""},
	} {
		var got []string
		for _, f := range c.Text("a.txt", "World desk\n\n"+tc.text+"\n", language.English) {
			got = append(got, f.Rule+":"+f.Found)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
	if !arabicSecondSpelling(c.g.Lookup("walid-al-moallem"), "Walid Muallem", "Walid al-Moallem") || arabicSecondSpelling(c.g.Lookup("walid-al-moallem"), "Walid Muallem", "Walid Mualem Jr.") {
		t.Error("arabicSecondSpelling")
	}
}

const foldedFirstGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
eduardo-rodriguez-veltze,person,ko,에두아르도 로드리게스 벨체,preferred,,,,,,,,,,,
eduardo-rodriguez-veltze,person,ko,에두아르도 로드리게스,admitted,,,,,,,,,,,
eduardo-rodriguez-veltze,person,en,Eduardo Rodriguez Veltze,preferred,,Rodriguez,,,,,,,,,
eduardo-rodriguez-veltze,person,en,Eduardo Rodriguez,admitted,,,,,,,,,,,
eduardo-rodriguez-veltze,person,en,Eduardo Rodrigues Veltze,deprecated,,,,,,,,,,,
`

// A first or only spelling of a listed person's form with the accents of
// the person's own spelling is no near miss (foldedFirstSpelling,
// person_foldedsecond.go; g142-ntrex-even#article 623, judged false); after
// the listed form it is a second spelling (inconsistent, as before), and
// before it the two spellings are inconsistent at the accented one (the admitted
// form first is a first-mention as before). The first two and the fourth
// cases fail without the rule; a misspelling stays a near miss.
func TestFoldedFirstSpelling(t *testing.T) {
	c := caseChecker(t, "t105.csv", foldedFirstGlossary)
	for _, tc := range []struct{ text, want string }{
		{"Former president Eduardo Rodríguez Veltzé, Bolivia's representative at The Hague, rejected the idea.", ""},
		{"Eduardo Rodríguez spoke at The Hague on Monday.", ""},
		{"Eduardo Rodriguez spoke at The Hague on Monday, and Eduardo Rodríguez spoke again on Tuesday.", "first-mention:Eduardo Rodriguez|inconsistent:Eduardo Rodríguez"},
		{"Eduardo Rodríguez spoke at The Hague on Monday, and Eduardo Rodriguez spoke again on Tuesday.", "inconsistent:Eduardo Rodríguez|first-mention:Eduardo Rodriguez"},
		{"Eduardo Rodriquez spoke at The Hague on Monday.", "near-miss:Eduardo Rodriquez"},
	} {
		var got []string
		for _, f := range c.Text("a.txt", "World desk\n\n"+tc.text+"\n", language.English) {
			got = append(got, f.Rule+":"+f.Found)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

const foldedUmlautGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
francois-hollande,person,ko,프랑수아 올랑드,preferred,,,,,,,,,,,
francois-hollande,person,en,Francois Hollande,preferred,,Hollande,,,,,,,,,
francois-hollande,person,en,President Francois Hollande,admitted,,,,,,2012-05-15,2017-05-14,,,,
francois-hollande,person,en,Francoise Hollande,deprecated,,,,,,,,,,,
gerhard-schroeder,person,ko,게르하르트 슈뢰더,preferred,,,,,,,,,,,
gerhard-schroeder,person,en,Gerhard Schroeder,preferred,,Schroeder,,,,,,,,,
gerhard-schroeder,person,en,Gerhard Schroder,deprecated,,,,,,,,,,,
`

// A listed person's unaccented form and the person's own accented or
// umlaut spelling in one article, in either order, are two spellings of
// one name (inconsistent, at the accented one: the lead's ruling on
// check17v-missed, session 29); the accented spelling alone throughout
// the article is silent (the session-27 ruling), and the list's own
// forbidden and misspelt forms are reported as before. The first four
// cases fail without ownSpelling tried before the near-miss filters
// (person_foldedsecond.go).
func TestFoldedUmlautSpelling(t *testing.T) {
	c := caseChecker(t, "t117.csv", foldedUmlautGlossary)
	for _, tc := range []struct{ text, want string }{
		{"Francois Hollande spoke on Saturday, and François Hollande spoke again on Tuesday.", "inconsistent:François Hollande"},
		{"François Hollande spoke on Saturday, and Francois Hollande spoke again on Tuesday.", "inconsistent:François Hollande"},
		{"Gerhard Schroeder spoke on Saturday, and Gerhard Schröder spoke again on Tuesday.", "inconsistent:Gerhard Schröder"},
		{"Gerhard Schröder spoke on Saturday, and Gerhard Schroeder spoke again on Tuesday.", "inconsistent:Gerhard Schröder"},
		{"François Hollande spoke on Saturday, and François Hollande spoke again on Tuesday.", ""},
		{"Gerhard Schröder spoke on Saturday, and Gerhard Schröder spoke again on Tuesday.", ""},
		{"Gerhard Schroeder spoke on Saturday, and Gerhard Schroeder spoke again on Tuesday.", ""},
		{"Gerhard Schroder spoke on Saturday.", "deprecated-term:Gerhard Schroder"},
		{"Francois Hollnade spoke on Saturday.", "near-miss:Francois Hollnade"},
	} {
		var got []string
		for _, f := range c.Text("a.txt", "World desk\n\n"+tc.text+"\n", language.English) {
			got = append(got, f.Rule+":"+f.Found)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
	for _, tc := range []struct {
		cand, listed string
		want         bool
	}{
		{"François Hollande", "Francois Hollande", true},
		{"Gerhard Schröder", "Gerhard Schroeder", true},
		{"Gerhard Schro\u0308der", "Gerhard Schroeder", true},
		{"Gerhard Schröder", "Gerhard Schroder", true},
		{"Bertrand Delanoë", "Bertrand Delanoe", true},
		{"Gerhard Schroeder", "Gerhard Schroeder", false},
		{"Gerhard Schröder", "Gerhard Schrader", false},
	} {
		if got := ownSpelling(tc.cand, tc.listed); got != tc.want {
			t.Errorf("ownSpelling(%q, %q) = %v, want %v", tc.cand, tc.listed, got, tc.want)
		}
	}
}
