package check

import (
	"testing"
	"time"

	"golang.org/x/text/language"
)

// Session 19 (helper T27): house29's kinds, with entries of our own.
const session19T27Glossary = `id,type,lang,term,status,case,short,note,from,until,form_from,form_until,related,not_in,context,not_with
construction,term,ko,건설,preferred,,,,,,,,,,,
construction,term,en,construction,preferred,,,,,,,,,,,
construction,term,en,build,admitted,,,,,,,,,,,
construction,term,en,building,admitted,,,,,,,,,,,
construction,term,en,built,admitted,,,,,,,,,,,
construction,term,en,constructed,admitted,,,,,,,,,,,
seizure,term,ko,압수,preferred,,,,,,,,,,,
seizure,term,en,seize,preferred,,,,,,,,,,,
seizure,term,en,seized,admitted,,,,,,,,,,,
seizure,term,en,seizued,admitted,,,,,,,,,,,
catalog,term,ko,카탈로그,preferred,,,,,,,,,,,
catalog,term,en,catalog,preferred,,,,,,,,,,,
catalog,term,en,catalogue,admitted,,,,,,,,,,,
state-police,term,ko,주 경찰,preferred,,,,,,,,,,,
state-police,term,en,state police,preferred,,,,,,,,,,,
monthly-fee,term,ko,달 요금,preferred,,,,,,,,,,,
monthly-fee,term,en,monthly fee,preferred,,,,,,,,,,,
`

// TestIrregularForms: two forms of one verb, an irregular past among
// them, both admitted for one entry, are no second spelling (house29's
// "build", then "built"); a respelling still is one.
func TestIrregularForms(t *testing.T) {
	c := caseChecker(t, "session19t27.csv", session19T27Glossary)
	for _, tc := range []struct{ text, want string }{
		{"Headline\n\nThey will build a bridge. The bridge was built in 2001.", ""},
		{"Headline\n\nThe bridge was built in 2001. Building more bridges is planned.", ""},
		{"Headline\n\nThe catalog came. The catalogue sold out.", "catalog catalogue"},
		{"Headline\n\nPolice seized the drugs. They also seizued cash.", "seizure seizued"},
	} {
		fs := c.TextOn("a.txt", tc.text, language.English, time.Time{})
		if got := t18Rules(fs, RuleInconsistent); got != tc.want {
			t.Errorf("%q: inconsistent %q, want %q", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"build", "built", true}, {"built", "building", true}, {"builds", "built", true}, {"built homes", "build homes", true},
		{"made", "making", true}, {"builders", "built", false}, {"build", "building", false}, {"built", "build up", false},
		{"travelled", "traveled", false},
	} {
		if got := irregularForms(tc.a, tc.b); got != tc.want {
			t.Errorf("irregularForms(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestTimeWordBefore: a form whose first word is one syllable is not read
// where that syllable is the noun of a time expression before it (지난 주
// 경찰에, house29's kpc-test 198); after a place (뉴욕 주 경찰) it is.
func TestTimeWordBefore(t *testing.T) {
	c := caseChecker(t, "session19t27.csv", session19T27Glossary)
	for _, tc := range []struct{ src, tgt, want string }{
		{"그는 지난 주 경찰에 신고했다.", "He went to the police last week.", ""},
		{"그는 지난주 경찰에 신고했다.", "He went to the police last week.", ""},
		{"이번 주 경찰이 발표했다.", "Police announced this week.", ""},
		{"다음 달 요금이 오른다.", "Fees rise next month.", ""},
		{"뉴욕 주 경찰이 발표했다.", "Police announced it.", "state-police"},
		{"미시간 주 경찰이 발표했다.", "Police announced it.", "state-police"},
		{"주 경찰이 발표했다.", "Police announced it.", "state-police"},
		{"각 달 요금이 다르다.", "Fees differ.", "monthly-fee"},
	} {
		if g := pairTerms(c, tc.src, tc.tgt, RuleTargetMissing); g != tc.want {
			t.Errorf("%q: target-term-missing %q, want %q", tc.src, g, tc.want)
		}
	}
}

// TestDroppedLast: the short last word of a lower-case form of several
// words with its last letter dropped is a near miss (check12c's "crime
// scen"); a plural's s dropped, and a word not the last, are not.
func TestDroppedLast(t *testing.T) {
	c := caseChecker(t, "session19t27.csv", session19T27Glossary+`crime-scene,term,ko,범죄 현장,preferred,,,,,,,,,,,
crime-scene,term,en,crime scene,preferred,,,,,,,,,,,
house-rules,term,ko,내규,preferred,,,,,,,,,,,
house-rules,term,en,house rules,preferred,,,,,,,,,,,
scene-report,term,ko,현장 보고,preferred,,,,,,,,,,,
scene-report,term,en,scene report,preferred,,,,,,,,,,,
crime,term,ko,범죄,preferred,,,,,,,,,,,
crime,term,en,crime,preferred,,,,,,,,,,,
`)
	for _, tc := range []struct{ text, want string }{
		{"Headline\n\nPolice sealed off the crime scen on Monday.", "crime-scene crime scen"},
		{"Headline\n\nPolice sealed off the crime scene on Monday.", ""},
		{"Headline\n\nThe club changed a house rule.", ""},
		{"Headline\n\nThe scen report came.", ""},
		{"Headline\n\nThe crime scen was sealed off.", "crime-scene crime scen"},
	} {
		fs := c.TextOn("a.txt", tc.text, language.English, time.Time{})
		if got := t18Rules(fs, RuleNearMiss); got != tc.want {
			t.Errorf("%q: near-miss %q, want %q", tc.text, got, tc.want)
		}
	}
}
