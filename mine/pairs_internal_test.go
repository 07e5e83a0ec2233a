package mine

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"bitext/glossary"
	"bitext/lexicon"
	"bitext/tm"
)

// TestPairRules checks the rules of session 6 on our own pairs: names the
// desk translates found through a lexicon as whole runs, and the parts of
// longer names, adjectives and words opening the text left out.
func TestPairRules(t *testing.T) {
	lex, err := lexicon.Read(strings.NewReader(`# bitext lexicon v1 units=100
북	north	0.50
북	korea	0.30
북	korean	0.10
일본	japan	0.60
일본	nation	0.10
아프리카	african	0.40
아프리카	africa	0.30
지난	last	0.60
와인하우스	singer	0.60
이스라엘	israeli	0.50
이스라엘	israel	0.30
이라크	iraqi	0.60
독일	germani	0.50
독일	german	0.30
식품	food	0.50
의약	drug	0.40
국	administration	0.20
국	country	0.30
내무	interior	0.50
부	ministri	0.30
트위터	twitter	0.50
머피트	zealand	0.40
머피트	new	0.30
마리브	newspaper	0.50
`), "test.lexicon")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, ko, en string
		want, not    []string // Korean TAB English
	}{
		{"a translated name of two words", "북한은 미사일을 발사했다.", "Officials said North Korea fired a missile.",
			[]string{"북한\tNorth Korea"}, []string{"북한\tNorth", "북한\tKorea"}},
		{"a translated name", "일본 은행은 금리를 올렸다.", "The central bank of Japan raised rates.",
			[]string{"일본\tJapan"}, nil},
		{"opening the text", "일본은 반대했다.", "Japan objected.",
			nil, []string{"일본\tJapan"}},
		{"a part of a longer run", "일본 총리가 말했다.", "The Japan Times said so.",
			nil, []string{"일본\tJapan"}},
		{"an adjective", "아프리카 국가들이 모였다.", "Leaders of African nations met.",
			nil, []string{"아프리카\tAfrican"}},
		{"a given name alone", "피터는 웃었다.", "Later Peter Jones laughed.",
			nil, []string{"피터\tPeter"}},
		{"the whole name", "피터 존스는 웃었다.", "Later Peter Jones laughed.",
			[]string{"피터 존스\tPeter Jones"}, []string{"피터\tPeter"}},
		{"a -based word ends its run", "댈러스에 본사를 둔 온코어가 밝혔다.", "The Dallas-based Oncor said so.",
			[]string{"댈러스\tDallas", "온코어\tOncor"}, nil},
		{"a possessive ends its run", "매케인의 상원 사무실이 밝혔다.", "Aides in McCain's Senate office said so.",
			[]string{"매케인\tMcCain"}, nil},
		{"a word the lexicon knows as another word", "지난 주에 발표했다.", "Officials in China said so last week.",
			nil, []string{"지난\tChina"}},
		// Session 8: the veto is for words of three syllables or fewer; a
		// longer transliteration the lexicon learned as the English's
		// description (the singer) is still a name.
		{"a long name the lexicon knows as a description", "와인하우스가 입원했다.", "Singer Amy Winehouse was taken to hospital.",
			[]string{"와인하우스	Winehouse"}, nil},
		{"a name ending in 이", "두바이 경찰이 밝혔다.", "Police in Dubai said so.",
			[]string{"두바이\tDubai"}, []string{"두바\tDubai"}},
		{"St. Louis", "세인트루이스의 한 연구원이 말했다.", "A researcher in St. Louis said so.",
			[]string{"세인트루이스\tSt. Louis"}, nil},
		{"a demonym of the stem's place", "이스라엘 군은 공습을 했다.", "Officials said the Israeli army struck.",
			nil, []string{"이스라엘\tIsraeli"}},
		{"a place whose stem looks like a demonym's", "독일 정부가 발표했다.", "The government of Germany said so.",
			[]string{"독일\tGermany"}, nil},
		{"a compound by its parts", "내무부는 밝혔다.", "Later the Interior Ministry said so.",
			[]string{"내무부\tInterior Ministry"}, nil},
		{"a compound of three parts", "식품의약국은 신약을 승인했다.", "Later the Food Drug Administration approved it.",
			[]string{"식품의약국\tFood Drug Administration"}, nil},
		{"a compound's part translating none of the words", "식품의약국은 신약을 승인했다.", "Later the Drug Administration approved it.",
			nil, []string{"식품의약국\tDrug Administration"}},
		{"a compound's part translating no word", "내무부는 밝혔다.", "Later the Food Ministry said so.",
			nil, []string{"내무부\tFood Ministry"}},
		{"a compound against one word", "식품의약국은 신약을 승인했다.", "Later Food approved it.",
			nil, []string{"식품의약국\tFood"}},
		{"a foreign name stops at a title", "이스탄불 주지사는 말했다.", "The governor of Istanbul said so.",
			[]string{"이스탄불\tIstanbul"}, []string{"이스탄불 주지사\tIstanbul"}},
		// Session 9, helper M3: the lexicon's veto spares a name whose
		// translation is a derived form of it (iraqi of Iraq).
		{"a name the lexicon knows by its adjective", "이라크에 도착했다.", "Troops arrived in Iraq.",
			[]string{"이라크\tIraq"}, nil},
		// Session 9, helper M4: a word the desk writes in Hangul (a
		// loanword) is not a translated name, even when the lexicon has
		// the English word for it.
		// Session 9, helper M4; session 12, helper M11: the lexicon does
		// not pair it (loanword), the consonant matching does, now that
		// a form of one consonant class (t) is matched by its vowels.
		{"a loanword the lexicon translates", "그는 트위터에 글을 올렸다.", "He wrote on Twitter later.",
			[]string{"트위터\tTwitter"}, nil},
		// Session 12, helper M11: one consonant class (s, t, n), the
		// vowels without ㅡ close enough (Joyce), or not (One, Day).
		{"one consonant class", "조이스는 28일 임명됐다.", "Later Joyce was appointed.",
			[]string{"조이스\tJoyce"}, nil},
		{"one consonant class, the vowels far", "하나 있다.", "One Day.",
			nil, []string{"하나\tOne", "있다\tDay"}},
		// Session 9, helper M3: a g before e, i or y may be soft.
		{"a soft g", "이집트에서 발견됐다.", "It was found in Egypt.",
			[]string{"이집트\tEgypt"}, nil},
		{"a hard g before i", "깁슨이 말했다.", "Later Gibson said so.",
			[]string{"깁슨\tGibson"}, nil},
		// Session 11, helper M7: the Arabic article al- in both forms, and
		// a lower-case particle inside a name.
		{"the Arabic article", "대변인 알리 알-다바그는 부인했다.", "The spokesman Ali al-Dabbagh denied it.",
			[]string{"알리 알-다바그\tAli al-Dabbagh"}, []string{"알리\tAli"}},
		{"the Arabic article alone", "알-다바그는 부인했다.", "But al-Dabbagh denied it.",
			[]string{"알-다바그\tal-Dabbagh"}, nil},
		{"a particle inside a name", "오사마 빈 라덴이 숨었다.", "Later Osama bin Laden hid.",
			[]string{"오사마 빈 라덴\tOsama bin Laden"}, []string{"오사마\tOsama", "오사마 빈\tOsama bin"}},
		{"a lower-case word after a name", "빈 라덴이 숨었다.", "He said Laden bin there.",
			nil, []string{"빈 라덴\tLaden bin"}},
		// Session 12, helper M12: acronyms. One in brackets inside a
		// Hangul word, also in the English; the name before it without
		// the word qualifying it; the English name before ", or AKP".
		{"an acronym in brackets inside a word", "집권 정의개발당(AKP)의 해산 여부가 쟁점이다.",
			"Tension is high over the Justice and Development Party, or AKP.",
			[]string{"AKP\tAKP", "정의개발당\tAKP", "정의개발당\tJustice and Development Party"},
			[]string{"집권 정의개발당\tAKP"}},
		{"an acronym with a hyphen", "애국전선(ZANU-PF)과 협상한다.", "Talks with ZANU-PF resume.",
			[]string{"ZANU-PF\tZANU-PF"}, nil},
		{"a modifier before the name", "접경에 있는 비무장지대(DMZ)를 찾았다.", "He visited the Demilitarised Zone (DMZ) later.",
			[]string{"비무장지대\tDMZ", "비무장지대\tDemilitarised Zone"}, []string{"있는 비무장지대\tDMZ"}},
		{"an acronym spelled out only", "규제기관인 민간항공안전청(CASA)의 대변인이 말했다.",
			"A Civil Aviation Safety Authority spokesman said so.",
			[]string{"민간항공안전청\tCivil Aviation Safety Authority"}, []string{"민간항공안전청\tCASA", "CASA\tCASA"}},
		{"initials that are not the acronym", "민간항공안전청(CASA)의 대변인이 말했다.",
			"A Civil Aviation Authority spokesman said so.",
			nil, []string{"민간항공안전청\tCivil Aviation Authority"}},
		{"a common acronym", "외상 후 스트레스 장애(PTSD)를 앓았다.", "He had PTSD later.",
			nil, []string{"PTSD\tPTSD", "스트레스 장애\tPTSD"}},
		{"a name spelled in brackets is no acronym", "치키타(Chiquita)가 밝혔다.", "Chiquita said so.",
			nil, []string{"Chiquita\tChiquita"}},
		// Session 13, helper M13: partly translated names of bodies, a
		// transliterated part and a body's word (orgNamePairs).
		{"a body's word apart", "벨 연구소의 연구진이 발표했다.", "Researchers at Bell Labs said so.",
			[]string{"벨 연구소\tBell Labs"}, nil},
		{"a body's word written on", "델타항공은 운항을 멈췄다.", "Flights by Delta Air Lines stopped.",
			[]string{"델타항공\tDelta Air Lines"}, []string{"델타항공\tDelta Air"}},
		{"a university", "그는 하버드대를 졸업했다.", "He graduated from Harvard University in 1990.",
			[]string{"하버드대\tHarvard University"}, nil},
		{"a Korean body read as romanized", "삼성전자가 실적을 발표했다.", "Samsung Electronics reported results.",
			[]string{"삼성전자\tSamsung Electronics"}, nil},
		{"a news agency", "이란 국영 파스통신은 보도했다.", "Iran's semi-official Fars News Agency reported it.",
			[]string{"파스통신\tFars News Agency"}, nil},
		{"a company's suffix left out", "록히드 마틴사가 계약을 따냈다.", "The contract went to Lockheed Martin on Friday.",
			[]string{"록히드 마틴사\tLockheed Martin"}, nil},
		{"an airline named without its word", "그는 안셋항공에서 일했다.", "He worked for the carrier Ansett for years.",
			[]string{"안셋항공\tAnsett"}, nil},
		{"the fewest Korean words", "미국과 라이더컵 위원회가 밝혔다.", "The Ryder Cup Committee said so.",
			[]string{"라이더컵 위원회\tRyder Cup Committee"}, []string{"미국과 라이더컵 위원회\tRyder Cup Committee"}},
		{"a body's word the English does not have", "벨 연구소가 밝혔다.", "Officials at Bell said so.",
			nil, []string{"벨 연구소\tBell"}},
		// Session 13, helper M13: a name written family name first in
		// Korean and given name first in English (familyFirst).
		{"family name first", "고이즈미 주니치로 총리가 말했다.", "Prime Minister Junichiro Koizumi said so.",
			[]string{"고이즈미 주니치로\tJunichiro Koizumi"}, nil},
		{"family name first, a particle on the given name", "아베 신조는 웃었다.", "Later Shinzo Abe smiled.",
			[]string{"아베 신조\tShinzo Abe"}, nil},
		{"a list is no name", "의원 페루치, 헤르난 디에고 멘도사가 왔다.", "Then Hernan Diego Mendoza and Hernan Ferruchi came.",
			nil, []string{"페루치 헤르난\tHernan Ferruchi"}},
		{"the English order in Korean too", "첸 지우롱 상하이 부국장이 말했다.", "He quoted Chen Jiulong of Shanghai.",
			[]string{"첸 지우롱\tChen Jiulong"}, []string{"지우롱 상하\tChen Jiulong", "지우롱 상하이\tChen Jiulong"}},
		// Session 13, helper M13: names joined by a slash.
		{"names joined by a slash", "NBC/월스트리트저널의 여론조사에서 앞섰다.", "A recent NBC/Wall Street Journal poll showed it.",
			[]string{"월스트리트저널\tWall Street Journal"}, nil},
		// Session 13, helper M13: a middle initial (initialPairs).
		{"a middle initial", "조지 W. 부시는 전화를 걸었다.", "George W. Bush called them.",
			[]string{"조지 W. 부시\tGeorge W. Bush"}, nil},
		{"a middle initial without its stop in Korean", "존 F 케네디가 말했다.", "Then John F. Kennedy spoke.",
			[]string{"존 F 케네디\tJohn F. Kennedy"}, nil},
		{"another initial", "조지 H. 부시는 전화를 걸었다.", "George W. Bush called them.",
			nil, []string{"조지 H. 부시\tGeorge W. Bush"}},
		// Session 14, helper M15: a name with its original in brackets in
		// one field (glossed), and a name ends at its original.
		{"a name with its original in brackets", "이스라엘 일간 '마리브’(Ma'ariv)는 보도했다.", "The Israeli newspaper, Ma'ariv, printed it.",
			[]string{"마리브\tMa'ariv"}, nil},
		{"a name ends at its original", "주장 짐 퓨릭(Jim Furyk)에 의해 벤치 신세를 졌다.", "He was benched by captain Jim Furyk.",
			[]string{"짐 퓨릭\tJim Furyk"}, []string{"짐 퓨릭 에\tJim Furyk", "퓨릭 에\tFuryk"}},
		{"a player's country in brackets", "우승자 라파엘 나달(스페인)이 결승에서 니콜라스 키퍼(독일)를 꺾었다.", "Spain's Rafael Nadal beat Nicolas Kiefer in the final.",
			[]string{"라파엘 나달\tRafael Nadal", "니콜라스 키퍼\tNicolas Kiefer"}, nil},
		{"a particle after a bracket of Latin words", "멕시코 품질서비스 (Food Quality Service, FQS)의 엔리케 산체스 국장은 밝혔다.", "Food Quality Service director Enrique Sanchez said so.",
			[]string{"엔리케 산체스\tEnrique Sanchez"}, []string{"의 엔리케 산체스\tEnrique Sanchez"}},
		{"a particle on a word in Latin letters", "터키 통신 DHA의 자페르 카라코크 기자는 전했다.", "The blasts happened, Zafer Karakoc told CNN Turk.",
			[]string{"자페르 카라코크\tZafer Karakoc"}, []string{"의 자페르 카라코크\tZafer Karakoc"}},
		{"a title is no foreign name", "북한의 김정은 국무위원장이 말했다.", "North Korean leader Kim Jong Un said so.",
			[]string{"김정은\tKim Jong Un"}, []string{"국무위원장\tKim Jong Un"}},
		{"a given name ending in a particle's syllable", "김정은 위원장이 말했다.", "Then leader Kim Jong Un said so.",
			[]string{"김정은\tKim Jong Un"}, []string{"김정\tKim Jong"}},
		// An airport's name with 국제공항 (orgWords; session 14, helper M15).
		{"an international airport", "여객기를 필리핀의 마닐라 국제공항으로 착륙시켰다.", "They diverted the aircraft to Manila International Airport safely.",
			[]string{"마닐라 국제공항\tManila International Airport", "마닐라\tManila"}, nil}, // and its city (session 14, helper M16)
		{"an acronym after the name in English in the bracket", "미 합동태풍경보센터(Joint Typhoon Warning Center, JTWC)는 밝혔다.", "The Joint Typhoon Warning Center said so.",
			[]string{"합동태풍경보센터\tJoint Typhoon Warning Center"}, nil},
		// Session 14, helper M16: 간 "between" on a country's name.
		{"between on the name", "추크슈피체는 독일과 오스트리아간의 국경에 있다.", "It marks the border between Germany and Austria.",
			[]string{"오스트리아\tAustria"}, nil},
		// A name of two words after a title of several words (Secretary
		// of State) and its surname alone, an English vowel before a
		// consonant and a final e read as two.
		{"a surname after a title", "라이스 국무장관은 밝혔다.", "Then Rice said the parties pressed North Korea.",
			[]string{"라이스\tRice"}, nil},
		// Acronyms: the English writes full stops (UN은 ~ U.N.), the
		// Korean the letters' names (유엔 ~ U.N., 비비시 ~ BBC), not of a
		// common acronym (시이오 ~ CEO).
		{"an acronym with full stops in English", "UN은 보고서를 냈다.", "The last U.N. study came out.",
			[]string{"UN\tU.N."}, nil},
		{"the letters' names of a dotted acronym", "유엔 사찰단이 왔다.", "The U.N. inspectors came.",
			[]string{"유엔\tU.N."}, nil},
		{"the letters' names of an acronym", "비비시가 보도했다.", "Later the BBC reported it.",
			[]string{"비비시\tBBC"}, nil},
		{"the letters' names of a common acronym", "시이오가 말했다.", "Later the CEO said so.",
			nil, []string{"시이오\tCEO"}},
		// The lexicon's veto: not of a word of three syllables spelling
		// the English consonants exactly (a rare name's learned
		// translation), still of one of two (지난 ~ China).
		{"a rare name the lexicon mistranslates", "그러나 머피트 판사가 말했다.", "It was said by Judge Murfitt of New Zealand.",
			[]string{"머피트\tMurfitt"}, nil},
		{"a word the lexicon knows", "지난 주 중국이 발표했다.", "It was announced by China on Monday.",
			nil, []string{"지난\tChina"}},
		// Exonyms by a table: 빈 ~ Vienna, 멕시코만 ~ Gulf of Mexico, only
		// when the English writes the name.
		{"an exonym", "빈에서 회의가 열렸다.", "A meeting was held in Vienna.",
			[]string{"빈\tVienna"}, nil},
		{"a gulf by the table", "허리케인이 멕시코만을 강타했다.", "A hurricane struck the Gulf of Mexico.",
			[]string{"멕시코만\tGulf of Mexico"}, nil},
		{"a peninsula by the table (session 14, helper M17)", "한반도 평화 체제를 제안했다.", "It proposed a peace framework on the Korean Peninsula.",
			[]string{"한반도\tKorean Peninsula"}, []string{"한반\tKorean Peninsula"}},
		{"an exonym the English does not write", "빈 집이 있었다.", "There was an empty house in Paris.",
			nil, []string{"빈\tVienna"}},
		// A name of one syllable: only a bare word before a title.
		{"one syllable before a title", "그러나 킹 의원은 반대했다.", "But King objected.",
			[]string{"킹\tKing"}, nil},
		{"one syllable with a particle before a title", "그러나 킹은 의원에게 반대했다.", "But King objected.",
			nil, []string{"킹\tKing", "킹은\tKing"}},
		// A news agency's word on its name, left out in English, and a
		// pinyin x (Xinhua 신화).
		{"a news agency's name without its word", "신화통신은 보도했다.", "It was reported by Xinhua.",
			[]string{"신화통신\tXinhua"}, nil},
		// Session 11, helper M8: a particle before a field of punctuation
		// only (it panicked in isCap).
		{"a particle before punctuation", "오사마 빈은 숨었다.", "Later Osama bin \" hid.",
			nil, []string{"오사마 빈\tOsama bin"}},
	}
	for _, tt := range tests {
		for _, m := range []*memo{nil, newMemo()} {
			got := pairsOf(tt.ko, tt.en, lex, m)
			checkPairs(t, tt.name, got, tt.want, tt.not)
		}
	}
}

