package check

import (
	"slices"
	"testing"
	"time"

	"golang.org/x/text/language"
)

const koreanTitlesGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
xi-jinping,person,en,Xi Jinping,preferred,,Xi,,,,,,,,,
xi-jinping,person,ko,시진핑,preferred,,,,,,,,,,,
xi-jinping,person,ko,시진핑 국가주석,admitted,,,,,,2013-03-14,,,,,
tsai-ing-wen,person,en,Tsai Ing-wen,preferred,,Tsai,,,,,,,,,
tsai-ing-wen,person,ko,차이잉원,preferred,,,,,,,,,,,
tsai-ing-wen,person,ko,차이잉원 총통,admitted,,,,,,2016-05-20,2024-05-20,,,,
li-qiang,person,en,Li Qiang,preferred,,Li,,,,,,,,,
li-qiang,person,ko,리창,preferred,,,,,,,,,,,
li-qiang,person,ko,리창 국무원 총리,admitted,,,,,,2023-03-11,,,,,
`

// A Korean title of an office abroad after the name (국가주석, 총통; a
// title's body before 총리) makes the glossary's titled form a full
// mention: no first-mention at the first one (house76's check13x clean
// line), while a bare name other than the preferred one still is.
func TestOfficeTitlesAfterName(t *testing.T) {
	c := caseChecker(t, "koreantitles.csv", koreanTitlesGlossary)
	for _, tc := range []struct {
		year int
		text string
		want []string
	}{
		{2020, "메모\n\n시진핑 국가주석이 베이징에서 연설했다.", nil},
		{2020, "메모\n\n차이잉원 총통이 타이베이에서 연설했다.", nil},
		{2025, "메모\n\n다카이치 총리가 리창 국무원 총리를 만났다.", nil},
		{2025, "메모\n\n다카이치 총리가 리창을 만났다.", nil},
		{2025, "메모\n\n다카이치 총리가 리 총리를 만났다.", nil},
	} {
		var got []string
		for _, f := range c.TextOn("a.txt", tc.text, language.Korean, time.Date(tc.year, 1, 1, 0, 0, 0, 0, time.UTC)) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
