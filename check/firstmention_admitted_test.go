package check

import (
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Tests of firstmention_admitted.go (session 26, helper T80): bodies named
// first by an admitted variant or a listed short form, and a person's
// short form read as an ordinary word. Names made up for the test but the
// planted sets' bodies.
const t80Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
man-rovers,organization,en,Manford Rovers,preferred,,,,,,,,,,,
man-rovers,organization,en,Man Rovers,admitted,,,,,,,,,,,
central-bank,organization,en,Federal Reserve,preferred,,Fed,,,,,,,,,
unification-ministry,organization,en,Unification Ministry,preferred,,,,,,,,,,,
unification-ministry,organization,en,Ministry of Unification,admitted,,,,,,,,,,,
met-police,organization,en,Metropolitan Police,preferred,,,,,,,,,,,
met-police,organization,en,Scotland Yard,admitted,,,,,,,,,,,
met-police,organization,en,Metropolitan Police Service,admitted,,,,,,,,,,,
met-police,organization,en,London's Metropolitan Police,admitted,,,,,,,,,,,
assembly,organization,en,U.N. General Assembly,preferred,,,,,,,,,,,
assembly,organization,en,General Assembly,admitted,,,,,,,,,,,
spain-gov,organization,en,Spanish government,preferred,,,,,,,,,,,
spain-gov,organization,en,Madrid,admitted,,,,,,,,,,,
gop,organization,en,Republican Party,preferred,,,,,,,,,,,
gop,organization,en,Republican,admitted,,,,,,,,,,,
gordon-brook,person,en,Gordon Brown,preferred,,Brown,,,,,,,,,
tessa-may,person,en,Tessa May,preferred,,May,,,,,,,,,
`

func TestAdmittedBodyFirst(t *testing.T) {
	c := caseChecker(t, "t80.csv", t80Glossary)
	for _, tc := range []struct{ name, text, want string }{
		// check14n's Man United, check14p's Ministry of Unification.
		{"clipped name first", "Desk\n\nThe Man Rovers came up on Friday; the Manford Rovers was named again.", "man-rovers Man Rovers"},
		{"words reordered first", "Desk\n\nThe Ministry of Unification met; the Unification Ministry said so.", "unification-ministry Ministry of Unification"},
		// check14v's Fed, the list's short form.
		{"short form first", "Desk\n\nThe Fed came up on Friday; the Federal Reserve was named again.", "central-bank Fed"},
		{"short form after", "Desk\n\nThe Federal Reserve came up on Friday; the Fed was named again.", ""},
		{"preferred first", "Desk\n\nThe Manford Rovers won; the Man Rovers lost later.", ""},
		{"no preferred later", "Desk\n\nThe Man Rovers won on Friday.", ""},
		{"in the headline", "Man Rovers win\n\nThe Manford Rovers won on Friday.", ""},
		// check12z's clean line: another name, no variant.
		{"another name", "Desk\n\nScotland Yard said the Metropolitan Police had arrested two men.", ""},
		// check12x's clean Qantas Airways: a longer full name first.
		{"longer full name", "Desk\n\nThe Metropolitan Police Service said so, and the Metropolitan Police agreed.", ""},
		{"qualified full name", "Desk\n\nLondon's Metropolitan Police said so, and the Metropolitan Police agreed.", ""},
		// The judged pairs' ntrex-even 747, 285 and wmt24pp 46.
		{"the full name's own words", "Desk\n\nHe told the world body's annual General Assembly so. The U.N. General Assembly met.", ""},
		{"a description", "Desk\n\nThe vote was deemed illegal by Madrid. The Spanish government said so.", ""},
		{"beside a capitalized word", "Desk\n\nThe Louisiana Republican said so. The Republican Party agreed.", ""},
		{"quoted", "Desk\n\nHe said: \"The Man Rovers lost.\" The Manford Rovers said so.", ""},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.English, time.Time{}), RuleFirstMention); got != tc.want {
			t.Errorf("%s: %q: first-mention %q, want %q", tc.name, tc.text, got, tc.want)
		}
	}
}

// TestShortFormWordReading: check14u's "Brown rice prices rose." and
// check14r-missed's "in May" before the person's full name are no first
// mention; the surname as the subject is one.
func TestShortFormWordReading(t *testing.T) {
	c := caseChecker(t, "t80.csv", t80Glossary)
	for _, tc := range []struct{ name, text, want string }{
		{"adjective of a noun", "Desk\n\nLawmakers met on Tuesday. Brown rice prices rose.\n\nFormer Prime Minister Gordon Brown spoke.", ""},
		{"plural noun, past tense after", "Desk\n\nBrown leaves covered the path.\n\nFormer Prime Minister Gordon Brown spoke.", ""},
		{"subject, verb in -s", "Desk\n\nBrown says the plan failed.\n\nFormer Prime Minister Gordon Brown spoke.", "gordon-brook Brown"},
		{"subject, adverb after", "Desk\n\nBrown then met the press.\n\nFormer Prime Minister Gordon Brown spoke.", "gordon-brook Brown"},
		{"subject, verb after", "Desk\n\nBrown said so.\n\nFormer Prime Minister Gordon Brown spoke.", "gordon-brook Brown"},
		{"subject, irregular past", "Desk\n\nBrown spoke first.\n\nFormer Prime Minister Gordon Brown spoke.", "gordon-brook Brown"},
		{"month after in", "Desk\n\nThe court would rule in May.\n\nFormer Prime Minister Tessa May spoke.", ""},
		{"month with a day", "Desk\n\nOn May 5 the court ruled.\n\nFormer Prime Minister Tessa May spoke.", ""},
		{"possessive after in", "Desk\n\nThey had faith in May's plan.\n\nFormer Prime Minister Tessa May spoke.", "tessa-may May"},
		{"the person", "Desk\n\nThe court heard May on Monday.\n\nFormer Prime Minister Tessa May spoke.", "tessa-may May"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.English, time.Time{}), RuleFirstMention); got != tc.want {
			t.Errorf("%s: %q: first-mention %q, want %q", tc.name, tc.text, got, tc.want)
		}
	}
}