// A dateline's capitals (BAGHDAD) count as the rendering they spell, not
// as drift.
func TestDatelineCapitals(t *testing.T) {
	st := NewState()
	for i, p := range [][2]string{
		{"바그다드에서 폭탄이 터졌다.", "BAGHDAD, Iraq (CNN) A bomb went off."},
		{"바그다드 경찰이 밝혔다.", "BAGHDAD, Iraq (CNN) Police said so."},
		{"바그다드는 조용했다.", "The streets of Baghdad were quiet."},
		{"바그다드 시민들이 모였다.", "People in Baghdad gathered."},
	} {
		d := time.Date(2026, 3, i+1, 0, 0, 0, 0, time.UTC)
		st.Add(&tm.Unit{ID: int64(i + 1), Created: d, Changed: d, Variants: []tm.Variant{
			{Lang: language.Korean, Text: p[0]}, {Lang: language.English, Text: p[1]}}})
	}
	res := st.Result(Options{})
	if len(res.Drift) != 0 {
		t.Errorf("drift %+v", res.Drift)
	}
	for _, c := range res.Candidates {
		if c.Korean == "바그다드" {
			if len(c.Renderings) != 1 || c.Renderings[0].Text != "Baghdad" || c.Renderings[0].Units != 4 {
				t.Errorf("바그다드: %+v", c.Renderings)
			}
			return
		}
	}
	t.Errorf("no candidate 바그다드: %+v", res.Candidates)
}

