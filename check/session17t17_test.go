package check

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Session 17 (helper T17): what house19 (held-out-glossary-19) and its
// planted set check11s showed, on our own sentences with a small list of
// our own (names made up for the test).
const session17T17Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
ocean-ministry,organization,ko,해양부,preferred,,,,,,,,,,,
ocean-ministry,organization,en,Ministry of Oceans and Fisheries,preferred,,,,,,,2010-06-30,,,,
ocean-ministry,organization,en,Ministry of Marine Affairs,admitted,,,,,,2010-07-01,,,,,
ocean-ministry,organization,en,ocean ministry,admitted,,,,,,,,,,,
harbor-lab,organization,ko,하버 국립 연구소,preferred,,,,,,,,,,,
harbor-lab,organization,en,Westbrook Harbor National Laboratory,preferred,,,,,,,,,,,
harbor-lab,organization,en,Westbrook Harbor,admitted,,,,,,,,,,,
lena-varga,person,ko,레나 바르가,preferred,,,,,,,,,,,
lena-varga,person,en,Lena Varga,preferred,,Varga,,,,,,,,,
oskar-brandt,person,ko,브란트,preferred,,,,,,,,,,,
oskar-brandt,person,en,Oskar Brandt,preferred,,Brandt,,,,,,,,,
piet-calloway,person,ko,캘러웨이,preferred,,,,,,,,,,,
piet-calloway,person,ko,칼로웨이,admitted,,,,,,,,,,,
piet-calloway,person,en,Piet Calloway,preferred,,Calloway,,,,,,,,,
mara-lewin,person,ko,마라 루인,preferred,,,,,,,,,,,
mara-lewin,person,en,Mara Lewin,preferred,,Lewin,,,,,,,,,
vera-hachman,person,ko,해치먼,preferred,,,,,,,,,,,
vera-hachman,person,ko,하체먼,admitted,,,,,,,,,,,
vera-hachman,person,en,Vera Hachman,preferred,,Hachman,,,,,,,,,
rudi-halvorsen,person,ko,루디 할보슨,preferred,,,,,,,,,,,
rudi-halvorsen,person,en,Rudi Halvorsen,preferred,,Halvorsen,,,,,,,,,
`

func t17Checker(t *testing.T) *Checker {
	t.Helper()
	return caseChecker(t, "session17t17.csv", session17T17Glossary)
}

func t17Rules(fs []Finding) string {
	var s []string
	for _, f := range fs {
		s = append(s, f.Rule+" "+f.Severity.String()+" "+f.Found+" -> "+f.Expected)
	}
	return strings.Join(s, "; ")
}

// TestDatedForm: a preferred or admitted form right only until a day is
// a deprecated-term after it (the article's day, else today) and right
// before; in a pair whose source names the entry it renders the source.
func TestDatedForm(t *testing.T) {
	c := t17Checker(t)
	text := "The Ministry of Oceans and Fisheries said so."
	for _, tc := range []struct {
		day, want string
	}{
		{"2009-05-01", ""},
		{"2010-06-30", ""},
		{"2011-01-01", "deprecated-term error Ministry of Oceans and Fisheries -> Ministry of Marine Affairs"},
		{"", "deprecated-term error Ministry of Oceans and Fisheries -> Ministry of Marine Affairs"},
	} {
		var day time.Time
		if tc.day != "" {
			day, _ = time.Parse(time.DateOnly, tc.day)
		}
		if got := t17Rules(c.TextOn("a.txt", text, language.English, day)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.day, got, tc.want)
		}
	}

	// one to use... but the expired form is then still right; a day after
	day := time.Date(2011, 1, 1, 0, 0, 0, 0, time.UTC)
	pr := func(src string) []Finding {
		return c.Pair("p.tsv", Pair{Source: src, Target: text, SourceLang: language.Korean, TargetLang: language.English,
			SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1, Date: day})
	}
	if got := t17Rules(pr("해양부가 그렇게 말했다.")); got != "" {
		t.Errorf("source names it: got %q", got)
	}
	if got := t17Rules(pr("그렇게 말했다고 밝혔다.")); !strings.Contains(got, "deprecated-term error") {
		t.Errorf("source does not name it: got %q", got)
	}
}

// TestReplacedSurnameT17: a surname cut short, misspelled after the given
// name, or replaced after an honorific is the person misrendered, an error.
func TestReplacedSurnameT17(t *testing.T) {
	c := t17Checker(t)
	for _, tc := range []struct {
		name, src, tgt, want string
	}{
		{"cut", "루디 할보슨이 이끈다.", "Rudi Hal leads it.", "target-term-missing error"},
		// Session 18 (helper T19): the listed 바르가 spells Varga; only its
		// particle 가 cut off made 바르 spell "Var" (house20's Joey Chest for
		// 체스트넛이, an error for the desk; TestCutSurnameSpelt).
		{"cut, the particle cut off spelling it", "레나 바르가가 이끈다.", "Lena Var leads it.", "target-term-missing error"},
		{"misspelt", "마라 루인이 말했다.", "Mara Louin said so.", "target-term-missing error"},
		{"misspelt, not as the Korean spells it", "마라 루인이 말했다.", "Mara Lowden said so.", "target-term-missing warning"},
		{"honorific", "브란트 박사가 경고했다.", "Dr Brandtner warned.", "target-term-missing error"},
		{"right", "브란트 박사가 경고했다.", "Dr Brandt warned.", ""},
		// Session 19 (T26): one letter changed, the first too, is the
		// surname misspelt, an error (the desks' Hillary Cox, Eldad Segev;
		// nearSurname); a warning before.
		{"another first letter", "루디 할보슨이 말했다.", "Rudi Jalvorsen said so.", "target-term-missing error"},
	} {
		got := ""
		for _, f := range session17T15Pair(c, tc.src, tc.tgt) {
			got += f.Rule + " " + f.Severity.String()
		}
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestNearMissAfterShortForm: an admitted form at the start of a full name
// hides no near miss of that name.
func TestNearMissAfterShortForm(t *testing.T) {
	c := t17Checker(t)
	got := t17Rules(c.Text("a.txt", "The Westbrook Harbor National Laboratoy said so.", language.English))
	if want := "near-miss warning Westbrook Harbor National Laboratoy -> Westbrook Harbor National Laboratory"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := t17Rules(c.Text("a.txt", "The Westbrook Harbor National Laboratory and Westbrook Harbor said so.", language.English)); got != "" {
		t.Errorf("right: got %q", got)
	}
}

// TestShortVowelMiss: a short form with one vowel changed after the right
// one in one article is a near miss; before it, or with a consonant
// changed, it is not read.
func TestShortVowelMiss(t *testing.T) {
	c := t17Checker(t)
	for _, tc := range []struct{ text, want string }{
		{"Oskar Brandt spoke. Brandt said so, and Brendt repeated it.", "near-miss warning Brendt -> Brandt"},
		{"Brendt spoke first. Oskar Brandt spoke.", ""},
		{"Oskar Brandt spoke. Brandt said so, and Branch repeated it.", ""},
	} {
		if got := t17Rules(c.Text("a.txt", tc.text, language.English)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestKoreanSoundAlike: two one-word Korean forms of one person that differ
// in their vowels alone are one name spelled two ways.
func TestKoreanSoundAlike(t *testing.T) {
	c := t17Checker(t)
	for _, tc := range []struct{ text, want string }{
		{"해치먼이 말했다. 하체먼은 덧붙였다.", "inconsistent warning 하체먼 -> 해치먼"},
		{"캘러웨이가 말했다. 칼로웨이는 덧붙였다.", "inconsistent warning 칼로웨이 -> 캘러웨이"}, // two syllables shared, as before
	} {
		if got := t17Rules(c.Text("a.txt", tc.text, language.Korean)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
