package check

import "testing"

// Tests of othernamestart.go.

const t74OtherNameGlossary = `id,type,lang,term,status
tarek-kadiri,person,ko,타레크 카디리,preferred
tarek-kadiri,person,ko,카디리,admitted
tarek-kadiri,person,en,Tarek Kadiri,preferred
paco-garcia,person,ko,파코 가르시아,preferred
paco-garcia,person,ko,가르시아,admitted
paco-garcia,person,en,Paco Garcia,preferred
`

// TestOtherNameGoesOn: a person's one-word Korean form followed by a
// Hangul word, where the English gives a name of a word sounding as the
// form and one sounding as that word, none of the person's, is another
// person (the form his given name, or inside his name), and the pair's
// later bare mention of the form goes with it (otherNameGoesOn); the
// person named alone is still missing.
func TestOtherNameGoesOn(t *testing.T) {
	for _, tc := range []struct{ src, tgt, want string }{
		{"반군 대장인 카디리 잔잘라니의 처남으로, 카디리는 지난해 사망했다.", "He was a brother-in-law of rebel chief Khadiry Janjalani, who was killed last year.", ""},
		{"쇼비즈 미닛 카디리 폭스였습니다.", "This is Khadiry Fox with ShowBiz Minute.", ""},
		// Inside a longer name, the c of Garcia and Bercero read soft.
		{"이그나시오 가르시아 베르세로 국장을 단장으로 하는 협상단", "negotiators led by Ignacio Garcia Bercero, director of trade", ""},
		// The person named alone, or the next Korean word not in the
		// English name: still missing.
		{"카디리는 지난해 사망했다.", "He was killed last year.", "tarek-kadiri warning"},
		{"카디리 잔잘라니의 처남이다.", "He is a brother-in-law of Khadiry.", "tarek-kadiri warning"},
		// The word after is one of the person's own: the person.
		{"카디리 타레크가 말했다.", "Khadiry Tarek said.", "tarek-kadiri warning"},
		// A particle on the form ends the name.
		{"카디리의 잔잘라니가 말했다.", "Khadiry Janjalani said.", "tarek-kadiri warning"},
	} {
		if got := pairMissing(t, "t74.csv", t74OtherNameGlossary, tc.src, tc.tgt); got != tc.want {
			t.Errorf("%q / %q: target-term-missing %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
}
