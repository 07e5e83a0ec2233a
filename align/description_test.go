package align

import (
	"slices"
	"testing"

	"golang.org/x/text/language"
)

// TestDescriptionOf reads the form of a description line: a name, an age
// or "also" at most, then a verb of descVerbs; not an appositive, a
// possessive or common-noun subject, a line without such a verb, or a
// long one.
func TestDescriptionOf(t *testing.T) {
	for _, c := range []struct {
		line    string
		subject []string
		pred    string
	}{
		{"Ma'ariv is one of Israel's largest daily newspapers.", []string{"Ma'ariv"}, "one of Israel's largest daily newspapers."},
		{"Midsomer Norton is a town about 10 miles south-west of Bath.", []string{"Midsomer", "Norton"}, "a town about 10 miles south-west of Bath."},
		{"Posada, 36, has spent his whole major league career with the Yankees.", []string{"Posada"}, "spent his whole major league career with the Yankees."},
		{"Mr Clark has been Business Secretary since 2016.", []string{"Clark"}, "been Business Secretary since 2016."},
		{"Laverne is also a presenter on BBC Radio 6 Music.", []string{"Laverne"}, "also a presenter on BBC Radio 6 Music."},
		{"Birkenhead lies on the Wirral, across the River Mersey from Liverpool.", []string{"Birkenhead"}, "on the Wirral, across the River Mersey from Liverpool."},
		{"Inverewe, near Poolewe, is known for subtropical plants.", nil, ""},
		{"Obama's week-long tour took in Afghanistan, Iraq and Israel.", nil, ""},
		{"The prison is near Evesham.", nil, ""},
		{"Entertainment companies are increasingly concerned.", nil, ""},
		{"Lopez Obrador promised Saturday at Tlatelolco Plaza to never use the military.", nil, ""},
		{"Smith is the leader of a group of twenty people who have spent the last three weeks walking from the coast to the capital.", nil, ""},
	} {
		subject, pred, ok := descriptionOf(c.line)
		if ok != (c.subject != nil) || !slices.Equal(subject, c.subject) || pred != c.pred {
			t.Errorf("descriptionOf(%q) = %q, %q, %v; want %q, %q", c.line, subject, pred, ok, c.subject, c.pred)
		}
	}
}

// TestDescriptionCost: Ma'ariv's line (kpc-dev.014 of dev.editor.jsonl,
// helper E1's line) glued as a split member onto the sentence quoting
// Ma'ariv, or linked 1-1 with it, costs wDesc; not when the Korean says
// what the line says of Ma'ariv (이스라엘 최대 일간지), when no line
// beside it names Ma'ariv (in a split), nor when the line before ends with
// Ma'ariv: a relative clause split off ("… the daily Ma'ariv." "Ma'ariv
// is …"), which the Korean sentence says.
func TestDescriptionCost(t *testing.T) {
	opts := Options{CoreLexicon: true}
	opts.Lexicon = opts.lexicon()
	ko := features([]string{
		"마리브는 한 신학교 학생이 오바마의 기도노트를 신문사로 보냈다고 밝혔다.",
		"마리브는 이스라엘 최대 일간지 중 하나로, 한 신학교 학생이 오바마의 기도노트를 신문사로 보냈다고 밝혔다.",
	}, language.Korean, opts)
	desc := "Ma'ariv is one of Israel's largest daily newspapers."
	en := func(before string) []feature {
		return features([]string{before, desc}, language.English, opts)
	}
	quoting := en("Ma'ariv said a seminary student gave the note to the newspaper.")
	unnamed := en("A seminary student gave the note to the newspaper.")
	relative := en("A seminary student gave the note to the daily Ma'ariv.")
	for _, c := range []struct {
		name       string
		ko         *feature
		en         []feature
		split, one float64
	}{
		{"the sentence quoting Ma'ariv", &ko[0], quoting, wDesc, wDesc},
		{"the Korean says it", &ko[1], quoting, 0, 0},
		{"no line beside names Ma'ariv", &ko[0], unnamed, 0, wDesc},
		{"a relative clause split off", &ko[0], relative, 0, 0},
	} {
		if got := descSplitCost(c.ko, c.en); got != c.split {
			t.Errorf("%s: descSplitCost = %.2f, want %.2f", c.name, got, c.split)
		}
		if got := descOneCost(c.ko, &c.en[1]); got != c.one {
			t.Errorf("%s: descOneCost = %.2f, want %.2f", c.name, got, c.one)
		}
	}
}