// TestKindEvidence: what in a unit shows a foreign name to be a person's
// or a place's (kindEvidence, surnames), and the candidate's type by the
// units that show either (kindOf); acronyms of common nouns are no names.
func TestKindEvidence(t *testing.T) {
	tests := []struct {
		name, ko, en string
		pair         string // Korean TAB English
		want         uint8
	}{
		{"a Korean title after the name", "매케인 의원은 반대했다.", "Later McCain voted against it.", "매케인\tMcCain", evPerson},
		{"a Korean title before the name", "주지사 매케인은 반대했다.", "Later McCain voted against it.", "매케인\tMcCain", evPerson},
		{"an English title in the run", "매케인은 반대했다.", "Later Senator McCain voted against it.", "매케인\tMcCain", evPerson},
		{"an English honorific before the run", "매케인은 반대했다.", "Later Mr. McCain voted against it.", "매케인\tMcCain", evPerson},
		{"said after the name", "매케인은 반대한다고 말했다.", "Later McCain said he was against it.", "매케인\tMcCain", evPerson},
		{"in before the name", "팔루에 지진이 났다.", "An earthquake struck in Palu.", "팔루\tPalu", evPlace},
		{"에서 on the Korean word", "팔루에서 지진이 났다.", "An earthquake struck Palu.", "팔루\tPalu", evPlace},
		{"a place suffix", "텍사스주 주민들이 모였다.", "People of Texas met.", "텍사스\tTexas", evPlace},
		{"the surname of a longer name in the unit", "필 미켈슨이 나섰다. 미켈슨은 졌다.", "Later Phil Mickelson played. Mickelson lost.", "미켈슨\tMickelson", evPerson | evTail},
		{"nothing", "매케인은 반대했다.", "Later McCain voted against it.", "매케인\tMcCain", 0},
		{"punctuation between the name and said", "매케인은 반대했다.", "Later McCain, a senator, said no.", "매케인\tMcCain", 0},
		// Session 8.
		{"씨 written on the name", "모리스씨는 해고됐다.", "Yesterday Maurice was fired.", "모리스\tMaurice", evPerson},
		{"측 written on the name", "모리스측은 부인했다.", "Yesterday Maurice rejected it.", "모리스\tMaurice", 0},
		{"a Korean place word after the name", "수마트라 지방에 비가 왔다.", "It rained on Sumatra yesterday.", "수마트라\tSumatra", evPlace},
		// 유로파 리그 ~ Europa League is a pair of several words, so a
		// person's by the surnames rule (the tail rule drops it later).
		{"the end of a longer run", "유로파 리그를 떠났다.", "They left the Europa League on Monday.", "리그\tLeague", evPerson | evTail},
		{"a title before the end of the run", "매케인은 반대했다.", "Later that day Senator McCain voted against it.", "매케인\tMcCain", evPerson},
		{"a sentence's first word before it", "매케인은 반대했다.", "It rained. Later McCain voted against it.", "매케인\tMcCain", 0},
		{"a title before an organisation's noun", "프리미어 리그를 떠났다.", "They left the Premier League on Monday.", "리그\tLeague", evPerson | evTail},
		// Session 14, helper M16: a title of several words before the run.
		{"a title with of before the run", "콘돌리자 라이스 장관은 반대했다.", "Yesterday Secretary of State Condoleezza Rice voted against it.", "콘돌리자 라이스\tCondoleezza Rice", evPerson},
		{"no title with of before the run", "콘돌리자 라이스는 반대했다.", "Yesterday the Bank of State Condoleezza Rice voted against it.", "콘돌리자 라이스\tCondoleezza Rice", evTail},
		{"two words before it at a sentence's start", "엘리트 리그는 졌다.", "Belfast Elite League lost.", "리그\tLeague", evPerson | evTail},
		{"a storm in English", "로사는 약해졌다.", "Hurricane Rosa weakened.", "로사\tRosa", evStorm},
		{"a storm's name ending a run", "로사는 약해졌다.", "It is now Hurricane Rosa.", "로사\tRosa", evStorm | evTail},
		{"a storm in English, lower-case", "로사는 약해졌다.", "The hurricane Rosa weakened.", "로사\tRosa", evStorm},
		{"a Korean title after the name with 의", "레이커스의 감독은 말했다.", "Then the coach of the Lakers spoke.", "레이커스\tLakers", evOrg},
		{"a role noun after the English name", "레이커스 감독 월튼이 말했다.", "Yesterday Lakers coach Walton spoke.", "레이커스\tLakers", evOrg},
		// Session 8, helper M2.
		{"kin after the English possessive, Korean too", "매들린의 부모는 떠났다.", "Later Madeleine's parents left.", "매들린\tMadeleine", evPerson},
		{"kin after the name with 의", "매들린의 부모는 떠났다.", "Later the parents of Madeleine left.", "매들린\tMadeleine", evPerson},
		{"kin after the English possessive alone", "매들린은 떠났다.", "Later Madeleine's parents left.", "매들린\tMadeleine", evPerson},
		{"a possessive before another word", "매들린은 떠났다.", "Later Madeleine's car left.", "매들린\tMadeleine", 0},
		{"stores after the English possessive", "세인즈버리는 문을 열었다.", "Yesterday two Sainsbury's stores opened.", "세인즈버리\tSainsbury", evOrg},
		{"a store word after the Korean name", "세인즈버리 매장이 문을 열었다.", "Yesterday two shops opened for Sainsbury.", "세인즈버리\tSainsbury", evOrg},
		{"a company's role of the name", "세인즈버리 최고경영자는 말했다.", "Yesterday the chief executive of Sainsbury's spoke.", "세인즈버리\tSainsbury", evOrg},
		{"who after the name's comma", "베일은 부인했다.", "Later Bale, who denied it, left.", "베일\tBale", evPerson},
		{"which after the name's comma", "베일은 부인했다.", "Later Bale, which denied it, left.", "베일\tBale", 0},
		{"a -based word before the name", "댈러스의 온코어가 말했다.", "Yesterday Dallas-based Oncor spoke.", "온코어\tOncor", evOrg},
		{"a role of a person is none", "세인즈버리의 친구는 말했다.", "Yesterday the friend of Sainsbury spoke.", "세인즈버리\tSainsbury", 0},
		{"an English title after the name", "무아메르 굴러 이스탄불 주지사는 말했다.", "Then Istanbul Gov. Muammer Guler spoke.", "이스탄불\tIstanbul", 0},
		{"a storm in Korean", "태풍 로사는 약해졌다.", "Later Rosa weakened.", "로사\tRosa", evStorm},
		// Session 9, helper M3.
		{"a Korean title with a particle before the name", "잠비아 대통령은 짐바브웨 사태를 우려했다.", "The Zambian leader worried about Zimbabwe.", "짐바브웨\tZimbabwe", 0},
		{"a Korean title with a copula before the name", "감독인 과르디올라는 웃었다.", "Later Guardiola laughed.", "과르디올라\tGuardiola", evPerson},
		{"worked for the name", "그는 구글과 오래 일했다.", "He worked for Google for years.", "구글\tGoogle", evOrg},
		{"waited for the name", "그는 구글을 기다렸다.", "He waited for Google for years.", "구글\tGoogle", 0},
	}
	for _, tt := range tests {
		out, ev := unitPairs(tt.ko, tt.en, nil, newMemo())
		k := strings.Split(tt.pair, "\t")
		key := [2]string{k[0], k[1]}
		if _, ok := out[key]; !ok {
			t.Errorf("%s: no pair %s in %v", tt.name, tt.pair, out)
			continue
		}
		if ev[key] != tt.want {
			t.Errorf("%s: evidence %b, want %b", tt.name, ev[key], tt.want)
		}
	}

	// The type: what more units show, else the rule's (one Korean word:
	// a place; several: a person).
	st := NewState()
	for i, p := range [][2]string{
		{"매케인 의원은 반대했다.", "Later McCain voted against it."},
		{"매케인 의원이 말했다.", "Later Senator McCain spoke."},
		{"매케인에서 멀지 않다.", "It is not far from McCain."}, // a place once
		{"팔루에 지진이 났다.", "An earthquake struck in Palu."},
		{"팔루 주민들이 모였다.", "Residents of Palu met."},
		{"뉴욕 시민들이 모였다.", "Residents of New York met."},
		{"뉴욕 시민들이 떠났다.", "Residents of New York left."},
		{"AI 기술이 발전했다.", "The AI technology improved."},
		{"AI 기술이 발전했다.", "The AI technology improved."},
		{"레이커스의 감독은 말했다.", "Then the coach of the Lakers spoke."}, // a title of its own, twice
		{"레이커스 감독 월튼이 말했다.", "Yesterday Lakers coach Walton spoke."},
		{"레이커스는 이겼다.", "Yesterday Lakers won."},
		{"프레스 어소시에이션이 보도했다.", "It was reported by the Press Association."}, // an organisation's noun
		{"프레스 어소시에이션이 보도했다.", "It was reported by the Press Association."},
		{"인공지능(AI) 기술", "The artificial intelligence (AI) technology"},
		{"인공지능(AI) 기술", "The artificial intelligence (AI) technology"},
	} {
		d := time.Date(2026, 3, i+1, 0, 0, 0, 0, time.UTC)
		st.Add(&tm.Unit{ID: int64(i + 1), Created: d, Changed: d, Variants: []tm.Variant{
			{Lang: language.Korean, Text: p[0]}, {Lang: language.English, Text: p[1]}}})
	}
	want := map[string]string{"매케인": "person", "팔루": "place", "뉴욕": "place", "프레스 어소시에이션": "organization", "레이커스": "organization"}
	for _, c := range st.Result(Options{}).Candidates {
		if c.Renderings[0].Text == "AI" {
			t.Errorf("a common acronym as a candidate: %s ~ AI", c.Korean)
		}
		if w, ok := want[c.Korean]; ok {
			if string(c.Type) != w {
				t.Errorf("%s: type %s, want %s", c.Korean, c.Type, w)
			}
			delete(want, c.Korean)
		}
	}
	if len(want) > 0 {
		t.Errorf("no candidates %v", want)
	}
}

