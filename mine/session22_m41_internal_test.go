package mine

import "testing"

// Session 22 (helper M41): rules for the causes held-out-14 and the 1M TM
// showed, each test failing without its rule.

// TestLeftOnWords: a foreign form of several words does not go on to a
// legislature's word before a title (마이크 존슨 하원 의장 ~ House Speaker
// Mike Johnson) nor to the role word 역 (존 스노우 역으로 ~ role as Jon
// Snow); the name without them still pairs.
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
