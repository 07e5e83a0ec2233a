package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Session 22 (helper T45): house48's, house49's and house50's kinds, with
// entries of our own.
const session22T45Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
climate-change,term,ko,기후 변화,preferred,,,,,,,,,,,
climate-change,term,en,climate change,preferred,,,,,,,,,,,
climate-change,term,en,climate-change,deprecated,,,,,,,,,,,
breast-pump,term,ko,유축기,preferred,,,,,,,,,,,
breast-pump,term,en,breast pump,preferred,,,,,,,,,,,
breast-pump,term,en,breast-pump,deprecated,,,,,,,,,,,
time-warner,organization,ko,타임워너,preferred,,,,,,,,,,,
time-warner,organization,en,Time Warner,preferred,,,,,,,,,,,
time-warner,organization,en,Time-Warner,deprecated,,,,,,,,,,,
gmac,organization,ko,GMAC,preferred,,,,,,,,,,,경영대학원|GMAT
gmac,organization,en,Ally Financial,preferred,,,,,,2010-05-10,,,,,
gmac,organization,en,GMAC,admitted,,,,,,,2010-05-09,,,,
sec,organization,ko,증권거래위원회,preferred,,,,,,,,,,,
sec,organization,en,Securities and Exchange Commission,preferred,,,,,,,,,,,
sec,organization,en,Securities Exchange Commission,deprecated,,,,,,,,,,,
european-commission,organization,ko,유럽연합 집행위원회,preferred,,,,,,,,,,,
european-commission,organization,en,European Commission,preferred,,,,,,,,,,,
european-commission,organization,en,European Comission,deprecated,,,,,,,,,,,
livingston,organization,ko,리빙스턴,preferred,,,,,,,,,,,
livingston,organization,en,Livingston,preferred,,,,,,,,,,,
livingston,organization,en,Livingstone FC,deprecated,,,,,,,,,,,
`

func t45Text(t *testing.T, text string) string {
	t.Helper()
	c := caseChecker(t, "session22t45.csv", session22T45Glossary)
	var got []string
	for _, f := range c.Text("a.txt", text, language.English) {
		got = append(got, string(f.Rule)+" "+f.Found)
	}
	return strings.Join(got, "; ")
}

// A term's forbidden form that is its preferred form with a hyphen for a
// space is right as a compound modifier before a noun and as a verb after
// a subject or a modal; as the noun, and in a name, it is reported.
func TestHyphenRight(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Notes\n\nThe climate-change standoff went on for a week.", ""},
		{"Notes\n\nMany women who breast-pump at work asked for rooms.", ""},
		{"Notes\n\nThey will fight climate-change.", "deprecated-term climate-change"},
		{"Notes\n\nThe climate-change is real, the minister said.", "deprecated-term climate-change"},
		{"Notes\n\nShe bought a breast-pump for the trip.", "deprecated-term breast-pump"},
		{"Notes\n\nTime-Warner shares rose on Monday.", "deprecated-term Time-Warner"},
	} {
		if g := t45Text(t, tc.text); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

// The not_with of a form holds for the same form of its entry in another
// language that has none of its own: the English GMAC beside GMAT is the
// business schools' council, in a pair and in an English text alone.
func TestBorrowedNotWith(t *testing.T) {
	c := caseChecker(t, "session22t45.csv", session22T45Glossary)
	pair := func(src, tgt string) string {
		var got []string
		for _, f := range c.Pair("p.tsv", Pair{Source: src, Target: tgt, SourceLang: language.Korean, TargetLang: language.English}) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		return strings.Join(got, "; ")
	}
	if g := pair("GMAC는 경영대학원 입학시험인 GMAT를 주관한다.", "GMAC runs the GMAT business school admission test."); g != "" {
		t.Errorf("the schools' council in a pair: got %q", g)
	}
	if g := pair("그 회사는 대출을 늘렸다.", "GMAC lent more to dealers."); g != "deprecated-term GMAC" {
		t.Errorf("the finance arm in a pair: got %q", g)
	}
	if g := t45Text(t, "Notes\n\nGMAC runs the GMAT business school admission test."); g != "" {
		t.Errorf("the schools' council in a text: got %q", g)
	}
	if g := t45Text(t, "Notes\n\nGMAC lent more to dealers."); g != "deprecated-term GMAC" {
		t.Errorf("the finance arm in a text: got %q", g)
	}
}

// A near miss of a name of three words or more with one letter left out of
// a word is found when that word is a word of the list's forbidden forms
// only (Comission, of a forbidden European Comission); not for a one-word
// name (Livingstone, of a forbidden Livingstone FC, is another name).
func TestLetterLeftOut(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Notes\n\nThe Securities and Exchange Comission approved the funds.", "near-miss Securities and Exchange Comission"},
		{"Notes\n\nThe Securities and Exchange Commision approved the funds.", "near-miss Securities and Exchange Commision"},
		{"Notes\n\nDavid Livingstone's journals were shown in Edinburgh.", ""},
	} {
		if g := t45Text(t, tc.text); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}

// A body's abbreviation in brackets after the words it glosses, or in the
// standfirst under a headline, is no first mention by itself.
func TestAbbreviationAside(t *testing.T) {
	c := caseChecker(t, "session22t44abbrev.csv", session22T44Abbrev)
	for _, tc := range []struct{ text, want string }{
		{"Trade notes\n\nBritain left the EU, and the European Union said so.", "eu EU"},
		{"Trade notes\n\nThe members of The European Union (EU) met. The European Union said so.", ""},
		{"Brexit: carmakers worried\nAs the latest EU figures show more bad news, we should be outraged\nThe European Union said so.", ""},
		{"Brexit: carmakers worried\nThe latest EU figures show more bad news.\nThe European Union said so.", "eu EU"},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.English) {
			if f.Rule == RuleFirstMention {
				got = append(got, f.Term+" "+f.Found)
			}
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}
