package align

import "testing"

// TestSplitClauses: a Korean sentence of two clauses (a comma and
// 주었고) rendered as two one-statement English lines, the next Korean
// sentence left out and an English-only line before and after (bbc.381705
// of the edition set's dev part, half-out NTREX even): without
// wSplitClauses its second line is left unlinked.
func TestSplitClauses(t *testing.T) {
	ko := []string{
		"엘리트 리그 던디 스타즈가 5-3으로 벨파스트 자이언츠에 승리",
		"패트릭 드와이어는 던디 스타스와의 게임에서 자이언츠를 위해 두 골을 넣었다.",
		"던디 스타즈는 토요일 던디에서 열린 벨파스트 자이언츠와의 2차 경기에서 5-3으로 승리하며 금요일 벨파스트 자이언츠와의 엘리트 리그 경기에서 패배한 것에 대해 속죄했다.",
		"자이언츠는 패트릭 드와이어와 프랜시스 보빌리에의 스트라이크로 초반 2골 차로 앞서나갔다.",
		"마이크 설리번과 조던 코니는 드와이어가 자이언츠의 선두를 회복하기 전에 홈팀 던디 스타스를 위해 골을 추가해 자이언츠와 동점을 만들었다.",
		"프랑수아 부샤르는 루카스 룬드발드 닐슨의 두 골이 승리를 확정짓기 전에 1점을 추가해 던디가 자이언츠와 동점을 이루게 했다.",
		"금요일 밤 벨파스트에서 던디를 2대1로 역전승한 아담 키프 감독의 선수들에게 시즌 3번째 엘라트 리그 패배였다.",
		"던디와 자이언츠의 시즌 4번째 경기로 자이언츠가 지난 세 경기에서 승리했다.",
		"드와이어는 전반 3분 35분 켄달 맥파울의 도움으로 첫 골을 기록했고 4분 뒤 데이비드 러더포드의 어시스트로 보빌리에가 점수를 2배 차로 벌려놓았다.",
		"설리번은 치열했던 경기 초반 13:10에 홈팀이 경기의 주도권을 잡을 수 있도록 도왔고 15:16에 맷 마르카트의 도움으로 코니가 동점골을 넣었다.",
		"드와이어는 그날 밤 두 번째 골을 터뜨렸고 자이언츠는 첫번째 휴식때까지 선두를 달렸다.",
		"홈팀이 전열을 가다듬었고 부샤르는 27:37에 파워플레이 골로 다시 한 번 홈팀을 동점으로 만들었다.",
		"코니와 찰스 코란은 후반  닐슨이 던디가 처음으로 선두를 잡도록 도움을 주었고, 그는 시즌 막바지 경기 중반에서 팀의 승리를 이끌었다.",
		"현재 지난 5경기 중 4경기를 진 자이언츠는 금요일 홈구장에서 밀턴 케인스와 다음 경기를 갖는다.",
	}
	en := []string{
		"Elite League: Dundee Stars 5-3 Belfast Giants",
		"Patrick Dwyer hit two goals for the Giants against Dundee",
		"Dundee Stars atoned for Friday's Elite League loss against Belfast Giants by winning the return match 5-3 in Dundee on Saturday.",
		"The Giants got an early two-goal lead through strikes from Patrick Dwyer and Francis Beauvillier.",
		"Mike Sullivan and Jordan Cownie brought the home side level before Dwyer restored the Giants' lead.",
		"Francois Bouchard equalised for Dundee before two Lukas Lundvald Nielsen goals secured their victory.",
		"It was a third Elite League defeat of the season for Adam Keefe's men, who had come from behind to beat Dundee 2-1 in Belfast on Friday night.",
		"It was a fourth meeting of the season between the sides, with the Giants winning the previous three matches.",
		"In what was a busy opening period, Sullivan brought the home side back into the game on 13:10 before Matt Marquardt became provider for Cownie's equaliser on 15:16, and Dwyer made sure the Giants took a lead into the first break when he hit his second goal of the night at the end of the first period.",
		"It was not immediately clear how many people were affected.",
		"Cownie and Charles Corcoran combined to help Nielsen give Dundee the lead for the first time in the match late in the second period.",
		"He made sure of the win with his team's fifth halfway through the final period.",
		"Cownie, a longtime critic of the policy, is expected to speak again next week.",
		"The Giants, who have now lost four of their last five matches, are at home to Milton Keynes in their next match on Friday.",
	}
	links, err := Align(ko, en, Options{CoreLexicon: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range links {
		if len(l.Source) == 1 && l.Source[0] == 12 {
			if len(l.Target) != 2 || l.Target[0] != 10 || l.Target[1] != 11 {
				t.Errorf("Korean sentence 12 linked with %v, want [10 11]: %v", l.Target, links)
			}
			return
		}
	}
	t.Errorf("Korean sentence 12 not linked: %v", links)
}

// TestSplitClauseGain checks splitClauseGain: each English line one
// statement ("and" between nouns allowed, a comma not) and the Korean
// sentence of as many clauses or more.
func TestSplitClauseGain(t *testing.T) {
	two := "유리 파편이 인도에 흩어지고 상점 유리문이 깨졌다."
	one := "구급차가 도착해 시신을 수습했다."
	a := "Glass and debris were strewn all over the brick sidewalks."
	b := "Shop windows were blown out."
	c := "Shop windows were blown out, witnesses said."
	for _, tc := range []struct {
		ko   string
		en   []string
		want float64
	}{
		{two, []string{a, b}, wSplitClauses},
		{one, []string{a, b}, 0},
		{two, []string{a, c}, 0},
		{two, []string{a, b, b}, 0},
	} {
		ko := feature{clauses: uint8(koreanClauses(tc.ko))}
		var en []feature
		for _, s := range tc.en {
			en = append(en, feature{oneStatement: clauseLine(s, true)})
		}
		if got := splitClauseGain(&ko, en); got != tc.want {
			t.Errorf("splitClauseGain(%q, %q) = %v, want %v", tc.ko, tc.en, got, tc.want)
		}
	}
}
