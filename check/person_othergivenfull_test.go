package check

import (
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Tests of person_othergivenfull.go and of the Abass fixes
// (lengthened.go's sibilantS, addeddouble.go's misplacedDouble): session
// 28, helper T112.

const session28T112Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
sepp-blatter,person,ko,제프 블라터,preferred,,,,,,,,,,,
sepp-blatter,person,en,Sepp Blatter,preferred,,Blatter,,,,,,,,,
sepp-blatter,person,en,Joseph Blatter,admitted,,,,,,,,,,,
sepp-blatter,person,en,FIFA President Sepp Blatter,admitted,,,,,,,,,,,
hans-geiger,person,en,Hans Geiger,preferred,,Geiger,,,,,,,,,
hans-geiger,person,en,Johannes Wilhelm Geiger,admitted,,,,,,,,,,,
aq-khan,person,en,Abdul Qadeer Khan,preferred,,Khan,,,,,,,,,
aq-khan,person,en,A.Q. Khan,admitted,,,,,,,,,,,
george-hw-bush,person,en,George Herbert Walker Bush,preferred,,Bush,,,,,,,,,
george-hw-bush,person,en,George H.W. Bush,admitted,,,,,,,,,,,
mahmoud-abbas,person,ko,마무드 아바스,preferred,,,,,,,,,,,
mahmoud-abbas,person,en,Mahmoud Abbas,preferred,,Abbas,,,,,,,,,
mahmoud-abbas,person,en,Mahmoud Abas,deprecated,,,,,,,,,,,
walid-al-moallem,person,ko,왈리드 알무알렘,preferred,,,,,,,,,,,
walid-al-moallem,person,en,Walid al-Moallem,preferred,,al-Moallem,,,,,,,,,
walid-al-moallem,person,en,Walid Muallem,admitted,,,,,,,,,,,
`

// TestOtherGivenFull: one person named in one article by two full forms
// with one surname and other given names is inconsistent
// (check15b-missed, check16x-missed, check16y-missed); the preferred form
// after another, a titled form, initials of the other's given names, a
// quotation and a naming verb stay none (fewer given names after more,
// the name the person goes by after the legal one, in the pair table).
func TestOtherGivenFull(t *testing.T) {
	c := caseChecker(t, "session28t112.csv", session28T112Glossary)
	for _, tc := range []struct{ text, want string }{
		{"Sports desk\n\nSepp Blatter spoke on Saturday, and Joseph Blatter spoke again on Tuesday.", "sepp-blatter Joseph Blatter"},
		{"Sports desk\n\nHans Geiger spoke on Saturday, and Johannes Wilhelm Geiger spoke again on Tuesday.", "hans-geiger Johannes Wilhelm Geiger"},
		// None: the preferred form after an admitted one (first-mention's),
		// a titled form, the known name after the legal one, initials.
		{"Sports desk\n\nJoseph Blatter spoke on Saturday, and Sepp Blatter spoke again on Tuesday.", ""},
		{"Sports desk\n\nSepp Blatter spoke on Saturday, and FIFA President Sepp Blatter spoke again.", ""},
		{"Desk\n\nAbdul Qadeer Khan was freed. A.Q. Khan spoke on Monday.", ""},
		{"Desk\n\nGeorge Herbert Walker Bush died. George H.W. Bush served one term.", ""},
		{"Sports desk\n\nSepp Blatter spoke on Saturday.\n\n\"Joseph Blatter must go,\" the notice states.", ""},
		{"Sports desk\n\nSepp Blatter, also known as Joseph Blatter, spoke.", ""},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.English, time.Time{}), RuleInconsistent); got != tc.want {
			t.Errorf("%q: inconsistent %q, want %q", tc.text, got, tc.want)
		}
	}
	blatter := c.g.Entries[0]
	for _, tc := range []struct {
		later, first string
		want         bool
	}{
		{"Joseph Blatter", "Sepp Blatter", true},
		{"Johannes Wilhelm Geiger", "Hans Geiger", true},
		{"Hans Geiger", "Johannes Wilhelm Geiger", false}, // fewer given names later
		{"Bill Clinton", "William Jefferson Clinton", false},
		{"Joseph S. Blatter", "Sepp Blatter", true},
		{"FIFA President Sepp Blatter", "Joseph Blatter", false},
		{"Joseph Blatter", "Sepp Bladder", false},      // another last word
		{"Sepp Joseph Blatter", "Sepp Blatter", false}, // a middle name (middleNameAdded's)
		{"B.B. Bell", "Burwell Bell", false},
		{"George H.W. Bush", "George Herbert Walker Bush", false},
		{"제프 블라터", "셉 블라터", false},
	} {
		if got := otherGivenFull(blatter, tc.later, tc.first); got != tc.want {
			t.Errorf("otherGivenFull(%q, %q) = %v, want %v", tc.later, tc.first, got, tc.want)
		}
	}
}

// TestMisplacedDouble: "Mahmoud Abass" or "Mahmoud Abbbas" for 마무드 아바스
// is no Mahmoud Abbas (check16x-missed): neither the forbidden Mahmoud
// Abas with a plural s (a name ending in s takes -es) nor a transliteration
// (a doubled consonant moved, a letter tripled); the Joneses' plural and
// a doubled letter written once in a transliterated name stay the person.
func TestMisplacedDouble(t *testing.T) {
	c := caseChecker(t, "session28t112.csv", session28T112Glossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"마무드 아바스가 연설했다.", "Mahmoud Abass gave a speech.", "target-term-missing::error"},
		{"마무드 아바스가 연설했다.", "Mahmoud Abbbas gave a speech.", "target-term-missing::error"},
		{"마무드 아바스가 연설했다.", "Mahmoud Abbas gave a speech.", ""},
		{"마무드 아바스가 연설했다.", "Mahmoud Abas gave a speech.", "deprecated-term:Mahmoud Abas:error"},
		{"왈리드 알무알렘이 말했다.", "Walid al-Mualem said.", ""},
	} {
		if got := t41Rules(t, c, tc.src, tc.tgt, time.Time{}); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.tgt, got, tc.want)
		}
	}
	for _, tc := range []struct {
		w, s string
		want bool
	}{
		{"Abass", "Abbas", true}, {"Abbbas", "Abbas", true}, {"Abas", "Abbas", false}, {"Abbass", "Abbas", false},
		{"Gadaffi", "Gaddafi", true}, {"Moualem", "Moallem", false}, {"Abbas", "Abbas", false}, {"Mualem", "Muallem", false},
	} {
		if got := misplacedDouble(tc.w, tc.s); got != tc.want {
			t.Errorf("misplacedDouble(%q, %q) = %v, want %v", tc.w, tc.s, got, tc.want)
		}
	}
	for _, tc := range []struct {
		hay, needle string
		want        bool
	}{
		{"mahmoud abass gave", "mahmoud abas", false}, {"the joneses met", "jones", false}, {"the clintons met", "clinton", true},
		{"mahmoud abas's aide", "mahmoud abas", true}, {"mahmoud abas said", "mahmoud abas", true},
	} {
		if got := hasName(tc.hay, tc.needle); got != tc.want {
			t.Errorf("hasName(%q, %q) = %v, want %v", tc.hay, tc.needle, got, tc.want)
		}
	}
}
