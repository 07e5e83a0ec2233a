package glossary

import (
	"testing"

	"golang.org/x/text/language"
)

// TestHasPreferredIn matches every form of three glossaries (one with terms
// in regional English tags) and compares each match's HasPreferredIn with
// Preferred on its entry, for English, Korean and a base it does not know.
func TestHasPreferredIn(t *testing.T) {
	gs := testGlossaries(t, 500)
	us, gb := language.MustParse("en-US"), language.MustParse("en-GB")
	gs[2].Entries = append(gs[2].Entries,
		&Entry{ID: "variants", Terms: []*Term{{Text: "서울특별시", Lang: language.Korean, Status: Deprecated},
			{Text: "Soul City", Lang: us, Status: Preferred}, {Text: "Seoul Town", Lang: gb, Status: Admitted}}},
		&Entry{ID: "korean only", Terms: []*Term{{Text: "한강공원", Lang: language.Korean, Status: Preferred}, {Text: "Hangang Park", Lang: language.English, Status: Deprecated}}},
	)
	ja, _ := language.Japanese.Base()
	n := 0
	for _, g := range gs {
		for _, lang := range []language.Tag{language.English, language.Korean} {
			m := g.MatcherWith(lang, MatchOptions{ShortForms: true})
			for _, e := range g.Entries {
				for _, term := range e.Terms {
					for _, x := range m.AppendAll(nil, " "+term.Text+" ") {
						for _, want := range []language.Tag{language.English, us, language.Korean} {
							base, _ := want.Base()
							has, known := x.HasPreferredIn(base)
							if !known || has != (g.Preferred(x.Entry, want) != nil) {
								t.Errorf("%s (%s) in %v: HasPreferredIn = %v, %v; Preferred %v", x.Entry.ID, term.Text, want, has, known, g.Preferred(x.Entry, want))
							}
							n++
						}
						if _, known := x.HasPreferredIn(ja); known {
							t.Errorf("%s: known in Japanese", x.Entry.ID)
						}
					}
				}
			}
		}
	}
	if n < 1000 {
		t.Fatalf("%d comparisons", n)
	}
	if _, known := (&Match{}).HasPreferredIn(enBase); known {
		t.Error("a Match not made by a matcher knows")
	}
}
