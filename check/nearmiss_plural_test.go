package check

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/glossary"
)

// Tests of nearmiss_plural.go.

// TestPluralOther: a near miss by a final s alone is another word for a
// one-word form or inside a longer name; a misspelling is still one.
func TestPluralOther(t *testing.T) {
	g, err := glossary.Decode(strings.NewReader(session15Glossary+
		"house,organization,en,House of Commons,preferred,,,,,,,,,,,\n"+
		"house,organization,en,Commons,admitted,,,,,,,,,,,\n"+
		"house,organization,ko,하원,preferred,,,,,,,,,,,\n"+
		"state-department,organization,en,State Department,preferred,,,,,,,,,,,\n"+
		"state-department,organization,ko,국무부,preferred,,,,,,,,,,,\n"), glossary.FormatCSV, "session15.csv")
	if err != nil {
		t.Fatal(err)
	}
	c := New(g)
	for _, tc := range []struct{ name, text, want string }{
		{"a one-word form less its s", "The Fugees and Common played a set.", ""},
		{"inside a longer name", "He joined the United States Department of Justice in May.", ""},
		{"a misspelling", "He joined the State Departmnet in May.", "near-miss 1:15 State Departmnet => State Department"},
		{"a misspelling of the one word", "The Comons voted on Tuesday.", "near-miss 1:5 Comons => Commons"},
	} {
		if got := brief(c.Text("a.txt", tc.text, language.English)); got != tc.want {
			t.Errorf("%s: got\n%s\nwant\n%s", tc.name, got, tc.want)
		}
	}
	if !pluralOther("States Department", "State Department") || pluralOther("State Departmnet", "State Department") {
		t.Error("pluralOther")
	}
}

// TestPeopleOfPlace: a listed name's word in y written in s is the
// place's people, no near miss; a misspelling beside it still is one.
func TestPeopleOfPlace(t *testing.T) {
	g, err := glossary.Decode(strings.NewReader(`id,type,lang,term,status
free-saxony,organization,en,Free Saxony,preferred
free-saxony,organization,ko,자유로운 작센,preferred
`), glossary.FormatCSV, "people.csv")
	if err != nil {
		t.Fatal(err)
	}
	c := New(g)
	for _, tc := range []struct{ name, text, want string }{
		{"the people", "In Dresden the Free Saxons, another far-right group, joined the protest.", ""},
		{"a misspelling", "In Dresden the Free Saxany group joined the protest.", "near-miss 1:16 Free Saxany => Free Saxony"},
	} {
		if got := brief(c.Text("a.txt", tc.text, language.English)); got != tc.want {
			t.Errorf("%s: got\n%s\nwant\n%s", tc.name, got, tc.want)
		}
	}
	if !peopleOther("Free Saxons", "Free Saxony") || peopleOther("Free Saxon", "Free Saxony") || peopleOther("Free Tys", "Free Tyy") {
		t.Error("peopleOther")
	}
}

// TestPastOther: a one-word listed name ending in -ed with its d dropped
// (Unite, a union, for United) is no near miss; a letter changed inside it
// still is.
func TestPastOther(t *testing.T) {
	c := t31Checker(t)
	for _, tc := range []struct{ text, want string }{
		{"He is the Unite union convenor at the plant.", ""},
		{"Fans of Leeds Untied sang.", "leeds-united Leeds Untied"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.English, time.Time{}), RuleNearMiss); got != tc.want {
			t.Errorf("%q: near-miss %q, want %q", tc.text, got, tc.want)
		}
	}
	if !pastOther("Unite", "United") || pastOther("Unite", "United States") || pastOther("Unitd", "United") {
		t.Error("pastOther")
	}
}

// TestCountedPlural: a listed name with a plural s after a count is the
// name counted; a misspelling after a count, or the s without one, stays a
// near miss.
func TestCountedPlural(t *testing.T) {
	g, err := glossary.Decode(strings.NewReader(`id,type,lang,term,status
ryder-cup,organization,en,Ryder Cup,preferred
ryder-cup,organization,ko,라이더컵,preferred
`), glossary.FormatCSV, "ryder.csv")
	if err != nil {
		t.Fatal(err)
	}
	c := New(g)
	for _, tc := range []struct{ name, text, want string }{
		{"a count", "He is a veteran of eight Ryder Cups and won the Ryder Cup in 2014.", ""},
		{"a numeral", "He has played in 10 Ryder Cups since the Ryder Cup of 1999.", ""},
		{"no count", "He won at the Ryder Cups in Paris.", "near-miss 1:15 Ryder Cups => Ryder Cup"},
		{"a misspelling after a count", "He played eight Ryder Cusp.", "near-miss 1:17 Ryder Cusp => Ryder Cup"},
	} {
		if got := brief(c.Text("a.txt", tc.text, language.English)); got != tc.want {
			t.Errorf("%s: got\n%s\nwant\n%s", tc.name, got, tc.want)
		}
	}
}
