package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"

	"bitext/glossary"
)

const longerNameNearGlossary = `id,type,lang,term,status,case,short,note,from,until
pope-francis,person,en,Francis,preferred,,,,,
pope-francis,person,en,Pope Francis,admitted,,,,,
lane,person,en,Robert Lane,preferred,,Lane,,,
madonna,person,en,Madonna,preferred,,,,,
samsung,organization,en,Samsung,preferred,,,,,
stowe,person,en,Harriet Beecher Stowe,preferred,,,,,
stowe,person,en,Beecher,admitted,,,,,
`

// TestNearMissOneWordInLongerName: a one-word listed person name is no
// near miss of a word of a longer capitalized name, the first (followed by
// a capital) or one after a listed given name; it still is alone, after a
// title or a word of the list, or before a connector (nearmiss_longername.go).
func TestNearMissOneWordInLongerName(t *testing.T) {
	g, err := glossary.Decode(strings.NewReader(longerNameNearGlossary), glossary.FormatCSV, "n.csv")
	if err != nil {
		t.Fatal(err)
	}
	c := New(g)
	for _, tc := range []struct {
		text string
		want string // the near miss reported, "" for none
	}{
		{"Francois Bouchard equalised for Dundee before two goals.", ""}, // held-out-glossary-80, ntrex-even 1736
		{"The goal came from Francois Bouchard.", ""},
		{"Robert Madonnna sang.", ""}, // after a listed given name: another person's surname
		{"Madonnna Ciccone sang.", ""},
		{"Francsi spoke on Sunday.", "Francsi"},
		{"He met Francsi on Sunday.", "Francsi"},
		{"The crowd cheered Madonnna.", "Madonnna"},
		{"Pope Francsi spoke on Sunday.", "Pope Francsi"}, // the two-word form's near miss
		{"Madonnna of the pop charts sang.", "Madonnna"},  // a connector after it
		{"Samsnug Electronics rose.", "Samsnug"},          // not a person: the rule leaves it
		{"Harriet Beechar wrote.", "Beechar"},             // after the person's own given name
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.English) {
			if f.Rule == RuleNearMiss {
				got = append(got, f.Found)
			}
		}
		want := []string{}
		if tc.want != "" {
			want = []string{tc.want}
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q: near miss %q, want %q", tc.text, got, want)
		}
	}
}
