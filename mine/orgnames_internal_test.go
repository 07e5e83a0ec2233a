package mine

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/glossary"
	"bitext/tm"
)

// Names of organizations: name words, heads and nouns of bodies, companies
// and media.

// TestEngineeringCollege: 공대 (an engineering college) ends a partly
// translated name whose English ends in Tech or Institute of Technology
// (버지니아 공대 ~ Virginia Tech), as orgWords' other bodies do
// (session 15, helper M19).
func TestEngineeringCollege(t *testing.T) {
	for _, tt := range [][3]string{
		{"미 버지니아 공대에서 총격이 있었다.", "A shooting at the Virginia Tech university left many dead.", "버지니아 공대\tVirginia Tech"},
		{"조지아 공대 학생들이 항의했다.", "Students of Georgia Tech protested on Monday.", "조지아 공대\tGeorgia Tech"},
	} {
		got := pairsOf(tt[0], tt[1], nil, nil)
		if got[[2]string(strings.SplitN(tt[2], "\t", 2))] != Organization {
			t.Errorf("%s: %v, want %q, an organisation", tt[0], got, tt[2])
		}
	}
}

// TestCommonNounsM22: a disease and the words for many that open a
// sentence are no names once read by their sounds (에이즈 ~ Aids).
func TestCommonNounsM22(t *testing.T) {
	st := NewState()
	for i, p := range [][2]string{
		{"에이즈가 퍼졌다.", "Then Aids spread."},
		{"에이즈가 줄었다.", "Then Aids receded."},
	} {
		d := time.Date(2026, 3, i+1, 0, 0, 0, 0, time.UTC)
		st.Add(&tm.Unit{ID: int64(i + 1), Created: d, Changed: d, Variants: []tm.Variant{
			{Lang: language.Korean, Text: p[0]}, {Lang: language.English, Text: p[1]}}})
	}
	for _, c := range st.Result(Options{}).Candidates {
		if c.Korean == "에이즈" {
			t.Errorf("에이즈 ~ %s is a candidate", c.Renderings[0].Text)
		}
	}
}

// TestNewspaperHeads: a name ending in a newspaper's word is an
// organisation's whatever its units show (in the Des Moines Register).
func TestNewspaperHeads(t *testing.T) {
	st := NewState()
	for i, p := range [][2]string{
		{"그는 데스모인 레지스터에 광고를 실었다.", "He ran an ad in the Des Moines Register."},
		{"데스모인 레지스터에서 그는 비난했다.", "In the Des Moines Register he accused China."},
	} {
		d := time.Date(2026, 3, i+1, 0, 0, 0, 0, time.UTC)
		st.Add(&tm.Unit{ID: int64(i + 1), Created: d, Changed: d, Variants: []tm.Variant{
			{Lang: language.Korean, Text: p[0]}, {Lang: language.English, Text: p[1]}}})
	}
	found := false
	for _, c := range st.Result(Options{}).Candidates {
		if c.Korean == "데스모인 레지스터" {
			found = true
			if c.Type != Organization {
				t.Errorf("데스모인 레지스터 ~ %s typed %s, want organization", c.Renderings[0].Text, c.Type)
			}
		}
	}
	if !found {
		t.Errorf("no candidate 데스모인 레지스터: %v", st.Result(Options{}).Candidates)
	}
}

// TestNameWords: a legislature's or a committee's translated name of
// nameWords pairs with its English rendering, and two of them one after
// the other with theirs (상원 법사위원회 ~ Senate Judiciary Committee); a
// title made of one (상원의원, senator) does not.
func TestNameWords(t *testing.T) {
	checkPairCases(t, false, []pairCase{
		{"상원", "상원은 법안을 통과시켰다.", "The Senate passed the bill.", "상원\tSenate", ""},
		{"하원", "하원은 법안을 통과시켰다.", "The House of Representatives passed the bill.", "하원\tHouse of Representatives", ""},
		{"two", "그는 상원 법사위원회에서 증언했다.", "He testified before the Senate Judiciary Committee.", "상원 법사위원회\tSenate Judiciary Committee", ""},
		{"the second alone", "법사위원회는 투표했다.", "The Judiciary Committee voted.", "법사위원회\tJudiciary Committee", ""},
		{"a senator", "매사추세츠주 상원의원이 말했다.", "The Massachusetts senator said.", "", "상원의원\tSenate"},
		{"no rendering", "상원은 법안을 통과시켰다.", "Congress passed the bill.", "", "상원\tCongress"},
	})
}

