package mine

import (
	"slices"
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/lexicon"
	"bitext/tm"
)

// TestSurnameAlone: a Korean family name of one syllable written alone
// before a title is paired with the English word that spells it (이 원장
// ~ Rhee, 반 총장 ~ Ban even where the core lexicon reads 반 as a stem of
// 반도 "peninsula"), typed person; not when the English word is a part of
// a longer run (the full name), nor without the title, nor for a syllable
// that is no family name (session 15, helper M19).
func TestSurnameAlone(t *testing.T) {
	core := lexicon.Core()
	tests := []struct {
		name, ko, en string
		want, not    string // Korean TAB English; "" for none
	}{
		{"이 before a title", "그러나 이 원장은 오시마를 만났다.", "But later Rhee met Oshima.", "이\tRhee", ""},
		{"another spelling", "그러나 이 원장은 오시마를 만났다.", "But later Lee met Oshima.", "이\tLee", ""},
		{"반 before a title, the core lexicon on", "그러나 반 총장은 오시마를 만났다.", "But later Ban met Oshima.", "반\tBan", ""},
		{"the full name's part", "그러나 이 원장은 오시마를 만났다.", "But later Rhee Taek-soo met Oshima.", "", "이\tRhee"},
		{"no title after it", "그러나 이 사건은 오시마를 놀라게 했다.", "But later Rhee met Oshima.", "", "이\tRhee"},
		{"another family name", "그러나 이 원장은 오시마를 만났다.", "But later Park met Oshima.", "", "이\tPark"},
	}
	for _, tt := range tests {
		got := pairsOf(tt.ko, tt.en, core, newMemo())
		has := func(p string) bool {
			for k, typ := range got {
				if k[0]+"\t"+k[1] == p {
					return typ == Person
				}
			}
			return false
		}
		if tt.want != "" && !has(tt.want) {
			t.Errorf("%s: %v, want %q typed person", tt.name, got, tt.want)
		}
		if tt.not != "" && has(tt.not) {
			t.Errorf("%s: %v, want no %q", tt.name, got, tt.not)
		}
	}
}

// TestContainsWordQuotes: a word after a typographic quote or before a
// typographic apostrophe is a word (“GM's), one inside a Latin or Hangul
// word is not.
func TestContainsWordQuotes(t *testing.T) {
	for _, tt := range []struct {
		text, w string
		want    bool
	}{
		{"“GM's financing arm", "GM", true},
		{"the GM’s dealers", "GM", true},
		{"GMAC said", "GM", false},
		{"the AGM said", "GM", false},
		{"é GM", "GM", true},
		{"éGM", "GM", false},
		{"한GM", "GM", false},
	} {
		if got := containsWord(tt.text, tt.w); got != tt.want {
			t.Errorf("containsWord(%q, %q) = %v, want %v", tt.text, tt.w, got, tt.want)
		}
	}
	if got := pairsOf("“GM의 금융자회사인 GMAC가 말했다.", "“GM's financing arm, GMAC, said.", nil, nil); got[[2]string{"GM", "GM"}] != Organization {
		t.Errorf("pairs %v, want GM ~ GM, an organisation", got)
	}
}

// TestOwnAcronym: an acronym the Korean writes in brackets after a
// Hangul name is a candidate of its own beside the Hangul name given the
// same English acronym (ARF ~ ARF and 아세안 지역안보포럼 ~ ARF).
func TestOwnAcronym(t *testing.T) {
	st := NewState()
	for i, p := range [][2]string{
		{"북한은 아세안 지역안보포럼(ARF)에서 회담에 불참했다.", "North Korea skipped talks at the ASEAN Regional Forum (ARF) in Kuala Lumpur."},
		{"아세안 지역안보포럼(ARF)의 의장이 성명을 냈다.", "The chairman of the ARF session issued a statement."},
		{"장관들은 아세안 지역안보포럼(ARF) 회의에 모였다.", "Ministers met at the ARF meeting on Friday."},
	} {
		d := time.Date(2026, 3, i+1, 0, 0, 0, 0, time.UTC)
		st.Add(&tm.Unit{ID: int64(i + 1), Created: d, Changed: d, Context: tm.Context{DocID: string(rune('a' + i))}, Variants: []tm.Variant{
			{Lang: language.Korean, Text: p[0]}, {Lang: language.English, Text: p[1]}}})
	}
	res := st.Result(Options{})
	for _, ko := range []string{"ARF", "아세안 지역안보포럼"} {
		if !slices.ContainsFunc(res.Candidates, func(c Candidate) bool { return c.Korean == ko && c.Renderings[0].Text == "ARF" }) {
			t.Errorf("no candidate %s ~ ARF in %+v", ko, res.Candidates)
		}
	}
}
