package check

import (
	"testing"

	"golang.org/x/text/language"
)

// Tests of shortspelling.go.

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

// TestKoreanShortSpelling: a person's one-word Korean forms spelled two
// ways in one article are inconsistent (oneWordPerson: no contraction of
// each other); a given name before an admitted one-word form makes the
// full name, no first mention (givenNameBefore).
func TestKoreanShortSpelling(t *testing.T) {
	c := caseChecker(t, "session17t16.csv", session17T16Glossary)
	for _, tc := range []struct{ text, want string }{
		{"휘틀록은 월요일 증언했다. 휘틀로크는 혐의를 부인했다.", "inconsistent 1:16 휘틀로크 => 휘틀록"},
		// One form holds the other (캐버노, 캐버노프): no contraction.
		{"해로는 월요일 증언했다. 해로우는 혐의를 부인했다.", "inconsistent 1:15 해로우 => 해로"},
		{"해로는 월요일 증언했다.\n\n해로우는 혐의를 부인했다.", "inconsistent 3:1 해로우 => 해로"},
		{"휘틀록은 월요일 증언했다.\n\n휘틀로크는 혐의를 부인했다.", "inconsistent 3:1 휘틀로크 => 휘틀록"},
		{"브렌트 휘틀로크가 증언했다. 그는 부인했다.", ""},
		{"대표 휘틀로크가 증언했다. 그는 부인했다.", "first-mention 1:4 휘틀로크 => 휘틀록"},
		{"휘틀로크가 증언했다. 그는 부인했다.", "first-mention 1:1 휘틀로크 => 휘틀록"},
	} {
		if got := brief(c.Text("a.txt", tc.text, language.Korean)); got != tc.want {
			t.Errorf("%q: got\n%s\nwant\n%s", tc.text, got, tc.want)
		}
	}
}
