package check

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Session 21 (helper T42): house45's kinds, with entries of our own.
const session21T42Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
susang,title,ko,수상,preferred,,,,,,,,,,총리|정부|내각,
susang,title,en,prime minister,preferred,no,,,,,,,,,,
susang,title,en,premier,admitted,no,,,,,,,,,,
susang,title,en,premiere,deprecated,no,,misspelt: premier,,,,,,,,
aide,title,ko,보좌관,preferred,,,,,,,,,,,
aide,title,en,adviser,admitted,no,,,,,,,,,,
aide,title,en,advisor,deprecated,no,,house style: adviser,,,,,,,,
defense,term,ko,국방,preferred,,,,,,,,,,,
defense,term,en,defense,preferred,,,,,,,,,,,
defense,term,en,defence,deprecated,,,house style: defense,,,,,,,,
geneva,place,ko,제네바,preferred,,,,,,,,,,,
geneva,place,en,Geneva,preferred,,,,,,,,,,,
geneva,place,en,Geneve,deprecated,,,,,,,,,,,
`

// A forbidden word of its own near an allowed form (premiere, premier) is
// reported only when the source names its entry (house45's kpc-dev 607,
// a film's premiere for 시사회); a variant spelling of an allowed form
// (advisor, defence) stays house style whatever the source says.
func TestOwnWordNearAllowedNeedsSource(t *testing.T) {
	c := caseChecker(t, "session21t42.csv", session21T42Glossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"영화 시사회는 다음 주 런던에서 열린다.", "The film's premiere is in London next week.", ""},
		{"영국 수상이 총리 관저에서 연설했다.", "The British premiere spoke at his residence.", "susang premiere"},
		{"그는 경제 고문으로 일했다.", "He worked as an economic advisor.", "aide advisor"},
		{"그는 변호인단을 이끌었다.", "He led the defence team.", "defense defence"},
	} {
		got := t28Join(c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English}))
		if got != tc.want {
			t.Errorf("%q / %q: got %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
}

// A forbidden form inside a longer name the Korean glosses in brackets,
// whole in the English, is the name's own (house46's kpc-test 401, "Tribune
// de Geneve"); the form alone, or the gloss of the form alone, keeps its
// finding; in a pair and in an article alike (there by the finding's
// column).
func TestGlossedLongerName(t *testing.T) {
	c := caseChecker(t, "session21t42.csv", session21T42Glossary)
	cases := []struct{ src, tgt, want string }{
		{"스위스 일간 트리뷴 드 제네바(Tribune de Geneve)는 보도했다.", "The Swiss daily Tribune de Geneve reported it.", ""},
		{"제네바(Geneve)에서 회의가 열렸다.", "The meeting was held in Geneve.", "geneva Geneve"},
		{"스위스 일간 트리뷴 드 제네바(Tribune de Geneve)는 제네바에서 보도했다.", "The Swiss daily Tribune de Geneve reported it in Geneve.", "geneva Geneve"},
		{"제네바에서 회의가 열렸다.", "The meeting was held in Geneve.", "geneva Geneve"},
	}
	var pairs []Pair
	for i, tc := range cases {
		pr := Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English, SourceLine: i + 1, TargetLine: i + 1}
		pairs = append(pairs, pr)
		if got := t28Join(c.Pair("p.tsv", pr)); got != tc.want {
			t.Errorf("pair %q / %q: got %q, want %q", tc.src, tc.tgt, got, tc.want)
		}
	}
	var got []string
	for _, f := range c.Document("a.tsv", pairs, time.Time{}) {
		if f.Rule == RuleDeprecated {
			got = append(got, f.Found)
		}
	}
	if a, b := strings.Join(got, "|"), "Geneve|Geneve|Geneve"; a != b {
		t.Errorf("article: got %s, want %s", a, b)
	}
}

// A one-word place of seven letters or more and a two-word capitalized term
// are near misses by a typing slip alone (check12t-missed: Minnessota,
// Hurricane Bretha); another letter in place of one is left alone, as
// before (Minnesoda, Hurricane Bertla).
func TestTypingSlipNearMiss(t *testing.T) {
	const g = `id,type,lang,term,status
minnesota,place,ko,미네소타,preferred
minnesota,place,en,Minnesota,preferred
bertha,term,ko,허리케인 베르타,preferred
bertha,term,en,Hurricane Bertha,preferred
bertha,term,en,Bertha,admitted
`
	c := caseChecker(t, "session21t42near.csv", g)
	for _, tc := range []struct{ text, want string }{
		{"Voters in Minnessota went to the polls.", "Minnessota"},
		{"Voters in Minesota went to the polls.", "Minesota"},
		{"Voters in Minnesoda went to the polls.", ""},
		{"Hurricane Bretha turned north.", "Hurricane Bretha"},
		{"Hurricane Bertla turned north.", ""},
		{"Voters in Minnesota went to the polls.", ""},
	} {
		var got []string
		for _, f := range c.Text("a.txt", tc.text, language.English) {
			if f.Rule == RuleNearMiss {
				got = append(got, f.Found)
			}
		}
		if a := strings.Join(got, "|"); a != tc.want {
			t.Errorf("%q: near misses %q, want %q", tc.text, a, tc.want)
		}
	}
	for _, tc := range []struct {
		cand, name string
		want       bool
	}{{"Bretha", "Bertha", true}, {"Minnessota", "Minnesota", true}, {"Minesota", "Minnesota", true}, {"Minnesoda", "Minnesota", false}, {"Bertla", "Bertha", false}, {"Bertha", "Bertha", false}} {
		if got := typingSlip(tc.cand, tc.name); got != tc.want {
			t.Errorf("typingSlip(%q, %q) = %v", tc.cand, tc.name, got)
		}
	}
}
