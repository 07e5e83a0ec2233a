package check

import (
	"strings"
	"testing"

	"bitext/glossary"

	"golang.org/x/text/language"
)

// stopsGlossary: our own entries written with stops, without them, and one
// forbidding the form without stops.
const stopsGlossary = `id,type,lang,term,status,case,short,note,from,until
un,organization,ko,유엔,preferred,,,,,
un,organization,en,U.N.,preferred,,,,,
unga,organization,ko,유엔 총회,preferred,,,,,
unga,organization,en,U.N. General Assembly,preferred,,,,,
eu,organization,ko,유럽연합,preferred,,,,,
eu,organization,en,EU,preferred,,,,,
us,place,ko,미국,preferred,,,,,
us,place,en,U.S.,preferred,,,,,
us,place,en,US,deprecated,,,,,
`

// TestAbbreviationStops: an abbreviation written with or without its stops
// (session 24, helper T66). Our own sentences, the first after house77's
// ntrex-even 1956 and ntrex-odd 1462.
func TestAbbreviationStops(t *testing.T) {
	testMissing(t, stopsGlossary, []missingCase{
		{"UN for U.N.", nil, "유엔은 550만 명이 피난한 것으로 추정한다.", "The UN estimates that 5.5 million have fled.", false},
		{"UN-backed", nil, "유엔이 지원한 정부다.", "It is a UN-backed government.", false},
		{"UN General Assembly", nil, "유엔 총회에서 연설했다.", "Addressing the UN General Assembly, he spoke.", false},
		{"E.U. for EU", nil, "유럽연합은 제재를 결정했다.", "The E.U. decided on sanctions.", false},
		{"UN inside a word", nil, "유엔은 550만 명이 피난한 것으로 추정한다.", "The UNHCR estimates that 5.5 million have fled.", true},
		{"nothing", nil, "유엔은 550만 명이 피난한 것으로 추정한다.", "Officials estimate that 5.5 million have fled.", true},
	})
}

// TestAbbreviationStopsDeprecated: a form without stops the list forbids
// stays a deprecated-term finding.
func TestAbbreviationStopsDeprecated(t *testing.T) {
	g, err := glossary.Decode(strings.NewReader(stopsGlossary), glossary.FormatCSV, "d.csv")
	if err != nil {
		t.Fatal(err)
	}
	c := New(g)
	c.Missing = glossary.Types
	fs := c.Pair("p.tsv", Pair{Source: "미국 정부는 조심스럽다.", Target: "The US government is wary.", SourceLang: language.Korean, TargetLang: language.English,
		SourceLine: 1, SourceCol: 1, TargetLine: 1, TargetCol: 1})
	deprecated := false
	for _, f := range fs {
		deprecated = deprecated || f.Rule == RuleDeprecated
	}
	if !deprecated {
		t.Errorf("US for a listed U.S. the list forbids: %s, want deprecated-term", brief(fs))
	}
}
