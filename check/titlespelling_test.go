package check

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

const titleSpellingGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
title-secretary-general,title,en,secretary-general,preferred,no,,,,,,,,,,
title-secretary-general,title,en,secretary general,admitted,no,,,,,,,,,,
title-secretary-general,title,en,general secretary,admitted,no,,,,,,,,,,
title-defense-secretary,title,en,defense secretary,preferred,no,,,,,,,,,,
title-defense-secretary,title,en,defense minister,admitted,no,,,,,,,,,,
title-defense-secretary,title,en,defence minister,admitted,no,,,,,,,,,,
title-defense-secretary,title,en,Defence Secretary,admitted,no,,,,,,,,,,
title-spokesman,title,en,spokesman,preferred,no,,,,,,,,,,
title-spokesman,title,en,spokeswoman,admitted,no,,,,,,,,,,
tvxq,organization,en,TVXQ,preferred,,,,,,,,,,,
tvxq,organization,en,TVXQ!,admitted,,,,,,,,,,,
tvxq,organization,en,DBSK,admitted,,,,,,,,,,,
united-states,place,en,U.S.,preferred,,,,,,,,,,,
united-states,place,en,US,admitted,,,,,,,,,,,
`

// titleSpellingFound is the inconsistent findings of an English article's
// body after a headline, their found text joined by |.
func titleSpellingFound(c *Checker, text string) string {
	var got []string
	for _, f := range c.TextOn("a.txt", "Headline\n\n"+text, language.English, time.Time{}) {
		if f.Rule == RuleInconsistent {
			got = append(got, f.Found)
		}
	}
	return strings.Join(got, "|")
}

// A title written again with a hyphen for a space or in the other of
// British and American spelling is a second spelling (check12s-missed);
// two titles (spokesman, spokeswoman) and one title in two cases are not.
// The first two cases fail without titleRespelt.
func TestTitleRespelt(t *testing.T) {
	c := caseChecker(t, "titlespelling.csv", titleSpellingGlossary)
	for _, tc := range []struct{ text, want string }{
		{"The alliance's secretary-general opened the meeting. The secretary general then took questions.", "secretary general"},
		{"The defense minister arrived in Seoul. The defence minister then toured the base.", "defence minister"},
		{"The secretary-general spoke. Secretary-General Ban then left.", ""},
		{"The secretary-general spoke. The general secretary of the party replied.", ""},
		{"The spokesman spoke. The spokeswoman replied.", ""},
		{"The defence minister arrived. The Defence Secretary spoke.", ""},
	} {
		if got := titleSpellingFound(c, tc.text); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A stylized name written again without its mark is a second spelling
// (TVXQ! after TVXQ, check12u-missed); another abbreviation of it (DBSK)
// and an abbreviation without its periods (US after U.S.) are not. The
// first case fails without markedName.
func TestMarkedName(t *testing.T) {
	c := caseChecker(t, "markedname.csv", titleSpellingGlossary)
	for _, tc := range []struct{ text, want string }{
		{"TVXQ sang first, and TVXQ! closed the show.", "TVXQ!"},
		{"TVXQ! sang first, and TVXQ closed the show.", ""}, // the preferred form after another is never a second spelling
		{"DBSK sang first, and TVXQ closed the show.", ""},
		{"The U.S. team won, and the US fans cheered.", ""},
	} {
		if got := titleSpellingFound(c, tc.text); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{{"TVXQ!", "TVXQ", true}, {"Yahoo", "Yahoo!", true}, {"U.S.", "US", false}, {"TVXQ", "TVXQ", false}} {
		if got := markedName(tc.a, tc.b); got != tc.want {
			t.Errorf("markedName(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
