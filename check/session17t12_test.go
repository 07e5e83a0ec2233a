package check

import (
	"testing"

	"golang.org/x/text/language"
)

// Session 17 (helper T12): what house16 and its planted set check11p
// showed, on our own sentences with a small list of our own (names made up
// for the test).
const session17T12Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
dale-baker,person,en,Dale Baker,preferred,,Baker,,,,,,,,,
dale-baker,person,ko,데일 베이커,preferred,,,,,,,,,,,
dale-baker,person,ko,베이커,admitted,,,,,,,,,,,
nina-kemp,person,en,Nina Kemp,preferred,,Kemp,,,,,,,,,
nina-kemp,person,ko,니나 켐프,preferred,,켐프,,,,,,,,,
banker,term,en,banker,preferred,,,,,,,,,,,
banker,term,ko,은행가,preferred,,,,,,,,,,,
insurance-company,term,en,insurance company,preferred,,,,,,,,,,,
insurance-company,term,en,insurer,admitted,,,,,,,,,,,
insurance-company,term,ko,보험회사,preferred,,,,,,,,,,,
pound-sterling,term,en,pound,preferred,,,,,,,,,,,
pound-sterling,term,ko,파운드,preferred,,,,,,,,,,,
`

// TestCapitalizedCommon: a listed common noun written capitalized after a
// person's given name is a word of the name, so a respelled surname is
// the person misrendered, an error ("Scott Brewer" for Scott Brewster
// beside a listed "brewer"; capitalizedCommon, misrendered.go).
func TestCapitalizedCommon(t *testing.T) {
	c := caseChecker(t, "session17t12.csv", session17T12Glossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"데일 베이커 전무가 공장을 열었다.", "Managing director Dale Banker opened the plant.", "error"},
		{"데일 베이커 전무가 공장을 열었다.", "The managing director opened the plant.", "warning"},
		{"데일 베이커 전무가 공장을 열었다.", "Managing director Dale Baker opened the plant.", ""},
	} {
		if got, fs := koPair(c, tc.src, tc.tgt); got != tc.want {
			t.Errorf("%q: severity %q, want %q\n%s", tc.tgt, got, tc.want, brief(fs))
		}
	}
	if capitalizedCommon("Banker said so.", c.matcher(language.English).AppendAll(nil, "Banker said so.")[0]) {
		t.Error("a capital at a sentence start read as a name's")
	}
}

// TestWeekdayFirstMention: a surname after a capitalized weekday, month,
// honorific or a sentence's first ordinary word, before the full name, is
// a first mention (otherName alone read "Monday Kemp" as another name).
func TestWeekdayFirstMention(t *testing.T) {
	c := caseChecker(t, "session17t12.csv", session17T12Glossary)
	for _, tc := range []struct{ text, want string }{
		{"On Monday Kemp told staff. Nina Kemp then left.", "first-mention 1:11 Kemp => Nina Kemp"},
		{"Later Kemp told staff. Nina Kemp then left.", "first-mention 1:7 Kemp => Nina Kemp"},
		{"Nina Kemp spoke. On Monday Kemp left.", ""},
		{"Ann Kemp spoke. Nina Kemp then left.", ""},
	} {
		if got := brief(c.Text("a.txt", tc.text, language.English)); got != tc.want {
			t.Errorf("%q: got\n%s\nwant\n%s", tc.text, got, tc.want)
		}
	}
}

// TestNameStart: a person's Korean form at the start of a longer name (a
// name head after it, or a Latin gloss of a longer name) is no mention,
// in the pair and in the article; the form alone before the person's full
// name after such a longer name is no first mention, in Korean and in
// English (namestart.go).
func TestNameStart(t *testing.T) {
	c := caseChecker(t, "session17t12.csv", session17T12Glossary)
	session14Cases(t, c, []pairCase{
		{"a gloss", "베이커 브라더스(Baker Brothers)의 공장이다.", "It is a Baker Brothers plant.", ""},
		{"a name head", "베이커 그룹은 공장을 열었다.", "The Baker Group opened a plant.", ""},
		{"the person", "베이커 씨(Baker)가 말했다.", "The plant closed.", "target-term-missing 1:1  => Dale Baker (target)"},
		{"the person's title", "베이커 전무(Dale Baker)가 말했다.", "The plant closed.", "target-term-missing 1:1  => Dale Baker (target)"},
	})
	for _, tc := range []struct {
		lang       language.Tag
		text, want string
	}{
		{language.Korean, "베이커 브라더스(Baker Brothers)의 공장이다. 이제 베이커가 새 공장을 열었다. 데일 베이커 전무가 말했다.", ""},
		{language.Korean, "베이커 그룹이 말했다.", ""},
		{language.Korean, "베이커가 새 공장을 열었다. 데일 베이커 전무가 말했다.", "first-mention 1:1 베이커 => 데일 베이커"},
		{language.English, "Baker Brothers turn rubble into gravel. Baker has now opened a plant. Dale Baker said so.", ""},
		{language.English, "Staff said Baker would stay. Dale Baker said so.", "first-mention 1:12 Baker => Dale Baker"},
	} {
		if got := brief(c.Text("a.txt", tc.text, tc.lang)); got != tc.want {
			t.Errorf("%q: got\n%s\nwant\n%s", tc.text, got, tc.want)
		}
	}
}

// TestRendered17: a plural in -ies of a listed form and an amount in the
// source amount's currency render the term (rendered17.go).
func TestRendered17(t *testing.T) {
	c := caseChecker(t, "session17t12.csv", session17T12Glossary)
	session14Cases(t, c, []pairCase{
		{"-ies", "보험회사들이 손실을 봤다.", "Insurance companies lost money.", ""},
		{"a pound sign", "1억 2500만 파운드에 팔렸다.", "It was sold for £125 million.", ""},
		{"pounds in words", "1억 2500만 파운드에 팔렸다.", "It was sold for 125 million pounds.", ""},
		{"no amount", "1억 2500만 파운드에 팔렸다.", "It was sold for a fortune.", "target-term-missing 1:1  => pound (target)"},
		{"the currency outside an amount", "파운드가 떨어졌다.", "Shares fell £2.", "target-term-missing 1:1  => pound (target)"},
	})
	for _, tc := range []struct{ in, want string }{
		{"insurance company", "insurance companies"}, {"subsidiary", "subsidiaries"}, {"survey", ""}, {"key", ""}, {"Kennedy", ""}, {"y", ""},
	} {
		if got := iesPlural(tc.in); got != tc.want {
			t.Errorf("iesPlural(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct {
		hay  string
		want bool
	}{{"“insurance companies”", true}, {"reinsurance companies", false}, {"the insurance company", false}, {"insurance compani", false}} {
		if got := hasIesPlural(tc.hay, "insurance company"); got != tc.want {
			t.Errorf("hasIesPlural(%q): %v, want %v", tc.hay, got, tc.want)
		}
	}
}