// TestNameWordsKept: a nameWords pair whose English is one head noun of
// organisations' names (Senate) is a candidate, not left out as the head
// noun alone.
func TestNameWordsKept(t *testing.T) {
	st := NewState()
	for i, p := range [][2]string{
		{"상원은 법안을 통과시켰다.", "The Senate passed the bill."},
		{"상원은 법안을 부결시켰다.", "The U.S. Senate rejected the bill."},
	} {
		d := time.Date(2026, 3, i+1, 0, 0, 0, 0, time.UTC)
		st.Add(&tm.Unit{ID: int64(i + 1), Created: d, Changed: d, Variants: []tm.Variant{
			{Lang: language.Korean, Text: p[0]}, {Lang: language.English, Text: p[1]}}})
	}
	for _, c := range st.Result(Options{}).Candidates {
		if c.Korean == "상원" && c.Renderings[0].Text == "Senate" {
			return
		}
	}
	t.Errorf("no candidate 상원 ~ Senate: %v", st.Result(Options{}).Candidates)
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

// TestAirline: Air as the first or last English word, 에어 as the Korean
// one, is an airline's name: an organisation whatever the units show.
func TestAirline(t *testing.T) {
	for _, tc := range []struct {
		ko, en string
		want   glossary.Type
	}{
		{"에어 니우기니", "Air Niugini", Organization},
		{"배틱 에어", "Batik Air", Organization},
		{"에어 캐나다", "Air Canada", Organization},
		{"에어", "Air", Place},
	} {
		p := &pairStats{Ko: tc.ko, En: tc.en, Type: Person, Person: 1}
		if tc.want == Place {
			p.Type, p.Person = Place, 0
		}
		if got := kindOf(p); got != tc.want {
			t.Errorf("kindOf(%s ~ %s) = %s, want %s", tc.ko, tc.en, got, tc.want)
		}
	}
}

// TestCaucusAndMedia: a party's caucus and a news medium whose name ends
// in news or week are organisations (프리덤 코커스, 유로뉴스, 뉴스위크지,
// typed person and place on held-out-14-200); Weeks, a surname, is not.
func TestCaucusAndMedia(t *testing.T) {
	for _, tc := range []struct {
		ko, en string
		want   bool
	}{
		{"프리덤 코커스", "Freedom Caucus", true},
		{"유로뉴스", "Euronews", true},
		{"뉴스위크지", "Newsweek", true},
		{"뉴스위크", "Newsweek", true},
		{"윅스", "Weeks", false},
		{"뉴스", "News", false},
	} {
		if got := isOrgName(tc.ko, tc.en); got != tc.want {
			t.Errorf("%s ~ %s: isOrgName %v, want %v", tc.ko, tc.en, got, tc.want)
		}
	}
}

// TestLanguageAndAdministration: a country's language (러시아어 ~ Russia,
// 프랑스어 ~ French) or a language's English name (Mandarin) is no
// candidate, so the country's own form keeps the English; a name
// before 행정부 is a person's (바이든 행정부 ~ the Biden administration,
// typed place on held-out-14-200), 미국 행정부 still a place.
func TestLanguageAndAdministration(t *testing.T) {
	for _, tc := range []struct {
		ko, en string
		want   bool
	}{
		{"러시아어", "Russia", true},
		{"우크라이나어", "Ukraine", true},
		{"프랑스어", "French", true},
		{"만다린", "Mandarin", true},
		{"러시아", "Russia", false},
		{"프랑스", "French", false},
		{"지어", "Ji", false},
	} {
		if got := languageName(tc.ko, tc.en); got != tc.want {
			t.Errorf("%s ~ %s: languageName %v, want %v", tc.ko, tc.en, got, tc.want)
		}
	}
	ps, ev := unitPairs("바이든 행정부의 최근 개선안을 호평했다.", "He praised the Biden administration's recent reforms.", nil, newMemo())
	if _, ok := ps[[2]string{"바이든", "Biden"}]; !ok || ev[[2]string{"바이든", "Biden"}]&evPerson == 0 {
		t.Errorf("바이든 행정부: pairs %v, evidence %v, want a person's", ps, ev)
	}
	p := pairStats{Ko: "미국", En: "United States", Type: Place, Person: 3}
	if k := kindOf(&p); k != Place {
		t.Errorf("미국 ~ United States with a person's evidence: %v, want a place", k)
	}
}
