package check

import (
	"testing"
)

// Session 17 (helper T14): what T10 and T12 left, on our own sentences
// with a small list of our own (names made up for the test).
const session17T14Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
dale-forster,person,en,Dale Forster,preferred,,Forster,,,,,,,,,
dale-forster,person,ko,데일 포스터,preferred,,포스터,,,,,,,,,
ruth-carden,person,en,Ruth Carden,preferred,,Carden,,,,,,,,,
ruth-carden,person,ko,루스 카든,preferred,,카든,,,,,,,,,
nora-dallen,person,en,Nora Dallen,preferred,,Dallen,,,,,,,,,
nora-dallen,person,en,Nora Dalen,admitted,,Dalen,,,,,,,,,
nora-dallen,person,ko,노라 달렌,preferred,,달렌,,,,,,,,,
hamid-basaran,person,en,Hamid Basaran,preferred,,Basaran,,,,,,,,,
hamid-basaran,person,ko,하미드 바사란,preferred,,바사란,,,,,,,,,
omar-kasrani,person,en,Omar Kasrani,preferred,,Kasrani,,,,,,,,,
omar-kasrani,person,ko,오마르 카스라니,preferred,,카스라니,,,,,,,,,
ines-morwald,person,en,Ines Morwald,preferred,,Morwald,,,,,,,,,
ines-morwald,person,ko,이네스 모르발트,preferred,,모르발트,,,,,,,,,
`

// TestVowelAdded: a vowel added to or dropped from a surname the Korean
// sounds otherwise is the person misrendered, an error (vowelcount.go);
// the vowel variants of a transliterated name and a spelling the Korean
// allows stay T2's other transliteration.
func TestVowelAdded(t *testing.T) {
	c := caseChecker(t, "session17t14.csv", session17T14Glossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"데일 포스터 전무가 공장을 열었다.", "Managing director Dale Forester opened the plant.", "error"},
		{"데일 포스터 전무가 공장을 열었다.", "Managing director Dale Forstr opened the plant.", "error"},
		{"데일 포스터 전무가 공장을 열었다.", "Managing director Dale Forster opened the plant.", ""},
		// 든 may be an unstressed vowel (Carden) or none.
		{"루스 카든 씨가 말했다.", "Ruth Cardn said.", ""},
		{"루스 카든 씨가 말했다.", "Ruth Carden said.", ""},
		// The list admits the form.
		{"노라 달렌 씨가 말했다.", "Nora Dalen said.", ""},
		// A transliterated name (Omar, Hamid: words of usual
		// romanizations) keeps its vowel variants, whatever the Korean.
		{"오마르 카스라니 씨가 말했다.", "Omar Kasarani said.", ""},
		{"하미드 바사란 씨가 말했다.", "Hamid Basran said.", ""},
		{"하미드 바사란 씨가 말했다.", "Hamid Basaran said.", ""},
	} {
		if got, fs := koPair(c, tc.src, tc.tgt); got != tc.want {
			t.Errorf("%q: severity %q, want %q\n%s", tc.tgt, got, tc.want, brief(fs))
		}
	}
	for _, tc := range []struct {
		w      string
		lo, hi int
	}{{"포스터", 2, 2}, {"바쉬렌", 2, 3}, {"라이언", 1, 3}, {"리치", 1, 2}} {
		if got := koreanVowels(tc.w); got != (vowelRange{tc.lo, tc.hi}) {
			t.Errorf("koreanVowels(%q) = %v, want %d..%d", tc.w, got, tc.lo, tc.hi)
		}
	}
	for _, tc := range []struct {
		w      string
		lo, hi int
	}{{"Forster", 2, 2}, {"Forester", 3, 3}, {"Moore", 1, 3}, {"Forbes", 1, 2}} {
		if got := englishVowels(tc.w); got != (vowelRange{tc.lo, tc.hi}) {
			t.Errorf("englishVowels(%q) = %v, want %d..%d", tc.w, got, tc.lo, tc.hi)
		}
	}
}

// TestOneWordPersonInName: a listed person's one-word form inside a
// longer unlisted name is no other listed person in the named one's
// place (inLongerName, misrendered.go): the person absent, a warning; the
// form alone, or after a sentence's ordinary word, still is.
func TestOneWordPersonInName(t *testing.T) {
	c := caseChecker(t, "session17t14.csv", session17T14Glossary+`prophet,person,en,Mohammed,preferred,,,,,,,,,,,
