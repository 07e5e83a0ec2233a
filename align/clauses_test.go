package align

import (
	"os"
	"path/filepath"
	"testing"
)

// TestOneClause checks oneClause on lines of one clause and of two.
func TestOneClause(t *testing.T) {
	for s, want := range map[string]bool{
		"Did you leak the document?":                           true,
		"It received loud boos from the audience.":             true,
		"Mr. Kim met the minister on Monday.":                  false, // "r. M": read as a second sentence
		"Exports rose, but imports fell.":                      false,
		"He met Kim and said the talks would go on.":           false,
		"Exports fell 5% which was the biggest drop.":          false,
		"The talks failed. They will resume next week.":        false,
		"The talks failed; they will resume next week.":        false,
		"The money - on top of $10bn - is for rescue efforts.": false,
		"U.S. President Joe Biden visited Seoul.":              true,
		"": false,
	} {
		if got := oneClause(s); got != want {
			t.Errorf("oneClause(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestOneClauseDrop: a short dropped aside (어, 어, 뭡니까.) after a
// question the English line translates alone (cnn.304447 of the edition
// set's dev part) is swallowed into a 2-1 with the core lexicon unless
// a merge into a line of one clause costs wOneClause.
func TestOneClauseDrop(t *testing.T) {
	ko := []string{
		"트럼프(Trump)가 웨스트 버지니아(West Virginia)에서 집회를 열다",
		"중간 선거에서 공화당 투표수의 중요성에 대해 말하던 도중 대통령이 대법관으로 지명한 브렛 캐버노(Brett Kavanaugh)를 둘러싼 상황에 대해 간접적으로 언급했습니다.",
		"\"우리가 했던 모든 일이 11월에 달려있습니다.",
		"우리 인생에 가장 중요한 투표 중 하나로부터 오 주 남았습니다.",
		"이것은 정말, 정말 큰 것 중 하나입니다. 저는 달리고 있지 않습니다. 하지만 저는 정말 서두르고 있습니다. 그것이 훌륭한 후보자들을 위해 싸우려고 온갖 곳을 다니는 이유입니다.” 라고 그가 말했습니다.",
		"트럼프는 계속해서 말했습니다. “여러분은 이 끔찍하고 무시무시한 급진적인 민주당을 보셨습니다. 여러분은 지금 무슨 일이 벌어지고 있는 지 보셨습니다.",
		"그리고 그들은 필요한 모든 수단을 사용해서 권력을 되찾으려는 결정을 내렸습니다. 여러분은 그 악의를, 그 역겨움을 보셨습니다.",
		"그들은 그들이 상처주는 사람에게, 권력과 지배권을 갖기 위해 공격해야만 하는 사람에게 관심이 없습니다. 그들이 원하는 것은 권력과 지배권입니다. 우리는 그들에게 그것들을 넘기지 않을 것입니다.\"",
		"그는 민주당원들이 “저항 및 방해”하기 위한 목적으로 움직인다고 말했습니다.",
		"\"그리고 여러분은 지난 나흘 동안 보셨습니다.” 그는 민주당원들을 “화내고 비열하고 역겹고 믿을 수 없습니다.”라고 부르면서 말했습니다.",
		"그는 민주당 상원 위원 다이앤 파인스타인(Dianne Feinstein)의 이름을 거론하며 의회 법사 위원회를 언급했습니다. 다이앤 파인스타인의 이름은 청중으로부터 거대한 야유 소리를 들었습니다.",
		"\"그녀의 대답을 기억하십니까?",
		"그 문서를 보셨습니까?",
		"어, 어, 뭡니까.",
		"아니, 어 아니요. 저는 기다리고 있습니다. 정말 좋지 못한 바디 랭귀지였습니다. 제가 본 것 중 최악의 바디 랭귀지였습니다.\"",
	}
	en := []string{
		"Trump rallies in West Virginia",
		"The President obliquely referred to the situation surrounding his Supreme Court pick Brett Kavanaugh while talking about the importance of Republican turnout in the midterm elections.",
		"\"All of what we've done is at stake in November.",
		"Five weeks away from one of the most important elections in our lifetimes.",
		"This is one of the big, big -- I'm not running but I'm really running that's why I'm all over the place fighting for great candidates,\" he said.",
		"Trump continued, \"You see this horrible, horrible radical group of Democrats, you see it happening right now.",
		"And they're determined to take back power by using any means necessary, you see the meanness, the nastiness.",
		"They don't care who they hurt, who they have to run over in order to get power and control, that's what they want is power and control, we're not going to give it to them.\" Democrats, he said, are on a mission to \"resist and obstruct.\"",
		"\"And you see that over the last four days,\" he said.",
		"He called the Democrats \"angry and mean and nasty and untruthful.\"",
		"He referenced Senate Judiciary Committee ranking Democratic Sen. Dianne Feinstein by name.",
		"It received loud boos from the audience.",
		"Did you leak the document?",
		"No, uh no, I wait one - that was really bad body language - the worst body language I've ever seen.\"",
	}
	links, err := Align(ko, en, Options{CoreLexicon: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range links {
		if len(l.Target) == 1 && l.Target[0] == 12 {
			if len(l.Source) != 1 || l.Source[0] != 12 {
				t.Errorf("English line 12 linked with %v, want [12]: %v", l.Source, links)
			}
			return
		}
	}
	t.Errorf("English line 12 not linked: %v", links)
}

// TestOneClauseShares counts, in the edition set's dev part
// (BITEXT_EDITION_DIR as for TestCoreKnotsFitted), the English lines of
// one clause among the gold 2-1 (and 3-1) links, the kept 1-1 links
// beside a dropped sentence, and all gold 1-1 links:
//
//	BITEXT_EDITION_DIR=/tmp/edition go test ./align -run OneClauseShares -v
//
// It fails on nothing: it is the measurement wOneClause was chosen by
// (README: Measured, session 19, helper A37). Never run on the held-out
// part.
func TestOneClauseShares(t *testing.T) {
	dir := os.Getenv("BITEXT_EDITION_DIR")
	if dir == "" {
		t.Skip("BITEXT_EDITION_DIR not set (the edition set's folder)")
	}
	var merges, mergesOne, beside, besideOne, pairs, pairsOne int
	one := func(b bool) int {
		if b {
			return 1
		}
		return 0
	}
	for _, d := range readDocs(t, filepath.Join(dir, "dev.jsonl")) {
		for i, g := range d.Gold {
			switch {
			case len(g.Source) >= 2 && len(g.Target) == 1:
				merges++
				mergesOne += one(oneClause(d.Target[g.Target[0]]))
			case len(g.Source) == 1 && len(g.Target) == 1:
				pairs++
				pairsOne += one(oneClause(d.Target[g.Target[0]]))
			case len(g.Source) == 1 && len(g.Target) == 0:
				for _, j := range []int{i - 1, i + 1} {
					if j >= 0 && j < len(d.Gold) && len(d.Gold[j].Source) == 1 && len(d.Gold[j].Target) == 1 {
						beside++
						besideOne += one(oneClause(d.Target[d.Gold[j].Target[0]]))
					}
				}
			}
		}
	}
	t.Logf("English lines of one clause: gold merges %d of %d, kept 1-1 beside a drop %d of %d, gold 1-1 %d of %d",
		mergesOne, merges, besideOne, beside, pairsOne, pairs)
}
