package glossary

import "testing"

// TestSlip: the other allomorph of a paired particle after a listed form
// (session 27, helper T101; the matcher's cases are in
// testdata/matches.txt). Every sequence of the slip sets is a particle
// sequence and passes slip's quick test of its first syllable.
func TestSlip(t *testing.T) {
	for _, tc := range []struct {
		before, suf  string
		person, want bool
	}{
		{"부바 왓슨", "를", false, true},
		{"리하나", "을", false, true},
		{"제레미 코빈", "라는", false, true},
		{"서울시 서울", "으로", false, true}, // after ㄹ
		{"서울시 서울", "으로부터", false, true},
		{"크리스천 베일", "가", true, true},
		{"크리스천 베일", "가", false, false}, // 건축가: a noun after a term
		{"쿤타르", "과", true, true},
		{"수사", "과는", false, false}, // 수사과: a division
		{"매들린", "와", true, true},
		{"영국", "와", false, false},
		{"세종", "로", true, false},   // 세종로: a street
		{"요한", "나", true, false},   // 요한나
		{"골", "를", false, false},   // one syllable
		{"A 골", "를", false, false}, // a last word of one syllable
		{"MLB", "를", false, false}, // not Hangul: agrees takes it
		{"대통령", "실", false, false}, // another word
		{"대통령", "를이", false, false},
		{"대통령", "을", false, false}, // agrees: not a slip
	} {
		if got := slip(tc.before, tc.suf, tc.person); got != tc.want {
			t.Errorf("slip(%q, %q, %v) = %v, want %v", tc.before, tc.suf, tc.person, got, tc.want)
		}
	}
	for set, before := range map[*map[string]uint8]string{&slipAfterConsonant: "왓슨", &slipAfterVowel: "리하나"} {
		for s := range *set {
			if !isParticle(s) {
				t.Errorf("slip sequence %q is no particle sequence", s)
			}
			if agrees(before, s) {
				t.Errorf("slip sequence %q agrees after %q", s, before)
			}
			if !slip(before, s, true) {
				t.Errorf("slip(%q, %q, true) = false", before, s)
			}
		}
	}
}
