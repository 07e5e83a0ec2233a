package tm

import (
	"reflect"
	"slices"
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

// sameAnalysis reports whether a and b hold the same analysis (an empty
// slice and nil alike).
func sameAnalysis(a, b *Analysis) bool {
	return a.Text == b.Text && a.Lang == b.Lang && a.Mode == b.Mode && a.Spaces == b.Spaces && a.Tags == b.Tags &&
		slices.Equal(a.Keys, b.Keys) && slices.Equal(a.Words, b.Words) && slices.Equal(a.Numbers, b.Numbers) && slices.Equal(a.Punct, b.Punct)
}

// TestAnalyzeIntoReused checks that an analysis made in the room of
// another (analyzeInto, as score reuses a rejected candidate's) is
// Analyze's, whatever the earlier text held.
func TestAnalyzeIntoReused(t *testing.T) {
	texts := []struct {
		text, markup string
		lang         language.Tag
	}{
		{"수출이 지난달 5.2% 늘어 1,234억 달러를 기록했다고 산업통상자원부가 밝혔다.", "", language.Korean},
		{"Exports rose 5.2 percent to $123.4 billion, the ministry said (Monday).", "", language.English},
		{"짧다", "", language.Korean},
		{"", "", language.English},
		{"Seoul  and   Busan", "<ph x='1'/>Seoul  and   Busan", language.English},
		{"한국은행은 11일 기준금리를 연 3.50%로 동결했다. 2023년 1월 이후 열 번째다!", "", language.Korean},
		{"no numbers, no caps", "", language.English},
	}
	for _, prev := range texts {
		for _, tc := range texts {
			a := Analyze(prev.text, prev.markup, prev.lang)
			got := analyzeInto(a, tc.text, tc.markup, tc.lang)
			if want := Analyze(tc.text, tc.markup, tc.lang); !sameAnalysis(got, want) {
				t.Errorf("analyzeInto(analysis of %q, %q) = %+v, Analyze gives %+v", prev.text, tc.text, got, want)
			}
		}
	}
}

// TestScoreReusedAnalyses checks that each candidate is scored on the
// analysis of its own text while the candidates share one analysis's
// room, whether the one before it was kept or rejected.
func TestScoreReusedAnalyses(t *testing.T) {
	q := "Exports rose 5 percent last month in Seoul."
	texts := []string{
		"Completely unrelated words here.",
		"Exports rose 7 percent last month in Seoul.",
		"Nothing alike at all, really.",
		"Exports rose 5 percent last month.",
		"Exports rose 9.5 percent last month in Seoul (Busan).",
		"Imports of rice fell in Busan on Friday.",
		"Exports rose 9 percent last month in Seoul.",
	}
	qa := Analyze(q, "", language.English)
	l := &lookup{q: Query{Text: q, Source: language.English, Min: 60}, qa: qa, exact: map[int64]bool{}}
	defer l.release()
	var svs []StoredVariant
	for i, s := range texts {
		svs = append(svs, StoredVariant{Unit: int64(i + 1), Variant: Variant{Lang: language.English, Text: s}, Keys: len(Analyze(s, "", language.English).Keys)})
	}
	out := l.score(svs)
	if len(out) != 4 {
		t.Fatalf("%d scored, want 4", len(out))
	}
	for _, m := range out {
		if want := Score(qa, Analyze(m.src.Text, "", language.English)); !reflect.DeepEqual(m.expl, want) {
			t.Errorf("unit %d (%q) scored %+v, alone %+v", m.id, m.src.Text, m.expl, want)
		}
	}
}
