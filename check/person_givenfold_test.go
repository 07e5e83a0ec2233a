package check

import (
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Tests of person_givenfold.go.

const session27T98Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
chung-un-chan,person,ko,정운찬,preferred,,,,,,,,,,,
chung-un-chan,person,en,Chung Un-chan,preferred,,Chung,,,,,,,,,
chung-un-chan,person,en,Chung Un-Chan,deprecated,,,,,,,,,,,
goh-kun,person,ko,고건,preferred,,,,,,,,,,,
goh-kun,person,en,Goh Kun,preferred,,Goh,,,,,,,,,
kim-jong-un,person,ko,김정은,preferred,,,,,,,,,,,
kim-jong-un,person,en,Kim Jong-un,preferred,,Kim,,,,,,,,,
kim-jong-un,person,en,Kim Jong Un,admitted,,,,,,,,,,,
mark-zuckerberg,person,ko,마크 저커버그,preferred,,,,,,,,,,,
mark-zuckerberg,person,en,Mark Zuckerberg,preferred,,Zuckerberg,,,,,,,,,
`

// TestKoreanGivenVariants: a Korean person's listed name written as listed
// and later with the given name hyphenated, spaced or cased otherwise is
// inconsistent (check15x-missed: Chung Un Chan after Chung Un-chan, Goh kun
// after Goh Kun); a listed form, the variant first, a heading line, a
// longer given name and a name not Korean stay none.
func TestKoreanGivenVariants(t *testing.T) {
	c := caseChecker(t, "session27t98.csv", session27T98Glossary)
	for _, tc := range []struct {
		text string
		want string
	}{
		// Found by the rule (none without it).
		{"Korea desk, spelling\n\nChung Un-chan spoke on Saturday, and Chung Un Chan spoke again on Tuesday.", "chung-un-chan Chung Un Chan"},
		{"Korea desk, spelling\n\nGoh Kun spoke on Saturday, and Goh kun spoke again on Tuesday.", "goh-kun Goh kun"},
		{"Korea desk\n\nGoh Kun spoke on Saturday. Goh kun spoke again on Tuesday.", "goh-kun Goh kun"},
		{"Korea desk\n\nChung Un-chan spoke on Saturday.\n\nOn Tuesday Chung Un Chan spoke again, and Chung Un chan later.", "chung-un-chan Chung Un Chan"},
		// None: the same spelling twice, or the variant first.
		{"Korea desk\n\nChung Un-chan spoke on Saturday, and Chung Un-chan spoke again on Tuesday.", ""},
		{"Korea desk\n\nChung Un Chan spoke on Saturday, and Chung Un-chan spoke again on Tuesday.", ""},
		// Not this rule's: a form the list gives (admitted, two listed
		// spellings of one name, reported once by the rule of listed
		// forms, spellvariant.go; deprecated, an error of its own rule).
		{"Korea desk\n\nKim Jong-un spoke on Saturday, and Kim Jong Un spoke again on Tuesday.", "kim-jong-un Kim Jong Un"},
		{"Korea desk\n\nChung Un-chan spoke on Saturday, and Chung Un-Chan spoke again on Tuesday.", ""},
		// None: a heading in title case or in capitals sets its own case.
		{"Korea desk\n\nChung Un-chan spoke on Saturday.\n\nPrime Minister Chung Un Chan Speaks Again\n\nMore copy.", ""},
		{"Korea desk\n\nGoh Kun spoke on Saturday.\n\nGOH KUN SPEAKS\n\nMore copy.", ""},
		// None: a longer given name, and a name not Korean.
		{"Korea desk\n\nGoh Kun spoke on Saturday, and Goh Kun-il spoke on Tuesday.", ""},
		{"Tech desk\n\nMark Zuckerberg spoke on Saturday, and Mark zuckerberg spoke again on Tuesday.", ""},
	} {
		got := t18Rules(c.TextOn("a.txt", tc.text, language.English, time.Time{}), RuleInconsistent)
		if got != tc.want {
			t.Errorf("%q: inconsistent %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestGivenFoldEnd: the predicates of person_givenfold.go.
func TestGivenFoldEnd(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"Un Chan spoke", 7},
		{"Un-chan.", 7},
		{"unchan", 6},
		{"UN-CHAN", 7},
		{"Un  Chan", -1},   // two spaces
		{"Un Chang", -1},   // a longer word
		{"Un-chan-ho", -1}, // a longer given name
		{"Un Cha", -1},
		{" Unchan", -1},
	} {
		if got := givenFoldEnd(tc.text, 0, "Un-chan"); got != tc.want {
			t.Errorf("givenFoldEnd(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
	if !plainGiven("Un-chan") || plainGiven("Un-chän") || plainGiven("-") {
		t.Error("plainGiven")
	}
	c := caseChecker(t, "session27t98.csv", session27T98Glossary)
	if !koreanSurnameOf(c.g.Lookup("goh-kun"), "Goh") || !koreanSurnameOf(c.g.Lookup("chung-un-chan"), "Chung") ||
		koreanSurnameOf(c.g.Lookup("goh-kun"), "Kun") || koreanSurnameOf(c.g.Lookup("mark-zuckerberg"), "Mark") {
		t.Error("koreanSurnameOf")
	}
}
