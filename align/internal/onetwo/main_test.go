package main

import (
	"sort"
	"strings"
	"testing"

	"bitext/align"
)

func lk(s, t []int) align.Link { return align.Link{Source: s, Target: t} }

// TestClassify: a split given to the next Korean sentence, a gold 1-0,
// with its own sentence dropped (A MISS "Korean dropped" and its mirror
// FALSE "the Korean is dropped"), a split taken as 1-1 beside an unlinked
// line (conflict), and a right 1-1 with an added line glued after it (the
// conflict's mirror).
func TestClassify(t *testing.T) {
	d := &align.Document{
		ID:     "kpc-dev.x",
		Source: []string{"k0", "k1", "k2", "k3", "k4"},
		Target: []string{"e0", "e1", "e2", "e3", "e4", "e5", "e6"},
		Gold: []align.Link{
			lk([]int{0}, []int{0, 1}), lk([]int{1}, nil), lk([]int{2}, []int{2, 3}),
			lk([]int{3}, []int{4}), lk(nil, []int{5}), lk([]int{4}, []int{6}),
		},
	}
	test := []align.Link{
		lk([]int{0}, nil), lk([]int{1}, []int{0, 1}), lk([]int{2}, []int{2}), lk(nil, []int{3}),
		lk([]int{3}, []int{4, 5}), lk([]int{4}, []int{6}),
	}
	var got []string
	for _, f := range classify(d, test) {
		got = append(got, f.key())
	}
	sort.Strings(got)
	want := []string{
		"FALSE\tkpc\tconflict",
		"FALSE\tkpc\tthe Korean is dropped, run",
		"GOLD12\tkpc", "GOLD12\tkpc",
		"MISS\tkpc\tKorean dropped, run",
		"MISS\tkpc\tconflict, run",
		"TEST12\tkpc", "TEST12\tkpc",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
