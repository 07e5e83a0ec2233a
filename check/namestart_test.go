package check

import (
	"testing"

	"golang.org/x/text/language"
)

// Tests of namestart.go.

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

// TestKoreanNameEnd: a person's Korean form at the end of a longer name the
// English gives (제이미 린 스피어스, Jamie Lynn Spears) is no mention of the
// person (koreanNameEnd, namestart.go); the form alone still is.
func TestKoreanNameEnd(t *testing.T) {
	c := caseChecker(t, "session17t15.csv", session17T15Glossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"엄마가 된 제시 로나 파이크가 말했다.", "Jessie Lorne Pike, a new mother, said.", ""},
		{"엄마가 된 제시 로나 파이크가 말했다.", "Jessie Lorna Pike, a new mother, said.", ""},
		{"가수 로나 파이크가 말했다.", "The singer Jessie Pike said.", "error"},
		{"가수 로나 파이크가 말했다.", "The singer said.", "warning"},
		{"로나 파이크가 말했다.", "Lorna Pike said.", ""},
	} {
		if got, fs := koPair(c, tc.src, tc.tgt); got != tc.want {
			t.Errorf("%q / %q: severity %q, want %q\n%s", tc.src, tc.tgt, got, tc.want, brief(fs))
		}
	}
}

// TestLongerNameEnd: a person's one-word Korean form after a Hangul word
// sounding the English word before the surname inside a longer name (East
// Baton Rouge Parish Coroner's Office) is no mention (longerNameEnd); the
// person named alone is still missing.
func TestLongerNameEnd(t *testing.T) {
	c := t18Checker(t)
	for _, tc := range []struct{ src, tgt, want string }{
		{"동부 베턴 루지 패리시 검시관 사무실은 보고서를 발표했다.", "The East Baton Rouge Parish Coroner's Office released a report.", ""},
		{"패리시 박사는 보고서를 발표했다.", "The doctor released a report.", "mara-parish "},
		{"마라 패리시 박사는 보고서를 발표했다.", "Dr Rouge Parish released a report.", "mara-parish "},
	} {
		if got := t18Rules(t18Pair(c, tc.src, tc.tgt), RuleTargetMissing); got != tc.want {
			t.Errorf("%q: target-term-missing %q, want %q", tc.tgt, got, tc.want)
		}
	}
}

// TestBesideListedPerson: a listed short form right before another listed
// person's form, both persons in the Korean, is two names with a comma
// missing, not one longer name (house26's kpc-dev 747, "prompted by Mbeki
// Mugabe and Tsvangirai"); besideListedPerson.
func TestBesideListedPerson(t *testing.T) {
	for _, tc := range []struct{ src, tgt, want string }{
		{"토베와 반스는 마르사의 제안으로 악수를 했다.", "Only after being prompted by Marsa Tobbe and Vance shook hands.", ""},
		// A capitalized word that is no listed person's, or a person the
		// Korean does not name: another name, as before.
		{"토베와 반스는 마르사의 제안으로 악수를 했다.", "Only after being prompted by Marsa Keller Tobbe and Vance shook hands.", "kofi-marsa warning"},
		{"반스는 마르사의 제안으로 악수를 했다.", "Only after being prompted by Marsa Tobbe, Vance shook hands.", "kofi-marsa error"},
	} {
		if got := pairMissing(t, "session19t25.csv", session19T25Glossary, tc.src, tc.tgt); got != tc.want {
			t.Errorf("%q: target-term-missing %q, want %q", tc.tgt, got, tc.want)
		}
	}
}
