package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"

	"bitext/glossary"
)

// TestStemReference: usual second references are no second spellings
// (inconsistent), respellings still are. Our own sentences.
func TestStemReference(t *testing.T) {
	const csv = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
quake,term,en,earthquake,preferred,,,,,,,,,,,
quake,term,en,quake,admitted,,,,,,,,,,,
terror,term,en,terrorism,preferred,,,,,,,,,,,
terror,term,en,terror,admitted,,,,,,,,,,,
games,term,en,Olympics,preferred,,,,,,,,,,,
games,term,en,Olympic Games,admitted,,,,,,,,,,,
kju,person,en,Kim Jong-un,preferred,,,,,,,,,,,
kju,person,en,Kim Jong Un,admitted,,,,,,,,,,,
unga,organization,ko,유엔총회,preferred,,,,,,,,,,,
unga,organization,ko,유엔 총회,admitted,,,,,,,,,,,
`
	g, err := glossary.Decode(strings.NewReader(csv), glossary.FormatCSV, "g.csv")
	if err != nil {
		t.Fatal(err)
	}
	c := New(g)
	lang := func(s string) language.Tag {
		if strings.ContainsRune(s, '유') {
			return language.Korean
		}
		return language.English
	}
	for _, tc := range []struct {
		name, text, want string
	}{
		{"quake after earthquake", "An earthquake struck the coast.\nThe quake was felt inland.\n", ""},
		{"war on terror after terrorism", "The court heard a terrorism case.\nThe war on terror has cost billions.\n", ""},
		{"Olympic Games after Olympics", "The Olympics opened on Friday.\nThe Olympic Games will end in two weeks.\n", ""},
		{"a respelled name", "Kim Jong-un met the envoy.\nKim Jong Un then left.\n", "inconsistent 2:1 Kim Jong Un => Kim Jong-un"},
		{"a Korean form with a space", "유엔총회가 열렸다.\n유엔 총회는 결의안을 채택했다.\n", "inconsistent 2:1 유엔 총회 => 유엔총회"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, f := range c.Text("a.txt", tc.text, lang(tc.text)) {
				if f.Rule == RuleInconsistent {
					got = append(got, brief([]Finding{f}))
				}
			}
			if g := strings.Join(got, "\n"); strings.TrimSpace(g) != tc.want {
				t.Errorf("Text(%q) =\n%s\nwant\n%s", tc.text, g, tc.want)
			}
		})
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"quake", "earthquake", true}, {"earthquake", "quake", true}, {"terror", "terrorism", true},
		{"Olympic Games", "Olympics", true}, {"Kim Jong Un", "Kim Jong-un", false}, {"war", "warfare", false},
		{"Iran", "Iraq", false}, {"유엔총회", "유엔 총회", false}, {"RyderCup", "Ryder Cup", false},
	} {
		if got := stemReference(tc.a, tc.b); got != tc.want {
			t.Errorf("stemReference(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestBodyNamedAfter: a surname in the name of a body named after the
// person (the Trump Foundation, 트럼프 재단) is no mention of the person.
func TestBodyNamedAfter(t *testing.T) {
	c := testChecker(t)
	for _, tc := range []struct {
		text string
		lang language.Tag
		want string
	}{
		{"Talks went on.\nThe Trump Foundation gave a grant before Donald Trump spoke.\n", language.English, ""},
		{"회담이 이어졌다.\n트럼프 재단은 도널드 트럼프가 연설하기 전에 기부했다.\n", language.Korean, ""},
		{"Talks went on.\nTrump gave a grant before Donald Trump spoke.\n", language.English, "first-mention 2:1 Trump => Donald Trump"},
		{"회담이 이어졌다.\n트럼프는 도널드 트럼프가 연설하기 전에 기부했다.\n", language.Korean, "first-mention 2:1 트럼프 => 도널드 트럼프"},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, tc.lang) {
			if f.Rule == RuleFirstMention {
				got = append(got, brief([]Finding{f}))
			}
		}
		if g := strings.Join(got, "\n"); g != tc.want {
			t.Errorf("Text(%q) =\n%s\nwant\n%s", tc.text, g, tc.want)
		}
	}
}

// TestOrdinaryWordNearMiss: an ordinary word capitalized at a sentence
// start that the text also has in lower case is no near miss.
func TestOrdinaryWordNearMiss(t *testing.T) {
	const csv = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
boeing,organization,en,Boeing,preferred,,,,,,,,,,,
`
	g, err := glossary.Decode(strings.NewReader(csv), glossary.FormatCSV, "g.csv")
	if err != nil {
		t.Fatal(err)
	}
	c := New(g)
	for _, tc := range []struct{ text, want string }{
		{"Being early matters to airlines.\nThe carrier said being early was everything.\n", ""},
		{"Being early matters to airlines.\nThe carrier agreed.\n", "near-miss 1:1 Being => Boeing"},
		{"The carrier said that Being early mattered.\nbeing\n", "near-miss 1:23 Being => Boeing"},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.English) {
			if f.Rule == RuleNearMiss {
				got = append(got, brief([]Finding{f}))
			}
		}
		if g := strings.Join(got, "\n"); g != tc.want {
			t.Errorf("Text(%q) =\n%s\nwant\n%s", tc.text, g, tc.want)
		}
	}
}
