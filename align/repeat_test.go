package align

import (
	"math"
	"slices"
	"testing"

	"golang.org/x/text/language"
)

// TestRepeatedOpening checks repeatedOpening on sentences of our own: a
// second sentence that says the first one's subject again, after a
// continuation or not, and openings that are not a subject said again.
func TestRepeatedOpening(t *testing.T) {
	for _, c := range []struct {
		prev, s string
		want    float64
	}{
		{"The council approved the plan.", "The council also raised fees.", segLength("The council ")},
		{"The demonstration went ahead.", "But the demonstration took another route.", segLength("the demonstration ")},
		{"Kim's office declined to comment.", "Kim's office said on Monday that …", segLength("Kim's office ")},
		{"Typhoon Danas cut power.", "Typhoon Danas destroyed homes.", segLength("Typhoon Danas ")},
		// Function words only: not a subject said again.
		{"The council approved the plan.", "The mayor welcomed it.", 0},
		{"It is not clear who paid.", "It's also not clear when.", 0},
		{"They said it was over.", "They were wrong.", 0},
		// A headline has no full stop: the first sentence says it again.
		{"Council approves transport plan", "Council approves a plan that doubles fees.", 0},
		{"The council approved the plan.", "Residents objected.", 0},
		{"", "The council met.", 0},
	} {
		if got := repeatedOpening(c.prev, c.s); got != c.want {
			t.Errorf("repeatedOpening(%q, %q) = %v, want %v", c.prev, c.s, got, c.want)
		}
	}
}

// TestRepeatedSubjectSplit aligns documents of our own in which the
// English edition splits a Korean sentence with one subject and two verbs
// into two sentences that both name the subject, next to a Korean
// sentence the edition left out. With the core lexicon, the search linked
// the second half 1-1 with the dropped sentence before wRepeat and the
// repeated words' length were taken into account.
func TestRepeatedSubjectSplit(t *testing.T) {
	for _, c := range []struct {
		subject [2]string
		dropped string
	}{
		{[2]string{"올해 가장 강한 태풍", "This year's strongest typhoon"}, "기상청은 주말까지 비가 계속될 것으로 내다봤다."},
		{[2]string{"태풍", "The typhoon"}, "피해 규모는 아직 집계되지 않았다."},
	} {
		ko := []string{
			"태풍이 금요일 남부 해안을 강타했다.",
			c.subject[0] + "은 해안 마을의 전기를 끊었고 주택 수백 채를 부쉈다.",
			c.dropped,
			"주민들은 대피소로 이동했다.",
		}
		en := []string{
			"A typhoon hit the southern coast on Friday.",
			c.subject[1] + " cut power to coastal villages.",
			c.subject[1] + " destroyed hundreds of homes.",
			"Residents moved to shelters.",
		}
		links, err := Align(ko, en, Options{CoreLexicon: true})
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"0|0", "1|1,2", "2|", "3|3"}
		var got []string
		for _, l := range links {
			got = append(got, key(l))
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: links %v, want %v", c.subject[1], got, want)
		}
	}
}

// TestRepeatCost checks both parts of the rule on a 1-2 link: the second
// English member that says the subject again gains wRepeat, and the words
// said again are left out of the English length.
func TestRepeatCost(t *testing.T) {
	opts := Options{CoreLexicon: true}
	opts.Lexicon = opts.lexicon()
	ko := features([]string{"시 의회는 새 교통 계획을 승인했고 주차 요금을 두 배로 올렸다."}, language.Korean, opts)
	en := features([]string{"The city council approved a new transport plan.", "The city council also doubled parking fees."}, language.English, opts)
	if en[1].rep != segLength("The city council ") {
		t.Fatalf("rep = %v, want %v", en[1].rep, segLength("The city council "))
	}
	l := newLattice(ko, en)
	split := beads[4]
	if split.s != 1 || split.t != 2 {
		t.Fatalf("beads[4] is %d-%d, want 1-2", split.s, split.t)
	}
	with := l.cost(1, 2, split)
	rep := en[1].rep
	en[1].rep = 0
	without := l.cost(1, 2, split)
	lenGain := lengthCost(l.cs[1], l.ct[2]-rep) - lengthCost(l.cs[1], l.ct[2])
	if lenGain >= 0 {
		t.Errorf("leaving the repeated words out changes the length cost by %v, want a gain", lenGain)
	}
	if d := with - without; math.Abs(d-(lenGain-wRepeat)) > 1e-9 {
		t.Errorf("cost with the repeated subject − without = %v, want %v (length %v, wRepeat %v)", d, lenGain-wRepeat, lenGain, wRepeat)
	}
}
