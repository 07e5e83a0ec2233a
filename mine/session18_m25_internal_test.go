package mine

import (
	"strings"
	"testing"

	"bitext/glossary"
)

// Session 18 (helper M25): rules chosen on dev-8's misses (NTREX lines
// 1401-1600), each test failing without its rule.

// m25Case is a unit, a pair and whether pairsOf finds it with the type.
type m25Case struct {
	ko, en, want string
	ok           bool
	typ          glossary.Type
}

func checkM25(t *testing.T, cases []m25Case) {
	t.Helper()
	for _, tc := range cases {
		got := pairsOf(tc.ko, tc.en, nil, newMemo())
		k := strings.SplitN(tc.want, "\t", 2)
		typ, ok := got[[2]string{k[0], k[1]}]
		if ok != tc.ok || ok && tc.typ != "" && typ != tc.typ {
			t.Errorf("pairsOf(%q, %q): %s %v (%s), want %v (%s)", tc.ko, tc.en, tc.want, ok, typ, tc.ok, tc.typ)
		}
	}
}

// TestHonorificEndsForm: a foreign name does not go on past the
// honorific 씨 written apart (플라이스 씨 ~ Mr. Fleiss was the form with 씨).
func TestHonorificEndsForm(t *testing.T) {
	checkM25(t, []m25Case{
		{"내가 플라이스 씨를 찾아갔을 때 그는 방송을 보고 있었다.", "When I called on Mr. Fleiss he was watching the news.", "플라이스\tFleiss", true, ""},
		{"내가 플라이스 씨를 찾아갔을 때 그는 방송을 보고 있었다.", "When I called on Mr. Fleiss he was watching the news.", "플라이스 씨\tFleiss", false, ""},
		{"험프리스 씨는 이렇게 말했다.", "Mr Humphreys said so.", "험프리스 씨\tHumphreys", false, ""},
		{"험프리스 씨는 이렇게 말했다.", "Mr Humphreys said so.", "험프리스\tHumphreys", true, ""},
	})
}

// TestRepublicPairs: a country whose Korean name ends in 공화국, written
// in two words, pairs by the countries table (도미니카 공화국 ~ Dominican
// Republic, not ~ Dominican by the sounds of its first word).
func TestRepublicPairs(t *testing.T) {
	checkM25(t, []m25Case{
		{"도미니카 공화국과 파나마가 중국을 인정했다.", "The Dominican Republic and Panama recognized Beijing.", "도미니카 공화국\tDominican Republic", true, Place},
		{"도미니카 공화국과 파나마가 중국을 인정했다.", "The Dominican Republic and Panama recognized Beijing.", "도미니카 공화국\tDominican", false, ""},
		{"대사들은 중앙아프리카 공화국으로 돌아갔다.", "The envoys went back to the Central African Republic.", "중앙아프리카 공화국\tCentral African Republic", true, Place},
		{"도미니카 공화국과 협상했다.", "They talked with Dominican officials.", "도미니카 공화국\tDominican Republic", false, ""}, // the English does not write it
	})
}

// TestLatinBeforeBracket: a word in Latin letters with a bracket written
// on it in the Korean (HMC(Headmasters' ...)) is a Latin name as one
// written apart is.
func TestLatinBeforeBracket(t *testing.T) {
	checkM25(t, []m25Case{
		{"독립 학교 조직인 HMC(Headmasters' Conference)에서 실행한 연구", "The research by the Headmasters' Conference (HMC) found", "HMC\tHMC", true, Organization},
		{"세계보건기구 WHO(World Health Organization)는 경고했다.", "The WHO warned on Monday.", "WHO\tWHO", true, Organization},
		{"소문자 word(Headmasters)에서", "The Headmasters said", "word\tword", false, ""},
	})
}

// TestRegionPairs: a region of a place the unit pairs, the Korean word for
// the region after the name or before it (술라웨시 중부, 남부 캘리포니아),
// pairs with the English region's word before the name.
func TestRegionPairs(t *testing.T) {
	checkM25(t, []m25Case{
		{"팔루는 술라웨시 중부 지역의 수도이다.", "Palu is the capital of Central Sulawesi province.", "술라웨시 중부\tCentral Sulawesi", true, Place},
		{"남부 캘리포니아의 산불", "wildfires in Southern California", "남부 캘리포니아\tSouthern California", true, Place},
		{"술라웨시 중부에서 지진이 났다.", "A quake hit central Sulawesi.", "술라웨시 중부\tCentral Sulawesi", false, ""}, // lower case: no region's name
		{"술라웨시의 중부에서 지진이 났다.", "A quake hit Central Sulawesi.", "술라웨시의 중부\tCentral Sulawesi", false, ""},
	})
}

// TestCompanyNoun: a company's noun right before the English name or
// ending the bare Korean word before it (consumer tech company Elvie,
// 유축기 제조업체 엘비) is an organisation's evidence.
func TestCompanyNoun(t *testing.T) {
	for _, tt := range []struct {
		name, ko, en, pair string
		want               uint8
	}{
		{"company before the English name", "엘비는 광고를 발표했다.", "Yesterday the tech company Elvie released an advert.", "엘비\tElvie", evOrg},
		{"a maker's word before the Korean name", "유축기 제조업체 엘비는 광고를 발표했다.", "Yesterday Elvie released an advert.", "엘비\tElvie", evOrg},
		{"carmaker before the English name", "토레스는 공장을 닫았다.", "Yesterday carmaker Torres closed a plant.", "토레스\tTorres", evOrg},
		{"a company's word with a particle", "회사의 엘비는 광고를 발표했다.", "Yesterday Elvie released an advert.", "엘비\tElvie", 0},
		{"no company's word", "엘비는 광고를 발표했다.", "Yesterday Elvie released an advert.", "엘비\tElvie", 0},
	} {
		out, ev := unitPairs(tt.ko, tt.en, nil, newMemo())
		key := [2]string(strings.Split(tt.pair, "\t"))
		if _, ok := out[key]; !ok {
			t.Errorf("%s: no pair %s in %v", tt.name, tt.pair, out)
			continue
		}
		if ev[key]&evOrg != tt.want {
			t.Errorf("%s: evidence %b, want the organisation's %b", tt.name, ev[key], tt.want)
		}
	}
}

// TestNameWordsM25: 유엔 ~ United Nations where the English writes it
// whole, and 유엔 총회 ~ UN General Assembly written apart; not 총회 alone.
func TestNameWordsM25(t *testing.T) {
	checkM25(t, []m25Case{
		{"유엔 총회에서 장관은 난민들에게 돌아오라고 촉구했다.", "Addressing the UN General Assembly, the minister called on refugees to come home.", "유엔 총회\tUN General Assembly", true, Organization},
		{"유엔 총회에서 장관은 난민들에게 돌아오라고 촉구했다.", "Addressing the UN General Assembly, the minister called on refugees to come home.", "총회\tGeneral Assembly", false, ""},
		{"유엔은 성명을 냈다.", "The United Nations issued a statement.", "유엔\tUnited Nations", true, Organization},
		{"연간 총회에서 선출되었다.", "She was elected at the General Assembly of the body.", "총회\tGeneral Assembly", false, ""},
	})
}
