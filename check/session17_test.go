package check

import (
	"testing"

	"golang.org/x/text/language"
)

// Session 17 (helper T10): the kinds of planted error of
// testdata/check11o-missed that no rule read, on our own sentences with a
// small list of our own (names made up for the test).
const session17Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
lukas-mueller,person,en,Lukas Mueller,preferred,,Mueller,,,,,,,,,
lukas-mueller,person,en,Lukas Müller,admitted,,Müller,,,,,,,,,
lukas-mueller,person,ko,루카스 뮐러,preferred,,뮐러,,,,,,,,,
khalid-haddad,person,en,Khalid Yousef Haddad,preferred,,Haddad,,,,,,,,,
khalid-haddad,person,en,Khalid Yousef Hadad,admitted,,Hadad,,,,,,,,,
khalid-haddad,person,ko,할리드 유세프 하다드,preferred,,하다드,,,,,,,,,
ivan-vasiliev,person,en,Ivan Vasiliev,preferred,,Vasiliev,,,,,,,,,
ivan-vasiliev,person,ko,이반 바실리예프,preferred,,바실리예프,,,,,,,,,
ivan-vasiliev,person,ko,이반 바실리에프,admitted,,바실리에프,,,,,,,,,
karl-weber,person,en,Karl Weber,preferred,,Weber,,,,,,,,,
karl-weber,person,ko,카를 베버,preferred,,베버,,,,,,,,,
foreign-minister,title,en,Foreign Minister,preferred,,,,,,,,,,,
foreign-minister,title,en,foreign minister,admitted,,,,,,,,,,,
foreign-minister,title,ko,외무장관,preferred,,,,,,,,,,,
`

// TestShortSpelling: a person's short form spelled two ways in one
// article is one inconsistent finding (shortspelling.go); the same
// spelling again, another person's name and a short form after the other
// spelling's full name are not.
func TestShortSpelling(t *testing.T) {
	c := caseChecker(t, "session17.csv", session17Glossary)
	for _, tc := range []struct {
		name string
		lang language.Tag
		text string
		want string
	}{
		{"accents, after a weekday", language.English, "Lukas Mueller spoke on Monday. On Tuesday Müller flew home.",
			"inconsistent 1:43 Müller => Mueller"},
		{"a letter fewer, at a sentence start", language.English, "Khalid Yousef Haddad arrived. Later Hadad left.",
			"inconsistent 1:37 Hadad => Haddad"},
		{"after an honorific", language.English, "Lukas Mueller spoke. Mr Müller left.", "inconsistent 1:25 Müller => Mueller"},
		{"short forms alone", language.English, "Mueller spoke. Later Müller left.", "inconsistent 1:22 Müller => Mueller"},
		{"reported once", language.English, "Lukas Mueller spoke. Müller left. Then Müller came back.", "inconsistent 1:22 Müller => Mueller"},
		{"the same spelling", language.English, "Lukas Mueller spoke on Monday. On Tuesday Mueller flew home.", ""},
		{"the admitted full name's short form", language.English, "Khalid Yousef Hadad arrived, and Hadad left.",
			"first-mention 1:1 Khalid Yousef Hadad => Khalid Yousef Haddad"},
		{"another person of the name", language.English, "Lukas Mueller spoke. Anna Müller, his wife, stayed.", ""},
		{"Korean", language.Korean, "이반 바실리예프가 말했다. 바실리에프는 떠났다.", "inconsistent 1:16 바실리에프 => 바실리예프"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := brief(c.Text("a.txt", tc.text, tc.lang)); got != tc.want {
				t.Errorf("%q: got\n%s\nwant\n%s", tc.text, got, tc.want)
			}
		})
	}
}

// TestLengthenedName: a listed surname lengthened into another name is the
// person misrendered (lengthened.go); a possessive, a plural and a hyphen
// after the name are the name.
func TestLengthenedName(t *testing.T) {
	c := caseChecker(t, "session17.csv", session17Glossary)
	session14Cases(t, c, []pairCase{
		{"lengthened", "카를 베버가 말했다.", "Karl Weberling said.", "target-term-missing 1:1  => Karl Weber (target)"},
		{"a possessive", "카를 베버의 계획이다.", "It is Karl Weber's plan.", ""},
		{"a hyphen", "카를 베버가 이끈다.", "It is a Karl Weber-led team.", ""},
		{"the short form alone", "베버가 말했다.", "Weber said.", ""},
	})
	// hasName: a Korean particle after a Latin name is no longer name; a
	// plural s alone is the name.
	for _, tc := range []struct {
		hay  string
		want bool
	}{{"karl weber는 말했다", true}, {"the karl webers came", true}, {"karl weberling said", false}, {"karl weber-led", true}} {
		if got := hasName(tc.hay, "karl weber"); got != tc.want {
			t.Errorf("hasName(%q): %v, want %v", tc.hay, got, tc.want)
		}
	}
	sev, _ := koPair(c, "카를 베버가 말했다.", "Karl Weberling said.")
	if sev != "error" {
		t.Errorf("Karl Weberling: severity %q, want error (a wrong rendering)", sev)
	}
}

// TestWrongTitle: a title of the source beside a person's name is
// reported missing when the English gives the person another common title
// whose Korean the source lacks (titlebefore.go); the title left out, the
// listed title and a title not in titleWords are not.
func TestWrongTitle(t *testing.T) {
	c := caseChecker(t, "session17.csv", session17Glossary)
	session14Cases(t, c, []pairCase{
		{"another title", "카를 베버 외무장관이 말했다.", "Prime Minister Karl Weber said.", "target-term-missing 1:1  => Foreign Minister (target)"},
		{"another title before the short form", "베버 외무장관이 말했다.", "Mayor Weber said.", "target-term-missing 1:1  => Foreign Minister (target)"},
		{"the title left out", "카를 베버 외무장관이 말했다.", "Karl Weber said.", ""},
		{"the listed title", "카를 베버 외무장관이 말했다.", "Foreign Minister Karl Weber said.", ""},
		{"a title not in the list", "카를 베버 외무장관이 말했다.", "Minister Karl Weber said.", ""},
		{"the source has the other title's word", "카를 베버 외무장관은 전 총리다.", "Prime Minister Karl Weber said.", ""},
	})
}

// TestUnlistedVariant: another spelling of a transliterated surname the
// list gives two ways is a warning, not an error (unlistedvariant.go); a
// respelled surname the list gives one way stays an error.
func TestUnlistedVariant(t *testing.T) {
	c := caseChecker(t, "session17.csv", session17Glossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"할리드 유세프 하다드가 말했다.", "Khalid Yousef Hadded said.", "warning"},
		{"할리드 유세프 하다드가 말했다.", "Khalid Yousef Haddad said.", ""},
		{"카를 베버가 말했다.", "Karl Wever said.", "error"},
	} {
		if got, fs := koPair(c, tc.src, tc.tgt); got != tc.want {
			t.Errorf("%q: severity %q, want %q\n%s", tc.tgt, got, tc.want, brief(fs))
		}
	}
}
