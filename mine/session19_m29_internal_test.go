package mine

import (
	"testing"

	"bitext/lexicon"
)

// Session 19 (helper M29): rules chosen on the dev parts' misses (dev-9's
// Bouchard and Dwyer, dev-10's Tyler, dev-11's Hazard), each test failing
// without its rule.

// TestFrenchFinalArd: the final d of a French name in -ard is silent and
// its r said, 르 (부샤르 ~ Bouchard, 아자르 ~ Hazard), for a Korean form
// ending in 르 only; the English reading with the d (리처드 ~ Richard)
// still pairs.
func TestFrenchFinalArd(t *testing.T) {
	lex := lexicon.WithCore(nil)
	for _, tc := range []struct{ ko, en, wantKo, wantEn string }{
		{"홈팀이 전열을 가다듬었고 부샤르는 27:37에 파워플레이 골로 다시 한 번 홈팀을 동점으로 만들었다.",
			"The home side regrouped and Bouchard once again put them on level terms with a power play goal on 27:37.", "부샤르", "Bouchard"},
		{"그리고 나서 그는 아자르를 박스로 이끌며 아름다운 슛을 날렸다.", "He then fired a beautiful through ball, leading Hazard into the box.", "아자르", "Hazard"},
		{"리처드는 어제 도착했다.", "Richard arrived yesterday.", "리처드", "Richard"},
	} {
		if _, ok := pairsOf(tc.ko, tc.en, lex, newMemo())[[2]string{tc.wantKo, tc.wantEn}]; !ok {
			t.Errorf("pairsOf(%q, %q): no %s ~ %s", tc.ko, tc.en, tc.wantKo, tc.wantEn)
		}
	}
	for _, tc := range []struct{ en, want string }{
		{"Bouchard", "Boucharu"},
		{"Francois Bouchard", "Francois Boucharu"},
		{"Hazard", "Hazaru"},
		{"Ward", ""},    // too short: an English word
		{"Stewart", ""}, // only -ard
		{"Bardot", ""},  // not the word's end
		{"Al Ward", ""}, // the last word too short
	} {
		if got := frenchArd(tc.en); got != tc.want {
			t.Errorf("frenchArd(%q) = %q, want %q", tc.en, got, tc.want)
		}
	}
	// Only for a Korean form ending in 르: 게리 is no Gerrard, 옷이라 no
	// Woodward.
	for _, tc := range []struct{ ko, en, notKo, notEn string }{
		{"게리 홀트 팀은 제라드가 두 번째로 패배한 것만으로 졌다.", "Gary Holt's team inflicted just Gerrard's second defeat.", "게리", "Gerrard"},
		{"밥 우드워드가 그 옷이라 했다.", "Bob Woodward called it so.", "옷이라", "Woodward"},
	} {
		if _, ok := pairsOf(tc.ko, tc.en, lex, newMemo())[[2]string{tc.notKo, tc.notEn}]; ok {
			t.Errorf("pairsOf(%q, %q): %s ~ %s", tc.ko, tc.en, tc.notKo, tc.notEn)
		}
	}
}

// TestYAsAi: an English y after a consonant, before a vowel or before a
// consonant and e, is the 아이 of Korean writing (드와이어 ~ Dwyer, 타일러 ~
// Tyler), for names whose vowels decide (one or two consonant classes);
// the old readings stay (Tokyo, Kyoto: 도쿄, 교토).
func TestYAsAi(t *testing.T) {
	lex := lexicon.WithCore(nil)
	for _, tc := range []struct{ ko, en, wantKo, wantEn string }{
		{"드와이어는 그날 밤 두 번째 골을 터뜨렸고 자이언츠는 첫번째 휴식때까지 선두를 달렸다.",
			"Dwyer made sure the Giants took a lead into the first break when he hit his second goal of the night at the end of the first period.", "드와이어", "Dwyer"},
		{"데이비스의 아들 타일러는 13살 때 우울증으로 고통받기 시작했다.", "Ms Davis' son Tyler was 13 when he began suffering with depression.", "타일러", "Tyler"},
		{"도쿄에서 회의가 열렸다.", "A meeting was held in Tokyo.", "도쿄", "Tokyo"},
	} {
		if _, ok := pairsOf(tc.ko, tc.en, lex, newMemo())[[2]string{tc.wantKo, tc.wantEn}]; !ok {
			t.Errorf("pairsOf(%q, %q): no %s ~ %s", tc.ko, tc.en, tc.wantKo, tc.wantEn)
		}
	}
	for _, tc := range []struct{ en, want string }{
		{"Dwyer", "Dwaier"},
		{"Tyler", "Tailer"},
		{"Bryan", "Braian"},
		{"Kennedy", "Kennedy"}, // a final y
		{"Syria", "Syria"},     // y before r and i
		{"Mayer", "Mayer"},     // y after a vowel
	} {
		if got := yAsAi(tc.en); got != tc.want {
			t.Errorf("yAsAi(%q) = %q, want %q", tc.en, got, tc.want)
		}
	}
	// Only a Korean word against an English word: 카일 is no Kyle Rowe,
	// 카일 로우 no Kyle.
	ko, en := "그는 카일 로우(Kyle Rowe)가 데이비드 암스트롱(David Armstrong)의 박스 킥을 모으고 골을 넣었습니다.", "Kyle Rowe gathered David Armstrong's box kick."
	got := pairsOf(ko, en, lex, newMemo())
	for _, k := range [][2]string{{"카일", "Kyle Rowe"}, {"카일 로우", "Kyle"}} {
		if _, ok := got[k]; ok {
			t.Errorf("pairsOf(%q, %q): %s ~ %s", ko, en, k[0], k[1])
		}
	}
}
