package check

import "testing"

// Tests of vowelcount.go.

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
	// Session 26 (helper T88): 라이언 and 그레이엄 are two vowels at least (one diphthong of 이 and the syllable after).
	for _, tc := range []struct {
		w      string
		lo, hi int
	}{{"포스터", 2, 2}, {"바쉬렌", 2, 3}, {"라이언", 2, 3}, {"그레이엄", 2, 3}, {"무어", 1, 2}, {"리치", 1, 2}} {
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
