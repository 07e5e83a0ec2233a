package mine

import (
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/tm"
)

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

// TestForeignArticle: a Korean form that leaves out the article of a
// German, French or Spanish name names the whole name (슈피겔 ~ Der
// Spiegel, not Spiegel, which ends a longer run in every unit and was
// dropped).
func TestForeignArticle(t *testing.T) {
	checkPairCases(t, false, []pairCase{
		{"Der", "독일 뉴스 잡지사인 슈피겔을 고소할 계획이다.", "His lawyers are set to sue German news magazine Der Spiegel.", "슈피겔\tDer Spiegel", "슈피겔\tSpiegel"},
		{"article in Korean too", "디 자이트 신문에 따르면", "according to Die Zeit newspaper", "디 자이트\tDie Zeit", ""},
		{"no article", "슈피겔은 보도했다.", "Spiegel reported.", "슈피겔\tSpiegel", "슈피겔\tDer Spiegel"},
	})
}

// TestForeignArticleKept: 슈피겔 ~ Der Spiegel is a candidate; the
// English run it names is not the end of a longer one.
func TestForeignArticleKept(t *testing.T) {
	res := resultOf([][2]string{
		{"독일 뉴스 잡지사인 슈피겔을 고소할 계획이다.", "His lawyers are set to sue German news magazine Der Spiegel."},
		{"호날두 측은 슈피겔을 대상으로 기소했다.", "Ronaldo's lawyers are preparing to sue Der Spiegel over the allegations."},
		{"슈피겔 측이 금요일에 보도했다.", "Der Spiegel reported on Friday."},
	})
	for _, c := range res.Candidates {
		if c.Korean == "슈피겔" && c.Renderings[0].Text == "Der Spiegel" {
			if c.Type != Organization {
				t.Errorf("슈피겔 ~ Der Spiegel typed %s, want organization", c.Type)
			}
			return
		}
	}
	t.Errorf("no 슈피겔 ~ Der Spiegel in %v", res.Candidates)
}

// TestLatinNoun: a body's name the Korean writes as an acronym in Latin
// letters and Hangul words that transliterate the English words after it
// (NBC 뉴스 ~ NBC News, BBC 라디오 4 ~ BBC Radio 4).
func TestLatinNoun(t *testing.T) {
	checkPairCases(t, false, []pairCase{
		{"news", "NBC 뉴스는 보도했다.", "NBC News reported.", "NBC 뉴스\tNBC News", ""},
		{"number", "BBC 라디오 4의 프로그램에서 말했다.", "he told BBC Radio 4's Today programme.", "BBC 라디오 4\tBBC Radio 4", ""},
		{"place", "NHS 스코틀랜드의 작업자", "workers at NHS Scotland", "NHS 스코틀랜드\tNHS Scotland", ""},
		{"the English goes on", "NBC 뉴스는 보도했다.", "NBC News Channel reported.", "", "NBC 뉴스\tNBC News"},
		{"a common acronym", "TV 뉴스를 보았다.", "He watched TV News.", "", "TV 뉴스\tTV News"},
		{"no sound alike", "NBC 방송은 보도했다.", "NBC News reported.", "", "NBC 방송\tNBC News"},
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

// resultOf mines the pairs as units of one state and returns its result.
func resultOf(pairs [][2]string) *Result {
	st := NewState()
	for i, p := range pairs {
		d := time.Date(2026, 3, i+1, 0, 0, 0, 0, time.UTC)
		st.Add(&tm.Unit{ID: int64(i + 1), Created: d, Changed: d, Variants: []tm.Variant{
			{Lang: language.Korean, Text: p[0]}, {Lang: language.English, Text: p[1]}}})
	}
	return st.Result(Options{})
}

// TestKindsM23: a generic Korean body's word paired with one country's
// name of it (재무부 ~ Treasury) and a league as a competition (Premier
// League) are no candidates; "claims" after a name is a person's
// evidence (마요르가 ~ Mayorga, typed place before); Academical ends a
// club's name.
func TestKindsM23(t *testing.T) {
	res := resultOf([][2]string{
		{"재무부는 연간 1억 파운드를 모을 것이다.", "The Treasury expects to raise £100 million."},
		{"재무부는 이번 조치로 1억 파운드를 예상한다.", "The Treasury expects the move to raise £100 million."},
		{"이 클럽을 프리미어 리그에 올리는 것이 목표입니다.", "Can I return this club to the Premier League?"},
		{"이 클럽은 프리미어 리그에 속해야 합니다.", "It belongs in the Premier League."},
		{"마요르가의 주장에 따르면 그는 무릎을 꿇었다.", "Mayorga claims he fell to his knees."},
		{"호날두와 마요르가는 나이트 클럽에서 만났다.", "Ronaldo and Mayorga met in a nightclub."},
	})
	for _, c := range res.Candidates {
		switch c.Korean {
		case "재무부", "파운드", "프리미어 리그":
			t.Errorf("%s ~ %s is a candidate", c.Korean, c.Renderings[0].Text)
		case "마요르가":
			if c.Type != Person {
				t.Errorf("마요르가 ~ %s typed %s, want person", c.Renderings[0].Text, c.Type)
			}
		}
	}
	if !isOrgName("해밀턴 아카데미", "Hamilton Academical") {
		t.Error("Hamilton Academical is no club's name")
	}
}
