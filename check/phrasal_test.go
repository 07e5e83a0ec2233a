package check

import (
	"testing"
)

// Tests of phrasal.go.

// TestPhrasalVerb: a forbidden one-word form followed by an adverb
// particle is another verb (phrasal.go); used as the forbidden sense it
// stays an error.
func TestPhrasalVerb(t *testing.T) {
	t16Run(t, []t16Case{
		{"hung up", "그는 전화를 끊었다.", "He abruptly hung up, saying nothing.", ""},
		{"hung out", "그들은 어울렸다.", "They hung out at the club.", ""},
		{"Hung up", "그는 전화를 끊었다.", "Hung up on him, she left.", ""},
		{"hung, the forbidden sense", "그는 교수형에 처해졌다.", "He was hung at dawn.", "deprecated-term error"},
		{"hung by", "그는 교수형에 처해졌다.", "He was hung by the regime.", "deprecated-term error"},
		{"hung upon", "그는 교수형에 처해졌다.", "He was hung upon the gallows.", "deprecated-term error"},
	})
}
