package check

import (
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Session 20 (helper T34): house35's and house36's kinds, with entries of
// our own.
const session20T34Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
budi-x,person,ko,부디 씨,preferred,,,,,,,,,,,
budi-x,person,ko,부디,admitted,,,,,,,,,,,
budi-x,person,en,Budi Santoso Wirawan,preferred,,Budi,,,,,,,,,
budi-x,person,en,Mr. Budi,admitted,,,,,,,,,,,
lamani-x,person,ko,라마니 씨,preferred,,,,,,,,,,,
lamani-x,person,ko,라마니,admitted,,,,,,,,,,,
lamani-x,person,en,Lamani,preferred,,,,,,,,,,,
mp-x,term,ko,국회 의원,preferred,,,,,,,,,,,
mp-x,term,en,lawmaker,preferred,,,,,,,,,,,
mp-x,term,en,member of parliament,admitted,,,,,,,,,,,
hs-x,term,ko,국가 원수,preferred,,,,,,,,,,,
hs-x,term,en,head of state,preferred,,,,,,,,,,,
sk-x,place,ko,우리나라,preferred,,,,,,,,,,,
sk-x,place,en,South Korea,preferred,,,,,,,,,,,
sk-x,place,en,Korea,admitted,,,,,,,,,,,
sk-x,place,en,South Korean,admitted,,,,,,,,,,,
`

func t34Checker(t *testing.T) *Checker {
	return caseChecker(t, "session20t34.csv", session20T34Glossary)
}

// TestLongerKoreanName: a person's one-word Korean form followed by Hangul
// words that begin as the English preferred form's next words is the full
// name the list does not hold (house35: 수토포 푸어오 누그로호가), no first
// mention by the short form; the form before a title, or alone, still is.
func TestLongerKoreanName(t *testing.T) {
	c := t34Checker(t)
	for _, tc := range []struct{ text, want string }{
		{"대변인 부디 산토소 위라완이 말했다. 부디 씨는 덧붙였다.", ""},
		{"부디 산토소 위라완(Budi Santoso Wirawan)이 말했다.", ""},
		{"부디 대변인이 말했다. 부디 씨는 덧붙였다.", "budi-x 부디"},
		{"부디가 말했다. 부디 씨는 덧붙였다.", "budi-x 부디"},
		{"부디 산토소 말했다.", "budi-x 부디"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, time.Time{}), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestGlossedShort: the preferred Korean form with a bracketed gloss
// between the name and 씨 (house35: 만다기(Mandagi) 씨) is the full form;
// the name with a gloss and no 씨 is still the short form.
func TestGlossedShort(t *testing.T) {
	c := t34Checker(t)
	for _, tc := range []struct{ text, want string }{
		{"라마니(Lamani) 씨를 비롯하여 다른 사람들이 갇혔다. 라마니는 말했다.", ""},
		{"라마니(Lamani)를 비롯하여 다른 사람들이 갇혔다.", "lamani-x 라마니"},
		{"라마니(라마니) 씨가 왔다.", "lamani-x 라마니"},
	} {
		if got := t18Rules(c.TextOn("a.txt", tc.text, language.Korean, time.Time{}), RuleFirstMention); got != tc.want {
			t.Errorf("%q: first-mention %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestDemonymPair: a place's name and its demonym adjective in one entry
// (house36: South Korea, South Korean) are no two spellings, nor the
// adjective after a shorter reference inside the name.
func TestDemonymPair(t *testing.T) {
	c := t34Checker(t)
	for _, text := range []string{
		"Defectors reached South Korea. A South Korean lawmaker spoke.",
		"The Korea War ended. South Korean leaders met.",
	} {
		if got := t18Rules(c.TextOn("a.txt", text, language.English, time.Time{}), RuleInconsistent); got != "" {
			t.Errorf("%q: inconsistent %q, want none", text, got)
		}
	}
	for _, p := range [][3]string{{"South Korea", "South Korean", "true"}, {"South Korean", "Korea", "true"},
		{"Pakistan", "Pakistani", "true"}, {"Japan", "Japanese", "true"}, {"South Korea", "South Koreas", "false"},
		{"Korea", "Korean War", "false"}, {"South Korean", "orea", "false"}} {
		if got := demonymPair(p[0], p[1]); (got && p[2] != "true") || (!got && p[2] == "true") {
			t.Errorf("demonymPair(%q, %q) = %v", p[0], p[1], got)
		}
	}
}

// TestHeadPlural: a listed form with a preposition after its head noun
// stands in the plural of its head (house36: members of parliament for a
// listed member of parliament); other words changed are still missing.
func TestHeadPlural(t *testing.T) {
	c := t34Checker(t)
	session14Cases(t, c, []pairCase{
		{"the head's plural", "국회 의원 중 충분한 수가 말했다.", "Enough members of parliament said so.", ""},
		{"the head's plural in -es", "국가 원수들이 모였다.", "The heads of state met.", ""},
		{"the words after the head differ", "국회 의원 중 충분한 수가 말했다.", "Enough members of the party said so.", "target-term-missing 1:1  => lawmaker (target)"},
		{"another word after the head", "국가 원수들이 모였다.", "The heads of government met.", "target-term-missing 1:1  => head of state (target)"},
	})
	for _, tc := range []struct {
		w    string
		want string
	}{{"member", "members"}, {"tax", "taxes"}, {"agency", "agencies"}, {"chairman", "chairmen"}, {"day", "days"}} {
		if got := plurals(tc.w); len(got) != 1 || !got[tc.want] {
			t.Errorf("plurals(%q) = %v, want %s", tc.w, got, tc.want)
		}
	}
}
