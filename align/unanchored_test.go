package align

import "testing"

// TestUnanchoredCost checks the conditions of unanchoredCost on features
// with lexicon ids: a Korean sentence with a number and a name of the
// document against an English line that knows three words and has no
// anchor is charged, whichever side is the source; not when the Korean has
// one anchor only, when the English has a number, a name of the document
// or a weekday, knows two words only, or shares an id or the number, nor
// at the start of either side.
func TestUnanchoredCost(t *testing.T) {
	// The Korean sentence's name (romanization key 7) is the document's:
	// the English line after the link has it too (setNamed).
	anchored := func(f feature, keys ...uint64) feature {
		f.keys = keys
		f.roman = []uint64{7}
		return f
	}
	num, other := kindNumber|3, kindNumber|4
	ko := func(mid feature) []feature { return []feature{koLex(1, 2), mid, koLex(4, 5)} }
	en := func(mid feature) []feature {
		after := enLex(4, 5)
		after.roman = []uint64{7}
		return []feature{enLex(1, 2), mid, after}
	}
	enWith := func(set func(f *feature)) feature {
		f := enLex(20, 21, 22)
		set(&f)
		return f
	}
	bare := enLex(20, 21, 22)
	for _, c := range []struct {
		name   string
		ko, en []feature
		i, j   int
		want   float64
	}{
		{"two anchors against none", ko(anchored(koLex(10, 11), num)), en(bare), 2, 2, wUnanchored},
		{"one anchor", ko(anchored(koLex(10, 11))), en(bare), 2, 2, 0},
		{"the English has a number", ko(anchored(koLex(10, 11), num)), en(enWith(func(f *feature) { f.keys = []uint64{other} })), 2, 2, 0},
		{"the English has another name of the document", append([]feature{{roman: []uint64{8}}}, ko(anchored(koLex(10, 11), num))[1:]...), en(enWith(func(f *feature) { f.roman = []uint64{8} })), 2, 2, 0},
		{"the English has a weekday", ko(anchored(koLex(10, 11), num)), en(enWith(func(f *feature) { f.weekdays = 1 })), 2, 2, 0},
		{"two known English words", ko(anchored(koLex(10, 11), num)), en(enLex(20, 21)), 2, 2, 0},
		{"an id shared", ko(anchored(koLex(10, 20), num)), en(bare), 2, 2, 0},
		{"the first link", ko(anchored(koLex(10, 11), num))[1:], en(bare)[1:], 1, 1, 0},
	} {
		l := newLattice(c.ko, c.en)
		if got := l.unanchoredCost(c.i, c.j); got != c.want {
			t.Errorf("%s: unanchoredCost = %.2f, want %.2f", c.name, got, c.want)
		}
		l = newLattice(c.en, c.ko)
		if got := l.unanchoredCost(c.j, c.i); got != c.want {
			t.Errorf("%s, English source: unanchoredCost = %.2f, want %.2f", c.name, got, c.want)
		}
	}
}

// TestUnanchoredDrop: the opening of an NTREX opinion piece
// (guardian.221679 of A16's edition set, dev part) whose fifth Korean
// sentence (Joan Ryan's treatment) the edition left out, and whose English
// adds a line from another story ("He encourages older people to think
// …") at the same place. With the core lexicon alone the two were linked
// 1-1 (the pair before them shares no two ids, so bareCost does not
// apply); the Korean sentence's Joan Ryan is not in the English line, and
// with unanchoredCost each stands alone.
func TestUnanchoredDrop(t *testing.T) {
	ko := []string{
		"노동당은 더 이상 대국적인 당이 아니다.",
		"마음 속 이야기를 털어놓는 사람들에겐 용납할 수 없는 이야기입니다",
		"저희 지역 정당의 모멘텀(Momentum)의 활동가들이 저를 징계하기 위해 투표한 것은 거의 놀랍지 않은 일이었습니다.",
		"결국, 저는 노동당 의원들 계에서 환영받지 않는다는 말을 들은 가장 마지막 사람이었습니다. 그것 전부는 우리의 속내를 털어 놓은 것이었습니다.",
		"제 국회의원 동료 조안 라이언(Joan Ryan)도 비슷한 대우를 받았습니다. 왜냐하면 그녀가 반유대주의에 결연히 견뎌냈기 때문입니다.",
		"제 경우, 징계 동의가 제레미 코빈(Jeremy Corbyn)과의 의견 충돌을 한 것에 대해 저를 비판했습니다.",
		"책임있는 경제 정책의 중요성과 국가 안보와 유럽에 대해서, 아이러니하게도 제레미가 이전 지도자들과 의견 충돌이 있었던 것과 비슷한 안건들에 대해서 말입니다.",
	}
	en := []string{
		"Labour is no longer a broad church.",
		"It is intolerant of those who speak their minds",
		"When Momentum's activists in my local party voted to censure me, it was hardly a surprise.",
		"After all, I'm the latest in a line of Labour MPs to be told we are not welcome - all for speaking our minds.",
		"\"He encourages older people to think, I can do this because that old man can do this.\"",
		"In my case, the censure motion criticised me for disagreeing with Jeremy Corbyn.",
		"On the importance of a responsible economic policy, on national security, on Europe, ironically similar issues on which Jeremy disagreed with previous leaders.",
	}
	wantLinks(t, ko, en, "[0]-[0] [1]-[1] [2]-[2] [3]-[3] []-[4] [4]-[] [5]-[5] [6]-[6] ")
}
