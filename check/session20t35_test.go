package check

import (
	"testing"
	"time"

	"golang.org/x/text/language"
)

// A form of six or seven letters misspelt is a near miss when the word is
// in lower case and no word of the list; an English word one edit from it
// (tariffs is two, but sermon, season, carrot) or a capital at a
// sentence's start is none (session 20, helper T35).
func TestShortOneNear(t *testing.T) {
	c := caseChecker(t, "session20t35.csv", `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
tariff,term,ko,관세,preferred,,,,,,,,,,,
tariff,term,en,tariff,preferred,,,,,,,,,,,
senate,term,ko,상원,preferred,,,,,,,,,,,
senate,term,en,senate,preferred,,,,,,,,,,,
warhead,term,ko,탄두,preferred,,,,,,,,,,,
warhead,term,en,warhead,preferred,,,,,,,,,,,
`)
	for _, tc := range []struct{ text, want string }{
		{"Desk notes\n\nThe tarriff was raised.", "tariff tarriff"},
		{"Desk notes\n\nThe taiff was raised.", "tariff taiff"},
		{"Desk notes\n\nThe senste voted.", "senate senste"},
		{"Desk notes\n\nThe warheda was tested.", "warhead warheda"},
		{"Desk notes\n\nThe warhaed was tested.", "warhead warhaed"},
		{"Desk notes\n\nThe sedate voted.", ""},                   // a word of the list
		{"Desk notes\n\nTarriff said no.", ""},                    // a capital at a sentence's start
		{"Desk notes\n\nThe tarriff rose. The tarriff fell.", ""}, // written twice
		{"Desk notes\n\nThe tariff was raised.", ""},
	} {
		fs := c.TextOn("a.txt", tc.text, language.English, time.Time{})
		if got := t18Rules(fs, RuleNearMiss); got != tc.want {
			t.Errorf("%q: near-miss %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A changed first or last letter is a near miss when the slip is a
// neighbouring key, the first letter dropped or the first or last two
// letters swapped; a letter added or dropped at the end, as inflections
// write them, never (session 20, helper T35).
func TestEdgeOneNear(t *testing.T) {
	c := caseChecker(t, "session20t35.csv", `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
paragliding,term,ko,패러글라이딩,preferred,,,,,,,,,,,
paragliding,term,en,paragliding,preferred,,,,,,,,,,,
paraglider,term,ko,패러글라이더,preferred,,,,,,,,,,,
paraglider,term,en,paraglider,preferred,,,,,,,,,,,
tariff,term,ko,관세,preferred,,,,,,,,,,,
tariff,term,en,tariff,preferred,,,,,,,,,,,
`)
	for _, tc := range []struct{ text, want string }{
		{"Desk notes\n\nThe oaragliding was fun.", "paragliding oaragliding"},
		{"Desk notes\n\nThe aragliding was fun.", "paragliding aragliding"},
		{"Desk notes\n\nThe apragliding was fun.", "paragliding apragliding"},
		{"Desk notes\n\nThe paraglidinf was fun.", "paragliding paraglidinf"},
		{"Desk notes\n\nThe paraglidign was fun.", "paragliding paraglidign"},
		{"Desk notes\n\nThe gariff was raised.", "tariff gariff"},
		{"Desk notes\n\nThe tarifd was raised.", "tariff tarifd"},
		{"Desk notes\n\nThe paragliders flew.", ""},    // a letter added at the end
		{"Desk notes\n\nThe paraglidin was fun.", ""},  // a letter dropped at the end
		{"Desk notes\n\nThe paraglidinq was fun.", ""}, // q is no neighbour of g
		{"Desk notes\n\nThe xaragliding was fun.", ""}, // x is no neighbour of p
		{"Desk notes\n\nOaragliding was fun.", ""},     // a capital at a sentence's start
		{"Desk notes\n\nA sheriff came.", ""},          // a word of the list
	} {
		fs := c.TextOn("a.txt", tc.text, language.English, time.Time{})
		if got := t18Rules(fs, RuleNearMiss); got != tc.want {
			t.Errorf("%q: near-miss %q, want %q", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct {
		cw, w string
		want  bool
	}{
		{"bariff", "tariff", false}, {"rariff", "tariff", true}, {"ariff", "tariff", true}, {"atriff", "tariff", true},
		{"tarifd", "tariff", true}, {"taridf", "tariff", false}, {"tarif", "tariff", false}, {"tariffs", "tariff", false},
		{"tariff", "tariff", false}, {"tarigf", "tariff", false},
	} {
		if got := edgeSlip(tc.cw, tc.w); got != tc.want {
			t.Errorf("edgeSlip(%q, %q) = %v, want %v", tc.cw, tc.w, got, tc.want)
		}
	}
}

// A word one edit from a form of eight letters or more and from a shorter
// one is the longer's, as before the shorter forms were taken (session
// 20, helper T35: hiacking is hijacking's, not hacking's).
func TestLongerOneFirst(t *testing.T) {
	c := caseChecker(t, "session20t35.csv", `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
hacking,term,ko,해킹,preferred,,,,,,,,,,,
hacking,term,en,hacking,preferred,,,,,,,,,,,
hijacking,term,ko,납치,preferred,,,,,,,,,,,
hijacking,term,en,hijacking,preferred,,,,,,,,,,,
`)
	fs := c.TextOn("a.txt", "Desk notes\n\nThe hiacking failed.", language.English, time.Time{})
	if len(fs) != 1 || fs[0].Term != "hijacking" {
		t.Errorf("findings %v, want hiacking for hijacking", fs)
	}
}
