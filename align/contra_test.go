package align

import (
	"testing"

	"golang.org/x/text/language"
)

// TestContraCost checks contraCost on 1-1 pairs: a pair sharing nothing
// whose Korean side has numbers or Latin tokens the English lacks (two,
// or one among three with the English side's own numbers and long names)
// costs wContra; a pair sharing a number, a name or a translated word, or
// whose only unmatched specific content is English names, costs nothing.
func TestContraCost(t *testing.T) {
	opts := Options{CoreLexicon: true}
	opts.Lexicon = opts.lexicon()
	for _, c := range []struct {
		name   string
		ko, en string
		want   float64
	}{
		{"two Korean specifics, nothing shared",
			"UN은 2006년 이에 관한 최근 보고를 발표했다.",
			"About three dozen soldiers have also died.", wContra},
		{"one Korean specific and two English names",
			"경쟁업체인 UPS는 본래처럼 직원들에게 연말휴가를 부여할 계획입니다.",
			`So we are continuing to pursue those individuals," Mr. Albence said in Washington.`, wContra},
		{"a shared number",
			"UN은 2006년 이에 관한 최근 보고를 발표했다.",
			"The UN published its latest report on this in 2006.", 0},
		{"one Korean specific only",
			"맨유는 22일 경기를 펼친다.",
			"About three dozen soldiers have also died.", 0},
		{"English names only",
			"서로 다른 배경을 가진 두 집단이 새로운 문화를 창조해야 합니다.",
			"Secretary of State Condoleezza Rice described it as an outpost of tyranny.", 0},
		{"a translated word",
			"정부는 2006년 UN 예산을 발표했다.",
			"The government announced the budget.", 0},
	} {
		ko := features([]string{c.ko}, language.Korean, opts)
		en := features([]string{c.en}, language.English, opts)
		newLattice(ko, en)
		if got := contraCost(ko, en); got != c.want {
			t.Errorf("%s: contraCost = %v, want %v", c.name, got, c.want)
		}
	}
}
