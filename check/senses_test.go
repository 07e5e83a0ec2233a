package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Tests of senses.go.

// The not_with of a form holds for the same form of its entry in another
// language that has none of its own: the English GMAC beside GMAT is the
// business schools' council, in a pair and in an English text alone.
func TestBorrowedNotWith(t *testing.T) {
	c := caseChecker(t, "session22t45.csv", session22T45Glossary)
	pair := func(src, tgt string) string {
		var got []string
		for _, f := range c.Pair("p.tsv", Pair{Source: src, Target: tgt, SourceLang: language.Korean, TargetLang: language.English}) {
			got = append(got, string(f.Rule)+" "+f.Found)
		}
		return strings.Join(got, "; ")
	}
	if g := pair("GMAC는 경영대학원 입학시험인 GMAT를 주관한다.", "GMAC runs the GMAT business school admission test."); g != "" {
		t.Errorf("the schools' council in a pair: got %q", g)
	}
	if g := pair("그 회사는 대출을 늘렸다.", "GMAC lent more to dealers."); g != "deprecated-term GMAC" {
		t.Errorf("the finance arm in a pair: got %q", g)
	}
	if g := t45Text(t, "Notes\n\nGMAC runs the GMAT business school admission test."); g != "" {
		t.Errorf("the schools' council in a text: got %q", g)
	}
	if g := t45Text(t, "Notes\n\nGMAC lent more to dealers."); g != "deprecated-term GMAC" {
		t.Errorf("the finance arm in a text: got %q", g)
	}
}
