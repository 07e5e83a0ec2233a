package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Another person's full name opening the English where the Korean opens
// with the person as its subject is an error (subjectFullName, the lead's
// decision; check13i's u-4 and seven older desks' expected warnings); a
// description in that place stays the person left out, a warning: a
// determiner first, a nationality last, a role noun after, a title joined
// by a hyphen.
func TestSubjectFullName(t *testing.T) {
	c := caseChecker(t, "session23t55.csv", session23T54Glossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"카림 나세르 수반은 회담을 제안했다.", "Omar Haddad proposed talks.", "target-term-missing error"},
		{"헬가 브라운이 우승했다.", "Sebastian Lindner won the title.", "target-term-missing error"},
		{"헬가 브라운이 우승했다.", "Otto Lindner, 30, won the title.", "target-term-missing error"},
		{"헬가 브라운이 우승했다.", "Helga Braun won the title.", ""},
		{"헬가 브라운은 기자회견을 열었다.", "The Pittsburgh researcher held a news conference.", "target-term-missing warning"},
		{"헬가 브라운은 기자회견을 열었다.", "Senior North Korean officials held a news conference.", "target-term-missing warning"},
		{"헬가 브라운은 기자회견을 열었다.", "White House spokesman Tony Snow held a news conference.", "target-term-missing warning"},
		{"헬가 브라운은 유엔에서 연설했다.", "Secretary-General Antonio Guterres spoke at the UN.", "target-term-missing warning"},
		{"파리에서 헬가 브라운이 우승했다.", "Otto Lindner won the title in Paris.", "target-term-missing warning"},
	} {
		var got []string
		for _, f := range c.Pair("p.tsv", Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English}) {
			got = append(got, string(f.Rule)+" "+f.Severity.String())
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q for %q: got %q, want %q", tc.tgt, tc.src, g, tc.want)
		}
	}
}
