package mine

import "testing"

// Session 20 (helper M33): the forms of two kinds of names the dev parts
// got wrong (dev-11-200: 굽에 ~ Goop, 성 마틴 ~ St. Martin, 세인즈버리 ~
// Sainsbury), each test failing without its rule.

// TestShortStemForParticleWord: a name of one syllable matched with its
// particle (굽에) is paired as its stem (굽 ~ Goop) when the stem spells the
// English as exactly and its vowels are nearer; 이 is no such particle
// (레이 ~ Ray is a name of two syllables).
func TestShortStemForParticleWord(t *testing.T) {
	ko := "그 두 사람의 사업은 귀네스 팰트로의 브랜드 굽에 비유되어 왔다."
	en := "The pair's business had been likened to Gwyneth Paltrow's Goop brand."
	got := pairsOf(ko, en, nil, newMemo())
	if _, ok := got[[2]string{"굽", "Goop"}]; !ok {
		t.Errorf("pairsOf(%q, %q): no 굽 ~ Goop", ko, en)
	}
	if _, ok := got[[2]string{"굽에", "Goop"}]; ok {
		t.Errorf("pairsOf(%q, %q): 굽에 ~ Goop, the particle kept", ko, en)
	}
	for _, tc := range []struct {
		v, w string
		want bool
	}{
		{"굽", "굽에", true},
		{"캡", "캡을", true},
		{"레", "레이", false},
		{"토", "토가", false},
		{"굽에", "굽에서", false},
	} {
		if got := shortStem(tc.v, tc.w); got != tc.want {
			t.Errorf("shortStem(%s, %s) = %v, want %v", tc.v, tc.w, got, tc.want)
		}
	}
}

// TestNameOwnS: an 's that no noun follows (punctuation, the text's end, a
// verb) is the name's own and kept in its English form (St. Martin's, a
// church; Sainsbury's, a shop), and such a name of two Korean words is
// typed a place, not a person; a possessive before its noun is cut as
// before (St. Petersburg's governor, Sainsbury's stores).
func TestNameOwnS(t *testing.T) {
	for _, tc := range []struct{ ko, en, wantKo, wantEn string }{
		{"메리웨더 씨는 성 마틴이 그를 대체하지 않았다고 말했습니다.", "Mr. Merriweather said that St. Martin's did not replace him.", "성 마틴", "St. Martin's"},
		{"존슨 목사의 아들인 데이비드 존슨 목사와 성 마틴의 후계자들은 그 카리용을 자랑스럽게 불렀습니다.",
			"The Rev. David Johnson, Father Johnson's son and successor at St. Martin's, proudly called the carillon.", "성 마틴", "St. Martin's"},
		{"세인즈버리는 뷰티 코너 규모를 두 배로 늘리기 위해 제품을 주문할 것이라고 말했다.", "Sainsbury's said it would be doubling the size of its beauty aisles.", "세인즈버리", "Sainsbury's"},
		{"세인즈버리 매장이 늘었다.", "Sainsbury's stores grew.", "세인즈버리", "Sainsbury"},
		{"상트페테르부르크 주지사가 말했다.", "St. Petersburg's governor said so.", "상트페테르부르크", "St. Petersburg"},
	} {
		got := pairsOf(tc.ko, tc.en, nil, newMemo())
		if _, ok := got[[2]string{tc.wantKo, tc.wantEn}]; !ok {
			t.Errorf("pairsOf(%q, %q): no %s ~ %s (%v)", tc.ko, tc.en, tc.wantKo, tc.wantEn, got)
		}
	}
	for _, tc := range []struct {
		f    string
		rest []string
		want bool
	}{
		{"Martin's,", []string{"proudly"}, true},
		{"Martin's", []string{"did"}, true},
		{"Sainsbury's", nil, true},
		{"Sainsbury's", []string{"stores"}, false},
		{"Petersburg's", []string{"governor"}, false},
	} {
		if got := nameS(tc.f, tc.rest); got != tc.want {
			t.Errorf("nameS(%q, %v) = %v, want %v", tc.f, tc.rest, got, tc.want)
		}
	}
	if got := kindOf(&pairStats{Ko: "성 마틴", En: "St. Martin's", Type: Person}); got != Place {
		t.Errorf("kindOf(성 마틴 ~ St. Martin's, first person) = %s, want place", got)
	}
	if got := kindOf(&pairStats{Ko: "로버트 존스", En: "Robert Jones", Type: Person}); got != Person {
		t.Errorf("kindOf(로버트 존스 ~ Robert Jones) = %s, want person", got)
	}
}