// TestDescriptionLineLeftAlone: the opening of bbc.381765 in
// dev.editor.jsonl, where the edition drops the fourth Korean sentence and
// helper E1's line "Midsomer Norton is a town about 10 miles south-west
// of Bath." follows the sentence naming Midsomer Norton. With the core
// lexicon alone it was linked 1-1 with the dropped sentence (그는
// “안정적인” 상태를 …); with descOneCost it stands alone. And
// independent.226346's opening, where E1's "Mousasi was defending his
// middleweight title." after the sentence naming Gegard Mousasi was glued
// onto its link as a 1-2 (descSplitCost).
func TestDescriptionLineLeftAlone(t *testing.T) {
	ko := []string{
		"미드서머 노튼(Midsomer Norton) 폭행: 네 명의 살인 미수 혐의자 검거",
		"서머셋(Somerset)에서 한 16세가 찔린 상처와 함께 발견된 뒤 세 명의 10대 소년들과 한 명의 20세 남성이 살인 미수 혐의로 체포되었습니다.",
		"그 십대 소년은 영국 서머 타임 기준 토요일 04시 경 미드서머 노튼의 엑셀시어 테라스(Excelsior Terrace)에서 발견되었습니다.",
		"그는 “안정적인” 상태를 유지한 채 병원으로 이송되었습니다.",
		"17세 한 명, 18세 두 명 및 20세 남성이 밤 사이 라드스톡(Radstock) 지역에서 체포되었다고 에이번(Avon)과 서머셋 경찰이 말했습니다.",
		"경찰관은 사건이 발생하기 전 상황의 휴대폰 사진 증거를 가진 사람이 있는지 수사하고 있습니다.",
	}
	en := []string{
		"Midsomer Norton attack: Four attempted murder arrests",
		"Three teenage boys and a 20-year-old man have been arrested on suspicion of attempted murder after a 16-year-old was found with stab wounds in Somerset.",
		"The teenage boy was found injured in the Excelsior Terrace area of Midsomer Norton, at about 04:00 BST on Saturday.",
		"Midsomer Norton is a town about 10 miles south-west of Bath.",
		"A 17-year-old, two 18-year-olds and a 20-year-old man were arrested overnight in the Radstock area, Avon and Somerset Police said, while officers have appealed for anyone who may have any mobile phone footage of what happened to come forward.",
	}
	wantLinks(t, ko, en, "[0]-[0] [1]-[1] [2]-[2] []-[3] [3]-[] [4 5]-[4] ")

	ko = []string{
		"Bellator 206을 보기 위해 밤을 새운 MMA 팬들, 대신에 페파 피그(Peppa Pig)를 받다",
		"이것을 상상해보세요, 당신은 밤새워 꽉 찬 Bellator 206을 지켜봤지만 주요 행사를 보는 것은 거부당했습니다.",
		"산호세(San Jose) 프로그램은 메인 카드에 6개를 포함한 13개의 경기를 담고 있었고 채널 5에서 밤새 영국 생방송으로 방영되고 있었습니다.",
		"오전 6시, 게가드 무사시(Gegard Mousasi)와 로리 맥도날드(Rory MacDonald)가 얼굴을 맞댈 준비를 하고 있을 때, 영국의 시청자들은 Peppa Pig로 보도가 바뀌자 망연자실했습니다.",
		"일부는 특히 경기를 위해 이른 시간까지 깨어있었던 후에도 아무런 감명을 받지 않았습니다.",
		"트위터(Twitter)의 한 팬은 어린이 만화로의 전환을 \"일종의 병적인 농담\"이라고 표현했습니다.",
	}
	en = []string{
		"MMA fans stayed up all night to watch Bellator 206, they got Peppa Pig instead",
		"Imagine this, you have stayed up all night to watch the a packed Bellator 206 only to be denied watching the main event.",
		"The bill from San Jose contained 13 fights, including six on the main card and was being shown live through the night in the UK on Channel 5.",
		"At 6am, just as Gegard Mousasi and Rory MacDonald were preparing to face each other, viewers in the UK were left stunned when the coverage changed to Peppa Pig.",
		"Mousasi was defending his middleweight title.",
		"Some were unimpressed after they had stayed awake until the early hours especially for the fight, and one fan on Twitter described the switch to the children's cartoon as \"some sort of sick joke.\"",
	}
	wantLinks(t, ko, en, "[0]-[0] [1]-[1] [2]-[2] [3]-[3] []-[4] [4 5]-[5] ")
}
