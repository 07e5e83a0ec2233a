package mine

import (
	"testing"

	"bitext/lexicon"
)

// Session 20 (helper M36): a point of the compass alone ("the South",
// "the North") is a country's name cut short, not its translation: 남한 ~
// South was held-out-8's wrong candidate (seen since M35), 북한 ~ North
// held-out-7-200's (seen since M34). The test fails without compassCut.

// TestCompassCut: with the core lexicon (남한 = south korea, 북한 = north
// korea), "the South" and "the North" give no pair, and "South Korea" and
// "North Korea" still do.
func TestCompassCut(t *testing.T) {
	lex := lexicon.WithCore(nil)
	for _, tc := range []struct {
		ko, en, name, want string
	}{
		{"남한은 북한이 무고한 민간인을 피살했다고 비난했다.", "Investigators from the South want to probe the case.", "남한", ""},
		{"북한과 남한 사이의 관계는 개선되었다.", "Relations between the North and the talks have improved.", "북한", ""},
		{"남한은 식량 지원을 재개할 것이라고 밝혔다.", "South Korea has said it will resume food aid.", "남한", "South Korea"},
		{"북한은 제안을 거절했다.", "The offer was rejected by North Korea.", "북한", "North Korea"},
	} {
		out, _ := unitPairs(tc.ko, tc.en, lex, newMemo())
		got := ""
		for p := range out {
			if p[0] == tc.name {
				got = p[1]
			}
		}
		if got != tc.want {
			t.Errorf("unitPairs(%q, %q): %s ~ %q, want %q (%v)", tc.ko, tc.en, tc.name, got, tc.want, out)
		}
	}
	if compassCut([]string{"south"}, []string{"south"}) || compassCut([]string{"southern"}, []string{"south", "korea"}) {
		t.Error("compassCut: a translation of the compass word alone, or another word, is no cut")
	}
}
