package mine

import (
	"slices"
	"strings"
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
	checkPairCases(t, true, []pairCase{
		{"이 before a title", "그러나 이 원장은 오시마를 만났다.", "But later Rhee met Oshima.", "이\tRhee", ""},
		{"another spelling", "그러나 이 원장은 오시마를 만났다.", "But later Lee met Oshima.", "이\tLee", ""},
		{"반 before a title, the core lexicon on", "그러나 반 총장은 오시마를 만났다.", "But later Ban met Oshima.", "반\tBan", ""},
		{"the full name's part", "그러나 이 원장은 오시마를 만났다.", "But later Rhee Taek-soo met Oshima.", "", "이\tRhee"},
		{"no title after it", "그러나 이 사건은 오시마를 놀라게 했다.", "But later Rhee met Oshima.", "", "이\tRhee"},
		{"another family name", "그러나 이 원장은 오시마를 만났다.", "But later Park met Oshima.", "", "이\tPark"},
	})
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

// TestSinoReading: a Chinese name in its Sino-Korean reading against the
// pinyin (or Wade-Giles) the English writes, syllable by syllable by the
// initials and the final consonants; not a word of other syllables, nor
// an English word that reads as no pinyin.
func TestSinoReading(t *testing.T) {
	for _, tt := range []struct {
		ko, en string
		want   bool
	}{
		{"남경", "Nanjing", true},
		{"북경", "Beijing", true},
		{"모택동", "Mao Zedong", true},
		{"호금도", "Hu Jintao", true},
		{"온가보", "Wen Jiabao", true},
		{"등소평", "Deng Xiaoping", true},
		{"천안문", "Tiananmen", true},
		{"화련", "Hualien", true},
		{"심양", "Shenyang", true},
		{"중국", "China", false},        // 국's ㄱ ends in a vowel, 중's ㅇ in ng
		{"남경", "Nanning", false},      // 경's ㄱ is no n
		{"대통령", "Datong", false},      // three syllables against two
		{"오바마", "Obama", false},       // a syllable o without an initial is no name's
		{"서울", "Seoul", false},        // no pinyin
		{"남경", "Nanjing Road", false}, // road is no pinyin
		{"강", "Jiang", false},         // one syllable
		{"까치", "Gaqi", false},         // ㄲ is no Sino-Korean initial
	} {
		if got := sinoReading(tt.ko, tt.en); got != tt.want {
			t.Errorf("sinoReading(%s, %s) = %v, want %v", tt.ko, tt.en, got, tt.want)
		}
	}
	core := lexicon.Core()
	for _, tt := range []struct {
		name, ko, en string
		want, not    []string
	}{
		{"a place", "시위는 남경에서 열렸다.", "The protest was held in Nanjing on Sunday.", []string{"남경\tNanjing"}, nil},
		{"a person", "모택동 주석은 연설했다.", "The speech was made by Mao Zedong in Beijing.", []string{"모택동\tMao Zedong"}, nil},
		{"an English word", "유일한 방법은 없다고 말했다.", "He said One way was closed.", nil, []string{"유일\tOne", "유일한\tOne"}},
		{"a form with a particle", "리의 말을 전했다.", "He quoted Lee at length.", nil, []string{"리의\tLee"}},
	} {
		got := pairsOf(tt.ko, tt.en, core, newMemo())
		for _, w := range tt.want {
			if _, ok := got[[2]string(strings.SplitN(w, "\t", 2))]; !ok {
				t.Errorf("%s: %v, want %q", tt.name, got, w)
			}
		}
		for _, w := range tt.not {
			if _, ok := got[[2]string(strings.SplitN(w, "\t", 2))]; ok {
				t.Errorf("%s: %v, want no %q", tt.name, got, w)
			}
		}
	}
}

// TestEngineeringCollege: 공대 (an engineering college) ends a partly
// translated name whose English ends in Tech or Institute of Technology
// (버지니아 공대 ~ Virginia Tech), as orgWords' other bodies do
// (session 15, helper M19).
func TestEngineeringCollege(t *testing.T) {
	for _, tt := range [][3]string{
		{"미 버지니아 공대에서 총격이 있었다.", "A shooting at the Virginia Tech university left many dead.", "버지니아 공대\tVirginia Tech"},
		{"조지아 공대 학생들이 항의했다.", "Students of Georgia Tech protested on Monday.", "조지아 공대\tGeorgia Tech"},
	} {
		got := pairsOf(tt[0], tt[1], nil, nil)
		if got[[2]string(strings.SplitN(tt[2], "\t", 2))] != Organization {
			t.Errorf("%s: %v, want %q, an organisation", tt[0], got, tt[2])
		}
	}
}

// TestGlossaryOneEntryPerEnglish: candidates given the same English form
// (an acronym's own pair beside the Hangul name's) make one proposed
// entry with both Korean forms, so that the glossary written lints clean
// (no English term claimed by two entries).
func TestGlossaryOneEntryPerEnglish(t *testing.T) {
	r := &Result{Candidates: []Candidate{
		{Korean: "OECD", Type: Organization, Units: 2, Renderings: []Rendering{{Text: "OECD", Units: 2}}},
		{Korean: "경제협력개발기구", Type: Organization, Units: 2, Renderings: []Rendering{{Text: "OECD", Units: 2}, {Text: "Organisation for Economic Co-operation and Development", Units: 1}}},
		{Korean: "정의용", Type: Person, Units: 3, Renderings: []Rendering{{Text: "Chung Eui-yong", Units: 3}}},
	}}
	g := r.Glossary()
	if len(g.Entries) != 2 {
		t.Fatalf("%d entries, want 2", len(g.Entries))
	}
	var got []string
	for _, term := range g.Entries[0].Terms {
		got = append(got, term.Lang.String()+":"+term.Text)
	}
	want := []string{"ko:OECD", "en:OECD", "ko:경제협력개발기구", "en:Organisation for Economic Co-operation and Development"}
	if !slices.Equal(got, want) {
		t.Errorf("first entry's terms %q, want %q", got, want)
	}
	if g.Entries[1].ID != "mine-2" {
		t.Errorf("second entry %s, want mine-2", g.Entries[1].ID)
	}
}

// pairCase is a pair of our own sentences and a pair that pairsOf must
// find in it (want) and one it must not (not), each "Korean TAB English"
// or "" for none.
type pairCase struct {
	name, ko, en string
	want, not    string
}

// checkPairCases runs pairsOf with the core lexicon over each case; with
// person, a pair counts only when it is typed person.
func checkPairCases(t *testing.T, person bool, cases []pairCase) {
	t.Helper()
	core := lexicon.Core()
	for _, tt := range cases {
		got := pairsOf(tt.ko, tt.en, core, newMemo())
		has := func(p string) bool {
			for k, typ := range got {
				if k[0]+"\t"+k[1] == p {
					return !person || typ == Person
				}
			}
			return false
		}
		if tt.want != "" && !has(tt.want) {
			t.Errorf("%s: %v, want %q (typed person: %v)", tt.name, got, tt.want, person)
		}
		if tt.not != "" && has(tt.not) {
			t.Errorf("%s: %v, want no %q", tt.name, got, tt.not)
		}
	}
}