prophet,person,ko,무함마드,preferred,,,,,,,,,,,
`)
	for _, tc := range []struct{ src, tgt, want string }{
		{"데일 포스터 전무가 말했다.", "Jassim Mohammed Farouk said.", "warning"},
		{"데일 포스터 전무가 말했다.", "Mohammed said.", "error"},
		{"데일 포스터 전무가 말했다.", "Yesterday Mohammed said.", "error"},
		{"데일 포스터 전무가 말했다.", "Dale Forster said.", ""},
	} {
		if got, fs := koPair(c, tc.src, tc.tgt); got != tc.want {
			t.Errorf("%q: severity %q, want %q\n%s", tc.tgt, got, tc.want, brief(fs))
		}
	}
}

// TestWrongTitleAfter: a wrong title after the name, in apposition, is
// read as T10's before it (titleAfter, titlebefore.go).
func TestWrongTitleAfter(t *testing.T) {
	c := caseChecker(t, "session17.csv", session17Glossary)
	session14Cases(t, c, []pairCase{
		{"after, with the", "카를 베버 외무장관이 말했다.", "Karl Weber, the prime minister, said.", "target-term-missing 1:1  => Foreign Minister (target)"},
		{"after, a possessive", "카를 베버 외무장관이 말했다.", "Karl Weber, Germany's prime minister, said.", "target-term-missing 1:1  => Foreign Minister (target)"},
		{"before, with a comma", "카를 베버 외무장관이 말했다.", "The prime minister, Karl Weber, said.", "target-term-missing 1:1  => Foreign Minister (target)"},
		{"the short form, after", "베버 외무장관이 말했다.", "Weber, the mayor, said.", "target-term-missing 1:1  => Foreign Minister (target)"},
		{"the listed title after", "카를 베버 외무장관이 말했다.", "Karl Weber, the foreign minister, said.", ""},
		{"another person's title", "카를 베버 외무장관이 말했다.", "Karl Weber, the prime minister's envoy, said.", ""},
		{"no title after", "카를 베버 외무장관이 말했다.", "Karl Weber, the envoy, said.", ""},
		{"the source has the title's word", "카를 베버 외무장관은 전 총리다.", "Karl Weber, the prime minister, said.", ""},
	})
}

// TestTitleAfterParty: a party beside the name is no title, and 총통 is
// a president's (Taiwan's): neither the party nor the title is reported
// when the English gives the person as president, before or after.
func TestTitleAfterParty(t *testing.T) {
	c := caseChecker(t, "session17t14.csv", session17T14Glossary+`ma-ying-jeou,person,en,Ma Ying-jeou,preferred,,Ma,,,,,,,,,
ma-ying-jeou,person,ko,마잉주,preferred,,,,,,,,,,,
kuomintang,organization,en,Kuomintang,preferred,,,Taiwan's Nationalist Party,,,,,,,,
kuomintang,organization,ko,국민당,preferred,,,,,,,,,,,
democratic-party,organization,en,Democratic Party,preferred,,,,,,,,,,,
democratic-party,organization,ko,민주당,preferred,,,,,,,,,,,
`)
	for _, tc := range []struct{ src, tgt, want string }{
		{"국민당의 마잉주 신임 총통은 독립을 반대했다.", "Taiwan's new president, Ma Ying-jeou, has rejected independence.", ""},
		{"민주당 이네스 모르발트 의원이 말했다.", "The prime minister, Ines Morwald, said.", ""},
	} {
		if got, fs := koPair(c, tc.src, tc.tgt); got != tc.want {
			t.Errorf("%q: severity %q, want %q\n%s", tc.tgt, got, tc.want, brief(fs))
		}
	}
}

// TestUnlistedNameTitle: an unlisted person's name the English gives for
// the Korean word before a title (titleOfNamed) is read with the r an
// English name's Korean leaves out (클라크, Clark: skeletonR), and not
// when the English gives the name another common title (titleWords),
// before it or after it.
func TestUnlistedNameTitle(t *testing.T) {
	c := caseChecker(t, "session14.csv", session14Glossary+"governor,title,en,governor,preferred,,,,,,,,,,,\ngovernor,title,ko,주지사,preferred,,,,,,,,,,,\n")
	session14Cases(t, c, []pairCase{
		{"the r left out in Korean", "클라크 주지사가 예산을 발표했다.", "Governor Clark announced a new budget.", ""},
		{"the title left out", "클라크 주지사가 예산을 발표했다.", "Clark announced a new budget.", ""},
		{"another title before", "클라크 주지사가 예산을 발표했다.", "Mayor Clark announced a new budget.", "target-term-missing 1:1  => governor (target)"},
		{"another title after", "클라크 주지사가 예산을 발표했다.", "Clark, the mayor, announced a new budget.", "target-term-missing 1:1  => governor (target)"},
	})
}
