package check

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

const otherGivenTitledGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
harry-reid,person,ko,해리 리드,preferred,,,,,,,,,,,
harry-reid,person,ko,리드 상원의원,admitted,,,,,,,,,,,
harry-reid,person,ko,레이드 상원의원,deprecated,,,,,,,,,,,
harry-reid,person,en,Harry Reid,preferred,,Reid,,,,,,,,,
harry-reid,person,en,Sen. Harry Reid,admitted,,,,,,,,,,,
jack-kemp,person,ko,잭 켐프,preferred,,,,,,,,,,,
jack-kemp,person,en,Jack Kemp,preferred,,Kemp,,,,,,,,,
shinzo-abe,person,ko,아베 신조,preferred,,,,,,,,,,,
shinzo-abe,person,en,Shinzo Abe,preferred,,Abe,,,,,,,,,
moon-jae-in,person,ko,문재인,preferred,,,,,,,,,,,
moon-jae-in,person,ko,문 대통령,admitted,,,,,,,,,,,
moon-jae-in,person,en,Moon Jae-in,preferred,,Moon,,,,,,,,,
`

// TestOtherGivenTitled: a listed Korean titled surname (리드 상원의원 of
// Harry Reid) right after another person's given name names that person
// (잭 리드 상원의원, Sen. Jack Reed): one the English gives before a word
// sounding as the surname, a transliteration's (크리스), or one the list
// gives another person named in Western order (잭 of 잭 켐프, Jack Kemp):
// no person missing from the English, no first mention, and the same
// titled form later in the article is that person. Still the entry: the
// person's own given name, a one-syllable word neither the English nor the
// list gives (짐), a listed first word that is a surname (아베 of 아베 신조,
// Shinzo Abe), and a Korean's titled surname (문 대통령, Moon Jae-in) after
// any word. A spelling the list forbids (레이드 상원의원) stays a finding
// after another given name too: the house spells the surname so for all.
func TestOtherGivenTitled(t *testing.T) {
	p := caseChecker(t, "othergiventitled.csv", otherGivenTitledGlossary)
	session14Cases(t, p, []pairCase{
		{"the English gives the given name", "오바마가 척 하겔과 잭 리드 상원의원과 함께 떠난다.", "Obama will travel with Republican Chuck Hagel and Democrat Jack Reed.", ""},
		{"the list gives the given name", "오바마가 잭 리드 상원의원과 함께 떠난다.", "Obama will travel with a colleague.", ""},
		{"a transliteration's given name", "크리스 리드 상원의원이 말했다.", "A senator said.", ""},
		{"one syllable, given by neither", "짐 리드 상원의원이 말했다.", "A senator said.", "target-term-missing 1:1  => Harry Reid (target)"},
		{"the titled surname alone", "리드 상원의원이 말했다.", "A senator said.", "target-term-missing 1:1  => Harry Reid (target)"},
		{"a listed surname first", "아베 리드 상원의원이 말했다.", "A senator said.", "target-term-missing 1:1  => Harry Reid (target)"},
		{"a Korean's titled surname", "잭 문 대통령이 말했다.", "A leader said.", "target-term-missing 1:1  => Moon Jae-in (target)"},
		{"a forbidden spelling after another given name", "잭 레이드 상원의원이 말했다.", "Democrat Jack Reed said.", "deprecated-term 1:1 레이드 상원의원 => 해리 리드 (source)"},
		{"a forbidden spelling alone", "레이드 상원의원이 말했다.", "Sen. Harry Reid said.", "deprecated-term 1:1 레이드 상원의원 => 해리 리드 (source)"},
	})
	c := caseChecker(t, "othergiventitled.csv", otherGivenTitledGlossary)
	c.Missing = nil
	for _, tc := range []struct{ name, text, want string }{
		{"the list gives the given name", "제목\n\n척 하겔과 잭 리드 상원의원은 떠났다. 리드 상원의원은 웃었다.", ""},
		{"a transliteration's given name", "제목\n\n크리스 리드 상원의원은 떠났다.", ""},
		{"one syllable, given by neither", "제목\n\n짐 리드 상원의원은 떠났다.", "first-mention 리드 상원의원"},
		{"the titled surname alone", "제목\n\n그때 리드 상원의원은 떠났다.", "first-mention 리드 상원의원"},
		{"a Korean's titled surname", "제목\n\n크리스 문 대통령은 떠났다.", "first-mention 문 대통령"},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.Korean) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s: %q: got %q, want %q", tc.name, tc.text, g, tc.want)
		}
	}
}

// TestOtherGivenTitledDated: a titled surname the list dates (리드 상원의원
// until Jan. 3 2017) in a story of a later day is reported as past its
// day, but not where it names another person after that person's given
// name (잭 리드 상원의원, Sen. Jack Reed, in 2018).
func TestOtherGivenTitledDated(t *testing.T) {
	c := caseChecker(t, "othergiventitleddated.csv", `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
harry-reid,person,ko,해리 리드,preferred,,,,,,,,,,,
harry-reid,person,ko,리드 상원의원,admitted,,,,,,1987-01-03,2017-01-03,,,,
harry-reid,person,en,Harry Reid,preferred,,Reid,,,,,,,,,
harry-reid,person,en,Sen. Harry Reid,admitted,,,,,,1987-01-03,2017-01-03,,,,
`)
	day := time.Date(2018, 11, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []pairCase{
		{"another person's given name", "잭 리드 상원의원이 말했다.", "Democrat Jack Reed said.", ""},
		{"the titled surname alone", "리드 상원의원이 말했다.", "Sen. Harry Reid said.", "deprecated-term 1:1 리드 상원의원 => 해리 리드 (source)"},
	} {
		fs := c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English,
			SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1, Date: day})
		if got := brief(fs); got != tc.want {
			t.Errorf("%s: %q: got\n%s\nwant\n%s", tc.name, tc.src, got, tc.want)
		}
	}
}
