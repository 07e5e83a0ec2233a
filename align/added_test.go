package align

import "testing"

// TestSuperfluous checks the conditions of superfluous on features with
// lexicon ids: a split member that names what the Korean sentence names,
// knows two lower-case words and translates no stem of its own, beside a
// member that translates three of the sentence's four stems, adds
// nothing; a member with a stem of its own, without the shared name,
// with one known word, beside a member that says too little, or of a
// sentence with too few known stems adds something.
func TestSuperfluous(t *testing.T) {
	ko := koLex(1, 2, 3, 4)
	ko.names = []uint64{7}
	first := enLex(1, 2, 3)
	added := func(mod func(*feature)) feature {
		f := enLex(50, 60)
		f.lexLow = []int32{50, 60}
		f.names = []uint64{7}
		if mod != nil {
			mod(&f)
		}
		return f
	}
	for _, c := range []struct {
		name string
		ko   feature
		en   []feature
		k    int // the member asked about
		want bool
	}{
		{"a line that only names", ko, []feature{first, added(nil)}, 1, true},
		{"first in the split", ko, []feature{added(nil), first}, 0, true},
		{"a stem of its own", ko, []feature{first, added(func(f *feature) { f.lexAll, f.lexLow = []int32{4, 50}, []int32{4, 50} })}, 1, false},
		{"a stem the other member says too", ko, []feature{first, added(func(f *feature) { f.lexAll, f.lexLow = []int32{3, 50}, []int32{3, 50} })}, 1, true},
		{"its own stem by a name", ko, []feature{first, added(func(f *feature) { f.lexAll = []int32{4, 50, 60} })}, 1, true},
		{"no shared name", ko, []feature{first, added(func(f *feature) { f.names = []uint64{8} })}, 1, false},
		{"one known word", ko, []feature{first, added(func(f *feature) { f.lexLow = []int32{50} })}, 1, false},
		{"the other member says half", ko, []feature{enLex(1, 2), added(nil)}, 1, false},
		{"a sentence of two known stems", func() feature { f := koLex(1, 2); f.names = []uint64{7}; return f }(), []feature{enLex(1, 2), added(nil)}, 1, false},
	} {
		for k := range c.en {
			c.en[k].setLexBlooms()
		}
		if got := superfluous(&c.ko, c.en, c.k); got != c.want {
			t.Errorf("%s: superfluous = %v, want %v", c.name, got, c.want)
		}
	}
	if got := addedCost(&ko, []feature{first, added(nil)}); got != wAdded {
		t.Errorf("addedCost = %.1f, want wAdded", got)
	}
}

// TestAddedLine: an editor's line on who a name of the story is ("Lopez
// Obrador takes office on Dec. 1.") written before the sentence that
// names him, after a dropped Korean sentence (abcnews.306758 of A16's
// edition set with helper E1's editor lines, its first five sentences).
// With the core lexicon the line is left unlinked; without wAdded it was
// glued to the sentence after it ([2]-[1 2]).
func TestAddedLine(t *testing.T) {
	ko := []string{
		"멕시코의 AMLO가 시민들을 향해 군대를 사용하지 않을 것을 맹세하였습니다",
		"학생들을 향했던 잔인한 보복의 50주년 기념이 다가옴에 따라 멕시코의 대선 주자 안드레스 마누엘 로페스 오브라도르가(Andres Manuel Lopez Obrador) 절대로 시민들을 향해 군대를 사용하지 않을 것을 맹세했습니다.",
		"로페스 오브라도르는 토요일 틀라텔로코(Tlatelolco) 광장에서 “절대로 군사를 멕시코 시민들을 탄압하기 위해 사용하지 않겠습니다.”라고 약속했습니다.",
		"1968년 10월 2일 그 광장에서, 군대는 평화적인 시위를 향해 발포했습니다. 그래서 좌파 학생 운동이 라틴 아메리카 도처에 뿌리를 내리기 시작할 때 한 번에 300명이나 되는 사람들을 죽였습니다.",
		"로페스 오브라도르는 공부하는 사람들에게 월 보조금 지급 및 공립 대학교의 더 많은 개방으로 멕시코 젊은이를 지원할 것을 약속했습니다.",
	}
	en := []string{
		"Mexico's AMLO vows not to use military against civilians",
		"Lopez Obrador takes office on Dec. 1.",
		"Lopez Obrador promised Saturday at Tlatelolco Plaza to \"never ever use the military to repress the Mexican people.\"",
		"Troops fired on a peaceful demonstration at the plaza on Oct. 2, 1968, killing as many as 300 people at a time when leftist student movements were taking root throughout Latin America.",
		"Lopez Obrador has pledged to support young Mexicans by giving monthly subsidies to those who study and opening more free public universities, and he has said that unemployment and a lack of educational opportunities draws youth to criminal gangs.",
	}
	wantLinks(t, ko, en, "[0]-[0] []-[1] [1]-[] [2]-[2] [3]-[3] [4]-[4] ")
}
