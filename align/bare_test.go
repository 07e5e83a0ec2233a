package align

import "testing"

// TestBareCost checks the conditions of bareCost on features with lexicon
// ids: a link whose sides share nothing between two pairs that share two
// ids each is charged; not when the two share an id, when either side
// knows too few words, when both quote, when a neighbouring pair shares
// one id only, or at the start of the document.
func TestBareCost(t *testing.T) {
	quoted := func(f feature) feature { f.quote = true; return f }
	for _, c := range []struct {
		name string
		ko   []feature
		en   []feature
		i, j int
		want float64
	}{
		{"a bare pair between solid ones",
			[]feature{koLex(1, 2, 3), koLex(10, 11, 12), koLex(4, 5, 6)},
			[]feature{enLex(1, 2, 3), enLex(20, 21, 22), enLex(4, 5, 6)}, 2, 2, wBare},
		{"the pair shares an id",
			[]feature{koLex(1, 2, 3), koLex(10, 11, 12), koLex(4, 5, 6)},
			[]feature{enLex(1, 2, 3), enLex(10, 21, 22), enLex(4, 5, 6)}, 2, 2, 0},
		{"too few known English words",
			[]feature{koLex(1, 2, 3), koLex(10, 11, 12), koLex(4, 5, 6)},
			[]feature{enLex(1, 2, 3), enLex(20, 21), enLex(4, 5, 6)}, 2, 2, 0},
		{"both quote",
			[]feature{koLex(1, 2, 3), quoted(koLex(10, 11, 12)), koLex(4, 5, 6)},
			[]feature{enLex(1, 2, 3), quoted(enLex(20, 21, 22)), enLex(4, 5, 6)}, 2, 2, 0},
		{"the next pair shares one id",
			[]feature{koLex(1, 2, 3), koLex(10, 11, 12), koLex(4, 5, 6)},
			[]feature{enLex(1, 2, 3), enLex(20, 21, 22), enLex(4, 50, 60)}, 2, 2, 0},
		{"the first link",
			[]feature{koLex(10, 11, 12), koLex(4, 5, 6)},
			[]feature{enLex(20, 21, 22), enLex(4, 5, 6)}, 1, 1, 0},
	} {
		l := newLattice(c.ko, c.en)
		if got := l.bareCost(c.i, c.j); got != c.want {
			t.Errorf("%s: bareCost = %.2f, want %.2f", c.name, got, c.want)
		}
	}
}

// TestBareDrop: the opening of an NTREX story (bbc.381692 of A10's edition
// set, dev part) whose fifth Korean sentence (the grandsons unveiling the
// stone at a parade) the edition left out, and whose English adds a line
// from another story ("We shall be doing this as Zimbabweans …") at the
// same place. With the core lexicon alone the two were linked 1-1; with
// bareCost each stands alone, between the merge before (the sniper, four
// days) and Michael Vann's line after.
func TestBareDrop(t *testing.T) {
	ko := []string{
		"버나드 밴(Bernard Vann): 1차 세계 대전 빅토리아 십자 성직자 기념식",
		"제1차 세계 대전 동안 빅토리아 십자군에서 전투원으로 승리한 유일한 영국 교회 성직자가 그의 고향에서 100년 넘게 기념되었습니다.",
		"중위 버나드 밴 목사는 1918년 9월 29일 벨렝글리스(Bellenglise)와 르하우쿠르(Lehaucourt)를 공격하여 상을 받았습니다.",
		"그러나 그는 나흘 뒤 저격수에게 살해당했고 영국군 최고 훈장을 받은 사실을 전혀 알지 못했습니다.",
		"토요일 노샘프턴셔 러시덴(Rushden, Northamptonshire)에서 열린 퍼레이드에서 그의 두 손자들이 기념비를 공개했습니다.",
		"그의 손자들 중 한 명인 마이클 밴(Michael Vann)은 이 기념비가 정확히 100년 후에 그의 할아버지의 수상 경력에 대해 밝혀주는 것은 \"신성한 상징\"이라고 말했습니다.",
		"런던 가제트(London Gazette)에 따르면 1918년 9월 29일 밴 중위는 \"매우 짙은 안개 속을 뚫고 야포와 기관총의 집중포화를 받으며\" 생 퀀틴 운하(Canal de Saint-Quentin)를 가로질러 자신의 대대를 이끌었습니다.",
	}
	en := []string{
		"Bernard Vann: WW1 Victoria Cross cleric celebrated",
		"The only Church of England cleric to win a Victoria Cross during World War One as a combatant has been celebrated in his hometown 100 years on.",
		"Lt Col The Reverend Bernard Vann won the award on 29 September 1918 in the attack at Bellenglise and Lehaucourt; However, he was killed by a sniper four days later and never knew he had won the highest British military honour.",
		"He said: \"We shall be doing this as Zimbabweans ... with the help of South Africa.\"",
		"One of his grandsons, Michael Vann, said it was \"brilliantly symbolic\" the stone would be revealed exactly 100 years on from his grandfather's award-winning feat.",
		"According to the London Gazette, on 29 September 1918 Lt Col Vann led his battalion across the Canal de Saint-Quentin \"through a very thick fog and under heavy fire from field and machine guns.\"",
	}
	wantLinks(t, ko, en, "[0]-[0] [1]-[1] [2 3]-[2] []-[3] [4]-[] [5]-[4] [6]-[5] ")
}
