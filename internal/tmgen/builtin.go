package tmgen

// builtin are invented news sentences in the style of a Korean paper's
// English edition, with their Korean originals: the vocabulary of unit
// tests and of benchmarks run without a corpus.
var builtin = []Pair{
	{"The Bank of Korea kept its benchmark interest rate unchanged at 3.5 percent on Thursday.", "한국은행은 목요일 기준금리를 연 3.5%로 동결했다."},
	{"North Korea fired two short-range ballistic missiles into the East Sea on Sunday, the Joint Chiefs of Staff said.", "합동참모본부는 북한이 일요일 동해상으로 단거리 탄도미사일 2발을 발사했다고 밝혔다."},
	{"Exports rose 7.2 percent in May from a year earlier, led by semiconductors and cars.", "5월 수출은 반도체와 자동차를 중심으로 작년 같은 달보다 7.2% 늘었다."},
	{"The presidential office said the summit would take place in Seoul next month.", "대통령실은 정상회담이 다음 달 서울에서 열린다고 밝혔다."},
	{"Seoul's subway fares will rise by 150 won from October, the city government said.", "서울시는 10월부터 지하철 요금을 150원 올린다고 밝혔다."},
	{"The ruling party and the opposition agreed to hold a plenary session on Friday.", "여야는 금요일 본회의를 열기로 합의했다."},
	{"Samsung Electronics posted an operating profit of 10.4 trillion won in the second quarter.", "삼성전자는 2분기 영업이익 10조4000억 원을 기록했다."},
	{"Police arrested a 34-year-old man on charges of fraud, officials said on Tuesday.", "경찰은 화요일 사기 혐의로 34세 남성을 체포했다고 밝혔다."},
	{"The unemployment rate fell to 2.7 percent in June, the lowest level in 20 years.", "6월 실업률은 2.7%로 20년 만에 가장 낮았다."},
	{"Heavy rain is expected in the southern regions through Wednesday, the weather agency said.", "기상청은 수요일까지 남부 지방에 많은 비가 내릴 것으로 예상했다."},
	{"The defense ministry said it would expand joint drills with the United States this summer.", "국방부는 올여름 미국과의 연합훈련을 확대하겠다고 밝혔다."},
	{"About 1,200 people attended the memorial service at the National Cemetery in Daejeon.", "대전 국립묘지에서 열린 추모식에는 약 1200명이 참석했다."},
	{"The government will spend 2 trillion won to support small businesses hit by high interest rates.", "정부는 고금리로 어려움을 겪는 소상공인 지원에 2조 원을 투입한다."},
	{"The Constitutional Court will rule on the case on March 14.", "헌법재판소는 3월 14일 이 사건에 대한 결정을 선고한다."},
	{"Hyundai Motor plans to build a new electric vehicle plant in Ulsan by 2026.", "현대자동차는 2026년까지 울산에 새 전기차 공장을 지을 계획이다."},
	{"The minister met union leaders for two hours but failed to reach an agreement.", "장관은 노조 지도부와 2시간 동안 만났지만 합의에 이르지 못했다."},
	{"Housing prices in Seoul rose for the 12th consecutive week, according to the Korea Real Estate Board.", "한국부동산원에 따르면 서울 집값은 12주 연속 올랐다."},
	{"The prosecution raided the headquarters of the company on Monday morning.", "검찰은 월요일 오전 이 회사 본사를 압수수색했다."},
	{"More than 30,000 fans gathered at the stadium for the final match.", "결승전이 열린 경기장에는 3만 명이 넘는 팬이 모였다."},
	{"The foreign ministry summoned the Japanese ambassador to protest the remarks.", "외교부는 일본 대사를 불러 발언에 항의했다."},
	{"The number of foreign tourists visiting Korea reached 1.1 million in April.", "4월 한국을 찾은 외국인 관광객은 110만 명에 달했다."},
	{"The court sentenced the former mayor to three years in prison for bribery.", "법원은 뇌물 수수 혐의로 전 시장에게 징역 3년을 선고했다."},
	{"Officials said the fire broke out at around 3 a.m. and was put out two hours later.", "당국은 불이 오전 3시쯤 났으며 2시간 만에 꺼졌다고 밝혔다."},
	{"The health ministry reported 45 new cases of the disease over the weekend.", "보건복지부는 주말 동안 이 질병의 신규 환자가 45명 발생했다고 밝혔다."},
	{"The won closed at 1,350.5 per dollar, down 4.2 won from the previous session.", "원·달러 환율은 전 거래일보다 4.2원 내린 1350.5원에 마감했다."},
	{"The festival, which runs until Sunday, features more than 200 films from 70 countries.", "일요일까지 열리는 이 영화제에서는 70개국 200여 편의 영화가 상영된다."},
	{"Farmers in the region have suffered from a severe drought since early spring.", "이 지역 농민들은 초봄부터 극심한 가뭄에 시달려 왔다."},
	{"The education ministry will announce the new college admission plan in December.", "교육부는 12월 새 대입 제도 개편안을 발표한다."},
	{"The two leaders discussed trade, security and climate change during the 90-minute meeting.", "두 정상은 90분간의 회담에서 무역과 안보, 기후변화 문제를 논의했다."},
	{"The national team beat Japan 2-1 in the semifinal on Saturday night.", "대표팀은 토요일 밤 준결승에서 일본을 2대1로 이겼다."},
	{"Consumer prices rose 3.1 percent on-year in August, driven by food and energy costs.", "8월 소비자물가는 식품과 에너지 가격 상승으로 작년 같은 달보다 3.1% 올랐다."},
	{"The company said it would cut 500 jobs by the end of the year.", "회사는 연말까지 500명을 감원하겠다고 밝혔다."},
}

// Builtin returns the built-in sentence pairs.
func Builtin() []Pair {
	return append([]Pair(nil), builtin...)
}
