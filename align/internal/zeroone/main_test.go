package main

import (
	"sort"
	"testing"

	"bitext/align"
)

func link(s, t []int) align.Link { return align.Link{Source: s, Target: t} }

// TestClassify: each cause of a missed or false 0-1 line, and the origin
// of a gold 0-1 line, on a document of our own.
func TestClassify(t *testing.T) {
	d := &align.Document{
		ID:     "kpc-dev.900",
		Source: []string{"가", "나", "다", "라", "마"},
		Target: []string{"A", "Borrowed line.", "C", "Template line.", "D1", "D2", "Dropped partner.", "Natural line."},
		Gold: []align.Link{
			link([]int{0}, []int{0}),
			link(nil, []int{1}), // borrowed, glued to 0-0 by the aligner
			link([]int{1}, []int{2}),
			link(nil, []int{3}),         // template, paired with the dropped 나
			link([]int{2}, nil),         // dropped
			link([]int{3}, []int{4, 5}), // split, its second member left out
			link([]int{4}, []int{6}),
			link(nil, []int{7}), // natural, found
		},
	}
	clean := []*align.Document{
		{ID: "kpc-dev.900", Target: []string{"A", "C", "D1", "D2", "Dropped partner.", "Natural line."},
			Gold: []align.Link{link(nil, []int{5})}},
		{ID: "kpc-dev.901", Target: []string{"Borrowed line."}},
	}
	src := origins{natural: map[string]map[string]bool{}, pool: map[string]string{}}
	src.add(clean)
	links := []align.Link{
		link([]int{0}, []int{0, 1}),
		link([]int{1}, []int{2}),
		link([]int{2}, []int{3}),
		link([]int{3}, []int{4}),
		link(nil, []int{5}),
		link([]int{4}, []int{6}),
		link(nil, []int{7}),
	}
	var got []string
	for _, f := range classify(d, links, src) {
		got = append(got, f.key())
	}
	sort.Strings(got)
	want := []string{
		"FALSE\tkpc\tsplit member left out",
		"GOLD01\tkpc\tborrowed",
		"GOLD01\tkpc\tnatural",
		"GOLD01\tkpc\ttemplate",
		"MISS\tkpc\tborrowed\tglued, rest right",
		"MISS\tkpc\ttemplate\t1-1 with a dropped Korean",
	}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("got %q, want %q", got, want)
		}
	}
	// Without clean files the origin is unknown.
	for _, f := range classify(d, links, origins{}) {
		if f.kind != "FALSE" && f.origin != "?" {
			t.Fatalf("no clean files: origin %q", f.origin)
		}
	}
}
