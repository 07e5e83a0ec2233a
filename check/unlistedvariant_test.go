package check

import (
	"testing"
)

// Tests of unlistedvariant.go.

// TestUnlistedVariant: another spelling of a transliterated surname the
// list gives two ways is a warning, not an error (unlistedvariant.go); a
// respelled surname the list gives one way stays an error.
func TestUnlistedVariant(t *testing.T) {
	c := caseChecker(t, "session17.csv", session17Glossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"할리드 유세프 하다드가 말했다.", "Khalid Yousef Haddod said.", "warning"},
		{"할리드 유세프 하다드가 말했다.", "Khalid Yousef Hadded said.", ""}, // e for a listed single a: the person (arabicShortA, session 26)
		{"할리드 유세프 하다드가 말했다.", "Khalid Yousef Haddad said.", ""},
		{"카를 베버가 말했다.", "Karl Wever said.", "error"},
	} {
		if got, fs := koPair(c, tc.src, tc.tgt); got != tc.want {
			t.Errorf("%q: severity %q, want %q\n%s", tc.tgt, got, tc.want, brief(fs))
		}
	}
}

// A Japanese name listed in both orders (Yasuo Fukuda, Fukuda Yasuo) is no
// name transliterated several ways: a misspelt surname stays an error
// (check13g, "Prime Minister Yasuo Fukada" a warning before); a surname
// the list spells two ways still gives an unlisted third spelling a
// warning (TestUnlistedVariant's case).
func TestReversedNameOrder(t *testing.T) {
	c := caseChecker(t, "session23t52.csv", session23T52Glossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"후쿠다 야스오 총리가 말했다.", "Prime Minister Yasuo Fukada said.", "error"},
		{"후쿠다 야스오 총리가 말했다.", "Prime Minister Fukuda Yasuo said.", ""},
		{"후쿠다 야스오 총리가 말했다.", "Prime Minister Yasuo Fukuda said.", ""},
		{"자심 무함마드 자파르가 말했다.", "Jassim Mohammed Jaffor said.", "warning"},
		{"자심 무함마드 자파르가 말했다.", "Jassim Mohammed Jaffer said.", ""}, // e for a short a: the person (arabicShortA, session 26)
	} {
		if got, fs := koPair(c, tc.src, tc.tgt); got != tc.want {
			t.Errorf("%q: severity %q, want %q\n%s", tc.tgt, got, tc.want, brief(fs))
		}
	}
}
