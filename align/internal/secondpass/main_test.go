package main

import (
	"testing"

	"bitext/align"
)

func TestSameLinksIgnoresConfidence(t *testing.T) {
	a := []align.Link{{Source: []int{0}, Target: []int{0}, Confidence: 0.9}, {Source: []int{1}, Target: nil, Confidence: 0.4}}
	b := []align.Link{{Source: []int{0}, Target: []int{0}, Confidence: 0.5}, {Source: []int{1}, Target: nil, Confidence: 0.8}}
	if !sameLinks(a, b) {
		t.Error("links differing only by confidence reported different")
	}
	c := []align.Link{{Source: []int{0, 1}, Target: []int{0}}}
	if sameLinks(a, c) {
		t.Error("a merge reported the same as a 1-1 and a 1-0")
	}
}
