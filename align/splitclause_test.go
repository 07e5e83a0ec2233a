package align

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestKoreanClauses checks koreanClauses on sentences of one clause and
// of more: a joint (-고, -며, -지만, -는데, -으나, -어서 …), a comma, a
// second sentence; the quotative -다고 and -라고 join nothing.
func TestKoreanClauses(t *testing.T) {
	for s, want := range map[string]int{
		"UN은 2006년 이에 관한 최근 보고를 발표했다.":                1,
		"그리스 당국은 관광객 대피는 불상사를 막기 위한 조치였다고 설명했다.":      1,
		"그는 “테러는 종교를 가리지 않는다”라고 말했다.":                 1,
		"무가베와 창기라이는 기자회견을 열었으며 이 자리에는 음베키 대통령이 참석했다.": 2,
		"그는 15일 감금됐고 가족들이 몸값을 치르고 나서야 풀려 났다.":         3,
		"그는 간청했지만 무시당했다.":                             2,
		"오바마는 통곡의 벽을 방문했고, 기도노트를 꽂아뒀다.":               3,
		"조앤의 정신과 의사는 약 탓이라고 말했다. 전문가는 “그렇다”고 말했다.":    2,
		"": 1,
	} {
		if got := koreanClauses(s); got != want {
			t.Errorf("koreanClauses(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestSplitOneClause: with the core lexicon alone, the end of
// foxnews.94512 (the edition set's dev part, from its Korean sentence 11
// and English line 10) has Omar Navarro's sentence, a Korean sentence of
// one clause, split over his line and the tweet's ("Big if true," he
// tweeted.), and the next lines shifted (the tweet's sentence linked to
// Waters' statement), unless such a split costs wSplitOneClause.
func TestSplitOneClause(t *testing.T) {
	ko := []string{
		"워터스의 성명은 인차 온라인에서 비난을 받았습니다. 애리 플라이셔(Ari Fleischer) 전 백악관 공보 비서도 이에 동의했습니다.",
		"플라이셔는 \"이 부정에 화가 납니다\"라고 썼습니다.",
		"\"이것은 그녀가 국회의원이 될 만한 절제력이 없음을 시사합니다.",
		"누군가가 하지 않은 일로 비난을 받을 때, 그들은 화를 내지 말아야 합니다.",
		"그들은 반항해서는 안 됩니다.",
		"그들은 고발자의 동기를 의심해서는 안 됩니다.",
		"그들은 침착하고 평온해야 합니다.\"",
		"플라이셔는 목요일 청문회에서 너무 화가 난 것 같다는 평론가들의 비난을 받은 캐버노 판사에 대한 민주당의 비판에 대해 워터스의 반응을 비교하는 듯한 모습을 보였습니다.",
		"중간선거에서 워터스의 의석을 빼앗기 위해 출마한 공화당 후보 오마르 나바로(Omar Navarro)도 트위터를 통해 자기 생각을 밝혔습니다.",
		"그는 트위터를 통해 \"만약 사실이라면 큰일입니다,\"라고 말했습니다.",
		"워터스는 성명에서 \"이 같은 사기성 주장에 대해 적절한 당국과 법 집행기관에 경고하고 있습니다,\"라고 밝혔습니다.",
		"\"우리는 가해자들이 반드시 밝혀지도록 할 것입니다,\" 그는 이어 \"그들은 내 모든 직원에게 파괴될 수 있고 위험한 모든 행동에 대해 법적 책임을 질 것입니다,\"라고 덧붙였습니다.",
	}
	en := []string{
		"Waters' statement quickly drew criticism online, including from former White House press secretary Ari Fleischer.",
		"\"This denial is angry,\" Fleischer wrote.",
		"When someone is accused of something they didn't do, they must not be angry.",
		"They must not be defiant.",
		"They must not question the motives of the accuser, and they must be calm and serene.\"",
		"Fleischer was appearing to compare Waters' reaction to the Democrats' criticism of Judge Kavanaugh.",
		"Judge Kavanaugh was accused by critics of seeming too angry during Thursday's hearing.",
		"Omar Navarro, a Republican candidate running to unseat Waters in the midterm elections, also voiced his thoughts on Twitter.",
		"\"Big if true,\" he tweeted.",
		"In her statement, Waters said her office had alerted \"the appropriate authorities and law enforcement entities of these fraudulent claims.",
		"\"We will ensure that the perpetrators will be revealed,\" she continued, \"and that they will be held legally liable for all of their actions that are destructible and dangerous to any and all members of my staff.\"",
	}
	links, err := Align(ko, en, Options{CoreLexicon: true})
	if err != nil {
		t.Fatal(err)
	}
	want := map[int]int{7: 8, 8: 9, 9: 10} // English line: its Korean sentence
	for _, l := range links {
		if len(l.Target) != 1 {
			continue
		}
		if k, ok := want[l.Target[0]]; ok {
			if len(l.Source) != 1 || l.Source[0] != k {
				t.Errorf("English line %d linked with %v, want [%d]: %v", l.Target[0], l.Source, k, links)
			}
			delete(want, l.Target[0])
		}
	}
	if len(want) > 0 {
		t.Errorf("English lines %v not linked alone: %v", want, links)
	}
}

// TestSplitClauseShares counts, in the edition set's dev part
// (BITEXT_EDITION_DIR as for TestOneClauseShares; the first folder of a
// list), the Korean sentences of one clause (koreanClauses) among the
// gold 1-2 (and 1-3) links, the gold 1-1 links beside an English-only
// line, and all gold 1-1 links:
//
//	BITEXT_EDITION_DIR=/tmp/edition go test ./align -run SplitClauseShares -v
//
// It fails on nothing: it is the measurement wSplitOneClause was chosen
// by (README: Measured, session 19, helper A39). Never run on the
// held-out part.
func TestSplitClauseShares(t *testing.T) {
	dir, _, _ := strings.Cut(os.Getenv("BITEXT_EDITION_DIR"), string(os.PathListSeparator))
	if dir == "" {
		t.Skip("BITEXT_EDITION_DIR not set (the edition set's folder)")
	}
	f, err := os.Open(filepath.Join(dir, "dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var splits, splitsOne, beside, besideOne, pairs, pairsOne int
	one := func(s string) int {
		if koreanClauses(s) == 1 {
			return 1
		}
		return 0
	}
	dec := json.NewDecoder(f)
	for {
		var d struct {
			Ko   []string   `json:"ko"`
			Gold [][2][]int `json:"gold"`
		}
		if err := dec.Decode(&d); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		for i, g := range d.Gold {
			switch {
			case len(g[0]) == 1 && len(g[1]) >= 2:
				splits++
				splitsOne += one(d.Ko[g[0][0]])
			case len(g[0]) == 1 && len(g[1]) == 1:
				pairs++
				pairsOne += one(d.Ko[g[0][0]])
				for _, j := range []int{i - 1, i + 1} {
					if j >= 0 && j < len(d.Gold) && len(d.Gold[j][0]) == 0 && len(d.Gold[j][1]) == 1 {
						beside++
						besideOne += one(d.Ko[g[0][0]])
						break
					}
				}
			}
		}
	}
	t.Logf("Korean sentences of one clause: gold splits %d of %d, gold 1-1 beside an English-only line %d of %d, gold 1-1 %d of %d",
		splitsOne, splits, besideOne, beside, pairsOne, pairs)
}