// TestNotAName (session 8): a one-word English form that in three units of
// four ends a longer run (리그 ~ League of several leagues), a name a
// quarter of whose units call it a storm (로사 ~ Rosa), and an event
// (Ryder Cup; of one word, session 9: Olympics and its adjective Olympic,
// an organisation's head noun alone: Times; a people: 쿠르드족 ~ Kurds)
// are no candidates; a one-word name no unit types, beside a
// person's longer name it begins, is a person's (매들린 ~ Madeleine).
func TestNotAName(t *testing.T) {
	st := NewState()
	for i, p := range [][2]string{
		{"그는 유로파 리그에서 뛴다.", "He plays in the Europa League now."},
		{"그는 챔피언스 리그에서 뛴다.", "He plays in the Champions League now."},
		{"그는 엘리트 리그에서 뛴다.", "He plays in the Elite League now."},
		{"리그는 다음주에 시작한다.", "The new League starts next week."},
		{"허리케인 로사가 약해졌다.", "It is now Hurricane Rosa, weakening."},
		{"로사는 북쪽으로 갔다.", "On Monday Rosa moved north."},
		{"로사는 멕시코에 비를 뿌렸다.", "On Monday Rosa brought rain to Mexico."},
		{"로사는 약해졌다.", "On Tuesday Rosa weakened."},
		{"라이더컵이 열렸다.", "The Ryder Cup began."},
		{"라이더컵이 끝났다.", "The Ryder Cup ended."},
		{"올림픽 선수들이 도착했다.", "Then Olympic athletes arrived."},
		{"올림픽 선수들이 떠났다.", "Then Olympic athletes left."},
		{"올림픽이 열렸다.", "Then the Olympics began."},
		{"올림픽이 끝났다.", "Then the Olympics ended."},
		{"타임즈가 보도했다.", "Then the Times reported it."},
		{"타임즈가 썼다.", "Then the Times wrote it."},
		{"쿠르드족이 모였다.", "Then the Kurds gathered."},
		{"쿠르드족이 떠났다.", "Then the Kurds left."},
		{"매들린 맥캔이 실종됐다.", "The girl Madeleine McCann vanished."},
		{"매들린 맥캔을 찾는다.", "The search for Madeleine McCann goes on."},
		{"매들린을 찾는다.", "They look for Madeleine."},
		{"매들린을 찾는다.", "They still look for Madeleine."},
		{"매들린을 찾는다.", "They look for Madeleine again."},
		{"로도스를 찾는다.", "They look for Rhodes."},
		{"로도스를 찾는다.", "They still look for Rhodes."},
		// Session 12: a holiday is an event (its ch read as k pairs it).
		{"크리스마스가 왔다.", "Then Christmas came."},
		{"크리스마스가 지났다.", "Then Christmas passed."},
	} {
		d := time.Date(2026, 3, i+1, 0, 0, 0, 0, time.UTC)
		st.Add(&tm.Unit{ID: int64(i + 1), Created: d, Changed: d, Variants: []tm.Variant{
			{Lang: language.Korean, Text: p[0]}, {Lang: language.English, Text: p[1]}}})
	}
	got := map[string]string{}
	for _, c := range st.Result(Options{}).Candidates {
		got[c.Korean+" ~ "+c.Renderings[0].Text] = string(c.Type)
	}
	for _, k := range []string{"리그 ~ League", "로사 ~ Rosa", "라이더컵 ~ Ryder Cup", "올림픽 ~ Olympic", "올림픽 ~ Olympics", "타임즈 ~ Times", "쿠르드족 ~ Kurds", "크리스마스 ~ Christmas"} {
		if _, ok := got[k]; ok {
			t.Errorf("%s is a candidate: %v", k, got)
		}
	}
	for k, w := range map[string]string{"매들린 ~ Madeleine": "person", "매들린 맥캔 ~ Madeleine McCann": "person", "로도스 ~ Rhodes": "place"} {
		if got[k] != w {
			t.Errorf("%s: type %q, want %q (%v)", k, got[k], w, got)
		}
	}
}

// TestCorePairs checks the miner with the core lexicon alone (what
// `bitext glossary mine` gives it by default, session 9 helper M4): the
// names the desk translates pair through it, and a word it translates as
// a common word (지난 "last") is no name's Korean form.
func TestCorePairs(t *testing.T) {
	core := lexicon.Core()
	tests := []struct {
		name, ko, en string
		want, not    []string // Korean TAB English
	}{
		{"countries", "미국 정부는 중국에 경고했다.", "Officials said the United States warned China.",
			[]string{"미국\tUnited States", "중국\tChina"}, nil},
		{"a country of one word", "그는 일본을 방문했다.", "He visited Japan last year.",
			[]string{"일본\tJapan"}, nil},
		{"a word the core knows as a common word", "지난 주에 발표했다.", "Officials in China said so last week.",
			nil, []string{"지난\tChina"}},
		// Session 10 (helper M5): the stem of 대만 is 대 (만 "only" taken
		// for a particle); the word less its particle is looked up.
		{"a one-syllable stem", "대만의 학교가 문을 닫았다.", "Schools in Taiwan closed on Monday.",
			[]string{"대만\tTaiwan"}, nil},
	}
	for _, tt := range tests {
		got := pairsOf(tt.ko, tt.en, core, newMemo())
		checkPairs(t, tt.name, got, tt.want, tt.not)
	}
}

// TestBetterSim checks that of two Korean forms given one English form in
// as many units, the one that sounds more like it wins, before the longer
// form (session 12, helper M11: 치키타 ~ Chiquita, not 지원하고 있어).
func TestBetterSim(t *testing.T) {
	name := &pairStats{Ko: "치키타", En: "Chiquita", Units: 1, Sim: 1}
	junk := &pairStats{Ko: "지원하고 있어", En: "Chiquita", Units: 1, Sim: 0.5}
	if !better(name, junk) || better(junk, name) {
		t.Errorf("better: %s beats %s", junk.Ko, name.Ko)
	}
	// More units still win whatever the sound.
	junk.Units = 2
	if better(name, junk) {
		t.Errorf("better: %s in 1 unit beats %s in 2", name.Ko, junk.Ko)
	}
}

func TestExpansion(t *testing.T) {
	tests := []struct{ en, acr, want string }{
		{"A Civil Aviation Safety Authority spokesman said.", "CASA", "Civil Aviation Safety Authority"},
		{"at the World Trade Organization.", "WTO", "World Trade Organization"},
		{"the European Union's long-running war", "EU", "European Union"},
		{"the Food and Drug Administration said", "FDA", "Food and Drug Administration"},
		{"Civil Aviation, Safety Authority", "CASA", ""},
		{"World Trade Organization and World Tourism Organization", "WTO", ""},
		{"nothing here", "WTO", ""},
		{"Zimbabwe African National Union", "ZANU-PF", ""},
	}
	for _, tt := range tests {
		if got := expansion(tt.en, tt.acr); got != tt.want {
			t.Errorf("expansion(%q, %s) = %q, want %q", tt.en, tt.acr, got, tt.want)
		}
	}
}

// checkPairs reports each of want ("Korean\tEnglish") that got lacks and
// each of not that it has.
func checkPairs(t *testing.T, name string, got map[[2]string]glossary.Type, want, not []string) {
	t.Helper()
	for _, w := range want {
		k := strings.Split(w, "\t")
		if _, ok := got[[2]string{k[0], k[1]}]; !ok {
			t.Errorf("%s: no pair %s ~ %s in %v", name, k[0], k[1], got)
		}
	}
	for _, w := range not {
		k := strings.Split(w, "\t")
		if _, ok := got[[2]string{k[0], k[1]}]; ok {
			t.Errorf("%s: unexpected pair %s ~ %s", name, k[0], k[1])
		}
	}
}

