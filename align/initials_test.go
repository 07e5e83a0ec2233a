package align

import (
	"slices"
	"testing"

	"golang.org/x/text/language"
)

func TestInitialism(t *testing.T) {
	for _, c := range []struct {
		tok  string
		want string
	}{
		{"U.N", "un"},
		{"U.S", "us"},
		{"U.S.A", "usa"},
		{"UN", "un"},
		{"a.m", "a.m"},   // lower case: no initialism
		{"U.Nx", "u.nx"}, // a letter after the last dot's letter
		{"St.Louis", "st.louis"},
		{"U", "u"},
		{"Ph.D", "ph.d"},
	} {
		if got := latinKey(c.tok); got != c.want {
			t.Errorf("latinKey(%q) = %q, want %q", c.tok, got, c.want)
		}
	}
}

// TestInitialismAnchor: a Korean sentence's "UN" is the English "U.N.",
// an anchor of the pair and of no other line.
func TestInitialismAnchor(t *testing.T) {
	ko := extract("UN은 2006년 이에 관한 최근 보고를 발표했다.", language.Korean, nil, nil)
	en := extract("The report is the last U.N. study to touch on the subject.", language.English, nil, nil)
	other := extract("The report is the last study to touch on the subject.", language.English, nil, nil)
	un := hashKey(kindLatin, "un")
	if !slices.Contains(ko.keys, un) || !slices.Contains(en.keys, un) {
		t.Fatalf("UN and U.N. are not one key: %v %v", ko.keys, en.keys)
	}
	with := anchorScore([]feature{ko}, []feature{en}, 0)
	without := anchorScore([]feature{ko}, []feature{other}, 0)
	if with <= without {
		t.Errorf("U.N. scores %.2f against UN, no U.N. %.2f", with, without)
	}
}
