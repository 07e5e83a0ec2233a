package check

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

const letterVariantsGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
zheng-jie,person,ko,정지에,preferred,,,,,,,,,,,
zheng-jie,person,en,Zheng Jie,preferred,,Zheng,,,,,,,,,
thomas-bjorn,person,ko,토마스 비에른,preferred,,,,,,,,,,,
thomas-bjorn,person,en,Thomas Bjorn,preferred,,Bjorn,,,,,,,,,
thomas-bjorn,person,en,Thomas Bjørn,admitted,,,,,,,,,,,
usain-bolt,person,ko,우사인 볼트,preferred,,,,,,,,,,,
usain-bolt,person,en,Usain Bolt,preferred,,Bolt,,,,,,,,,
`

// A person's one-word Korean form ending in a particle syllable, bare,
// with no title, before a predicate, in a pair whose English names nobody,
// is a word and a particle (person_particleend.go, check15i-missed's 가동
// 정지에 들어갔다): no target-term-missing. The player with a particle, a
// title or a name in the English stays a mention. The first case fails
// without particleEndedName.
func TestParticleEndedName(t *testing.T) {
	c := caseChecker(t, "t90.csv", letterVariantsGlossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"공장은 가동 정지에 들어갔다.", "The factory suspended operations.", ""},
		{"공장은 가동 정지에 들어갔고 노조는 반발했다.", "The factory suspended operations, and the union objected.", ""},
		{"정지에가 결승에서 이겼다.", "She won the final.", "target-term-missing::warning"},
		{"정지에 선수가 결승에서 이겼다.", "The player won the final.", "target-term-missing::warning"},
		{"중국의 정지에 이겼다.", "China's Zeng won.", "target-term-missing::warning"},
		{"정지에는 결승에 올랐다.", "Zheng Jie reached the final.", ""},
	} {
		if got := t41Rules(t, c, tc.src, tc.tgt, time.Time{}); got != tc.want {
			t.Errorf("%q / %q: got %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
	for _, tc := range []struct {
		text string
		want bool
	}{{"The factory suspended operations.", false}, {"It stopped. Then Zheng won.", true}, {"Samsung's plant", false}, {"the plant of Samsung", true}} {
		if got := latinNameIn(tc.text); got != tc.want {
			t.Errorf("latinNameIn(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A letter with a stroke (ø) folded to its base letter makes "Thomas
// Bjørn" after "Thomas Bjorn" one name spelt twice, a sentence between
// that uses "named" notwithstanding, as "Sergio Agüero" after "Sergio
// Aguero" was (person_strokedletter.go, check15h-missed). The first case
// fails without foldStroked.
func TestStrokedLetter(t *testing.T) {
	c := caseChecker(t, "t90.csv", letterVariantsGlossary)
	for _, tc := range []struct{ text, want string }{
		{"Thomas Bjorn named his team, and Thomas Bjørn spoke to the press.", "inconsistent:Thomas Bjørn"},
		{"Thomas Bjorn spoke first, and later Thomas Bjørn spoke again.", "inconsistent:Thomas Bjørn"},
		{"Thomas Bjorn named his team, and Thomas Bjorn spoke to the press.", ""},
	} {
		var got []string
		for _, f := range c.Text("a.txt", "Sports desk\n\n"+tc.text+"\n", language.English) {
			got = append(got, f.Rule+":"+f.Found)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
	if foldStroked("Bjørn Łódź") != "Bjorn Lódź" || foldStroked("Bjorn") != "Bjorn" {
		t.Errorf("foldStroked: got %q", foldStroked("Bjørn Łódź"))
	}
}

// A listed surname of four letters with a consonant doubled after another
// (Boltt for Bolt), the given name as listed, is the person misspelt
// (doubledAfterConsonant, addeddouble.go; check15h-missed's Usain Boltt),
// an error. The first case fails without doubledAfterConsonant.
func TestDoubledAfterConsonant(t *testing.T) {
	c := caseChecker(t, "t90.csv", letterVariantsGlossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"우사인 볼트가 200m에서 우승했다.", "Usain Boltt won the 200 meters.", "target-term-missing::error"},
		{"우사인 볼트가 200m에서 우승했다.", "Usain Bolt won the 200 meters.", ""},
	} {
		if got := t41Rules(t, c, tc.src, tc.tgt, time.Time{}); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.tgt, got, tc.want)
		}
	}
	for _, tc := range []struct {
		w, s string
		want bool
	}{{"Boltt", "Bolt", true}, {"Bollt", "Bolt", false}, {"Scott", "Scot", false}, {"Wolff", "Wolf", true}, {"Bushh", "Bush", true}, {"Bolt", "Bolt", false}} {
		if got := doubledAfterConsonant(tc.w, tc.s); got != tc.want {
			t.Errorf("doubledAfterConsonant(%q, %q) = %v, want %v", tc.w, tc.s, got, tc.want)
		}
	}
}
