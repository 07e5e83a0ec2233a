package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestWithMiddle: a person's listed name given with a middle name (our own
// sentences; session 8, helper G2).
func TestWithMiddle(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"President Bola Ahmed Tinubu spoke.", "Bola Tinubu", true},
		{"George W. Bush said so.", "George Bush", true},
		{"Mary Anne Louise Smith came.", "Mary Smith", true},       // two middle names
		{"Mary Anne Louise Jane Smith came.", "Mary Smith", false}, // three: no longer a middle name
		{"Bola said Tinubu would come.", "Bola Tinubu", false},     // a lower-case word between
		{"Bola Ahmed Tinubus met.", "Bola Tinubu", false},          // another word
		{"Kabola Ahmed Tinubu met.", "Bola Tinubu", false},         // not at a word start
		{"Tinubu spoke.", "Tinubu", false},                         // one word: nothing to insert
		{"볼라 아메드 티누부 대통령은 말했다.", "볼라 티누부", true},
		{"볼라 대통령과 티누부 장관", "볼라 티누부", true}, // Hangul words between: accepted, case cannot tell
		{"볼라 그리고 또 다른 티누부", "볼라 티누부", false},
	} {
		if got := withMiddle(tc.text, tc.name); got != tc.want {
			t.Errorf("withMiddle(%q, %q) = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestMiddleOf: a listed form found inside the preferred name given with a
// middle name is a mention in full.
func TestMiddleOf(t *testing.T) {
	for _, tc := range []struct {
		text, found, pref string
		want              bool
	}{
		{"볼라 아메드 티누부 대통령", "아메드 티누부", "볼라 티누부", true},
		{"아메드 티누부 대통령", "아메드 티누부", "볼라 티누부", false},  // no given name before it
		{"카볼라 아메드 티누부", "아메드 티누부", "볼라 티누부", false},  // the given name inside a word
		{"볼라 아메드 티누부스", "아메드 티누부스", "볼라 티누부", false}, // another last word
		{"Bola Ahmed Tinubu said", "Ahmed Tinubu", "Bola Tinubu", true},
		{"Bola Tinubu said", "Tinubu", "Bola Tinubu", false}, // a one-word short form is no middle name
	} {
		start := strings.Index(tc.text, tc.found)
		if got := middleOf(tc.text, start, start+len(tc.found), tc.pref); got != tc.want {
			t.Errorf("middleOf(%q, %q, %q) = %v, want %v", tc.text, tc.found, tc.pref, got, tc.want)
		}
	}
}

// TestNamesAnother: two forms of one entry in a sentence that gives the
// other name are no second spelling; across a sentence end, or without a
// naming word, they are.
func TestNamesAnother(t *testing.T) {
	for _, tc := range []struct {
		between string
		want    bool
	}{
		{" has had the name ", true},
		{", also known as ", true},
		{" (formerly ", true},
		{"은 이름을 ", true},
		{" met ", false},
		{" said. Later ", false},
		{" was named\n", false},
		{" and ", false},
		{" called a reporter, and ", false}, // a verb of calling (check15e-missed)
		{" was named an envoy and ", false},
		{", called the ", true},
	} {
		if got := namesAnother(tc.between); got != tc.want {
			t.Errorf("namesAnother(%q) = %v, want %v", tc.between, got, tc.want)
		}
	}
}

// TestMiddleAndOtherName: no first mention for the preferred name given
// with a middle name, none for a form the Korean finds inside it; no second
// spelling for a sentence that gives the other name (our own sentences).
func TestMiddleAndOtherName(t *testing.T) {
	c := renderingChecker(t)
	for _, tc := range []struct {
		text, lang, want string
	}{
		{"볼라 아메드 티누부 대통령은 연설했다. 티누부는 웃었다.", "ko", ""},
		{"아메드 티누부 대통령은 연설했다.", "ko", "first-mention"},
		{"Snoop Dogg has had the name Snoop Lion.", "en", ""},
		// Session 15 (T8): two names of one person are no spellings of
		// each other (spellingVariant), in any sentence.
		{"Snoop Dogg performed first. Snoop Lion sang later.", "en", ""},
		{"Snoop Dogg met Snoop Lion.", "en", ""},
	} {
		lang := language.Korean
		if tc.lang == "en" {
			lang = language.English
		}
		var got []string
		for _, f := range c.Text("a.txt", tc.text, lang) {
			got = append(got, f.Rule)
		}
		if g := strings.Join(got, ","); g != tc.want {
			t.Errorf("Text(%q) = %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestNoteHead: the head noun of a glossary note.
func TestNoteHead(t *testing.T) {
	for note, want := range map[string]string{
		"U.S. low-cost airline":                  "airline",
		"Germany's highest peak":                 "peak",
		"Japanese telecoms group; SoftBank Corp": "group",
		"Nepal's assembly elected April 2008":    "", // not a lower-case word
		"Korean ministry (1998-2008)":            "ministry",
		"British MP":                             "",
		"":                                       "",
		"oil":                                    "",
	} {
		if got := noteHead(note); got != want {
			t.Errorf("noteHead(%q) = %q, want %q", note, got, want)
		}
	}
}
