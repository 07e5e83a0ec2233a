package check

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// Persons as house159 gives the golfer (two Korean forms, a forbidden
// English given name) and a Korean name written surname first.
const respeltFullGlossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
jon-rahm,person,ko,욘 람,preferred,,,Spanish golfer,,,,,,,,
jon-rahm,person,ko,존 램,admitted,,,,,,,,,,,
jon-rahm,person,en,Jon Rahm,preferred,,Rahm,,,,,,,,,
jon-rahm,person,en,John Rahm,deprecated,,,,,,,,,,,
han-seung-soo,person,ko,한승수,preferred,,,,,,,,,,,
han-seung-soo,person,en,Han Seung-soo,preferred,,Han,,,,,,,,,
`

// TestRespeltFullName: a listed person's name respelt in its given name and
// its surname, each by one edit with the first letter kept, is a near miss
// of the preferred form, even when the next segment names him by his short
// form (ntrex-odd 1974, "John Ram" for 존 램, then "23-year-old Rahm"); a
// kept surname with another given name, a name two edits off in a word,
// another listed person's name and the listed forms are not. The first case
// fails without respeltFullName (nothing reported).
func TestRespeltFullName(t *testing.T) {
	c := caseChecker(t, "respeltfull.csv", respeltFullGlossary)
	const after = `"The incredible pride I feel," said 23-year-old Rahm.`
	for _, tc := range []struct {
		src, tgt, after, missing, near, deprecated string
	}{
		{"그는 스페인 출신 골퍼 존 램에게 성화를 건네준다.", "He passes the torch to his fellow countryman John Ram who took down Tiger Woods.", after, "", "jon-rahm", ""},
		{"그는 스페인 출신 골퍼 존 램에게 성화를 건네준다.", "He passes the torch to his fellow countryman John Ram.", "", "", "jon-rahm", ""},
		{"존 램이 우승했다.", "John Ram's win was no surprise.", "", "", "jon-rahm", ""},
		{"한승수 총리가 말했다.", "Prime Minister Hahn Sung-soo said so.", "", "", "", ""}, // another romanization of a Korean name: present
		{"존 램이 우승했다.", "Jon Rahm won.", "", "", "", ""},
		{"존 램이 우승했다.", "Jon Rahm's win was no surprise.", "", "", "", ""},
		{"존 램이 우승했다.", "John Rahm won.", "", "", "", "jon-rahm"},
		{"존 램이 우승했다.", "Juan Rahm won.", "", "jon-rahm", "", ""},
		{"존 램이 우승했다.", "Jack Rams won.", "", "-", "", ""},
	} {
		pr := Pair{Source: tc.src, Target: tc.tgt, SourceLang: language.Korean, TargetLang: language.English, TargetAfter: tc.after}
		got := map[string][]string{}
		for _, f := range c.Pair("p.tsv", pr) {
			got[f.Rule] = append(got[f.Rule], f.Term)
		}
		if g := strings.Join(got[RuleNearMiss], "; "); g != tc.near {
			t.Errorf("%q: near-miss %q, want %q", tc.tgt, g, tc.near)
		}
		if g := strings.Join(got[RuleTargetMissing], "; "); tc.missing != "-" && g != tc.missing {
			t.Errorf("%q: target-term-missing %q, want %q", tc.tgt, g, tc.missing)
		}
		if g := strings.Join(got[RuleDeprecated], "; "); g != tc.deprecated {
			t.Errorf("%q: deprecated-term %q, want %q", tc.tgt, g, tc.deprecated)
		}
	}
	// A surname that is a word of another listed name is no evidence.
	c = caseChecker(t, "respeltfull2.csv", respeltFullGlossary+`joan-ram,person,ko,조안 램,preferred,,,,,,,,,,,
joan-ram,person,en,Joan Ram,preferred,,,,,,,,,,,
`)
	if got := pairTerms(c, "존 램이 우승했다.", "John Ram won.", RuleNearMiss); got != "" {
		t.Errorf("John Ram beside a listed Joan Ram: near-miss %q, want none", got)
	}
}
