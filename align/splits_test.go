package align

import (
	"math"
	"testing"

	"golang.org/x/text/language"
)

// TestContOnGain checks that the second English member of a 1-2 link that
// opens with a continuation gains wContOn when the Korean sentence after
// the link does not open with one (or there is none), and nothing when it
// does; a member without a continuation gains nothing either way.
func TestContOnGain(t *testing.T) {
	ko := extract("대만 일부 지역에 호우가 쏟아지면서 일부 지역에는 900mm 이상의 강수량을 기록했다.", language.Korean, nil, nil)
	first := extract("Torrential rains inundated parts of Taiwan, dropping up to 900 mm in some areas.", language.English, nil, nil)
	// split is the cost of the link of ko with first and second, when
	// next (if not "") follows ko.
	split := func(second, next string) float64 {
		src := []feature{ko}
		if next != "" {
			src = append(src, extract(next, language.Korean, nil, nil))
		}
		l := newLattice(src, []feature{first, extract(second, language.English, nil, nil)})
		return l.cost(1, 2, bead{1, 2, 0})
	}
	const but = "But the island's rugged landscape had taken much of the storm's punch."
	const plain = "The island's rugged landscape had taken much of the storm's punch."
	const nextPlain = "주민 수천 명이 대피했다."
	const nextBut = "그러나 주민 피해는 크지 않았다."
	cases := []struct {
		name         string
		second, next string
		gain         float64 // of the next-plain link over the next-But one
	}{
		{"a continuation, the next sentence plain", but, nextPlain, wContOn},
		{"a continuation, at the end", but, "", wContOn},
		{"no continuation", plain, nextPlain, 0},
		{"no continuation, at the end", plain, "", 0},
	}
	for _, c := range cases {
		if d := split(c.second, nextBut) - split(c.second, c.next); math.Abs(d-c.gain) > 1e-9 {
			t.Errorf("%s: the link costs %.3f less than before 그러나 …, want %.3f", c.name, d, c.gain)
		}
	}
	if got := contOnGain([]feature{first, extract(but, language.English, nil, nil)}, nil); got != wContOn {
		t.Errorf("contOnGain at the end = %.2f, want %.2f", got, wContOn)
	}
}
