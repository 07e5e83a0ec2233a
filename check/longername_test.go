package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"

	"bitext/glossary"
)

// longerNameGlossary: our own entries (session 11), deprecated forms that
// are word runs of other names and deprecated forms that are misspellings.
const longerNameGlossary = `id,type,lang,term,status,case,short,note,from,until
alaska,place,en,Alaska,preferred,,,,,
alaska,place,en,Alaska State,deprecated,,,,,
pa,organization,en,Press Association,preferred,,,,,
pa,organization,en,British Press Association,deprecated,,,,,
troopers,organization,en,State Police,preferred,,,,,
troopers,organization,en,State Troopers,deprecated,,,,,
jeju,place,en,Jeju Island,preferred,,,,,
jeju,place,en,Jeju,admitted,,,,,
jeju,place,en,Cheju,deprecated,,,,,
pittsburgh,place,en,Pittsburgh,preferred,,,,,
pittsburgh,place,en,Pittsburg,deprecated,,,,,
clay,person,en,Muhammad Ali,preferred,,Ali,,,
clay,person,en,Cassius Clay,deprecated,,,,,
thornycroft,person,en,Hamo Thornycroft,preferred,,,,,
thornycroft,person,en,Hamo Thorneycroft,deprecated,,,,,
survey,organization,en,Geological Survey,preferred,,,,,
ak,organization,en,Alaska Department,preferred,,,,,
`

// TestLongerName: a deprecated form that is a word run of a longer proper
// name in the English is no deprecated-term finding; a misspelling of an
// allowed form still is, inside a longer name too (longername.go).
func TestLongerName(t *testing.T) {
	g, err := glossary.Decode(strings.NewReader(longerNameGlossary), glossary.FormatCSV, "l.csv")
	if err != nil {
		t.Fatal(err)
	}
	c := New(g)
	for _, tc := range []struct {
		text string
		want string // the deprecated form reported, "" for none
	}{
		{"The report was released Saturday by Alaska State Troopers.", ""},
		{"He moved to Alaska State in 1990.", "Alaska State"},
		{"He moved to Alaska State Monday.", "Alaska State"},
		{"He visited Alaska State's capital.", "Alaska State"},
		{"He spoke to the British Press Association.", "British Press Association"},
		{"He spoke to the British Press Association Trust.", ""},
		{"Police called the Alaska State Troopers.", ""},                        // the deprecated State Troopers after a capital: the match is Alaska State first
		{"Police called the North State Troopers.", ""},                         // a listed deprecated form after a capital that is no sentence start
		{"State Troopers arrived.", "State Troopers"},                           // at a sentence start
		{"The State Troopers arrived.", "State Troopers"},                       // an article
		{"President Cassius Clay spoke.", "Cassius Clay"},                       // a role noun
		{"Young Marcellus Cassius Clay fought.", "Cassius Clay"},                // a person: a capital before is more of the name
		{"He came by ship via Cheju Island.", "Cheju"},                          // a respelling of Jeju
		{"The Pittsburg Steelers won.", "Pittsburg"},                            // a respelling
		{"Sir William Hamo Thorneycroft's statue stands.", "Hamo Thorneycroft"}, // a respelling
		{"It is near Alaska State Geological Survey offices.", ""},
		{"Alaska State Decides Against New Oil Drilling Permits", "Alaska State"}, // a title-case line
		{"# Alaska State Troopers", "Alaska State"},                               // a heading
		{"The visit of Alaska State Governor Dunleavy ended.", "Alaska State"},    // a title after it

		{"He joined the Alaska Department of Fish and Game.", ""}, // no deprecated form: the listed name is longer
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.English) {
			if f.Rule == RuleDeprecated {
				got = append(got, f.Found)
			}
		}
		want := []string{}
		if tc.want != "" {
			want = []string{tc.want}
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q: deprecated %q, want %q", tc.text, got, want)
		}
	}
}

// TestOtherFormAcross: a deprecated form of several words whose later
// words begin another entry's allowed form is inside that name.
func TestOtherFormAcross(t *testing.T) {
	g, err := glossary.Decode(strings.NewReader(`id,type,lang,term,status,case,short,note,from,until
old,organization,en,Foreign Office,preferred,,,,,
old,organization,en,Foreign Bureau,deprecated,,,,,
press,term,en,bureau chief,preferred,,,,,
`), glossary.FormatCSV, "o.csv")
	if err != nil {
		t.Fatal(err)
	}
	c := New(g)
	for text, want := range map[string]int{
		"The Foreign Bureau said no.":                                             1,
		"He is our Foreign bureau chief.":                                         0,
		"He is our Foreign bureau chief" + strings.Repeat(" and more", 100) + ".": 0, // a long line
		"The Foreign Bureau said" + strings.Repeat(" and more", 100) + ".":        1,
	} {
		n := 0
		for _, f := range c.Text("a.txt", text, language.English) {
			if f.Rule == RuleDeprecated {
				n++
			}
		}
		if n != want {
			t.Errorf("%q: %d deprecated, want %d", text, n, want)
		}
	}
}
