package mine

import (
	"testing"

	"bitext/lexicon"
)

// TestReadings: the session 12 rules (helper M9) on our own pairs, each
// case seen to fail without its rule: a final ㄴ before an initial ㄱ read
// apart, the English ch, ng and ts read as Korean writes them, a form
// that does not go on past a word with a particle, a form's best sub of a
// run, the copula's 였, and a compound of a place typed place.
func TestReadings(t *testing.T) {
	tests := []struct {
		name, ko, en string
		want, not    []string // Korean TAB English
	}{
		{"n before g across words", "존 고든이 떠났다.", "Later John Gordon left.",
			[]string{"존 고든\tJohn Gordon"}, nil},
		{"ch read as k", "마이클이 웃었다.", "Later Michael laughed.",
			[]string{"마이클\tMichael"}, nil},
		{"chr read as k", "크리스 쿤스가 말했다.", "Then Chris Coons spoke.",
			[]string{"크리스 쿤스\tChris Coons"}, nil},
		{"ch read as s still", "찰스가 웃었다.", "Later Charles laughed.",
			[]string{"찰스\tCharles"}, nil},
		{"ch before a vowel not k", "경제 회복을 논의했다.", "Later Chinese officials met.",
			nil, []string{"경제\tChinese"}},
		{"ng before a vowel", "멘가가 골을 넣었다.", "Then Menga scored.",
			[]string{"멘가\tMenga"}, nil},
		{"ts as the s of ㅊ", "창기라이가 이겼다.", "Later Tsvangirai won.",
			[]string{"창기라이\tTsvangirai"}, nil},
		{"Slavic dz and final ic", "라도반 카라지치가 체포됐다.", "Then Radovan Karadzic was arrested.",
			[]string{"라도반 카라지치\tRadovan Karadzic"}, []string{"라도반 카라지치가\tRadovan Karadzic"}},
		{"Slavic final ic alone", "부자시치의 주장이다.", "It is what lawyer Vujacic said.",
			[]string{"부자시치\tVujacic"}, nil},
		{"Slavic j between vowels", "사라예보에서 열렸다.", "It was held in Sarajevo.",
			[]string{"사라예보\tSarajevo"}, nil},
		{"a first word with no consonant", "회견이 끝난 후 음베키의 제안으로 악수를 했다.", "They shook hands only after being prompted by Mbeki at the end.",
			[]string{"음베키\tMbeki"}, []string{"후 음베키\tMbeki"}},
		{"a place and a common noun", "사라예보 포위공격과 스레브레니차 학살이 있었다.", "It ordered the siege of Sarajevo and the massacre in Srebrenica.",
			[]string{"사라예보\tSarajevo", "스레브레니차\tSrebrenica"}, []string{"사라예보 포위공격\tSrebrenica"}},
		{"a Portuguese R as h", "호날두가 골을 넣었다.", "Then Ronaldo scored.",
			[]string{"호날두\tRonaldo"}, nil},
		{"an R not ending in o keeps its r", "한국이 이겼다.", "Then Rankin won.",
			nil, []string{"한국\tRankin"}},
		{"two names run together", "회견이 끝난 후 음베키의 제안으로 무가베가 악수를 했다.", "Only after being prompted by Mbeki Mugabe shook hands.",
			[]string{"음베키\tMbeki", "무가베\tMugabe"}, nil},
		{"no form past a particle", "데이빗 죤슨은 말한다.", "Later David Johnson says so.",
			[]string{"데이빗 죤슨\tDavid Johnson"}, []string{"데이빗 죤슨은 말\tDavid Johnson", "죤슨은 말\tJohnson"}},
		{"the best sub of a run", "크리스틴 블레이시 포드가 증언했다.", "Then Christine Blasey Ford testified.",
			[]string{"크리스틴 블레이시 포드\tChristine Blasey Ford", "크리스틴 블레이시\tChristine Blasey"},
			[]string{"크리스틴 블레이시\tChristine Blasey Ford"}},
		{"a final th as s", "조던 스피스가 우승했다.", "Then Jordan Spieth won.",
			[]string{"조던 스피스\tJordan Spieth", "스피스\tSpieth"}, nil},
		{"north keeps its th", "위원장을 만났다.", "He met North Korea's leader.",
			nil, []string{"위원장을\tNorth Korea", "위원장\tNorth Korea"}},
		{"the copula's past", "그 여성은 크리스틴 블레이시 포드였다.", "The woman was Christine Blasey Ford.",
			[]string{"크리스틴 블레이시 포드\tChristine Blasey Ford"}, nil},
	}
	for _, tt := range tests {
		got := pairsOf(tt.ko, tt.en, nil, newMemo())
		checkPairs(t, tt.name, got, tt.want, tt.not)
	}
	// A compound the core lexicon knows by its parts, ending in 시, is a
	// place's (not an organisation's, as other compounds).
	got := pairsOf("뉴욕시는 더웠다.", "It was hot in New York City.", lexicon.Core(), newMemo())
	if typ, ok := got[[2]string{"뉴욕시", "New York City"}]; !ok || typ != Place {
		t.Errorf("뉴욕시 ~ New York City: %v %v in %v", typ, ok, got)
	}
	// The score's similarity is the best of the English skeletons.
	for _, p := range [][2]string{{"마이클", "Michael"}, {"제라드", "Gerrard"}, {"창기라이", "Tsvangirai"}} {
		if s := pairSim(p[0], p[1], Person); s < 0.8 {
			t.Errorf("pairSim(%s, %s) = %.2f", p[0], p[1], s)
		}
	}
}
