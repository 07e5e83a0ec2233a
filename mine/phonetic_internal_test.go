package mine

import (
	"strings"
	"testing"

	"bitext/lexicon"
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

// TestFinalTS: an English word's final ts, tz or ds is the one sound
// Korean writes 츠 or 즈 (session 16, helper M22): 매사추세츠 ~
// Massachusetts, 리츠 ~ Ritz, 우즈 ~ Woods pair by their sounds; inside a
// word the two letters stay (왓슨 ~ Watson, 허드슨 ~ Hudson).
func TestFinalTS(t *testing.T) {
	for _, tt := range []struct {
		ko, en string
		same   bool
	}{
		{"매사추세츠", "Massachusetts", true},
		{"리츠", "Ritz", true},
		{"로버츠", "Roberts", true},
		{"리처즈", "Richards", true},
		{"왓슨", "Watson", true},
		{"허드슨", "Hudson", true},
		{"로도스", "Rhodes", true},
		{"매사추세츠", "Massachusetts Avenue", false},
	} {
		if got := koreanSkeleton(tt.ko) == skeleton(tt.en, true); got != tt.same {
			t.Errorf("%s %q ~ %s %q: same %v, want %v", tt.ko, koreanSkeleton(tt.ko), tt.en, skeleton(tt.en, true), got, tt.same)
		}
	}
	checkPairCases(t, false, []pairCase{
		{"final ts", "그는 매사추세츠에서 태어났다.", "He was born in Massachusetts.", "매사추세츠\tMassachusetts", ""},
		{"final tz", "그는 리츠 호텔에 묵었다.", "He stayed at the Ritz hotel.", "리츠\tRitz", ""},
		{"final ds", "우즈는 우승했다.", "Woods won the title.", "우즈\tWoods", ""},
	})
}

// TestVowelsM23: an English ee is the 이 of Korean (Reed 리드) and a y
// after a vowel the second vowel of ay, ey, oy (May 메이), so names of
// one or two consonants whose vowels decide pair (session 17, helper
// M23); before, 메이 took 이 for a particle (테레사 메 ~ Theresa).
func TestVowelsM23(t *testing.T) {
	for _, tt := range [][2]string{{"May", "mai"}, {"Reed", "lit"}, {"Lee", "li"}, {"Boyd", "poit"}, {"Yale", "al"}, {"Kenya", "kana"}} {
		if got := vowelKey(tt[0], true); got != tt[1] {
			t.Errorf("vowelKey(%s) = %q, want %q", tt[0], got, tt[1])
		}
	}
	checkPairCases(t, false, []pairCase{
		{"ay", "메이 총리가 촉구했다.", "He urged Mrs May to act.", "메이\tMay", ""},
		{"ay, full name", "테레사 메이 총리가 오늘 발표할 예정이다.", "Theresa May will announce today.", "테레사 메이\tTheresa May", "테레사 메\tTheresa"},
		{"ee", "리드는 덧붙였다.", "Reed said.", "리드\tReed", ""},
		{"a month", "5월에 만났다.", "They met on Monday May 5.", "", "5월\tMay"},
		{"ee, full name", "로드 리드 수석 코치는 말했다.", "Head coach Rod Reed told reporters.", "로드 리드\tRod Reed", ""},
	})
}

// TestReutersM23: 로이터 ~ Reuters, whose final s Korean leaves out, is a
// translated name of nameWords.
func TestReutersM23(t *testing.T) {
	checkPairCases(t, false, []pairCase{
		{"Reuters", "로이터 보도에 따르면 그렇다.", "It is so, according to Reuters.", "로이터\tReuters", ""},
		{"news agency", "로이터통신은 전했다.", "Reuters reported.", "로이터통신\tReuters", ""},
	})
}

// TestVowelNames: a name of no consonant but h, w or y, which the
// consonant matching cannot compare, is paired by its vowels, an English
// i before a vowel read as 아이 (아이오와 ~ Iowa, 오하이오 ~ Ohio); words
// of too few vowels or syllables are not.
func TestVowelNames(t *testing.T) {
	for _, tc := range []struct {
		ko, en, want string
		ok           bool
	}{
		{"미국의 전문가들을 지지했던 아이오와 같은 주 수출업자들", "exporters in states such as Iowa that supported Trump", "아이오와\tIowa", true},
		{"아이오와의 디모인 사이에", "between St. Louis and Des Moines, Iowa, there", "아이오와\tIowa", true},
		{"오하이오에서 열린 집회", "a rally in Ohio on Monday", "오하이오\tOhio", true},
		{"하와이에서 열린 집회", "a rally in Hawaii on Monday", "하와이\tHawaii", false}, // too few vowels to tell (not this rule's)
		{"아이와 함께 Away 팀", "with the child of the Away team", "아이와\tAway", false},
		{"아이유가 노래했다", "Iowa sang", "아이유\tIowa", false}, // other vowels
	} {
		got := pairsOf(tc.ko, tc.en, nil, newMemo())
		k := strings.SplitN(tc.want, "\t", 2)
		typ, ok := got[[2]string{k[0], k[1]}]
		if ok != tc.ok || ok && typ != Place {
			t.Errorf("pairsOf(%q, %q): %s %v (%s), want %v", tc.ko, tc.en, tc.want, ok, typ, tc.ok)
		}
	}
}

// TestCountryWinsVowelTie: a country's Korean form with a particle whose
// vowels match the English a little better (아일랜드와, 아일랜드에) does not
// beat the country's own form; other names keep the vowels' choice
// (두바이, whose 이 is the name's).
func TestCountryWinsVowelTie(t *testing.T) {
	lex := lexicon.WithCore(nil)
	for _, tc := range []struct{ ko, en, want, not string }{
		{"마찰 없는 국경, 아일랜드와 국경 없는 자유 무역이 가능하다고 했다.", "frictionless borders, free trade with Ireland.", "아일랜드", "아일랜드와"},
		{"그는 아일랜드에 전화를 걸었다.", "He called Ireland.", "아일랜드", "아일랜드에"},
	} {
		got := pairsOf(tc.ko, tc.en, lex, newMemo())
		if _, ok := got[[2]string{tc.want, "Ireland"}]; !ok {
			t.Errorf("pairsOf(%q): no %s ~ Ireland", tc.ko, tc.want)
		}
		if _, ok := got[[2]string{tc.not, "Ireland"}]; ok {
			t.Errorf("pairsOf(%q): %s ~ Ireland", tc.ko, tc.not)
		}
	}
}

// TestFrenchFinalArd: the final d of a French name in -ard is silent and
// its r said, 르 (부샤르 ~ Bouchard, 아자르 ~ Hazard), for a Korean form
// ending in 르 only; the English reading with the d (리처드 ~ Richard)
// still pairs.
//
// Session 19 (helper M29): rules chosen on the dev parts' misses (dev-9's
// Bouchard and Dwyer, dev-10's Tyler, dev-11's Hazard), each test failing
// without its rule.
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

// TestSilentEBeforeS: Wales is read ails, as 웨일스 and 웨일즈 write it,
// so the short name's vowels agree (0.6 or more) and the pair is made;
// Kane and Rice read as before.
func TestSilentEBeforeS(t *testing.T) {
	for _, tc := range []struct {
		ko, en string
	}{{"웨일스", "Wales"}, {"웨일즈", "Wales"}, {"제임스", "James"}} {
		if got := enVowelSim(vowelKey(romanize.Word(tc.ko), false), tc.en, false, true); got < 0.6 {
			t.Errorf("enVowelSim(%s, %s) = %.2f, want >= 0.6", tc.ko, tc.en, got)
		}
	}
	if got := vowelKey("Wales", true); got != "ails" {
		t.Errorf("vowelKey(Wales) = %q, want ails", got)
	}
	if got := vowelKey("Kane", true); got != "kain" {
		t.Errorf("vowelKey(Kane) = %q, want kain", got)
	}
	out := pairsOf("영국 웨일즈의 항구도시 카디프를 시작으로", "kick off her tour in Cardiff, Wales, and wind", nil, newMemo())
	if _, ok := out[[2]string{"웨일즈", "Wales"}]; !ok {
		t.Errorf("pairsOf(웨일즈 ~ Wales): %v", out)
	}
	// 웨일즈 is the country list's Wales too, a place whatever its units
	// show (from New South Wales once gave it a person's evidence).
	if got := kindOf(&pairStats{Ko: "웨일즈", En: "Wales", Type: Place, Person: 1}); got != Place {
		t.Errorf("kindOf(웨일즈 ~ Wales, a person's evidence) = %s, want place", got)
	}
}

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
