package main

import (
	"testing"

	"bitext/align"
)

func l(src, tgt []int) align.Link { return align.Link{Source: src, Target: tgt} }

func TestCause(t *testing.T) {
	for _, c := range []struct {
		name        string
		gold, test  []align.Link
		want        string
		wantRegions int
	}{
		{"beside a drop",
			[]align.Link{l([]int{0}, []int{0}), l([]int{1}, nil), l([]int{2}, []int{1})},
			[]align.Link{l([]int{0}, []int{0}), l([]int{1}, []int{1}), l([]int{2}, nil)},
			causes[3], 1},
		{"swallowed",
			[]align.Link{l([]int{0}, []int{0}), l([]int{1}, nil), l([]int{2}, []int{1})},
			[]align.Link{l([]int{0, 1}, []int{0}), l([]int{2}, []int{1})},
			causes[1], 1},
		{"shifted run",
			[]align.Link{l([]int{0}, []int{0}), l([]int{1}, []int{1}), l([]int{2}, nil)},
			[]align.Link{l([]int{0}, nil), l([]int{1}, []int{0}), l([]int{2}, []int{1})},
			causes[0], 1},
		{"split",
			[]align.Link{l([]int{0}, []int{0, 1}), l([]int{1}, []int{2})},
			[]align.Link{l([]int{0}, []int{0}), l(nil, []int{1}), l([]int{1}, []int{2})},
			causes[6], 1},
		{"glued",
			[]align.Link{l([]int{0}, []int{0}), l(nil, []int{1}), l([]int{1}, []int{2})},
			[]align.Link{l([]int{0}, []int{0, 1}), l([]int{1}, []int{2})},
			causes[4], 1},
	} {
		gk := map[string]bool{}
		for _, g := range c.gold {
			gk[key(g)] = true
		}
		tk := map[string]bool{}
		var wrong, missed []align.Link
		for _, x := range c.test {
			tk[key(x)] = true
			if !gk[key(x)] {
				wrong = append(wrong, x)
			}
		}
		for _, g := range c.gold {
			if !tk[key(g)] {
				missed = append(missed, g)
			}
		}
		rs := regions(wrong, missed)
		if len(rs) != c.wantRegions {
			t.Fatalf("%s: %d regions, want %d", c.name, len(rs), c.wantRegions)
		}
		if got := cause(rs[0], c.gold); got != c.want {
			t.Errorf("%s: cause %q, want %q", c.name, got, c.want)
		}
	}
}
