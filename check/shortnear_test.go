package check

import (
	"testing"

	"golang.org/x/text/language"
)

// Tests of shortnear.go.

// TestShortVowelMiss: a short form with one vowel changed after the right
// one in one article is a near miss; before it, or with a consonant
// changed, it is not read.
func TestShortVowelMiss(t *testing.T) {
	c := t17Checker(t)
	for _, tc := range []struct{ text, want string }{
		{"Oskar Brandt spoke. Brandt said so, and Brendt repeated it.", "near-miss warning Brendt -> Brandt"},
		{"Brendt spoke first. Oskar Brandt spoke.", ""},
		{"Oskar Brandt spoke. Brandt said so, and Branch repeated it.", ""},
	} {
		if got := t17Rules(c.Text("a.txt", tc.text, language.English)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
