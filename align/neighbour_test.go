package align

import "testing"

// TestNeighbourCost checks the conditions of neighbourCost on features
// with lexicon ids: a dropped Korean sentence (ids 4 5 9 30) linked with
// a background line (6 7 8 30) that says more of the next Korean sentence
// (6 7 8) than of it, while it says more of the English line before (1 2
// 3 4 5 9) than of the line it is linked with, is charged; a true link is
// not, nor a pair that shares as much with each other as with the
// neighbours.
func TestNeighbourCost(t *testing.T) {
	for _, c := range []struct {
		name string
		ko   []feature
		en   []feature
		i, j int
		want float64
	}{
		{"a drop linked with a line about its neighbour",
			[]feature{koLex(1, 2, 3), koLex(4, 5, 9, 30), koLex(6, 7, 8)},
			[]feature{enLex(1, 2, 3, 4, 5, 9), enLex(6, 7, 8, 30), enLex(6, 7, 8)}, 2, 2, wNeighbour},
		{"a true link",
			[]feature{koLex(1, 2, 3), koLex(4, 5, 9, 30), koLex(6, 7, 8)},
			[]feature{enLex(1, 2, 3, 4, 5, 9), enLex(6, 7, 8, 30), enLex(6, 7, 8)}, 1, 1, 0},
		{"the English line says too little of the next sentence",
			[]feature{koLex(1, 2, 3), koLex(4, 5, 9, 30), koLex(6, 7, 8)},
			[]feature{enLex(1, 2, 3, 4, 5, 9), enLex(6, 7, 30), enLex(6, 7, 8)}, 2, 2, 0},
		{"the Korean sentence says as much of its partner",
			[]feature{koLex(1, 2, 3), koLex(4, 5, 9, 30, 31), koLex(6, 7, 8)},
			[]feature{enLex(1, 2, 3, 4, 5, 9), enLex(6, 7, 8, 30, 31), enLex(6, 7, 8)}, 2, 2, 0},
		{"the neighbour is two lines away",
			[]feature{koLex(1, 2, 3), koLex(10, 11), koLex(4, 5, 9, 30), koLex(6, 7, 8)},
			[]feature{enLex(1, 2, 3, 4, 5, 9), enLex(10, 11), enLex(6, 7, 8, 30), enLex(6, 7, 8)}, 3, 3, 0},
	} {
		l := newLattice(c.ko, c.en)
		if got := l.neighbourCost(c.i, c.j); got != c.want {
			t.Errorf("%s: neighbourCost = %.2f, want %.2f", c.name, got, c.want)
		}
	}
}

// TestNeighbourDrop: an NTREX story (reuters.218882 of the edition set
// made with -borrow topic) whose third Korean sentence (a photo caption:
// Theresa May arriving in Birmingham) the edition left out, and whose
// English adds a line of related coverage about the Chequers plan the
// next sentence names. With the core lexicon alone the caption and the
// added line were linked 1-1; with neighbourCost each stands alone.
func TestNeighbourDrop(t *testing.T) {
	ko := []string{
		"영국의 메이 총리가 브렉시트에 대해 ‘정치 놀이를 한다’고 한 비평가를 고발하다",
		"테레사 메이 총리가 유럽 연합을 떠나는 그녀의 계획에 대해 국가의 이해를 위협하고 영국의 미래를 가지고 ‘정치 놀이를 한다’고 한 비평가들을 선데이 타임즈 신문의 한 인터뷰에서 고발했다.",
		"영국의 국무 총리 테레사 메이는 2018년 9월 29일 보수당 회의를 위해 영국 버밍엄에 도착한다.",
		"신문 1면에 실린 그녀와의 다른 인터뷰에서, 그의 전 외무부 장관인 보리스 존슨은 영국과 EU가 각자 관세를 징수해야 한다는 제안은 ‘완전히 황당무계하다’고 말하며 그녀의 소위 말하는 브렉시트를 위한 체커스 계획에 대해 강하게 공격했다.\"",
	}
	en := []string{
		"British PM May accuses critics of 'playing politics' over Brexit",
		"Prime Minister Theresa May accused critics of her plans to leave the European Union of \"playing politics\" with Britain's future and undermining the national interest in an interview with the Sunday Times newspaper.",
		"Mr Clark said Theresa May's Chequers plan for future relations with the EU is \"precisely calibrated to avoid those checks at the border.\"",
		"In another interview next to the one with her on the newspaper's front page, her former foreign minister Boris Johnson pressed his attack of her so-called Chequers plan for Brexit, saying a proposal that Britain and the EU should collect each other's tariffs was \"entirely preposterous.\"",
		"Reporting by Jung Da-eun; editing by Park Jae-won.",
	}
	wantLinks(t, ko, en, "[0]-[0] [1]-[1] []-[2] [2]-[] [3]-[3] []-[4] ")
}
