package mine

import (
	"slices"
	"testing"

	"bitext/glossary"
)

// Session 21 (helper M39): a word in Latin letters inside a bracket that
// glosses the Hangul word before it is no name the Korean keeps in Latin
// letters (M38's junk Ryan ~ Ryan, Zaev ~ Zaev, Edward ~ Edward, West ~
// West of the fresh -200 parts). The test fails without the rule.

// TestGlossWordNoLatinPair: the last word of a gloss is not paired with
// itself; an acronym in a gloss, a Latin word written before its own
// bracket and a Latin name outside brackets still are.
func TestGlossWordNoLatinPair(t *testing.T) {
	for _, tc := range []struct {
		ko, en string
		want   []string // Latin pairs, Korean form ~ English form
	}{
		{"제 국회의원 동료 조안 라이언(Joan Ryan)도 비슷한 대우를 받았습니다.", "My parliamentary colleague Joan Ryan received similar treatment.", nil},
		{"총리 조란 자예브(Zoran Zaev)는 그의 아내와 함께 투표했다.", "Prime Minister Zoran Zaev voted with his wife.", nil},
		{"주 4일 근무제는 무역 연합 의회(Trades Union Congress)에서 승인되었습니다.", "It has been endorsed by the Trades Union Congress.", nil},
		{"카니예 웨스트 (Kanye West)는 공연을 했다.", "Kanye West gave a performance.", nil},
		{"국제 사법 재판소(ICJ)는 판결했다.", "The ICJ ruled.", []string{"ICJ~ICJ"}},
		{"WHO(세계보건기구)는 경고했다.", "The WHO warned.", []string{"WHO~WHO"}},
		{"Gateway Pundit와 RedState와 같은 사이트들은 보도했다.", "Sites such as Gateway Pundit and RedState reported.", []string{"Gateway Pundit~Gateway Pundit", "RedState~RedState"}},
	} {
		out := map[[2]string]glossary.Type{}
		latinPairs(tc.ko, tc.en, out, newMemo())
		var got []string
		for p := range out {
			got = append(got, p[0]+"~"+p[1])
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("latinPairs(%q) = %q, want %q", tc.ko, got, tc.want)
		}
	}
}

// TestCityClubAndCompassPlace: a British town with City, 시티 a word of
// its own in the Korean, is a club (an organisation) whatever its units
// show; a name with 이스트, 노스 or 사우스 after it is a place, but not
// after a given name, and a city with City is not a club.
func TestCityClubAndCompassPlace(t *testing.T) {
	for _, tc := range []struct {
		ko, en string
		typ    glossary.Type
		want   glossary.Type
	}{
		{"맨체스터 시티", "Manchester City", Place, Organization},
		{"스토크 시티", "Stoke City", Person, Organization},
		{"멕시코 시티", "Mexico City", Place, Place},
		{"노팅엄 이스트", "Nottingham East", Person, Place},
		{"올리버 노스", "Oliver North", Person, Person},
		{"카니예 웨스트", "Kanye West", Person, Person},
	} {
		p := &pairStats{Ko: tc.ko, En: tc.en, Type: tc.typ}
		if got := kindOf(p); got != tc.want {
			t.Errorf("kindOf(%s ~ %s, %s) = %s, want %s", tc.ko, tc.en, tc.typ, got, tc.want)
		}
	}
}
