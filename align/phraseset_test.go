package align

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
)

// TestPhraseSet: phraseSet.in must say what strings.Contains tried with
// each group's key and phrases says (editionOnly before the phraseSet),
// on lines holding a phrase anywhere, a phrase cut short, a phrase whose
// key it lacks ("an earlier version of this" without "this "), and
// random text over the phrases' own letters.
func TestPhraseSet(t *testing.T) {
	var phrases []string
	for _, g := range editionPhrases {
		phrases = append(phrases, g.phrases...)
	}
	naive := func(l string) bool {
		for _, g := range editionPhrases {
			if g.key != "" && !strings.Contains(l, g.key) {
				continue
			}
			for _, p := range g.phrases {
				if strings.Contains(l, p) {
					return true
				}
			}
		}
		return false
	}
	lines := []string{"an earlier version of this", "an earlier version of this story"}
	for _, p := range phrases {
		lines = append(lines, p, "x"+p, p+" y", "the "+p+" said", p[:len(p)-1], p[1:], " "+p[:len(p)-1])
	}
	letters := strings.Join(phrases, "")
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		b := make([]byte, 1+rng.Intn(30))
		for i := range b {
			b[i] = letters[rng.Intn(len(letters))]
		}
		lines = append(lines, string(b))
	}
	hits := 0
	for _, l := range lines {
		got, want := editionAny.in(l), naive(l)
		if got != want {
			t.Errorf("in(%q) = %v, strings.Contains says %v", l, got, want)
		}
		if want {
			hits++
		}
	}
	if hits < len(phrases)*4 {
		t.Errorf("only %d lines hold a phrase", hits)
	}
}

// TestScriptBounds: segLength counts the runes below hanFirst without
// looking them up in unicode.Han, and latinTokens does not look Hangul
// syllables up in unicode.Latin; both hold while the tables say so.
func TestScriptBounds(t *testing.T) {
	for r := rune(0); r < hanFirst; r++ {
		if unicode.Is(unicode.Han, r) {
			t.Fatalf("unicode.Han holds %U, below hanFirst", r)
		}
	}
	if !unicode.Is(unicode.Han, hanFirst) {
		t.Errorf("unicode.Han does not hold hanFirst %U", hanFirst)
	}
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		if unicode.In(r, unicode.Latin) {
			t.Fatalf("unicode.Latin holds the Hangul syllable %U", r)
		}
	}
}
