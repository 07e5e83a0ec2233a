package tm

import (
	"testing"
	"unicode"

	"golang.org/x/text/language"
)

// TestLowerRune checks lowerRune against unicode.ToLower on every code
// point.
func TestLowerRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := lowerRune(r), unicode.ToLower(r); got != want {
			t.Fatalf("lowerRune(%U) = %U, unicode.ToLower gives %U", r, got, want)
		}
	}
}

// TestScoreSortedBestFirst checks that a lookup's scored candidates come
// best first, ties in the order the index gave them (which the targets
// step then reads from).
func TestScoreSortedBestFirst(t *testing.T) {
	q := "Exports rose 5 percent last month in Seoul."
	texts := []string{
		"Imports fell 5 percent last month in Busan.",
		"Exports rose 7 percent last month in Seoul.",
		"Exports rose 5 percent last month.",
		"Exports rose 9 percent last month in Seoul.",
		"Exports rose 5 percent last year in Seoul.",
		"Exports rose 3 percent last month in Seoul.",
	}
	l := &lookup{q: Query{Text: q, Source: language.English, Min: 50}, qa: Analyze(q, "", language.English), exact: map[int64]bool{}}
	var svs []StoredVariant
	for i, s := range texts {
		svs = append(svs, StoredVariant{Unit: int64(10 - i), Variant: Variant{Lang: language.English, Text: s}, Keys: len(Analyze(s, "", language.English).Keys)})
	}
	out := l.score(svs)
	if len(out) < 5 {
		t.Fatalf("%d scored, want at least 5", len(out))
	}
	for i := 1; i < len(out); i++ {
		a, b := out[i-1], out[i]
		if a.score < b.score || a.score == b.score && a.id < b.id { // ids fall in input order
			t.Errorf("scored %d (unit %d, %d) before %d (unit %d, %d)", i-1, a.id, a.score, i, b.id, b.score)
		}
	}
	if out[0].score != out[2].score || out[0].id != 9 || out[2].id != 5 {
		t.Errorf("the three numbers-only matches: %+v, want units 9, 7, 5 first at one score", out[:3])
	}
}
