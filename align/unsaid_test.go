package align

import "testing"

// TestUnsaidGain checks the conditions of unsaidGain on features with
// lexicon ids: a second English line that opens with a continuation and
// whose known words neither the link's Korean sentence nor the next one
// translates gains what those words take from the link, up to wUnsaid;
// a line without a continuation, one the next sentence says, one that
// names what the Korean does not, and a credit line gain nothing.
func TestUnsaidGain(t *testing.T) {
	ko := []feature{koLex(1, 2, 3)}
	first := enLex(1, 2, 3)
	second := func(mod func(*feature)) []feature {
		f := enLex(70, 80, 90)
		f.cont = true
		if mod != nil {
			mod(&f)
		}
		return []feature{first, f}
	}
	lost := lexScore(ko, []feature{first}, 1) - lexScore(ko, second(nil), 1)
	if lost <= wUnsaid {
		t.Fatalf("the second line takes %.2f nats, want more than wUnsaid", lost)
	}
	for _, c := range []struct {
		name string
		en   []feature
		next []feature
		want float64
	}{
		{"a continuation the next sentence does not say", second(nil), []feature{koLex(4, 5)}, wUnsaid},
		{"at the end", second(nil), nil, wUnsaid},
		{"no continuation", second(func(f *feature) { f.cont = false }), []feature{koLex(4, 5)}, 0},
		{"the next sentence says it", second(nil), []feature{koLex(80, 5)}, 0},
		{"a name the Korean lacks", second(func(f *feature) { f.names = []uint64{42} }), nil, 0},
		{"a weekday the Korean lacks", second(func(f *feature) { f.weekdays = 2 }), nil, 0},
		{"a credit line", second(func(f *feature) { f.extra = true }), nil, 0},
		{"said by the link's Korean", []feature{first, enLex(1, 2)}, nil, 0},
	} {
		if got := unsaidGain(ko, c.en, c.next, 1); got != c.want {
			t.Errorf("%s: unsaidGain = %.2f, want %.2f", c.name, got, c.want)
		}
	}
}

// TestUnsaidSplit: a KPC sentence whose English edition runs on in a
// second sentence the Korean leaves out ("But clipper may not be the
// best way …"), among 1-1 links (kpc-dev.001 of A16's edition set,
// its Korean sentences 7 to 10). With the core lexicon the split is
// found; without unsaidGain the second line was left unlinked (1-1 +
// 0-1).
func TestUnsaidSplit(t *testing.T) {
	ko := []string{
		"전국적인 정보 통신망이 구축됨에따라 그 통신망이 수송하는 방대한 양의 가치있는 정보들이 불법 행위자나 해커들로부터 보호되어야 할 것이라는 것이 더욱 더 분명해졌다고 데이빗 죤슨은 말한다.",
		"컴퓨터와 통신 전문가들은 정보 고속도로 상에서 개인의 사생활이나 보안을 지켜주는 것이 중요하다는 것을 인식하고 있다.",
		"외국 정부가 \"클리퍼 칩\"에 어떻게 연계될지도 분명하지가 않습니다.",
		"\"클리퍼 칩\"이라는 표준 모델이 효과적인 방법으로 수행될 수 있을 지, 그리고 통신 시스템을 위한 유연성있는 구도가 보존될런지 또한 분명하지가 않습니다.",
	}
	en := []string{
		"David Johnson says that as the national information infrastructure begins to take shape, it is more and more evident that the vast amount of valuable information it will carry will have to be shielded from wrongdoers and hackers.",
		"Computer and communication specialists understand the importance of ensuring privacy and security on the electronic highway, he says.",
		"But clipper may not be the best way to achieve this goal.",
		"It's not clear how foreign governments will relate to the clipper chip.",
		"And it's also not clear that the standard can be implemented in a way that is effective and preserves flexible design for communications systems.",
	}
	wantLinks(t, ko, en, "[0]-[0] [1]-[1 2] [2]-[3] [3]-[4] ")
}