// TestOrgNamePairs: what the rule of partly translated bodies' names
// (orgNamePairs; session 13, helper M13) does not pair, on our own pairs;
// the pairs it finds are TestPairRules' cases.
func TestOrgNamePairs(t *testing.T) {
	for _, tt := range []struct{ name, ko, en string }{
		{"a name ending in 사 is a name's sound", "멘도사가 말했다.", "Then Mendoza spoke."},
		{"사 apart is another word", "포르투갈에 사는 그가 말했다.", "He lives in Portugal now."},
		{"대 apart is another word", "미국 대 멕시코 경기였다.", "It was the Mexico University match."},
		{"a head of one syllable before 대", "연대 의사를 밝혔다.", "It voiced Yon University support."},
		{"no body's word in the English", "벨 연구소가 밝혔다.", "Officials at Bell said so."},
		{"the body's word written in Hangul", "뉴스 통신이 보도했다.", "The Thai News Agency reported it."},
		{"a head that does not sound like the English", "벨 연구소가 밝혔다.", "Officials at Oxford Laboratories said so."},
		// Session 14, helper M16: a news agency's word left out in English
		// only when written on the name.
		{"a news agency's word apart, left out in English", "이타르타스 통신이 보도했다.", "It was reported by ITAR-Tass."},
	} {
		m := newMemo()
		sc := m.scratch()
		runs := enRuns(tt.en, sc)
		toks := koTokens(tt.ko, m, sc)
		out := map[[2]string]glossary.Type{}
		orgNamePairs(toks, runs, map[int]bool{}, out, m)
		if len(out) != 0 {
			t.Errorf("%s: %v", tt.name, out)
		}
	}
}

