package mine

import "testing"

// Session 19 (helper M32): the type of a candidate (kindOf) when the rule
// that first found its pair gave a default the units or the name's form
// contradict. Each case below fails without its rule.

// TestCountryWhateverFirstType: a state or country glossed in brackets
// (유타(Utah)) is first found an organisation's; it is a place.
func TestCountryWhateverFirstType(t *testing.T) {
	for _, p := range []*pairStats{
		{Ko: "유타", En: "Utah", Type: Organization},
		{Ko: "네바다", En: "Nevada", Type: Organization, Org: 1},
		{Ko: "캘리포니아", En: "California", Type: Person},
	} {
		if got := kindOf(p); got != Place {
			t.Errorf("kindOf(%s ~ %s, first %s) = %s, want place", p.Ko, p.En, p.Type, got)
		}
	}
}

// TestKoreanPersonNames: a Korean form of three syllables beginning with a
// surname against a surname and a hyphenated given name is a person's,
// though one Korean word is first found a place's and no unit shows a
// kind; a province's or a city's names are not written so.
func TestKoreanPersonNames(t *testing.T) {
	for _, tt := range []struct {
		ko, en string
		want   bool
	}{
		{"김정은", "Kim Jong-un", true},
		{"문재인", "Moon Jae-in", true},
		{"반기문", "Ban Ki-moon", true},
		{"정의용", "Chung Eui-yong", true},
		{"경기도", "Gyeonggi-do", false},
		{"김정은", "Kim Jong Un", false},
		{"부산시", "Busan City", false},
		{"스톡홀름", "Stock-holm", false},
		{"김정은", "Kim Jong-Un", false},
	} {
		if got := koreanPersonName(tt.ko, tt.en); got != tt.want {
			t.Errorf("koreanPersonName(%s, %s) = %v, want %v", tt.ko, tt.en, got, tt.want)
		}
	}
	if got := kindOf(&pairStats{Ko: "김정은", En: "Kim Jong-un", Type: Place}); got != Person {
		t.Errorf("kindOf(김정은 ~ Kim Jong-un, first place) = %s, want person", got)
	}
	if got := kindOf(&pairStats{Ko: "김정은", En: "Kim Jong-un", Type: Place, Place: 1}); got != Person {
		t.Errorf("kindOf(김정은 ~ Kim Jong-un, a place's evidence once) = %s, want person", got)
	}
}

// TestGivenNameNoEvidence: a usual given name whose units show no kind
// (그레이스 ~ Grace, a plaintiff) is a person's, not the place a one-word
// form is first found; evidence still decides, and a name that is no
// given name stays a place.
func TestGivenNameNoEvidence(t *testing.T) {
	for _, tt := range []struct {
		p    pairStats
		want string
	}{
		{pairStats{Ko: "그레이스", En: "Grace", Type: Place}, "person"},
		{pairStats{Ko: "미셸", En: "Michelle", Type: Place, Person: 1, Place: 1}, "person"},
		{pairStats{Ko: "그레이스", En: "Grace", Type: Place, Place: 2}, "place"},
		{pairStats{Ko: "피닉스", En: "Phoenix", Type: Place}, "place"},
		{pairStats{Ko: "빅토리아", En: "Victoria", Type: Place}, "place"},
		{pairStats{Ko: "요르단", En: "Jordan", Type: Place}, "place"},
	} {
		if got := kindOf(&tt.p); string(got) != tt.want {
			t.Errorf("kindOf(%s ~ %s) = %s, want %s", tt.p.Ko, tt.p.En, got, tt.want)
		}
	}
}
