package mine

import (
	"testing"

	"bitext/romanize"
)

func TestPhonetic(t *testing.T) {
	tests := []struct {
		ko, en string
		skel   bool // skeletons equal
		vowel  int  // 1: vowel keys similar (>= 0.6), 0: not, -1: not checked
	}{
		{"오바마", "Obama", true, 1},
		{"밀러", "Miller", true, 1},
		{"베일", "Bale", true, 1},
		{"예정", "China", true, 0},
		{"상원의원", "John", true, 0},
		{"로렌스", "Lawrence", true, -1},
		{"리버모어", "Livermore", true, -1},
		{"매케인", "McCain", true, -1},
		// Session 8: an English gh after a vowel is silent; at a word's
		// start it is g.
		{"캐버노", "Kavanaugh", true, -1},
		{"캐버노가", "Kavanaugh", false, -1},
		{"윌로비", "Willoughby", true, -1},
		{"가나", "Ghana", true, -1},
		{"바그다드", "Baghdad", true, -1},
		{"메건", "Meghan", true, -1},
		{"라이트", "Wright", true, -1},
		// Session 12: a final ㄴ before an initial ㄱ is n, k, in one word
		// or across two (the romanization of the whole form read ng).
		{"존 고든", "John Gordon", true, -1},
		// Session 14: a vowel before a consonant and a final e is two
		// (i as ai, a as ei).
		{"라이스", "Rice", true, 1},
		{"마이크", "Mike", true, 1},
		{"케이트", "Kate", true, 1},
		{"리스", "Rice", true, 1}, // read as one vowel too (Chile 칠레)
		{"칠레", "Chile", true, 1},
		{"사네", "Sane", true, 1},
		// An English word's first x is s (pinyin).
		{"신장", "Xinjiang", true, -1},
		{"신화", "Xinhua", true, -1},
		{"맥스", "Max", true, -1},
	}
	for _, tt := range tests {
		ks, es := koreanSkeleton(tt.ko), skeleton(tt.en, true)
		if (ks == es) != tt.skel {
			t.Errorf("%s %q ~ %s %q: equal %v", tt.ko, ks, tt.en, es, ks == es)
		}
		if tt.vowel >= 0 {
			a, b := vowelKey(romanize.Word(tt.ko), false), vowelKey(tt.en, true)
			if got := enVowelSim(a, tt.en, false, false) >= 0.6; got != (tt.vowel == 1) {
				t.Errorf("%s %q ~ %s %q: vowel similarity %.2f", tt.ko, a, tt.en, b, enVowelSim(a, tt.en, false, false))
			}
		}
	}
}