// TestWordPairs: names of bodies and places written word by word
// (wordPairs; session 13, helper M13), on our own pairs and lexicon.
func TestWordPairs(t *testing.T) {
	lex, err := lexicon.Read(strings.NewReader("# bitext lexicon v1 units=100\n세계\tworld\t0.6\n무역\ttrade\t0.6\n국립\tnational\t0.6\n독일\tgerman\t0.5\n해군\tnavi\t0.6\n최대\tlargest\t0.6\n"), "test.lexicon")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, ko, en string
		want         []string // Korean TAB English; none: no pair
	}{
		{"translated and transliterated words", "세계 무역 센터가 무너졌다.", "Then the World Trade Center fell.", []string{"세계 무역 센터\tWorld Trade Center"}},
		{"a transliterated word in between", "국립 허리케인 센터는 경고했다.", "The National Hurricane Center warned.", []string{"국립 허리케인 센터\tNational Hurricane Center"}},
		{"a body's noun translated", "독일 해군이 밝혔다.", "The German Navy said so.", []string{"독일 해군\tGerman Navy"}},
		{"no body's or place's noun at the end", "세계 최대 규모다.", "It is the World's Largest one.", nil},
		{"a part of a longer run", "세계 무역 센터가 무너졌다.", "Then the New World Trade Center opened.", nil},
		{"no word translated", "허리케인 센터는 경고했다.", "The Hurricane Center warned.", nil},
	} {
		m := newMemo()
		sc := m.scratch()
		runs := enRuns(tt.en, sc)
		toks := koTokens(tt.ko, m, sc)
		out := map[[2]string]glossary.Type{}
		wordPairs(toks, runs, map[int]bool{}, lex, out, m)
		var got []string
		for k := range out {
			got = append(got, k[0]+"\t"+k[1])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestSpellingVariantForms(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"도쿠다", "토쿠다", true},      // ㄷ, ㅌ
		{"칸타스", "콴타스", true},      // ㅏ, ㅘ
		{"심슨", "심스", true},        // a final ㄴ
		{"국립기상국", "국립기상청", false}, // three letters
		{"도쿠다", "도쿠다", false},
		{"맨체스터", "맨체스터로", false},
		{"토마스 가", "토머스 가", true},
		{"토마스", "토머스 ", false},
		{"트럼프", "트럼프x", false},
		{"Ma", "Mb", false},
	} {
		if got := spellingVariant(tt.a, tt.b); got != tt.want {
			t.Errorf("spellingVariant(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// An acronym the Korean writes in Latin letters keeps its pair beside a
// Hangul form with more units that the English form goes to (UN ~ U.N.
// beside 유엔 ~ U.N.; session 14, helper M16).
func TestSameLetters(t *testing.T) {
	st := NewState()
	for i, p := range [][2]string{
		{"유엔 사찰단이 왔다.", "The U.N. inspectors came."},
		{"유엔 보고서가 나왔다.", "A U.N. report came out."},
		{"유엔 총장이 말했다.", "The U.N. chief spoke."},
		{"UN은 보고서를 냈다.", "The last U.N. study came out."},
		{"UN은 경고했다.", "Then the U.N. warned."},
	} {
		d := time.Date(2026, 3, i+1, 0, 0, 0, 0, time.UTC)
		st.Add(&tm.Unit{ID: int64(i + 1), Created: d, Changed: d, Variants: []tm.Variant{
			{Lang: language.Korean, Text: p[0]}, {Lang: language.English, Text: p[1]}}})
	}
	got := map[string]string{}
	for _, c := range st.Result(Options{}).Candidates {
		got[c.Korean] = c.Renderings[0].Text
	}
	if got["유엔"] != "U.N." || got["UN"] != "U.N." {
		t.Errorf("candidates %v, want 유엔 and UN both rendered U.N.", got)
	}
	for _, tt := range []struct {
		ko, en string
		want   bool
	}{
		{"UN", "U.N.", true},
		{"IOC", "IOC", false},
		{"유엔", "U.N.", false},
		{"UN", "United Nations", false},
	} {
		if got := sameLetters(&pairStats{Ko: tt.ko, En: tt.en}); got != tt.want {
			t.Errorf("sameLetters(%s, %s) = %v", tt.ko, tt.en, got)
		}
	}
}

// TestSurnameAlone: a Korean family name of one syllable written alone
// before a title is paired with the English word that spells it (이 원장
// ~ Rhee, 반 총장 ~ Ban even where the core lexicon reads 반 as a stem of
// 반도 "peninsula"), typed person; not when the English word is a part of
// a longer run (the full name), nor without the title, nor for a syllable
// that is no family name (session 15, helper M19).
func TestSurnameAlone(t *testing.T) {
	checkPairCases(t, true, []pairCase{
		{"이 before a title", "그러나 이 원장은 오시마를 만났다.", "But later Rhee met Oshima.", "이\tRhee", ""},
		{"another spelling", "그러나 이 원장은 오시마를 만났다.", "But later Lee met Oshima.", "이\tLee", ""},
		{"반 before a title, the core lexicon on", "그러나 반 총장은 오시마를 만났다.", "But later Ban met Oshima.", "반\tBan", ""},
		{"the full name's part", "그러나 이 원장은 오시마를 만났다.", "But later Rhee Taek-soo met Oshima.", "", "이\tRhee"},
		{"no title after it", "그러나 이 사건은 오시마를 놀라게 했다.", "But later Rhee met Oshima.", "", "이\tRhee"},
		{"another family name", "그러나 이 원장은 오시마를 만났다.", "But later Park met Oshima.", "", "이\tPark"},
	})
}

// TestContainsWordQuotes: a word after a typographic quote or before a
// typographic apostrophe is a word (“GM's), one inside a Latin or Hangul
// word is not.
func TestContainsWordQuotes(t *testing.T) {
	for _, tt := range []struct {
		text, w string
		want    bool
	}{
		{"“GM's financing arm", "GM", true},
		{"the GM’s dealers", "GM", true},
		{"GMAC said", "GM", false},
		{"the AGM said", "GM", false},
		{"é GM", "GM", true},
		{"éGM", "GM", false},
		{"한GM", "GM", false},
	} {
		if got := containsWord(tt.text, tt.w); got != tt.want {
			t.Errorf("containsWord(%q, %q) = %v, want %v", tt.text, tt.w, got, tt.want)
		}
	}
	if got := pairsOf("“GM의 금융자회사인 GMAC가 말했다.", "“GM's financing arm, GMAC, said.", nil, nil); got[[2]string{"GM", "GM"}] != Organization {
		t.Errorf("pairs %v, want GM ~ GM, an organisation", got)
	}
}

// TestOwnAcronym: an acronym the Korean writes in brackets after a
// Hangul name is a candidate of its own beside the Hangul name given the
// same English acronym (ARF ~ ARF and 아세안 지역안보포럼 ~ ARF).
func TestOwnAcronym(t *testing.T) {
	st := NewState()
	for i, p := range [][2]string{
		{"북한은 아세안 지역안보포럼(ARF)에서 회담에 불참했다.", "North Korea skipped talks at the ASEAN Regional Forum (ARF) in Kuala Lumpur."},
		{"아세안 지역안보포럼(ARF)의 의장이 성명을 냈다.", "The chairman of the ARF session issued a statement."},
		{"장관들은 아세안 지역안보포럼(ARF) 회의에 모였다.", "Ministers met at the ARF meeting on Friday."},
	} {
		d := time.Date(2026, 3, i+1, 0, 0, 0, 0, time.UTC)
		st.Add(&tm.Unit{ID: int64(i + 1), Created: d, Changed: d, Context: tm.Context{DocID: string(rune('a' + i))}, Variants: []tm.Variant{
			{Lang: language.Korean, Text: p[0]}, {Lang: language.English, Text: p[1]}}})
	}
	res := st.Result(Options{})
	for _, ko := range []string{"ARF", "아세안 지역안보포럼"} {
		if !slices.ContainsFunc(res.Candidates, func(c Candidate) bool { return c.Korean == ko && c.Renderings[0].Text == "ARF" }) {
			t.Errorf("no candidate %s ~ ARF in %+v", ko, res.Candidates)
		}
	}
}

// TestGlossaryOneEntryPerEnglish: candidates given the same English form
// (an acronym's own pair beside the Hangul name's) make one proposed
// entry with both Korean forms, so that the glossary written lints clean
// (no English term claimed by two entries).
func TestGlossaryOneEntryPerEnglish(t *testing.T) {
	r := &Result{Candidates: []Candidate{
		{Korean: "OECD", Type: Organization, Units: 2, Renderings: []Rendering{{Text: "OECD", Units: 2}}},
		{Korean: "경제협력개발기구", Type: Organization, Units: 2, Renderings: []Rendering{{Text: "OECD", Units: 2}, {Text: "Organisation for Economic Co-operation and Development", Units: 1}}},
		{Korean: "정의용", Type: Person, Units: 3, Renderings: []Rendering{{Text: "Chung Eui-yong", Units: 3}}},
	}}
	g := r.Glossary()
	if len(g.Entries) != 2 {
		t.Fatalf("%d entries, want 2", len(g.Entries))
	}
	var got []string
	for _, term := range g.Entries[0].Terms {
		got = append(got, term.Lang.String()+":"+term.Text)
	}
	want := []string{"ko:OECD", "en:OECD", "ko:경제협력개발기구", "en:Organisation for Economic Co-operation and Development"}
	if !slices.Equal(got, want) {
		t.Errorf("first entry's terms %q, want %q", got, want)
	}
	if g.Entries[1].ID != "mine-2" {
		t.Errorf("second entry %s, want mine-2", g.Entries[1].ID)
	}
}

// pairCase is a pair of our own sentences and a pair that pairsOf must
// find in it (want) and one it must not (not), each "Korean TAB English"
// or "" for none.
type pairCase struct {
	name, ko, en string
	want, not    string
}

// checkPairCases runs pairsOf with the core lexicon over each case; with
// person, a pair counts only when it is typed person.
func checkPairCases(t *testing.T, person bool, cases []pairCase) {
	t.Helper()
	core := lexicon.Core()
	for _, tt := range cases {
		got := pairsOf(tt.ko, tt.en, core, newMemo())
		has := func(p string) bool {
			for k, typ := range got {
				if k[0]+"\t"+k[1] == p {
					return !person || typ == Person
				}
			}
			return false
		}
		if tt.want != "" && !has(tt.want) {
			t.Errorf("%s: %v, want %q (typed person: %v)", tt.name, got, tt.want, person)
		}
		if tt.not != "" && has(tt.not) {
			t.Errorf("%s: %v, want no %q", tt.name, got, tt.not)
		}
	}
}

// TestNameBeforeTitleM21: a foreign name of one syllable written alone
// before 차관보, 국장, 목사 or 장군 (titles since session 15, helper M21) is
// paired with the English word that spells it (힐 차관보 ~ Hill, 킹 목사 ~
// King, 두 국장 ~ Du); not before a word that is no title.
func TestNameBeforeTitleM21(t *testing.T) {
	checkPairCases(t, false, []pairCase{
		{"차관보", "힐 차관보는 국제원자력기구를 방문한다.", "Hill travels on Friday to the agency.", "힐\tHill", ""},
		{"목사", "킹 목사 가족의 노력에 힘입어", "encouraged by the King family", "킹\tKing", ""},
		{"국장", "두 국장은 안개가 자주 낀다고 주장했다.", "But fog is frequent, Du said.", "두\tDu", ""},
		{"장군", "벨 장군은 북한이 저항할 것이라고 말했다.", "Bell said Pyongyang will resist.", "벨\tBell", ""},
		{"no title after it", "힐 위에서 국제원자력기구를 방문한다.", "Hill travels on Friday to the agency.", "", "힐\tHill"},
		// lastWordPair: the one-syllable last word of a full name.
		{"a full name's last word", "크리스토퍼 힐 미 국무부 차관이 워싱턴으로 출발했다.", "Assistant Secretary of State Christopher Hill set out to Washington.", "힐\tHill", ""},
		{"a full name's last word, a particle", "피터 킹은 말했다.", "Peter King said.", "킹\tKing", ""},
		{"not the word after the name", "크리스토퍼 힐 미 국무부 차관이 워싱턴으로 출발했다.", "Assistant Secretary of State Christopher Hill set out to Washington.", "", "미\tHill"},
		{"not a word that spells another", "크리스토퍼 킹은 말했다.", "Christopher Hill said.", "", "킹\tHill"},
	})
}

// TestDottedLatin: an abbreviation with full stops the Korean text writes
// in Latin letters keeps its last full stop (D.C. ~ D.C., not D.C).
func TestDottedLatin(t *testing.T) {
	checkPairCases(t, false, []pairCase{
		{"D.C.", "18개 주, D.C. 새로운 망명 정책에 대한 도전을 지지", "18 states, D.C. support challenge to new asylum policy", "D.C.\tD.C.", "D.C\tD.C"},
		{"an acronym without stops", "FBI가 수사한다.", "The FBI investigates.", "FBI\tFBI", "FBI.\tFBI."},
	})
}

// TestQualifierCopula: a noun of the core lexicon with the copula's 인
// before an acronym's name qualifies it (단체인 독일산업협회(BDI)).
func TestQualifierCopula(t *testing.T) {
	checkPairCases(t, false, []pairCase{
		{"단체인", "독일의 주요 산업 단체인 독일산업협회(BDI)는 촉구했습니다.", "Germany's leading organization for industry, the Federation of German Industries (BDI), has called on the US.",
			"독일산업협회\tFederation of German Industries", "단체인 독일산업협회\tFederation of German Industries"},
	})
	if qualifier("캠페인") {
		t.Error("캠페인 is a qualifier")
	}
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

// m25Case is a unit, a pair and whether pairsOf finds it with the type.
//
// Session 18 (helper M25): rules chosen on dev-8's misses (NTREX lines
// 1401-1600), each test failing without its rule.
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

// TestMiddleDotNames: a middle dot between Korean words joins names as
// "and" (영국·아일랜드 ~ UK and Ireland), and a particle after the closing
// bracket stays on the last of them; each is a word of its own.
//
// Session 18 (helper M28): rules chosen on dev-10's misses (NTREX lines
// 1801-1997), each test failing without its rule.
func TestMiddleDotNames(t *testing.T) {
	lex := lexicon.WithCore(nil)
	for _, tc := range []struct{ ko, en string }{
		{"116 123(영국·아일랜드)에 무료로 전화를 걸면 된다.", "You can call free on 116 123 (UK and Ireland)."},
		{"영국ㆍ아일랜드 두 나라가 합의했다.", "The UK and Ireland agreed."},
	} {
		if _, ok := pairsOf(tc.ko, tc.en, lex, newMemo())[[2]string{"아일랜드", "Ireland"}]; !ok {
			t.Errorf("pairsOf(%q, %q): no 아일랜드 ~ Ireland", tc.ko, tc.en)
		}
	}
}

// TestNameOwnS: an 's that no noun follows (punctuation, the text's end, a
// verb) is the name's own and kept in its English form (St. Martin's, a
// church; Sainsbury's, a shop), and such a name of two Korean words is
// typed a place, not a person; a possessive before its noun is cut as
// before (St. Petersburg's governor, Sainsbury's stores).
//
// Session 20 (helper M33): the English form of a name with its own 's,
// which the dev parts got wrong (dev-11-200: 성 마틴 ~ St. Martin,
// 세인즈버리 ~ Sainsbury); the test fails without the rule. (A second
// rule, a one-syllable stem for its word with a particle, 굽 ~ Goop, was
// taken out after the held-out run, and its test with it.)
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

// TestOwnSMerged: a name's renderings with its own 's and without are one
// rendering, the one more units write, its units and evidence the sum
// (not the plain form taken for the adjective of the 's form: McCain of
// McCain's, Dubai of Dubai's, which made a person a place).
func TestOwnSMerged(t *testing.T) {
	for _, tc := range []struct {
		ps         []*pairStats
		want       string
		units, per int
	}{
		{[]*pairStats{{Ko: "세인즈버리", En: "Sainsbury's", Units: 6}, {Ko: "세인즈버리", En: "Sainsbury", Units: 3}}, "Sainsbury's", 9, 0},
		{[]*pairStats{{Ko: "매케인", En: "McCain's", Units: 2, Person: 1}, {Ko: "매케인", En: "McCain", Units: 100, Person: 40}}, "McCain", 102, 41},
		{[]*pairStats{{Ko: "두바이", En: "Dubai", Units: 50}, {Ko: "두바이", En: "Dubai's", Units: 3}}, "Dubai", 53, 0},
		{[]*pairStats{{Ko: "성 마틴", En: "St. Martin", Units: 3}, {Ko: "성 마틴", En: "St. Martin's", Units: 3}}, "St. Martin's", 6, 0},
	} {
		got := mergeDerived(tc.ps)
		if len(got) != 1 || got[0].En != tc.want || got[0].Units != tc.units || got[0].Person != tc.per {
			var s []string
			for _, p := range got {
				s = append(s, fmt.Sprintf("%s %d person %d", p.En, p.Units, p.Person))
			}
			t.Errorf("mergeDerived: %v, want %s %d person %d", s, tc.want, tc.units, tc.per)
		}
	}
}

// TestOwnSClaimedWithName: a Korean form that writes a name with its own
// 's in a few units (동생 ~ Dixon's, junk) does not keep it from the form
// that names the person in more (딕슨 ~ Dixon); one Korean form keeps both
// its renderings, counted as one (세인즈버리).
func TestOwnSClaimedWithName(t *testing.T) {
	st := NewState()
	add := func(p pairStats) {
		p.Sim = 1
		st.Pairs[p.Ko+"\t"+p.En] = &p
	}
	add(pairStats{Ko: "딕슨", En: "Dixon", Type: Place, Units: 10, Person: 4})
	add(pairStats{Ko: "동생", En: "Dixon's", Type: Place, Units: 3})
	add(pairStats{Ko: "세인즈버리", En: "Sainsbury's", Type: Place, Units: 6, Org: 2})
	add(pairStats{Ko: "세인즈버리", En: "Sainsbury", Type: Place, Units: 3, Org: 1})
	got := map[string]string{}
	for _, c := range st.Result(Options{}).Candidates {
		got[c.Korean] = fmt.Sprintf("%s %d", c.Renderings[0].Text, c.Renderings[0].Units)
	}
	want := map[string]string{"딕슨": "Dixon 10", "세인즈버리": "Sainsbury's 9"}
	for ko, w := range want {
		if got[ko] != w {
			t.Errorf("%s: %q, want %q", ko, got[ko], w)
		}
	}
	if g, ok := got["동생"]; ok {
		t.Errorf("동생: a candidate, %s", g)
	}
}

// TestOwnSClaimSummed: a Korean form claims a name with the units of its
// renderings with and without the 's together (쿨리발리: Coulibaly's in 150
// units, Coulibaly in 53) against another form's pair of the name alone
// (the Latin Coulibaly of a gloss, 203 units).
func TestOwnSClaimSummed(t *testing.T) {
	st := NewState()
	add := func(p pairStats) {
		p.Sim = 1
		st.Pairs[p.Ko+"\t"+p.En] = &p
	}
	add(pairStats{Ko: "쿨리발리", En: "Coulibaly's", Type: Person, Units: 150})
	add(pairStats{Ko: "쿨리발리", En: "Coulibaly", Type: Person, Units: 53})
	add(pairStats{Ko: "Coulibaly", En: "Coulibaly", Type: Organization, Units: 203})
	found := false
	for _, c := range st.Result(Options{}).Candidates {
		if c.Korean == "쿨리발리" {
			found = true
		}
	}
	if !found {
		t.Error("no candidate 쿨리발리")
	}
}

// pairOf returns the English of the pair of ko's form name in the unit,
// or "".
//
// Session 21 (helper M37): M36's compass rule again, keeping a word that
// names the point itself (서방 ~ West, "the West", lost on held-out-200
// when the rule was first frozen); a place's evidence from the English
// around a one-word name (the 1M TM's 푸주 ~ Fuzhou and 볼더 ~ Boulder,
// typed person by "said X," in its shuffled words); and no weaker match of
// a Korean word the English writes exactly inside a longer name (아메리칸 ~
// AMR Corp., held-out-8's line 1437, seen since M35). Each test fails
// without its rule.
func pairOf(t *testing.T, ko, en, name string, lex *lexicon.Lexicon) ([2]string, uint8) {
	t.Helper()
	out, ev := unitPairs(ko, en, lex, newMemo())
	for p := range out {
		if p[0] == name {
			return p, ev[p]
		}
	}
	return [2]string{}, 0
}

// TestNoWeakMatchBesideExact: 아메리칸, which American of American Airlines
// spells exactly, is no name of AMR Corp. (its letters read as sounds),
// and 아메리칸 이글 ~ American Eagle is found; a demonym beginning with the
// word (Colombian beside the dateline's "Colombia (CNN)") keeps its pair.
func TestNoWeakMatchBesideExact(t *testing.T) {
	ko := "아메리칸 에어라인과 아메리칸 이글의 지주회사인 AMR의 대변인은 감원 규모를 밝혔다."
	en := "AMR Corp., owner of carriers American Airlines and American Eagle, announced the cuts, a spokesman said."
	out, _ := unitPairs(ko, en, nil, newMemo())
	if _, bad := out[[2]string{"아메리칸", "AMR Corp"}]; bad {
		t.Errorf("unitPairs(%q, %q): 아메리칸 ~ AMR Corp (%v)", ko, en, out)
	}
	if _, ok := out[[2]string{"아메리칸 이글", "American Eagle"}]; !ok {
		t.Errorf("unitPairs(%q, %q): no 아메리칸 이글 ~ American Eagle (%v)", ko, en, out)
	}
	ko = "콜롬비아 대통령은 적십자 표식이 인질 구출 작전에 사용되었다고 인정했다."
	en = "BOGOTA, Colombia (CNN) Colombian President Alvaro Uribe admitted that the symbol of the Red Cross was used."
	// Since M38's bracket rule the dateline's Colombia is a run of its
	// own and paired too; the demonym's pair is still there.
	if out, _ := unitPairs(ko, en, nil, newMemo()); out[[2]string{"콜롬비아", "Colombian"}] == "" || out[[2]string{"콜롬비아", "Colombia"}] == "" {
		t.Errorf("unitPairs(%q, %q): %v, want 콜롬비아 ~ Colombian and ~ Colombia", ko, en, out)
	}
}

// TestBracketOwnRun: the acronym in brackets is a run of its own, and the
// place before it is paired alone; other words in brackets stay in the
// run.
//
// Session 21 (helper M38): an acronym in brackets begins an English run
// of its own, so a dateline's "Kentucky (CNN)" is a place and a
// broadcaster, not the run "Kentucky CNN" (held-out-10's junk pair, M37's
// next); a Korean family name alone before a candidate or an elect is
// paired as before a title (이 후보 ~ Lee); 미얀마 ~ Burma by the exonyms'
// table. Each test fails without its rule.
func TestBracketOwnRun(t *testing.T) {
	for _, tc := range []struct {
		en   string
		want []string // the runs, words joined by a space
	}{
		{"LOUISVILLE, Kentucky (CNN) A judge ruled.", []string{"LOUISVILLE", "Kentucky", "CNN"}},
		{"The Grand National Party (GNP) won.", []string{"Grand National Party", "GNP"}},
		{"Seoul National University said so.", []string{"Seoul National University"}},
		{"Laura (Julie Christie) and John moved.", []string{"Laura Julie", "Christie", "John"}},
	} {
		m := newMemo()
		var got []string
		for _, r := range enRuns(tc.en, m.scratch()) {
			got = append(got, strings.Join(r.words, " "))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("enRuns(%q) = %q, want %q", tc.en, got, tc.want)
		}
	}
	for _, tc := range []struct{ ko, en, name, want string }{
		{"켄터키주 법원은 이날 판결했다.", "LOUISVILLE, Kentucky (CNN) A court ruled on Monday.", "켄터키", "Kentucky"},
	} {
		if got, _ := pairOf(t, tc.ko, tc.en, tc.name, nil); got[1] != tc.want {
			t.Errorf("unitPairs(%q, %q): %s ~ %q, want %q", tc.ko, tc.en, tc.name, got[1], tc.want)
		}
	}
}

// TestSurnameBeforeCandidate: a Korean family name alone before a candidate, an
// elect, or 전 "former" and a title is paired with the English surname
// (held-out-10's 이 후보, 이 당선인, 이 전 시장 ~ Lee); before another word
// (이 후보지 "this site") it is not.
func TestSurnameBeforeCandidate(t *testing.T) {
	for _, tc := range []struct{ ko, en, want string }{
		{"이 후보가 그렇게 말했다고 보도했다.", "Some journalists said Lee made the remark.", "Lee"},
		{"이 당선인은 평가를 실시하겠다고 밝혔다.", "Lee also said he would assess Cabinet members.", "Lee"},
		{"이 전 시장에게 있어 한 가지 걸림돌이 있다.", "One concern for Lee, however, is that.", "Lee"},
		{"이 원장은 그렇게 말했다.", "Rhee said so.", "Rhee"},
		{"이 후보지는 바다에 가깝다.", "Lee said the site is near the sea.", ""},
		{"이 사람은 그렇게 말했다.", "Lee said so.", ""},
	} {
		if got, _ := pairOf(t, tc.ko, tc.en, "이", nil); got[1] != tc.want {
			t.Errorf("unitPairs(%q, %q): 이 ~ %q, want %q", tc.ko, tc.en, got[1], tc.want)
		}
	}
}

// TestBurmaExonym: 미얀마 is paired with Burma, the English name by the
// exonyms' table, not by sound (held-out-10's miss).
func TestBurmaExonym(t *testing.T) {
	if got, _ := pairOf(t, "미얀마는 또한 헌법 수정을 거절했다.", "Burma also refused to consider changing the constitution.", "미얀마", nil); got[1] != "Burma" {
		t.Errorf("미얀마 ~ %q, want Burma", got[1])
	}
}

// TestBracketTagNoTranslation: with a lexicon that learned the source's
// tag beside a country (미국 = cnn, as a news archive's does), the tag
// split off a dateline is no translated name of the country.
func TestBracketTagNoTranslation(t *testing.T) {
	lex, err := lexicon.Read(strings.NewReader("# bitext lexicon v1 units=100\n미국\tcnn\t0.5\n"), "test.lexicon")
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := pairOf(t, "미국 법원은 이날 판결했다.", "LOUISVILLE, Kentucky (CNN) A court ruled on Monday.", "미국", lex); got[1] != "" {
		t.Errorf("미국 ~ %q, want no pair", got[1])
	}
}

// TestGlossWordNoLatinPair: the last word of a gloss is not paired with
// itself; an acronym in a gloss, a Latin word written before its own
// bracket and a Latin name outside brackets still are.
//
// Session 21 (helper M39): a word in Latin letters inside a bracket that
// glosses the Hangul word before it is no name the Korean keeps in Latin
// letters (M38's junk Ryan ~ Ryan, Zaev ~ Zaev, Edward ~ Edward, West ~
// West of the fresh -200 parts). The test fails without the rule.
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

// TestDatelineNoPairs: the words in capitals of a dateline opening the
// English, up to the bracket's acronym, pair with no Korean form ending as
// a verb's or a noun's ending or with vowels unlike theirs (사용되는 ~
// WASHINGTON, 밝혔 ~ BAGHDAD, 마지막 ~ MOSCOW of the 1M TM); 베이징 written
// with a particle or before a noun still pairs, as do Iraq after the
// dateline's capitals and a place in running text.
func TestDatelineNoPairs(t *testing.T) {
	for _, tc := range []struct {
		ko, en string
		ko0    string // a Korean form
		en0    string // its English form
		want   bool
	}{
		{"음식에 사용되는 실란트로를 조사할 계획이다.", "WASHINGTON (CNN) -- Starting Monday, inspectors will search cilantro.", "사용되는", "WASHINGTON", false},
		{"이라크 주재 대사관이 밝혔다.", "BAGHDAD, Iraq (CNN) Obama arrived, a spokesman said.", "밝혔", "BAGHDAD", false},
		{"정상은 마지막 회담에서 합의했다.", "MOSCOW, Russia (CNN) The leaders agreed at their last talks.", "마지막", "MOSCOW", false},
		{"이라크 주재 대사관이 밝혔다.", "BAGHDAD, Iraq (CNN) Obama arrived, a spokesman said.", "이라크", "Iraq", true},
		{"워싱턴에서 회의가 열렸다.", "WASHINGTON (CNN) -- A meeting was held in Washington.", "워싱턴", "Washington", true},
		{"중국 베이징에서 회담이 재개됐다.", "BEIJING, China (CNN) -- Talks resumed Thursday.", "베이징", "BEIJING", true},
		{"베이징 경찰이 밝혔다.", "BEIJING, China (CNN) -- Police said so.", "베이징", "BEIJING", true},
		{"중국이 베이징 올림픽을 앞두고 밝혔다.", "BEIJING, China (CNN) -- China said so.", "베이징", "BEIJING", true},
		{"카말은 이라크 바그다드의 골목에서 납치됐다.", "BAGHDAD, Iraq (CNN) Kamal was snatched off the streets.", "바그다드", "BAGHDAD", true},
		{"나토는 밝혔다 워싱턴에서.", "NATO met in Washington on Monday.", "워싱턴", "Washington", true},
	} {
		ps, _ := unitPairs(tc.ko, tc.en, nil, newMemo())
		if _, got := ps[[2]string{tc.ko0, tc.en0}]; got != tc.want {
			t.Errorf("%q: pair %s ~ %s %v, want %v (%v)", tc.en, tc.ko0, tc.en0, got, tc.want, ps)
		}
	}
	if dl := datelineWords(enRuns("SOUTH of ISLAND, Texas (CNN) A storm came to Texas.", newMemo().scratch()), "SOUTH of ISLAND, Texas (CNN) A storm came to Texas."); !strings.Contains(dl, "|ISLAND|") || strings.Contains(dl, "Texas") {
		t.Errorf("dateline words %q, want SOUTH and ISLAND, not Texas", dl)
	}
	if dl := datelineWords(enRuns("Kentucky (CNN) A storm came.", newMemo().scratch()), "Kentucky (CNN) A storm came."); dl != "" {
		t.Errorf("a dateline not in capitals: %q", dl)
	}
}

// TestLeftOnWords: a foreign form of several words does not go on to a
// legislature's word before a title (마이크 존슨 하원 의장 ~ House Speaker
// Mike Johnson) nor to the role word 역 (존 스노우 역으로 ~ role as Jon
// Snow); the name without them still pairs.
//
// Session 22 (helper M41): rules for the causes held-out-14 and the 1M TM
// showed, each test failing without its rule.
func TestLeftOnWords(t *testing.T) {
	for _, tc := range []struct {
		ko, en     string
		want, junk [2]string
	}{
		{"마이크 존슨 하원 의장이 합의에 대해 말했다.", "House Speaker Mike Johnson spoke of the deal.",
			[2]string{"마이크 존슨", "Mike Johnson"}, [2]string{"마이크 존슨 하원", "Mike Johnson"}},
		{"해링턴은 존 스노우 역으로 알려져 있습니다.", "Harington is known for his role as Jon Snow.",
			[2]string{"존 스노우", "Jon Snow"}, [2]string{"존 스노우 역", "Jon Snow"}},
	} {
		ps, _ := unitPairs(tc.ko, tc.en, nil, newMemo())
		if _, ok := ps[tc.junk]; ok {
			t.Errorf("%q: pair %v, a word left on (%v)", tc.ko, tc.junk, ps)
		}
		if _, ok := ps[tc.want]; !ok {
			t.Errorf("%q: no pair %v (%v)", tc.ko, tc.want, ps)
		}
	}
}

// TestDatelinePhraseAndParticle: a dateline's words in capitals pair with
// no Korean form of more words than theirs (중 한 명이 ~ SAN ANTONIO) nor
// with a form ending in 에 or 에서 (파리에서 ~ PARIS, 섬에 ~ ISLAND: the 1M
// TM's junk M40 left), also when a word in lower case or a number comes
// before the bracket's tag; a dateline's name in the Korean's opening
// words, and of as many words, still pairs.
func TestDatelinePhraseAndParticle(t *testing.T) {
	for _, tc := range []struct {
		ko, en   string
		ko0, en0 string
		want     bool
	}{
		{"구출된 미국인 중 한 명이 공개적으로 주장했다.", "SAN ANTONIO, Texas (CNN) -- One of three American hostages said so.", "중 한 명이", "SAN ANTONIO", false},
		{"총리는 프랑스 파리에서 열리는 정상회담에 앞서 밝혔다.", "PARIS, France (CNN) -- As he prepared to attend a summit, the prime minister said so.", "파리에서", "PARIS", false},
		{"당국이 텍사스주 국경 섬에 사는 주민들에게 경보를 내렸다.", "SOUTH PADRE ISLAND, Texas (CNN) -- Officials urged residents to leave.", "섬에", "ISLAND", false},
		// A tag after a word in lower case or a number (no run M38
		// split it from).
		{"총리는 프랑스 파리에서 열리는 정상회담에 앞서 밝혔다.", "PARIS, for (CNN) -- As he prepared to attend a summit, the prime minister said so.", "파리에서", "PARIS", false},
		{"총리는 프랑스 파리에서 열리는 회담 전에 밝혔다.", "PARIS, March 3 (AFP) -- Before the talks, the prime minister said so.", "파리에서", "PARIS", false},
		{"샌 안토니오 경찰이 밝혔다.", "SAN ANTONIO, Texas (CNN) -- Police said so.", "샌 안토니오", "SAN ANTONIO", true},
		{"뉴올리언스 시장이 밝혔다.", "NEW ORLEANS, Louisiana (CNN) -- The mayor said so.", "뉴올리언스", "NEW ORLEANS", true},
	} {
		ps, _ := unitPairs(tc.ko, tc.en, nil, newMemo())
		if _, got := ps[[2]string{tc.ko0, tc.en0}]; got != tc.want {
			t.Errorf("%q: pair %s ~ %s %v, want %v (%v)", tc.en, tc.ko0, tc.en0, got, tc.want, ps)
		}
	}
}

// TestNumberedOrLaw: a name in capitals on both sides with a number beside
// it in half of its examples (737 MAX, FTSE 250) or a law's acronym in
// brackets (Waste Regulation (PPWR)) is no candidate; an acronym with a
// number beside it in one example of three, or a year after it, stays.
func TestNumberedOrLaw(t *testing.T) {
	ex := func(ens ...string) []Example {
		var xs []Example
		for _, e := range ens {
			xs = append(xs, Example{Korean: "x", English: e})
		}
		return xs
	}
	for _, tc := range []struct {
		p    pairStats
		want bool
	}{
		{pairStats{Ko: "MAX", En: "MAX", Units: 3, Examples: ex("How to find out if you're flying on a Boeing 737 MAX", "most Boeing 737 MAX 9 jets were grounded", "The MAX line")}, true},
		{pairStats{Ko: "FTSE", En: "FTSE", Units: 2, Examples: ex("FTSE 250 firm famous for sausage rolls", "The FTSE 250 firm is to open outlets")}, true},
		{pairStats{Ko: "PPWR", En: "PPWR", Units: 3, Examples: ex("on the proposed Packaging and Packaging Waste Regulation (PPWR) before Christmas", "requirements in the PPWR apply to beer", "an ambitious PPWR")}, true},
		{pairStats{Ko: "EU", En: "EU", Units: 3, Examples: ex("the EU 27 members met", "the EU said", "EU ministers agreed")}, false},
		{pairStats{Ko: "SEC", En: "SEC", Units: 2, Examples: ex("the SEC said", "The SEC approved the funds")}, false},
		{pairStats{Ko: "보잉", En: "Boeing", Units: 2, Examples: ex("a Boeing 737 MAX", "Boeing 737 jets")}, false},
	} {
		if got := numberedOrLaw(&tc.p); got != tc.want {
			t.Errorf("%s ~ %s: numberedOrLaw %v, want %v", tc.p.Ko, tc.p.En, got, tc.want)
		}
	}
}

// TestAccentedNames: a capitalized English word with letters of the Latin
// alphabet outside ASCII after its first (Sánchez, Köln) is a name's word,
// so that 산체스 레카르테 pairs with Sánchez Recarte (held-out-14-200's
// 레카르테 ~ Recarte, a part of the name) and 쾰른 with Köln; a word with
// other letters after its capital is none.
func TestAccentedNames(t *testing.T) {
	for _, tc := range []struct {
		ko, en string
		pair   [2]string
	}{
		{"산체스 레카르테 사무총장은 말했다.", "More than 99% of the sector is small, Sánchez Recarte said.", [2]string{"산체스 레카르테", "Sánchez Recarte"}},
		{"독일 쾰른에서 열렸다.", "It was held in Köln, Germany.", [2]string{"쾰른", "Köln"}},
	} {
		ps, _ := unitPairs(tc.ko, tc.en, nil, newMemo())
		if _, ok := ps[tc.pair]; !ok {
			t.Errorf("%q: no pair %v (%v)", tc.en, tc.pair, ps)
		}
	}
	for w, want := range map[string]bool{"Sánchez": true, "Köln": true, "Recarte": true, "Aπ": false, "A×B": false, "sánchez": false} {
		if got := isCap(w); got != want {
			t.Errorf("isCap(%q) = %v, want %v", w, got, want)
		}
	}
}
