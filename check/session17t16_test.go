package check

import (
	"testing"

	"golang.org/x/text/language"
)

// Session 17 (helper T16): what house18 (held-out-glossary-18) and its
// planted set check11r showed, on our own sentences with a small list of
// our own (names made up for the test).
const session17T16Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
brent-whitlock,person,ko,휘틀록,preferred,,,,,,,,,,,
brent-whitlock,person,ko,휘틀로크,admitted,,,,,,,,,,,
brent-whitlock,person,en,Brent Whitlock,preferred,,Whitlock,,,,,,,,,
tom-harrow,person,ko,해로,preferred,,,,,,,,,,,
tom-harrow,person,ko,해로우,admitted,,,,,,,,,,,
tom-harrow,person,en,Tom Harrow,preferred,,Harrow,,,,,,,,,
mira-holt,person,ko,미라 홀트,preferred,,,,,,,,,,,
mira-holt,person,en,Mira Holt,preferred,,Holt,,,,,,,,,
oren-vale,person,ko,오렌 베일,preferred,,,,,,,,,,,
oren-vale,person,en,Oren Vale,preferred,,,,,,,,,,,
gavin-marlow,person,ko,개빈 말로,preferred,,,,,,,,,,,
gavin-marlow,person,en,Gavin Marlow,preferred,,Marlow,,,,,,,,,
hanging,term,ko,교수형,preferred,,,,,,,,,,,
hanging,term,en,hanging,preferred,,,,,,,,,,,
hanging,term,en,hanged,admitted,,,,,,,,,,,
hanging,term,en,hung,deprecated,,,of people put to death,,,,,,,,
`

type t16Case struct {
	name, src, tgt string
	want           string // rule and severity of each finding, "" for none
}

func t16Run(t *testing.T, cases []t16Case) {
	t.Helper()
	c := caseChecker(t, "session17t16.csv", session17T16Glossary)
	for _, tc := range cases {
		got := ""
		for _, f := range session17T15Pair(c, tc.src, tc.tgt) {
			if got != "" {
				got += "; "
			}
			got += f.Rule + " " + f.Severity.String()
		}
		if got != tc.want {
			t.Errorf("%s: %q / %q: got %q, want %q", tc.name, tc.src, tc.tgt, got, tc.want)
		}
	}
}

// TestHonorificShort: an honorific before the surname alone is a second
// reference to the person (titledShort), as a role noun is; another given
// name is still the person misrendered.
func TestHonorificShort(t *testing.T) {
	t16Run(t, []t16Case{
		{"Mr", "휘틀록이 말했다.", "Mr Whitlock said so.", ""},
		{"Dr.", "휘틀록이 말했다.", "Dr. Whitlock said so.", ""},
		{"Mrs", "휘틀록이 말했다.", "It is not clear whether Mrs Whitlock can win.", ""},
		{"another given name", "휘틀록이 말했다.", "Anna Whitlock said so.", "target-term-missing error"},
	})
}

// TestPhrasalVerb: a forbidden one-word form followed by an adverb
// particle is another verb (phrasal.go); used as the forbidden sense it
// stays an error.
func TestPhrasalVerb(t *testing.T) {
	t16Run(t, []t16Case{
		{"hung up", "그는 전화를 끊었다.", "He abruptly hung up, saying nothing.", ""},
		{"hung out", "그들은 어울렸다.", "They hung out at the club.", ""},
		{"Hung up", "그는 전화를 끊었다.", "Hung up on him, she left.", ""},
		{"hung, the forbidden sense", "그는 교수형에 처해졌다.", "He was hung at dawn.", "deprecated-term error"},
		{"hung by", "그는 교수형에 처해졌다.", "He was hung by the regime.", "deprecated-term error"},
		{"hung upon", "그는 교수형에 처해졌다.", "He was hung upon the gallows.", "deprecated-term error"},
	})
}

// TestRelation: a person the Korean adds as a relation of another one is
// a gloss (relationGloss); a person the English names by a relative is
// left out, a warning, not misnamed (relativeNamed).
func TestRelation(t *testing.T) {
	t16Run(t, []t16Case{
		{"the Korean adds a relation", "미라 홀트의 어머니인 제인 케스는 말했다.", "Jane Kess said so.", ""},
		{"the Korean adds a relation, no 인", "미라 홀트의 엄마 제인 케스는 말했다.", "Jane Kess said so.", ""},
		// Another full name where the Korean names the person as its
		// subject: another person, an error since session 23
		// (subjectFullName, session23t55.go; the lead's decision).
		{"the person herself", "미라 홀트가 말했다.", "Jane Kess said so.", "target-term-missing error"},
		{"the person's own mother", "미라 홀트의 어머니가 말했다.", "Her mother said so.", "target-term-missing warning"},
		{"named by a relative", "오렌 베일이 체포됐다.", "Lisa Vale's eldest son was arrested.", "target-term-missing warning"},
		{"named by a relative, one word", "오렌 베일이 체포됐다.", "Lisa Vale's son was arrested.", "target-term-missing warning"},
		{"another given name", "오렌 베일이 체포됐다.", "Lisa Vale was arrested.", "target-term-missing error"},
	})
}

// TestReplacedSurnameThree: the given name kept and the surname replaced
// by a word beginning with three of its letters (at least half of it) is
// the person misrendered, an error (replacedSurname).
func TestReplacedSurnameThree(t *testing.T) {
	t16Run(t, []t16Case{
		{"three letters", "개빈 말로가 기소됐다.", "Gavin Marsden was charged.", "target-term-missing error"},
		{"two letters", "개빈 말로가 기소됐다.", "Gavin Mason was charged.", "target-term-missing error"}, // another surname: an error since session 23 (the lead's decision; session23t57.go)
		{"the person", "개빈 말로가 기소됐다.", "Gavin Marlow was charged.", ""},
	})
}

// TestKoreanShortSpelling: a person's one-word Korean forms spelled two
// ways in one article are inconsistent (oneWordPerson: no contraction of
// each other); a given name before an admitted one-word form makes the
// full name, no first mention (givenNameBefore).
func TestKoreanShortSpelling(t *testing.T) {
	c := caseChecker(t, "session17t16.csv", session17T16Glossary)
	for _, tc := range []struct{ text, want string }{
		{"휘틀록은 월요일 증언했다. 휘틀로크는 혐의를 부인했다.", "inconsistent 1:16 휘틀로크 => 휘틀록"},
		// One form holds the other (캐버노, 캐버노프): no contraction.
		{"해로는 월요일 증언했다. 해로우는 혐의를 부인했다.", "inconsistent 1:15 해로우 => 해로"},
		{"해로는 월요일 증언했다.\n\n해로우는 혐의를 부인했다.", "inconsistent 3:1 해로우 => 해로"},
		{"휘틀록은 월요일 증언했다.\n\n휘틀로크는 혐의를 부인했다.", "inconsistent 3:1 휘틀로크 => 휘틀록"},
		{"브렌트 휘틀로크가 증언했다. 그는 부인했다.", ""},
		{"대표 휘틀로크가 증언했다. 그는 부인했다.", "first-mention 1:4 휘틀로크 => 휘틀록"},
		{"휘틀로크가 증언했다. 그는 부인했다.", "first-mention 1:1 휘틀로크 => 휘틀록"},
	} {
		if got := brief(c.Text("a.txt", tc.text, language.Korean)); got != tc.want {
			t.Errorf("%q: got\n%s\nwant\n%s", tc.text, got, tc.want)
		}
	}
}
