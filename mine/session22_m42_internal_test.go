package mine

import (
	"testing"

	"bitext/romanize"
)

// TestVowelSpellings: English vowels spelt with r, w or a final y, read
// as Korean writes them (koVowels), pass the vowel test of a short
// skeleton as foreignNamePairs applies it (one consonant class: the
// vowels without ㅡ at 0.7; two: the vowels at 0.6); a reading whose
// first vowel differs does not (대디 ~ Diddy). Session 22, helper M42.
func TestVowelSpellings(t *testing.T) {
	pass := func(ko, en string) bool {
		r := romanize.Word(ko)
		if len(koreanSkeleton(ko)) == 1 {
			return enVowelSim(bareVowelKey(r), en, false, true) >= 0.7
		}
		return enVowelSim(vowelKey(r, false), en, false, true) >= 0.6
	}
	for _, p := range [][2]string{
		{"켈러허", "Kelleher"}, // er as 어
		{"롤러", "Lawler"},    // aw as 오, er as 어
		{"에어버스", "Airbus"},  // air as 에어
		{"호크", "Hawke"},     // aw as 오
		{"도허티", "Doherty"},  // er as 어, a final y as 이
		{"워터스", "Waters"},   // wa as 워, er as 어
		{"히틀러", "Hitler"},   // er as 어
		{"루이스", "Lewis"},    // ew as 우
		{"하버드", "Harvard"},  // a final ard as 어드
	} {
		if !pass(p[0], p[1]) {
			t.Errorf("%s ~ %s: vowels unlike, want alike", p[0], p[1])
		}
	}
	for _, p := range [][2]string{{"대디", "Diddy"}, {"하나", "One"}} {
		if pass(p[0], p[1]) {
			t.Errorf("%s ~ %s: vowels alike, want unlike", p[0], p[1])
		}
	}
	for _, c := range [][2]string{
		{"Kelleher", "kelleheor"}, {"Lawler", "loleor"}, {"Airbus", "eorbus"},
		{"Holly", "holli"}, {"Walter", "wolteor"}, {"Smith", ""}, {"Hawaii", ""},
		{"Lewis", "luis"}, {"Dean", ""}, {"Bear", ""}, {"Howard", "howeord"}, {"Ard", ""},
	} {
		if got := koVowels(c[0]); got != c[1] {
			t.Errorf("koVowels(%s) = %q, want %q", c[0], got, c[1])
		}
	}
}

// TestThBeforeFinalY: a th before a word's final y is read as s too
// (hardReadings), as Korean writes it (매카시 ~ McCarthy, 도러시 ~
// Dorothy), not in North or South. Session 22, helper M42.
func TestThBeforeFinalY(t *testing.T) {
	for en, want := range map[string]string{"McCarthy": "mks", "Dorothy": "tls", "Kathy": "ks"} {
		if got := skeleton(hardReadings(en), true); got != want {
			t.Errorf("%s: hard skeleton %q, want %q", en, got, want)
		}
	}
	if got := hardReadings("Northy"); got != "Northy" {
		t.Errorf("Northy: %q, want it unchanged", got)
	}
}

// TestHardReadingsM42: a final mb as m (Lamb 램), an l between a and k
// at a word's end or before its final s as nothing (Talks 톡스, not
// Walker nor Malkin 말킨), and an initial pinyin qi as chi (Qingdao
// 칭다오); a ti before a vowel stays t (Organization).
// Session 22, helper M42.
func TestHardReadingsM42(t *testing.T) {
	for en, want := range map[string]string{
		"Lamb": "lm", "Talks": "tks", "Walker": "lk", "Malkin": "mlkn",
		"Organization": "knstn", "Qingdao": "snt", "Qatar": "kt",
	} {
		if got := skeleton(hardReadings(en), true); got != want {
			t.Errorf("%s: hard skeleton %q, want %q", en, got, want)
		}
	}
}
